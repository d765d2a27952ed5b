import { css } from 'lit';

export const prepareStyles = css`
  :host {
    display: block;
  }
  ol {
    margin: 0;
    padding-left: 1.4em;
  }
  ol li {
    margin-bottom: 6px;
  }
  .hint {
    display: block;
    font-size: 0.92em;
    color: var(--cn-muted);
  }
  .gate {
    display: flex;
    gap: 6px;
    flex-wrap: wrap;
    margin: 8px 0;
  }
  li.goal label,
  li.carried label {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
`;
