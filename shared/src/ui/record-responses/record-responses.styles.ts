import { css } from 'lit';

export const recordResponsesStyles = css`
  :host {
    display: block;
    margin: 2px 0 6px;
  }
  ul.plain > li {
    border-left: 2px solid var(--cn-border);
    padding: 0 0 0 8px;
    margin: 2px 0;
  }
  .who {
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    font-weight: 600;
  }
  form {
    margin: 4px 0;
  }
`;
