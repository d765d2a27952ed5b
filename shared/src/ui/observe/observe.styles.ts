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
  /* Timer and capture buttons stay in view while the notes scroll under them. */
  .capture-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--cn-bg);
    padding-top: 4px;
    border-bottom: 1px solid var(--cn-border);
  }
  .capture {
    display: flex;
    gap: 4px;
    margin: 6px 0;
  }
  .capture button {
    flex: 1 1 auto;
    white-space: nowrap;
    padding: 3px 2px;
    font-size: 0.92em;
    border-top: 3px solid var(--kind-colour);
  }
  .capture .icon {
    margin-right: 3px;
    font-weight: 700;
  }
  .capture-top {
    --kind-colour: var(--cn-top);
  }
  .capture-tip {
    --kind-colour: var(--cn-tip);
  }
  .capture-question {
    --kind-colour: var(--cn-question);
  }
  .capture-fact {
    --kind-colour: var(--cn-fact);
  }
  .capture-intervention {
    --kind-colour: var(--cn-intervention);
  }
  .capture:focus-visible {
    outline: 2px solid var(--cn-focus);
    outline-offset: 1px;
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
