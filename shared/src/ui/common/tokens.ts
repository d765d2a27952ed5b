import { css } from 'lit';

/**
 * Theme tokens shared by every component. Each token falls back from the VS Code theme variable
 * (so a webview looks native) to our own light value; the dark values come from
 * `prefers-color-scheme`, which extension pages follow.
 */
export const themeTokens = css`
  :host {
    --cn-fg: var(--vscode-foreground, #1f1f1f);
    --cn-muted: var(--vscode-descriptionForeground, #5a5a5a);
    --cn-bg: var(--vscode-editor-background, #ffffff);
    --cn-surface: var(--vscode-sideBar-background, #f4f5f7);
    --cn-border: var(--vscode-panel-border, #c8ccd2);
    --cn-input-bg: var(--vscode-input-background, #ffffff);
    --cn-input-fg: var(--vscode-input-foreground, #1f1f1f);
    --cn-input-border: var(--vscode-input-border, #8a9099);
    --cn-accent: var(--vscode-button-background, #0b5cad);
    --cn-accent-fg: var(--vscode-button-foreground, #ffffff);
    --cn-focus: var(--vscode-focusBorder, #0b5cad);
    --cn-top: var(--vscode-charts-green, #1d7a3a);
    --cn-tip: var(--vscode-charts-orange, #9a5b00);
    --cn-question: var(--vscode-charts-blue, #1f5fa8);
    --cn-fact: var(--vscode-charts-purple, #6b3fa0);
    --cn-intervention: var(--vscode-charts-red, #a8322d);
    --cn-warn-bg: var(--vscode-inputValidation-warningBackground, #fff4d6);
    --cn-warn-fg: var(--vscode-foreground, #4a3500);
    --cn-danger: var(--vscode-errorForeground, #b3261e);
    --cn-font: var(--vscode-font-family, system-ui, -apple-system, 'Segoe UI', sans-serif);
    --cn-font-size: var(--vscode-font-size, 13px);
    color: var(--cn-fg);
    font-family: var(--cn-font);
    font-size: var(--cn-font-size);
    line-height: 1.4;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --cn-fg: var(--vscode-foreground, #e6e6e6);
      --cn-muted: var(--vscode-descriptionForeground, #b4b8bf);
      --cn-bg: var(--vscode-editor-background, #1e1f22);
      --cn-surface: var(--vscode-sideBar-background, #2a2c30);
      --cn-border: var(--vscode-panel-border, #4a4e55);
      --cn-input-bg: var(--vscode-input-background, #26282c);
      --cn-input-fg: var(--vscode-input-foreground, #e6e6e6);
      --cn-input-border: var(--vscode-input-border, #8a9099);
      --cn-accent: var(--vscode-button-background, #3d8fe0);
      --cn-accent-fg: var(--vscode-button-foreground, #0b0c0e);
      --cn-focus: var(--vscode-focusBorder, #7ab8ff);
      --cn-top: var(--vscode-charts-green, #6fd08c);
      --cn-tip: var(--vscode-charts-orange, #f0b45a);
      --cn-question: var(--vscode-charts-blue, #7ab8ff);
      --cn-fact: var(--vscode-charts-purple, #c7a5f0);
      --cn-intervention: var(--vscode-charts-red, #ff9a8f);
      --cn-warn-bg: var(--vscode-inputValidation-warningBackground, #4a3a12);
      --cn-warn-fg: var(--vscode-foreground, #ffe6a8);
      --cn-danger: var(--vscode-errorForeground, #ff8a80);
    }
  }
`;

/** Controls: buttons, inputs and the visible focus ring, compact enough for a 360 px overlay. */
export const controlStyles = css`
  * {
    box-sizing: border-box;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    background: var(--cn-surface);
    border: 1px solid var(--cn-border);
    border-radius: 4px;
    padding: 3px 8px;
    cursor: pointer;
    min-height: 26px;
  }
  button.primary {
    background: var(--cn-accent);
    color: var(--cn-accent-fg);
    border-color: var(--cn-accent);
  }
  button.danger {
    color: var(--cn-danger);
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  input[type='text'],
  input[type='date'],
  input[type='number'],
  input[type='search'],
  input[type='file'],
  input:not([type]),
  select,
  textarea {
    background: var(--cn-input-bg);
    color: var(--cn-input-fg);
    border: 1px solid var(--cn-input-border);
    border-radius: 3px;
    padding: 3px 6px;
    width: 100%;
  }
  textarea {
    resize: vertical;
    min-height: 2.6em;
  }
  :focus-visible {
    outline: 2px solid var(--cn-focus);
    outline-offset: 1px;
  }
  label {
    display: block;
  }
  .muted {
    color: var(--cn-muted);
  }
  .row {
    display: flex;
    gap: 6px;
    align-items: center;
    flex-wrap: wrap;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  h2,
  h3 {
    font-size: 1em;
    margin: 8px 0 4px;
  }
  ul.plain {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .warning {
    background: var(--cn-warn-bg);
    color: var(--cn-warn-fg);
    border-left: 3px solid var(--cn-tip);
    padding: 4px 8px;
    margin: 4px 0;
  }
`;
