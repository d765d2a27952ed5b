import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { t, type Id, type Person, type Session, type Track } from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { debriefPath } from '../../common/debrief-url';
import { sortPeople } from '../common/format';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';
import {
  loadSessionDetail,
  renderSessionDetail,
  sessionSummary,
  type SessionDetail,
} from './session-detail';

const PAGE = 25;

/**
 * Sessions of one person or one track, newest first, a page at a time; opening a session
 * reads its notes and actions.
 */
export class CnDashHistory extends LitElement {
  static override styles = [
    themeTokens,
    controlStyles,
    viewStyles,
    css`
      details {
        border: 1px solid var(--cn-border);
        border-radius: 6px;
        padding: 6px 10px;
        margin: 6px 0;
      }
      summary {
        cursor: pointer;
      }
    `,
  ];
  static override properties = {
    ctx: { attribute: false },
    personId: { type: String },
    trackId: { type: String },
    people: { state: true },
    tracks: { state: true },
    sessions: { state: true },
    shown: { state: true },
    details: { state: true },
  };
  declare ctx: DashboardContext;
  declare personId: Id;
  declare trackId: Id;
  declare people: Person[];
  declare tracks: Track[];
  declare sessions: Session[];
  declare shown: number;
  declare details: Map<Id, SessionDetail>;

  constructor() {
    super();
    this.personId = '';
    this.trackId = '';
    this.people = [];
    this.tracks = [];
    this.sessions = [];
    this.shown = PAGE;
    this.details = new Map();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadChoices();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('personId') || changed.has('trackId')) void this.loadSessions();
  }

  private async loadChoices(): Promise<void> {
    const [people, tracks] = await Promise.all([
      this.ctx.store.list({ type: 'person' }),
      this.ctx.store.list({ type: 'track' }),
    ]);
    this.people = sortPeople(people, this.ctx.locale);
    this.tracks = tracks;
    if (!this.personId && !this.trackId && this.people[0]) this.personId = this.people[0].id;
  }

  private async loadSessions(): Promise<void> {
    const query = this.trackId
      ? ({ type: 'session', trackId: this.trackId } as const)
      : this.personId
        ? ({ type: 'session', personId: this.personId } as const)
        : undefined;
    this.sessions = query ? (await this.ctx.store.list(query)).reverse() : [];
    this.shown = PAGE;
  }

  private async toggled(event: Event, session: Session): Promise<void> {
    if (!(event.target as HTMLDetailsElement).open || this.details.has(session.id)) return;
    const detail = await loadSessionDetail(this.ctx.store, session.id);
    this.details = new Map(this.details).set(session.id, detail);
  }

  private names(): Map<Id, string> {
    return new Map(this.people.map((p) => [p.id, p.displayName]));
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const names = this.names();
    const personTracks = this.personId
      ? this.tracks.filter(
          (tr) => tr.coacheeIds.includes(this.personId) || tr.coachIds.includes(this.personId),
        )
      : this.tracks;
    return html`<h2>${t(l, 'dashboard.history.heading')}</h2>
      <div class="grid-form">
        <label
          >${t(l, 'dashboard.history.person')}
          <select
            name="person"
            @change=${(e: Event) => {
              this.personId = (e.target as HTMLSelectElement).value;
              this.trackId = '';
            }}
          >
            ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.personId}>${p.displayName}</option>`)}
          </select></label
        >
        <label
          >${t(l, 'dashboard.history.track')}
          <select
            name="track"
            @change=${(e: Event) => (this.trackId = (e.target as HTMLSelectElement).value)}
          >
            <option value="" ?selected=${!this.trackId}>
              ${t(l, 'dashboard.history.allTracks')}
            </option>
            ${personTracks.map((tr) => html`<option value=${tr.id} ?selected=${tr.id === this.trackId}>${tr.title}</option>`)}
          </select></label
        >
      </div>
      <p role="status">${t(l, 'dashboard.history.count', { n: this.sessions.length })}</p>
      ${this.sessions.slice(0, this.shown).map(
        (s) =>
          html`<details @toggle=${(e: Event) => this.toggled(e, s)}>
            <summary>
              ${sessionSummary(l, s, names)}
              <span class="badge">${t(l, `dashboard.sessionStatus.${s.status}`)}</span>
            </summary>
            ${renderSessionDetail(l, s, this.details.get(s.id), names)}
            ${
              s.status === 'debrief' || s.status === 'done'
                ? html`<p>
                    <a
                      class="open-coachee-debrief"
                      href=${debriefPath(s.id)}
                      target="_blank"
                      title=${t(l, 'coachee.openHint')}
                      >${t(l, 'coachee.open')}</a
                    >
                  </p>`
                : nothing
            }
          </details>`,
      )}
      ${
        this.sessions.length > this.shown
          ? html`<button type="button" @click=${() => (this.shown += PAGE)}>
              ${t(l, 'dashboard.showMore')}
            </button>`
          : nothing
      }`;
  }
}
