import { css } from 'lit';

export const observeStyles = css`
  :host {
    display: block;
  }
  .timer {
    font-variant-numeric: tabular-nums;
    font-size: 1.25em;
    font-weight: 600;
  }
  .capture {
    display: grid;
    grid-template-columns: repeat(5, 1fr);
    gap: 4px;
    margin: 6px 0;
  }
  .capture button {
    padding: 3px 2px;
    font-size: 0.92em;
  }
  .capture kbd {
    display: block;
    font-size: 0.85em;
    color: var(--cn-muted);
    font-family: inherit;
  }
  .undo {
    display: flex;
    gap: 6px;
    align-items: center;
    background: var(--cn-surface);
    border: 1px solid var(--cn-border);
    border-radius: 4px;
    padding: 4px 6px;
    margin: 4px 0;
  }
`;
