import { css } from 'lit';

export const observationPanelStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
    background: var(--cn-bg);
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 8px;
    padding: 6px 8px 4px;
    border-bottom: 1px solid var(--cn-border);
  }
  header h1 {
    font-size: 1.05em;
    margin: 0;
    flex: 1 1 auto;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  nav ol {
    display: flex;
    list-style: none;
    margin: 0;
    padding: 0 8px;
    gap: 2px;
    border-bottom: 1px solid var(--cn-border);
  }
  nav button {
    border: 0;
    border-bottom: 2px solid transparent;
    border-radius: 0;
    background: none;
    padding: 4px 8px;
  }
  nav button[aria-current='step'] {
    border-bottom-color: var(--cn-accent);
    font-weight: 600;
  }
  main {
    flex: 1 1 auto;
    overflow: auto;
    padding: 4px 8px 12px;
  }
  footer {
    border-top: 1px solid var(--cn-border);
    padding: 4px 8px;
  }
  .subtitle {
    flex-basis: 100%;
    margin: 0;
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .spacer {
    flex: 1 1 auto;
  }
  .elsewhere {
    border: 1px solid var(--cn-accent);
    border-radius: 6px;
    padding: 6px 8px;
    margin: 6px 0;
  }
  .elsewhere h2 {
    font-size: 1em;
    margin: 0 0 4px;
  }
  .elsewhere p {
    margin: 0 0 6px;
  }
`;
