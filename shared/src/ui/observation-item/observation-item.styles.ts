import { css } from 'lit';

export const observationItemStyles = css`
  :host {
    display: block;
    border-bottom: 1px solid var(--cn-border);
    border-left: 3px solid var(--kind-colour, var(--cn-border));
    padding: 2px 0 2px 6px;
  }
  :host([data-kind='top']) {
    --kind-colour: var(--cn-top);
  }
  :host([data-kind='tip']) {
    --kind-colour: var(--cn-tip);
  }
  :host([data-kind='question']) {
    --kind-colour: var(--cn-question);
  }
  :host([data-kind='fact']) {
    --kind-colour: var(--cn-fact);
  }
  :host([data-kind='intervention']) {
    --kind-colour: var(--cn-intervention);
  }
  .head {
    display: flex;
    gap: 6px;
    align-items: baseline;
    min-height: 22px;
  }
  .kind {
    font-weight: 600;
    color: var(--kind-colour, inherit);
  }
  .icon {
    display: inline-block;
    width: 1.2em;
    text-align: center;
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--cn-muted);
    font-size: 0.92em;
  }
  .text {
    margin: 0 0 2px;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .meta {
    font-size: 0.92em;
    color: var(--cn-muted);
  }
  .actions {
    margin-left: auto;
    display: flex;
    gap: 4px;
  }
  /* Actions show on hover and keyboard focus only: one calm row per note. */
  :host(:not([editing])) .actions {
    opacity: 0;
  }
  :host(:hover) .actions,
  :host(:focus-within) .actions {
    opacity: 1;
  }
  @media (hover: none) {
    :host(:not([editing])) .actions {
      opacity: 1;
    }
  }
  .actions button {
    min-height: 22px;
    padding: 1px 6px;
  }
  textarea {
    /* Grows with the text: no scrollbar inside the panel's own scroller. */
    field-sizing: content;
    min-height: 2.6em;
    resize: none;
  }
  .edit {
    display: grid;
    gap: 4px;
    margin-top: 4px;
  }
  .error {
    color: var(--cn-danger);
  }
`;
