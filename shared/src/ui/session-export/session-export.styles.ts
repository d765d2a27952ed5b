import { css } from 'lit';

export const sessionExportStyles = css`
  :host {
    display: block;
  }
  pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-height: 220px;
    overflow: auto;
    background: var(--cn-surface);
    border: 1px solid var(--cn-border);
    border-radius: 4px;
    padding: 6px;
    font-size: 0.92em;
  }
  fieldset {
    border: 1px solid var(--cn-border);
    border-radius: 4px;
    padding: 4px 8px 8px;
    margin: 6px 0;
  }
  input[type='file'] {
    max-width: 100%;
  }
`;
