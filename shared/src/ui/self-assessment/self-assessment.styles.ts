import { css } from 'lit';

export const selfAssessmentStyles = css`
  :host {
    display: block;
  }
  h2 {
    font-size: 1.5em;
    margin: 0 0 0.4em;
  }
  .hand-over {
    font-size: 1.05em;
    border-left: 4px solid var(--cn-accent);
    padding: 0.3em 0.8em;
    background: var(--cn-surface);
  }
  fieldset {
    border: 1px solid var(--cn-border);
    border-radius: 8px;
    margin: 0 0 1em;
    padding: 0.5em 1em 0.8em;
  }
  legend {
    font-weight: 600;
    padding: 0 0.3em;
  }
  .scale {
    display: grid;
    grid-template-columns: repeat(5, minmax(0, 1fr));
    gap: 0.5em;
  }
  .option {
    display: flex;
    flex-direction: column;
    align-items: center;
    text-align: center;
    gap: 0.2em;
    border: 1px solid var(--cn-border);
    border-radius: 8px;
    padding: 0.4em;
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--cn-accent);
    box-shadow: inset 0 0 0 2px var(--cn-accent);
  }
  .option:has(input:focus-visible) {
    outline: 3px solid var(--cn-focus);
    outline-offset: 2px;
  }
  .number {
    font-size: 1.4em;
    font-weight: 700;
  }
  .words {
    font-size: 0.85em;
  }
  textarea {
    min-height: 4em;
    margin-bottom: 0.8em;
  }
  .buttons button {
    padding: 0.4em 1em;
  }
`;
