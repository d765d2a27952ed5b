import { css } from 'lit';

export const debriefStyles = css`
  :host {
    display: block;
  }
  ol {
    margin: 0;
    padding-left: 1.4em;
  }
  li {
    margin: 0 0 8px;
  }
  .hint {
    display: block;
    font-size: 0.92em;
    color: var(--cn-muted);
  }
`;
