import { css } from 'lit';

export const dashboardStyles = css`
  :host {
    display: block;
    background: var(--cn-bg);
    color: var(--cn-fg);
    min-height: 100vh;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 8px 24px;
    padding: 8px 16px;
    border-bottom: 1px solid var(--cn-border);
    background: var(--cn-surface);
  }
  h1 {
    font-size: 1.3em;
    margin: 0;
  }
  nav ul {
    display: flex;
    flex-wrap: wrap;
    gap: 4px;
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav button[aria-current='page'] {
    background: var(--cn-accent);
    color: var(--cn-accent-fg);
    border-color: var(--cn-accent);
  }
  main {
    padding: 8px 16px 32px;
    max-width: 1100px;
  }
  .first-run {
    margin: 8px 16px;
  }
`;
