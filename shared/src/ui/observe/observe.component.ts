import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import {
  authorOf,
  authorshipLabels,
  canEdit,
  samePerson,
  type AuthorshipIndex,
} from '../../model/authorship';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import { canRecordObservations, createObservation, offsetInSession } from '../../model/observation';
import { endSession, sessionDurationMs } from '../../model/session-lifecycle';
import {
  OBSERVATION_KINDS,
  type Goal,
  type Locale,
  type Observation,
  type ObservationKind,
  type PageAnchor,
  type Session,
} from '../../model/types';
import type { RubricItem } from '../../templates';
import type { RecordSaver } from '../common/record-saver';
import { formatOffset } from '../../model/format';
import { controlStyles, themeTokens } from '../common/tokens';
import {
  KIND_ICONS,
  type ObservationEdit,
  type ObservationView,
} from '../observation-item/observation-item';
import '../observation-item/observation-item';
import '../coverage/coverage';
import { observeStyles } from './observe.styles';

/** Keys that capture when focus is not in a text field: digits and the kinds' initials. */
export const CAPTURE_KEYS: Readonly<Record<string, ObservationKind>> = {
  '1': 'top',
  '2': 'tip',
  '3': 'question',
  '4': 'fact',
  '5': 'intervention',
  t: 'top',
  i: 'tip',
  q: 'question',
  f: 'fact',
  n: 'intervention',
};

interface Draft extends ObservationView {
  record?: Observation;
  anchor?: PageAnchor;
}

/**
 * The "during" phase: a running timer, one-key capture, the observations (newest first, edited
 * in place, deleted with undo) and the live coverage of focus goals and rubric items.
 *
 * @event cn-session-change - `detail: { session }` after the session ended
 */
export class CnObserve extends LitElement {
  static override styles = [themeTokens, controlStyles, observeStyles];
  static override properties = {
    saver: { attribute: false },
    locale: { type: String },
    session: { attribute: false },
    goals: { attribute: false },
    rubric: { attribute: false },
    observations: { attribute: false },
    anchor: { attribute: false },
    authorship: { attribute: false },
    person: { type: String },
    draft: { state: true },
    removed: { state: true },
    message: { state: true },
    now: { state: true },
  };
  declare saver: RecordSaver | undefined;
  declare locale: Locale;
  declare session: Session | undefined;
  declare goals: Goal[];
  declare rubric: RubricItem[];
  declare observations: Observation[];
  /** Where the coach is looking now (the page context), stamped on each capture. */
  declare anchor: PageAnchor | undefined;
  /** Who wrote what: notes by someone else show their author and are read-only. */
  declare authorship: AuthorshipIndex | undefined;
  /** The person using this panel, when known. */
  declare person: string | undefined;
  declare draft: Draft | undefined;
  declare removed: Observation | undefined;
  declare message: string;
  declare now: number;
  private ticker: ReturnType<typeof setInterval> | undefined;
  private errors = new Map<string, string>();

  constructor() {
    super();
    this.saver = undefined;
    this.locale = 'en';
    this.session = undefined;
    this.goals = [];
    this.rubric = [];
    this.observations = [];
    this.anchor = undefined;
    this.authorship = undefined;
    this.person = undefined;
    this.draft = undefined;
    this.removed = undefined;
    this.message = '';
    this.now = Date.now();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.ticker = setInterval(() => (this.now = Date.now()), 1000);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.ticker);
  }

  /**
   * Put focus on the capture bar: from there a key captures at once (a focused button would
   * take the key itself). Where focus goes after a note is committed or discarded.
   */
  async focusCapture(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.capture')?.focus();
  }

  /** Start a capture of `kind`, stamped now; focus goes to its text field. */
  capture(kind: ObservationKind): void {
    const session = this.saver && this.session ? this.saver.current(this.session) : undefined;
    if (!session || !canRecordObservations(session)) {
      this.message = t(this.locale, 'panel.observe.notRunning');
      return;
    }
    const at = new Date();
    this.draft = {
      kind,
      text: '',
      at: at.toISOString(),
      offsetMs: offsetInSession(session, at),
      visibility: 'private',
      anchor: this.anchor,
      anchorLabel: this.anchor?.label,
    };
    this.message = t(this.locale, 'panel.observe.captured', {
      kind: t(this.locale, `core.observationKind.${kind}`),
      time: formatOffset(this.draft.offsetMs),
    });
    void this.updateComplete.then(() =>
      this.renderRoot
        .querySelector<HTMLElement & { focusText(): Promise<void> }>('cn-observation-item.draft')
        ?.focusText(),
    );
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const running = session.status === 'in-progress';
    const elapsed = sessionDurationMs(session, new Date(this.now));
    const list = [...this.observations].sort((a, b) => b.at.localeCompare(a.at));
    return html`<div class="capture-bar">
        <div class="row">
          <span class="timer" role="timer" aria-label=${t(this.locale, 'panel.observe.elapsed')}
            >${formatOffset(elapsed)}</span
          >
          <span class="muted"
            >${running ? t(this.locale, 'panel.observe.running') : t(this.locale, `core.sessionStatus.${session.status}`)}</span
          >
          ${
            running
              ? html`<button class="end-observation" @click=${this.end}>
                  ${t(this.locale, 'panel.observe.end')}
                </button>`
              : nothing
          }
        </div>
        <div
          class="capture"
          role="group"
          tabindex="0"
          aria-label=${t(this.locale, 'panel.observe.captureGroup')}
          aria-keyshortcuts="1 2 3 4 5 T I Q F N"
        >
          ${OBSERVATION_KINDS.map(
            (kind, index) =>
              html`<button
                class="capture-${kind}"
                aria-keyshortcuts=${`${index + 1} ${captureLetter(kind)}`}
                @click=${() => this.capture(kind)}
              >
                <span class="icon" aria-hidden="true">${KIND_ICONS[kind]}</span
                >${t(this.locale, `core.observationKind.${kind}`)}<kbd aria-hidden="true"
                  >${index + 1}</kbd
                >
              </button>`,
          )}
        </div>
      </div>
      <p class="muted" role="status">${this.message}</p>
      ${
        this.removed
          ? html`<div class="undo" role="status">
              <span>${t(this.locale, 'panel.observe.deleted')}</span>
              <button class="undo-button" @click=${this.undo}>
                ${t(this.locale, 'panel.observe.undo')}
              </button>
            </div>`
          : nothing
      }
      ${this.draft ? this.renderItem(this.draft, true) : nothing}
      <h2 class="visually-hidden">${t(this.locale, 'panel.observe.listTitle')}</h2>
      <ul class="plain observations">
        ${list
          .filter((o) => o.id !== this.draft?.record?.id)
          .map((o) => html`<li>${this.renderItem(this.viewOf(o), false)}</li>`)}
      </ul>
      ${list.length === 0 && !this.draft ? html`<p class="muted">${t(this.locale, 'panel.observe.none')}</p>` : nothing}
      <cn-coverage
        .locale=${this.locale}
        .session=${session}
        .goals=${this.goals}
        .rubric=${this.rubric}
        .observations=${this.observations}
      ></cn-coverage>`;
  }

  private viewOf(o: Observation): ObservationView {
    const view: ObservationView = { ...o };
    // The page only when it is not the session's own (the header names that one already).
    const label = o.anchor?.kind === 'page' ? o.anchor.label : undefined;
    if (label && label !== this.session?.context?.label) view.anchorLabel = label;
    const index = this.authorship;
    if (!index) return view;
    const labels = authorshipLabels(o, index, this.locale);
    const mine = samePerson(authorOf(o, index), this.person, index);
    const byline = [mine ? undefined : labels.by, labels.editedBy].filter(Boolean).join(' · ');
    if (byline) view.byline = byline;
    if (this.person !== undefined && !canEdit(this.person, o, index)) view.readOnly = true;
    return view;
  }

  private renderItem(view: ObservationView, editing: boolean) {
    const key = view.id ?? 'draft';
    return html`<cn-observation-item
      class=${editing ? 'draft' : ''}
      data-kind=${view.kind}
      .observation=${view}
      .goals=${this.goals}
      .rubric=${this.rubric}
      .locale=${this.locale}
      .editing=${editing}
      .fresh=${editing}
      .error=${this.errors.get(editing ? (this.draft?.record?.id ?? 'draft') : key) ?? ''}
      @cn-observation-edit=${(e: CustomEvent<ObservationEdit>) =>
        editing ? this.editDraft(e.detail) : this.editObservation(view.id ?? '', e.detail)}
      @cn-observation-delete=${() => void this.removeObservation(view)}
      @cn-observation-editing=${(e: CustomEvent<{ editing: boolean }>) => {
        if (e.detail.editing) return;
        const id = editing ? this.draft?.record?.id : view.id;
        // A finished note is written now: the next note typed must not hold it back.
        if (id) void this.saver?.commit(id);
        if (!editing) return;
        this.draft = undefined;
        void this.focusCapture();
      }}
      @cn-observation-cancel=${() => (editing ? void this.discardDraft() : undefined)}
    ></cn-observation-item>`;
  }

  /** An edit of the capture being typed: the record is made with its first character. */
  private editDraft(edit: ObservationEdit): void {
    const saver = this.saver;
    const draft = this.draft;
    const session = saver && this.session ? saver.current(this.session) : undefined;
    if (!saver || !session || !draft) return;
    if (draft.record) {
      this.editObservation(draft.record.id, edit);
      return;
    }
    this.guarded('draft', () => {
      Object.assign(draft, edit);
      if (draft.text.trim() === '') return;
      const input = {
        kind: draft.kind,
        text: draft.text,
        at: new Date(draft.at),
        visibility: draft.visibility,
        ...(draft.goalId ? { goalId: draft.goalId } : {}),
        ...(draft.rubricItemId ? { rubricItemId: draft.rubricItemId } : {}),
        ...(draft.anchor ? { anchor: draft.anchor } : {}),
      };
      const record = saver.create(createObservation(session, input, saver.context()));
      this.draft = { ...this.viewOf(record), id: record.id, record };
      this.observations = [...this.observations, record];
    });
  }

  private editObservation(id: string, edit: ObservationEdit): void {
    const saver = this.saver;
    const existing = this.observations.find((o) => o.id === id);
    if (!saver || !existing) return;
    this.guarded(id, () => {
      const next = saver.edit(existing, edit);
      this.observations = this.observations.map((o) => (o.id === next.id ? next : o));
      if (this.draft?.record?.id === next.id) {
        this.draft = { ...this.draft, ...this.viewOf(next), record: next };
      }
    });
  }

  private guarded(key: string, run: () => void): void {
    try {
      run();
      this.errors.delete(key);
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.errors.set(key, coachingErrorText(error, this.locale));
    }
    this.requestUpdate();
  }

  /** Escape on a capture being typed: it is dropped, not saved (no undo: it was never kept). */
  private async discardDraft(): Promise<void> {
    const record = this.draft?.record;
    this.draft = undefined;
    this.message = t(this.locale, 'panel.observe.discarded');
    void this.focusCapture();
    if (!record || !this.saver) return;
    this.observations = this.observations.filter((o) => o.id !== record.id);
    await this.saver.remove(this.saver.current(record));
  }

  private async removeObservation(view: ObservationView): Promise<void> {
    const existing = this.observations.find((o) => o.id === view.id);
    if (!existing || !this.saver) return;
    const current = this.saver.current(existing);
    // Refused (another person's note): it stays, with the reason beside it.
    const saver = this.saver;
    let allowed = false;
    this.guarded(existing.id, () => {
      saver.editGuard?.(current);
      allowed = true;
    });
    if (!allowed) return;
    this.observations = this.observations.filter((o) => o.id !== existing.id);
    if (this.draft?.record?.id === existing.id) this.draft = undefined;
    this.removed = current;
    this.message = '';
    await this.saver.remove(current);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('.undo-button')?.focus();
  }

  private async undo(): Promise<void> {
    const removed = this.removed;
    if (!removed || !this.saver) return;
    this.removed = undefined;
    const restored = await this.saver.restore(removed);
    this.observations = [...this.observations, restored];
    this.message = t(this.locale, 'panel.observe.restored');
  }

  private end(): void {
    if (!this.saver || !this.session) return;
    const session = this.saver.apply(this.session, endSession);
    this.dispatchEvent(
      new CustomEvent('cn-session-change', { detail: { session }, bubbles: true, composed: true }),
    );
  }
}

function captureLetter(kind: ObservationKind): string {
  return (
    Object.entries(CAPTURE_KEYS)
      .find(([key, k]) => k === kind && !/\d/.test(key))?.[0]
      ?.toUpperCase() ?? ''
  );
}
