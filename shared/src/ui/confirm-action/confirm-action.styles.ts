import { css } from 'lit';

export const confirmActionStyles = css`
  :host {
    display: inline-block;
  }
  .confirm {
    display: block;
    border: 1px solid var(--cn-danger);
    border-radius: 4px;
    padding: 6px;
    margin-top: 4px;
    background: var(--cn-bg);
  }
  .refused {
    color: var(--cn-danger);
    margin: 4px 0 0;
  }
`;
