import { css } from 'lit';

export const observationItemStyles = css`
  :host {
    display: block;
    border-bottom: 1px solid var(--cn-border);
    padding: 4px 0;
  }
  .head {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  .kind {
    font-weight: 600;
    min-width: 5.5em;
  }
  .kind.top {
    color: var(--cn-top);
  }
  .kind.tip {
    color: var(--cn-tip);
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--cn-muted);
    font-size: 0.92em;
  }
  .text {
    margin: 2px 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.92em;
    color: var(--cn-muted);
  }
  .actions {
    margin-left: auto;
    display: flex;
    gap: 4px;
  }
  .actions button {
    min-height: 22px;
    padding: 1px 6px;
  }
  .edit {
    display: grid;
    gap: 4px;
    margin-top: 4px;
  }
  .error {
    color: var(--cn-danger);
  }
`;
