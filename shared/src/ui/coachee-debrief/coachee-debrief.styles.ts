import { css } from 'lit';

/**
 * Built to be shown on a screen to two people: large type that grows with the window, one step
 * at a time. In print only the summary remains, sized to fit one page.
 */
export const coacheeDebriefStyles = css`
  :host {
    display: block;
    font-size: clamp(17px, 1.6vw + 6px, 28px);
    line-height: 1.45;
    background: var(--cn-bg);
    color: var(--cn-fg);
    max-width: 60em;
    margin: 0 auto;
    padding: 1em 1.2em;
  }
  h1 {
    font-size: 1.5em;
    margin: 0;
  }
  h2 {
    font-size: 1.35em;
    margin: 0.6em 0 0.4em;
  }
  h3 {
    font-size: 1.05em;
    margin: 1em 0 0.3em;
  }
  h2:focus-visible,
  h2:focus {
    outline: 3px solid var(--cn-focus);
    outline-offset: 4px;
  }
  button {
    min-height: 2.2em;
    padding: 0.25em 0.8em;
    border-radius: 6px;
  }
  :focus-visible {
    outline: 3px solid var(--cn-focus);
    outline-offset: 2px;
  }
  .steps {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    list-style: none;
    margin: 0.8em 0;
    padding: 0;
  }
  .steps button {
    font-size: 0.8em;
  }
  .steps button[aria-current='step'] {
    background: var(--cn-accent);
    color: var(--cn-accent-fg);
    border-color: var(--cn-accent);
    font-weight: 600;
  }
  .steps .n {
    font-weight: 700;
  }
  .step {
    min-height: 50vh;
  }
  ul.notes {
    padding-left: 1.2em;
  }
  ul.notes li {
    margin: 0 0 0.5em;
    padding-left: 0.3em;
  }
  ul.top li::marker {
    content: '＋ ';
    color: var(--cn-top);
  }
  ul.tip li::marker {
    content: '→ ';
    color: var(--cn-tip);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: left;
    vertical-align: top;
    padding: 0.35em 0.6em;
    border-bottom: 1px solid var(--cn-border);
  }
  .side-by-side td.self {
    border-left: 4px solid var(--cn-accent);
  }
  .side-by-side td.coach {
    border-left: 4px solid var(--cn-top);
  }
  blockquote,
  .experience {
    margin: 0.4em 0;
    padding: 0.3em 0.8em;
    border-left: 4px solid var(--cn-border);
    font-style: italic;
  }
  footer {
    margin-top: 1.2em;
    gap: 0.8em;
  }
  footer .keys {
    font-size: 0.75em;
    flex-basis: 100%;
  }
  .summary .keep {
    margin-top: 1em;
  }
  .print-only {
    display: none;
  }
  @media print {
    :host {
      font-size: 10.5pt;
      max-width: none;
      padding: 0;
      background: #fff;
      color: #000;
    }
    header nav,
    footer,
    .keep,
    .summary-status,
    .step:not([data-step='summary']) {
      display: none;
    }
    .print-only {
      display: block;
    }
    .step {
      min-height: 0;
    }
    h1 {
      font-size: 14pt;
    }
    h2 {
      font-size: 12pt;
      margin-top: 0.4em;
    }
    h3 {
      font-size: 11pt;
      margin: 0.6em 0 0.2em;
    }
    .summary {
      break-inside: avoid;
    }
    th,
    td {
      border-color: #999;
      padding: 0.15em 0.4em;
    }
  }
`;
