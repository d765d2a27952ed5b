import { css } from 'lit';

export const feedbackComposerStyles = css`
  :host {
    display: block;
  }
  fieldset {
    border: 1px solid var(--cn-border);
    border-radius: 4px;
    margin: 0 0 6px;
    padding: 4px 8px 6px;
  }
  legend {
    font-weight: 600;
  }
  .top legend {
    color: var(--cn-top);
  }
  .tip legend {
    color: var(--cn-tip);
  }
  li label {
    display: flex;
    gap: 6px;
    align-items: baseline;
  }
  ol.script {
    margin: 4px 0;
    padding-left: 1.4em;
  }
`;
