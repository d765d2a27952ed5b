import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import type { Goal, Locale, ObservationKind, Visibility } from '../../model/types';
import type { RubricItem } from '../../templates';
import { formatClock } from '../../i18n/dates';
import { formatOffset } from '../../model/format';
import { controlStyles, themeTokens } from '../common/tokens';
import { observationItemStyles } from './observation-item.styles';

/** A glyph per kind, beside its colour, so the kind reads at a glance (and without colour). */
export const KIND_ICONS: Readonly<Record<ObservationKind, string>> = {
  top: '★',
  tip: '➜',
  question: '?',
  fact: 'ℹ',
  intervention: '!',
};

/** What one row shows: a stored observation or a capture not yet typed. */
export interface ObservationView {
  id?: string;
  kind: ObservationKind;
  text: string;
  at: string;
  offsetMs: number;
  goalId?: string;
  rubricItemId?: string;
  visibility: Visibility;
  anchorLabel?: string;
  /** "by Marieke · edited by Daan", when someone else wrote or changed it. */
  byline?: string;
  /** Someone else's note: shown, never edited or deleted here (the model's `canEdit`). */
  readOnly?: boolean;
}

export interface ObservationEdit {
  text?: string;
  goalId?: string | undefined;
  rubricItemId?: string | undefined;
  visibility?: Visibility;
}

/**
 * One observation: kind, moment, text, goal and visibility; edited in place.
 *
 * @event cn-observation-edit - `detail: ObservationEdit`, a field changed
 * @event cn-observation-delete - the delete button was pressed (the parent offers undo)
 * @event cn-observation-editing - `detail: { editing: boolean }`
 * @event cn-observation-cancel - Escape on a `fresh` capture: drop it
 */
export class CnObservationItem extends LitElement {
  static override styles = [themeTokens, controlStyles, observationItemStyles];
  static override properties = {
    observation: { attribute: false },
    goals: { attribute: false },
    rubric: { attribute: false },
    locale: { type: String },
    editing: { type: Boolean, reflect: true },
    fresh: { type: Boolean },
    error: { type: String },
  };
  declare observation: ObservationView | undefined;
  declare goals: Goal[];
  declare rubric: RubricItem[];
  declare locale: Locale;
  declare editing: boolean;
  declare error: string;
  /** A capture being typed, not yet finished: Escape drops it instead of reverting an edit. */
  declare fresh: boolean;
  /** The observation as it was when editing began, for Escape. */
  private beforeEditing: ObservationView | undefined;

  constructor() {
    super();
    this.observation = undefined;
    this.goals = [];
    this.rubric = [];
    this.locale = 'en';
    this.editing = false;
    this.fresh = false;
    this.error = '';
  }

  /** Put the caret in the text field (after a capture). */
  async focusText(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLTextAreaElement>('textarea')?.focus();
  }

  override render() {
    const o = this.observation;
    if (!o) return nothing;
    const kindLabel = t(this.locale, `core.observationKind.${o.kind}`);
    const goal = this.goals.find((g) => g.id === o.goalId);
    const rubricItem = this.rubric.find((r) => r.id === o.rubricItemId);
    const shared = o.visibility === 'shared';
    return html`<div class="head">
        <span class="kind ${o.kind}"
          ><span class="icon" aria-hidden="true">${KIND_ICONS[o.kind]}</span>${kindLabel}</span
        >
        <span class="time" title=${formatClock(o.at, this.locale)}
          >${formatOffset(o.offsetMs)}</span
        >
        <span class="meta"
          >${shared ? t(this.locale, 'panel.observation.shared') : t(this.locale, 'panel.observation.private')}</span
        >
        <span class="actions"> ${o.readOnly ? nothing : this.renderButtons(o, kindLabel)} </span>
      </div>
      ${this.editing && !o.readOnly ? this.renderEditor(o, kindLabel) : this.renderText(o, goal, rubricItem)}`;
  }

  private renderButtons(o: ObservationView, kindLabel: string) {
    return html`${
      this.editing
        ? html`<button class="done" @click=${() => this.setEditing(false)}>
            ${t(this.locale, 'panel.observation.done')}
          </button>`
        : html`<button
            class="edit-button"
            aria-label=${t(this.locale, 'panel.observation.editLabel', { kind: kindLabel, time: formatOffset(o.offsetMs) })}
            @click=${() => this.setEditing(true)}
          >
            ${t(this.locale, 'panel.observation.edit')}
          </button>`
    }
    ${
      o.id
        ? html`<button
            class="delete-button danger"
            aria-label=${t(this.locale, 'panel.observation.deleteLabel', { kind: kindLabel, time: formatOffset(o.offsetMs) })}
            @click=${this.requestDelete}
          >
            ${t(this.locale, 'panel.observation.delete')}
          </button>`
        : nothing
    }`;
  }

  private renderText(o: ObservationView, goal: Goal | undefined, item: RubricItem | undefined) {
    return html`<p class="text">${o.text || t(this.locale, 'panel.observation.empty')}</p>
      ${
        goal || item || o.anchorLabel || o.byline
          ? html`<div class="meta">
              ${o.byline ? html`<span class="byline">${o.byline}</span> ` : nothing}
              ${goal ? html`<span>${t(this.locale, 'panel.observation.goal')}: ${goal.statement}</span> ` : nothing}
              ${item ? html`<span>${t(this.locale, 'panel.observation.rubric')}: ${item.label[this.locale]}</span> ` : nothing}
              ${o.anchorLabel ? html`<span>· ${o.anchorLabel}</span>` : nothing}
            </div>`
          : nothing
      }`;
  }

  private renderEditor(o: ObservationView, kindLabel: string) {
    const key = o.id ?? 'draft';
    return html`<div class="edit">
      <label class="visually-hidden" for="text-${key}"
        >${t(this.locale, 'panel.observation.textLabel', { kind: kindLabel })}</label
      >
      <textarea
        id="text-${key}"
        rows="2"
        .value=${o.text}
        placeholder=${t(this.locale, 'panel.observation.placeholder')}
        @input=${(e: Event) => this.emitEdit({ text: (e.target as HTMLTextAreaElement).value })}
        @keydown=${this.onTextKey}
      ></textarea>
      ${this.error ? html`<span class="error" role="alert">${this.error}</span>` : nothing}
      ${
        this.goals.length > 0
          ? html`<label
              >${t(this.locale, 'panel.observation.goal')}
              <select
                class="goal-select"
                @change=${(e: Event) => this.emitEdit({ goalId: (e.target as HTMLSelectElement).value || undefined })}
              >
                <option value="" ?selected=${!o.goalId}>
                  ${t(this.locale, 'panel.observation.noGoal')}
                </option>
                ${this.goals.map(
                  (g) =>
                    html`<option value=${g.id} ?selected=${g.id === o.goalId}>
                      ${g.statement}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      ${
        this.rubric.length > 0
          ? html`<label
              >${t(this.locale, 'panel.observation.rubric')}
              <select
                class="rubric-select"
                @change=${(e: Event) =>
                  this.emitEdit({
                    rubricItemId: (e.target as HTMLSelectElement).value || undefined,
                  })}
              >
                <option value="" ?selected=${!o.rubricItemId}>
                  ${t(this.locale, 'panel.observation.noRubric')}
                </option>
                ${this.rubric.map(
                  (r) =>
                    html`<option value=${r.id} ?selected=${r.id === o.rubricItemId}>
                      ${r.label[this.locale]}
                    </option>`,
                )}
              </select></label
            >`
          : nothing
      }
      <label class="row"
        ><input
          type="checkbox"
          class="shared-switch"
          role="switch"
          .checked=${o.visibility === 'shared'}
          @change=${(e: Event) =>
            this.emitEdit({
              visibility: (e.target as HTMLInputElement).checked ? 'shared' : 'private',
            })}
        />${t(this.locale, 'panel.observation.shareSwitch')}</label
      >
    </div>`;
  }

  private onTextKey(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      event.stopPropagation();
      this.setEditing(false);
    } else if (event.key === 'Escape') {
      // Cancel, not save: a new capture is dropped, an edit goes back to what it was.
      event.preventDefault();
      event.stopPropagation();
      this.cancelEditing();
    }
  }

  private cancelEditing(): void {
    const before = this.beforeEditing;
    const o = this.observation;
    if (this.fresh || !o?.id) {
      this.editing = false;
      this.dispatchEvent(
        new CustomEvent('cn-observation-cancel', { bubbles: true, composed: true }),
      );
      return;
    }
    if (before) {
      const revert: ObservationEdit = {};
      if (before.text !== o.text) revert.text = before.text;
      if (before.goalId !== o.goalId) revert.goalId = before.goalId;
      if (before.rubricItemId !== o.rubricItemId) revert.rubricItemId = before.rubricItemId;
      if (before.visibility !== o.visibility) revert.visibility = before.visibility;
      if (Object.keys(revert).length > 0) this.emitEdit(revert);
    }
    this.setEditing(false);
  }

  private setEditing(editing: boolean): void {
    if (editing && !this.editing) this.beforeEditing = this.observation && { ...this.observation };
    this.editing = editing;
    this.dispatchEvent(
      new CustomEvent('cn-observation-editing', {
        detail: { editing },
        bubbles: true,
        composed: true,
      }),
    );
    if (editing) void this.focusText();
    else
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLButtonElement>('.edit-button')?.focus(),
      );
  }

  private emitEdit(edit: ObservationEdit): void {
    this.dispatchEvent(
      new CustomEvent('cn-observation-edit', { detail: edit, bubbles: true, composed: true }),
    );
  }

  private requestDelete(): void {
    this.dispatchEvent(new CustomEvent('cn-observation-delete', { bubbles: true, composed: true }));
  }
}
