import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  t,
  createPerson,
  mergedAway,
  personIds,
  editRecord,
  type Goal,
  type Id,
  type Person,
  type Session,
  type Track,
  formatDay,
} from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { sortPeople } from '../common/format';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';
import { checkInText, trackProgressText } from './progress';
import './track-form';

type Editing =
  { kind: 'person'; person?: Person } | { kind: 'track'; track?: Track; goals: Goal[] } | undefined;

/**
 * The first view: people, and for the selected person their tracks with goals and progress at
 * a glance. Loads people and tracks, plus the sessions of the selected person's tracks only.
 *
 * @event cn-open-history - show the history of a person or track (detail: { personId?, trackId? })
 */
export class CnDashPeople extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    people: { state: true },
    tracks: { state: true },
    selectedId: { state: true },
    sessionsByTrack: { state: true },
    goalsByTrack: { state: true },
    editing: { state: true },
    error: { state: true },
  };
  declare ctx: DashboardContext;
  declare people: Person[];
  declare tracks: Track[];
  declare selectedId: Id | undefined;
  declare sessionsByTrack: Map<Id, Session[]>;
  declare goalsByTrack: Map<Id, Goal[]>;
  declare editing: Editing;
  declare error: string;
  /** Settles when the first load (people, tracks, the first person's tracks) is on screen. */
  loaded: Promise<void> = Promise.resolve();

  constructor() {
    super();
    this.people = [];
    this.tracks = [];
    this.selectedId = undefined;
    this.sessionsByTrack = new Map();
    this.goalsByTrack = new Map();
    this.editing = undefined;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.loaded = this.load().then(() => this.updateComplete.then(() => undefined));
  }

  /** People and tracks only: a handful of records even after five years. */
  async load(): Promise<void> {
    const [people, tracks] = await Promise.all([
      this.ctx.store.list({ type: 'person' }),
      this.ctx.store.list({ type: 'track' }),
    ]);
    // Someone merged into another person is shown as that person, once.
    const away = mergedAway(people);
    this.people = sortPeople(
      people.filter((p) => !away.has(p.id)),
      this.ctx.locale,
    );
    this.tracks = tracks;
    const selected = this.selectedId ?? this.people[0]?.id;
    if (selected) await this.select(selected);
  }

  /** The tracks of a person under any of their ids (merged records included). */
  private tracksOf(personId: Id): Track[] {
    const person = this.people.find((p) => p.id === personId);
    const ids = person ? personIds(person) : [personId];
    return this.tracks.filter((tr) =>
      ids.some((id) => tr.coacheeIds.includes(id) || tr.coachIds.includes(id)),
    );
  }

  /**
   * Show a person. The sessions and goals of their running tracks are read first, so no half
   * view flashes; closed tracks (years of history) are read only when opened.
   */
  async select(personId: Id): Promise<void> {
    const running = this.tracksOf(personId).filter((tr) => tr.status !== 'closed');
    const loaded = await Promise.all(running.map((tr) => this.trackDetail(tr)));
    this.sessionsByTrack = new Map(loaded.map((x) => [x.id, x.sessions]));
    this.goalsByTrack = new Map(loaded.map((x) => [x.id, x.goals]));
    this.selectedId = personId;
    this.editing = undefined;
  }

  private async trackDetail(track: Track): Promise<{ id: Id; sessions: Session[]; goals: Goal[] }> {
    const [sessions, goals] = await Promise.all([
      this.ctx.store.list({ type: 'session', trackId: track.id }),
      this.ctx.store.list({ type: 'goal', trackId: track.id }),
    ]);
    return { id: track.id, sessions, goals: goals.sort((a, b) => a.order - b.order) };
  }

  private async openClosed(event: Event, tracks: Track[]): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open) return;
    const missing = tracks.filter((tr) => !this.sessionsByTrack.has(tr.id));
    const loaded = await Promise.all(missing.map((tr) => this.trackDetail(tr)));
    const sessions = new Map(this.sessionsByTrack);
    const goals = new Map(this.goalsByTrack);
    for (const x of loaded) {
      sessions.set(x.id, x.sessions);
      goals.set(x.id, x.goals);
    }
    this.sessionsByTrack = sessions;
    this.goalsByTrack = goals;
  }

  private async savePerson(event: Event, person: Person | undefined): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const displayName = String(data.get('displayName') ?? '').trim();
    const role = String(data.get('role') ?? '').trim();
    if (!displayName) {
      this.error = t(this.ctx.locale, 'dashboard.person.nameRequired');
      return;
    }
    try {
      const ctx = changeContext(this.ctx);
      const record = person
        ? editRecord(person, { displayName, role: role || undefined }, ctx)
        : createPerson(role ? { displayName, role } : { displayName }, ctx);
      await this.ctx.store.put(record);
      this.error = '';
      this.selectedId = record.id;
      await this.load();
    } catch (error) {
      this.error = errorText(this.ctx.locale, error);
    }
  }

  private openHistory(detail: { personId?: Id; trackId?: Id }): void {
    this.dispatchEvent(
      new CustomEvent('cn-open-history', { detail, bubbles: true, composed: true }),
    );
  }

  private renderPersonForm(person: Person | undefined): TemplateResult {
    const l = this.ctx.locale;
    return html`<form
      class="card"
      @submit=${(e: Event) => this.savePerson(e, person)}
      aria-labelledby="person-form-title"
    >
      <h3 id="person-form-title">
        ${t(l, person ? 'dashboard.person.edit' : 'dashboard.person.new')}
      </h3>
      <div class="grid-form">
        <label
          >${t(l, 'dashboard.person.name')}
          <input name="displayName" .value=${person?.displayName ?? ''} required
        /></label>
        <label
          >${t(l, 'dashboard.person.role')} <input name="role" .value=${person?.role ?? ''}
        /></label>
      </div>
      <p class="row">
        <button type="submit" class="primary">${t(l, 'dashboard.save')}</button>
        <button type="button" @click=${() => (this.editing = undefined)}>
          ${t(l, 'dashboard.cancel')}
        </button>
      </p>
    </form>`;
  }

  private renderTrack(track: Track): TemplateResult {
    const l = this.ctx.locale;
    const sessions = this.sessionsByTrack.get(track.id) ?? [];
    const goals = this.goalsByTrack.get(track.id) ?? [];
    return html`<article class="card" aria-labelledby="track-${track.id}">
      <h3 id="track-${track.id}">${track.title}</h3>
      <p class="row">
        <span class="badge">${t(l, `dashboard.trackKind.${track.kind}`)}</span>
        <span class="badge">${t(l, `dashboard.trackStatus.${track.status}`)}</span>
        ${track.endDate ? html`<span>${t(l, 'dashboard.track.endsOn', { date: formatDay(track.endDate, l) })}</span>` : nothing}
      </p>
      <p class="progress">${trackProgressText(track, sessions, l, this.ctx.now())}</p>
      ${track.cadence ? html`<p class="check-in">${checkInText(track, sessions, l, this.ctx.now())}</p>` : nothing}
      ${
        goals.length
          ? html`<ul>
              ${goals.map(
                (g) =>
                  html`<li>
                    <strong>${g.statement}</strong>
                    ${g.successCriterion ? html`<span class="muted">— ${g.successCriterion}</span>` : nothing}
                    <span class="badge">${t(l, `dashboard.goalStatus.${g.status}`)}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t(l, 'dashboard.goal.none')}</p>`
      }
      <p class="row">
        <button type="button" @click=${() => (this.editing = { kind: 'track', track, goals })}>
          ${t(l, 'dashboard.track.editNamed', { title: track.title })}
        </button>
        <button type="button" @click=${() => this.openHistory({ trackId: track.id })}>
          ${t(l, 'dashboard.history.ofTrack', { title: track.title })}
        </button>
      </p>
    </article>`;
  }

  private renderDetail(person: Person): TemplateResult {
    const l = this.ctx.locale;
    const editing = this.editing;
    const tracks = this.tracksOf(person.id);
    const running = tracks.filter((tr) => tr.status !== 'closed');
    const closed = tracks.filter((tr) => tr.status === 'closed');
    return html`<section aria-labelledby="person-title">
      <h2 id="person-title">${person.displayName}</h2>
      ${person.role ? html`<p class="muted">${person.role}</p>` : nothing}
      <p class="row">
        <button type="button" @click=${() => (this.editing = { kind: 'person', person })}>
          ${t(l, 'dashboard.person.edit')}
        </button>
        <button type="button" @click=${() => (this.editing = { kind: 'track', goals: [] })}>
          ${t(l, 'dashboard.track.new')}
        </button>
        <button type="button" @click=${() => this.openHistory({ personId: person.id })}>
          ${t(l, 'dashboard.history.ofPerson')}
        </button>
      </p>
      ${editing?.kind === 'person' && editing.person ? this.renderPersonForm(editing.person) : nothing}
      ${
        editing?.kind === 'track'
          ? html`<cn-dash-track-form
              .ctx=${this.ctx}
              .track=${editing.track}
              .goals=${editing.goals}
              coacheeId=${person.id}
              @cn-saved=${() => this.load()}
              @cn-cancel=${() => (this.editing = undefined)}
            ></cn-dash-track-form>`
          : nothing
      }
      ${running.length || closed.length ? running.map((tr) => this.renderTrack(tr)) : html`<p class="muted">${t(l, 'dashboard.track.none')}</p>`}
      ${
        closed.length
          ? html`<details class="closed" @toggle=${(e: Event) => this.openClosed(e, closed)}>
              <summary>${t(l, 'dashboard.track.closedCount', { n: closed.length })}</summary>
              ${closed.every((tr) => this.sessionsByTrack.has(tr.id)) ? closed.map((tr) => this.renderTrack(tr)) : html`<p class="muted">${t(l, 'dashboard.loading')}</p>`}
            </details>`
          : nothing
      }
    </section>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const selected = this.people.find((p) => p.id === this.selectedId);
    const creating = this.editing?.kind === 'person' && !this.editing.person;
    return html`<div class="columns">
      <nav aria-label=${t(l, 'dashboard.people.heading')}>
        <h2>${t(l, 'dashboard.people.heading')}</h2>
        <button type="button" class="primary" @click=${() => (this.editing = { kind: 'person' })}>
          ${t(l, 'dashboard.person.new')}
        </button>
        <ul class="plain">
          ${this.people.map(
            (p) =>
              html`<li>
                <button
                  type="button"
                  class="list-button"
                  aria-current=${p.id === this.selectedId ? 'true' : 'false'}
                  @click=${() => this.select(p.id)}
                >
                  ${p.displayName}
                </button>
              </li>`,
          )}
        </ul>
      </nav>
      <div>
        <p class="status" role="alert">${this.error}</p>
        ${creating ? this.renderPersonForm(undefined) : nothing}
        ${selected ? this.renderDetail(selected) : creating ? nothing : html`<p>${t(l, 'dashboard.people.empty')}</p>`}
      </div>
    </div>`;
  }
}
