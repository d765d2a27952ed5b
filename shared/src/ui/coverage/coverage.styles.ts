import { css } from 'lit';

export const coverageStyles = css`
  :host {
    display: block;
    margin-top: 8px;
  }
  li {
    display: flex;
    gap: 6px;
    align-items: baseline;
    padding: 1px 0;
  }
  .mark {
    width: 1.2em;
    text-align: center;
    font-weight: 700;
  }
  .seen .mark {
    color: var(--cn-top);
  }
  .unseen .mark {
    color: var(--cn-muted);
  }
  .count {
    margin-left: auto;
    color: var(--cn-muted);
    font-variant-numeric: tabular-nums;
  }
`;
