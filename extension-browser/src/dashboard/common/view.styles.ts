import { css } from 'lit';

/** Layout shared by the dashboard's views: cards, tables, badges, two-column lists. */
export const viewStyles = css`
  :host {
    display: block;
  }
  .card {
    border: 1px solid var(--cn-border);
    border-radius: 6px;
    padding: 8px 12px;
    margin: 8px 0;
    background: var(--cn-bg);
  }
  .columns {
    display: grid;
    grid-template-columns: minmax(180px, 240px) 1fr;
    gap: 16px;
  }
  @media (max-width: 700px) {
    .columns {
      grid-template-columns: 1fr;
    }
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    padding: 4px 6px;
    border-bottom: 1px solid var(--cn-border);
    vertical-align: top;
  }
  .badge {
    display: inline-block;
    border: 1px solid var(--cn-border);
    border-radius: 10px;
    padding: 0 8px;
    font-size: 0.9em;
  }
  .badge.overdue {
    color: var(--cn-danger);
    border-color: var(--cn-danger);
  }
  .top {
    color: var(--cn-top);
  }
  .tip {
    color: var(--cn-tip);
  }
  .grid-form {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(200px, 1fr));
    gap: 8px 12px;
    align-items: end;
  }
  .list-button {
    display: block;
    width: 100%;
    text-align: left;
    margin: 2px 0;
  }
  .list-button[aria-current='true'] {
    background: var(--cn-accent);
    color: var(--cn-accent-fg);
  }
  .status {
    min-height: 1.4em;
  }
  h2 {
    font-size: 1.2em;
  }
  h3 {
    font-size: 1.05em;
  }
`;
