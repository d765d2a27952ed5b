import { css } from 'lit';

export const sessionPickerStyles = css`
  :host {
    display: block;
  }
  section {
    margin-bottom: 10px;
  }
  form.inline {
    display: grid;
    gap: 4px;
    border-left: 3px solid var(--cn-border);
    padding-left: 8px;
    margin: 4px 0;
  }
  .open-sessions li {
    display: flex;
    gap: 6px;
    align-items: center;
    justify-content: space-between;
    padding: 2px 0;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 4px 0;
  }
`;
