import { css } from 'lit';

export const actionListStyles = css`
  :host {
    display: block;
  }
  li.action {
    border-bottom: 1px solid var(--cn-border);
    padding: 4px 0;
    display: grid;
    gap: 3px;
  }
  .fields {
    display: grid;
    grid-template-columns: 1fr 1fr 1fr;
    gap: 4px;
  }
  .fields label {
    font-size: 0.92em;
  }
  form {
    display: grid;
    gap: 4px;
    margin-top: 6px;
  }
`;
