import { html, nothing } from 'lit';
import { t } from '../../i18n';
import { actionOwnerCandidates, ownerNamedIn } from '../../model/action-owners';
import { createAction, setActionStatus } from '../../model/actions';
import { actionsFromDebrief } from '../../model/debrief-actions';
import { draftActionsFromDebrief } from '../../model/debrief';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import { ACTION_STATUSES, type Action, type ActionStatus, type Person } from '../../model/types';
import type { StoreChange } from '../../store/port';
import { SessionBoundElement } from '../common/session-bound';
import { controlStyles, themeTokens } from '../common/tokens';
import { actionListStyles } from './action-list.styles';

/**
 * The session's action plan: concrete next steps with an owner and a due date. Action points
 * written in the debrief's "actions" answer can be taken over in one go.
 *
 * Properties: `store`, `locale`, `changeContext`, `sessionId` (as the debrief).
 *
 * @event cn-actions-change - `detail: { actions }` after an action was added or edited
 */
export class CnActionList extends SessionBoundElement {
  static override styles = [themeTokens, controlStyles, actionListStyles];
  static override properties = {
    actions: { state: true },
    people: { state: true },
    error: { state: true },
  };
  declare actions: Action[];
  declare people: Person[];
  declare error: string;

  constructor() {
    super();
    this.actions = [];
    this.people = [];
    this.error = '';
  }

  protected override async loadRelated(): Promise<void> {
    const store = this.store;
    const session = this.session;
    if (!store || !session) return;
    const list = await store.list({ type: 'action', sessionId: session.id });
    list.forEach((a) => this.saver?.observe(a));
    this.actions = list.map((a) => this.saver?.current(a) ?? a);
    const track = session.trackId ? await store.get('track', session.trackId) : undefined;
    // An owner chosen earlier stays choosable even if they left the track since.
    const ids = new Set([
      ...actionOwnerCandidates(session, track),
      ...list.flatMap((a) => (a.ownerId ? [a.ownerId] : [])),
    ]);
    const people = await Promise.all([...ids].map((id) => store.get('person', id)));
    this.people = people.filter((p): p is Person => p !== undefined);
  }

  protected override concerns(change: StoreChange): boolean {
    return (
      super.concerns(change) ||
      change.records.some((r) => r.type === 'person' || r.type === 'track')
    );
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const drafts = this.pendingDrafts();
    return html`<h2>${t(this.locale, 'panel.actions.title')}</h2>
      ${
        this.actions.length === 0
          ? html`<p class="muted">${t(this.locale, 'panel.actions.none')}</p>`
          : html`<ul class="plain">
              ${this.actions.map((a) => this.renderAction(a))}
            </ul>`
      }
      ${
        drafts.length > 0
          ? html`<button class="take-over" @click=${this.takeOver}>
              ${t(this.locale, 'panel.actions.fromDebrief', { count: drafts.length })}
            </button>`
          : nothing
      }
      <form @submit=${this.add}>
        <label for="new-action">${t(this.locale, 'panel.actions.new')}</label>
        <input
          id="new-action"
          name="text"
          type="text"
          autocomplete="off"
          @input=${this.suggestOwner}
        />
        <div class="fields">
          <label
            >${t(this.locale, 'panel.actions.owner')}
            <select name="owner">
              ${this.ownerOptions(this.defaultOwner())}
            </select></label
          >
          <label>${t(this.locale, 'panel.actions.due')} <input name="due" type="date" /></label>
          <button type="submit">${t(this.locale, 'panel.actions.add')}</button>
        </div>
      </form>
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}`;
  }

  private renderAction(action: Action) {
    const label = action.text;
    return html`<li class="action" data-id=${action.id}>
      <label class="visually-hidden" for="text-${action.id}"
        >${t(this.locale, 'panel.actions.text')}</label
      >
      <input
        id="text-${action.id}"
        type="text"
        .value=${action.text}
        @input=${(e: Event) => this.edit(action, { text: (e.target as HTMLInputElement).value })}
      />
      <div class="fields">
        <label
          >${t(this.locale, 'panel.actions.owner')}
          <select
            aria-label=${t(this.locale, 'panel.actions.ownerOf', { action: label })}
            @change=${(e: Event) => this.edit(action, { ownerId: (e.target as HTMLSelectElement).value || undefined })}
          >
            ${this.ownerOptions(action.ownerId)}
          </select></label
        >
        <label
          >${t(this.locale, 'panel.actions.due')}
          <input
            type="date"
            aria-label=${t(this.locale, 'panel.actions.dueOf', { action: label })}
            .value=${action.due ?? ''}
            @change=${(e: Event) => this.edit(action, { due: (e.target as HTMLInputElement).value || undefined })}
        /></label>
        <label
          >${t(this.locale, 'panel.actions.status')}
          <select
            aria-label=${t(this.locale, 'panel.actions.statusOf', { action: label })}
            @change=${(e: Event) => this.setStatus(action, (e.target as HTMLSelectElement).value as ActionStatus)}
          >
            ${ACTION_STATUSES.map(
              (s) =>
                html`<option value=${s} ?selected=${s === action.status}>
                  ${t(this.locale, `core.actionStatus.${s}`)}
                </option>`,
            )}
          </select></label
        >
      </div>
    </li>`;
  }

  /** The coachee, who usually picks an action up; when in the list of candidates. */
  private defaultOwner(): string | undefined {
    const coachee = this.session?.coacheeIds[0];
    return this.people.some((p) => p.id === coachee) ? coachee : undefined;
  }

  /** The role tells two people of the same name apart. */
  private ownerOptions(selected: string | undefined) {
    return html`<option value="" ?selected=${!selected}>
        ${t(this.locale, 'panel.actions.noOwner')}
      </option>
      ${this.people.map(
        (p) =>
          html`<option value=${p.id} ?selected=${p.id === selected}>
            ${p.role ? `${p.displayName} (${p.role})` : p.displayName}
          </option>`,
      )}`;
  }

  /** "Marieke: …" typed as a new action picks Marieke as its owner. */
  private suggestOwner(event: InputEvent): void {
    const input = event.target as HTMLInputElement;
    const named = ownerNamedIn(input.value, this.people);
    const select = input.form?.querySelector<HTMLSelectElement>('select[name="owner"]');
    if (named && select) select.value = named.id;
  }

  /** Debrief action lines not yet turned into actions. */
  private pendingDrafts(): string[] {
    if (!this.session) return [];
    const existing = new Set(this.actions.map((a) => a.text.toLowerCase()));
    return draftActionsFromDebrief(this.saver?.current(this.session) ?? this.session).filter(
      (text) => !existing.has(text.toLowerCase()),
    );
  }

  private guarded(run: () => void): void {
    try {
      run();
      this.error = '';
      this.dispatchEvent(
        new CustomEvent('cn-actions-change', {
          detail: { actions: this.actions },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.error = coachingErrorText(error, this.locale);
    }
  }

  private add(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const saver = this.saver;
    if (!saver || !this.session) return;
    const session = saver.current(this.session);
    this.guarded(() => {
      const owner = String(data.get('owner') ?? '');
      const due = String(data.get('due') ?? '');
      const action = createAction(
        session,
        {
          text: String(data.get('text') ?? ''),
          ...(owner ? { ownerId: owner } : {}),
          ...(due ? { due } : {}),
        },
        saver.context(),
      );
      this.actions = [...this.actions, saver.create(action)];
      form.reset();
      // Each new action starts from the usual owner, not from the one picked for the last.
      const select = form.querySelector<HTMLSelectElement>('select[name="owner"]');
      if (select) select.value = this.defaultOwner() ?? '';
      form.querySelector<HTMLInputElement>('#new-action')?.focus();
    });
  }

  private takeOver(): void {
    const saver = this.saver;
    if (!saver || !this.session) return;
    const session = saver.current(this.session);
    const drafts = this.pendingDrafts();
    this.guarded(() => {
      const made = actionsFromDebrief(
        session,
        saver.context(),
        drafts.map((text) => {
          const owner = ownerNamedIn(text, this.people)?.id ?? session.coacheeIds[0];
          return owner ? { text, ownerId: owner } : { text };
        }),
      );
      this.actions = [...this.actions, ...made.map((a) => saver.create(a))];
    });
  }

  private edit(action: Action, patch: Partial<Pick<Action, 'text' | 'ownerId' | 'due'>>): void {
    const saver = this.saver;
    if (!saver) return;
    this.guarded(() => {
      const next = saver.edit(action, patch);
      this.actions = this.actions.map((a) => (a.id === next.id ? next : a));
    });
  }

  private setStatus(action: Action, status: ActionStatus): void {
    const saver = this.saver;
    if (!saver) return;
    this.guarded(() => {
      const next = saver.apply(action, (latest, ctx) => setActionStatus(latest, status, ctx));
      this.actions = this.actions.map((a) => (a.id === next.id ? next : a));
    });
  }
}
