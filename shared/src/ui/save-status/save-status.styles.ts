import { css } from 'lit';

export const saveStatusStyles = css`
  :host {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    font-size: 0.92em;
    color: var(--cn-muted);
  }
  .error {
    color: var(--cn-danger);
  }
  .dot {
    width: 7px;
    height: 7px;
    border-radius: 50%;
    background: currentColor;
  }
`;
