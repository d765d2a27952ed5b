import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import { createPerson } from '../../model/person';
import { createSession } from '../../model/session';
import { compareSessions } from '../../model/session-order';
import { createTrack } from '../../model/track';
import {
  TRACK_KINDS,
  type Id,
  type Locale,
  type Person,
  type Session,
  type Track,
  type TrackKind,
} from '../../model/types';
import { DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND, SESSION_TEMPLATES } from '../../templates';
import type { Store } from '../../store/port';
import type { RecordSaver } from '../common/record-saver';
import { controlStyles, themeTokens } from '../common/tokens';
import type { PageContext } from '../../model/page-context';
import { sessionContextOf } from '../observation-panel/host';
import { sessionPickerStyles } from './session-picker.styles';

const OPEN_STATUSES = new Set(['planned', 'prepared', 'in-progress', 'debrief']);
const NEW = '__new__';

/**
 * Pick or create the coachee, the track and the session (planned or unannounced).
 *
 * @event cn-session-open - `detail: { sessionId }` when a session was picked or created
 */
export class CnSessionPicker extends LitElement {
  static override styles = [themeTokens, controlStyles, sessionPickerStyles];
  static override properties = {
    store: { attribute: false },
    saver: { attribute: false },
    locale: { type: String },
    pageContext: { attribute: false },
    people: { state: true },
    tracks: { state: true },
    sessions: { state: true },
    personId: { state: true },
    trackId: { state: true },
    error: { state: true },
  };
  declare store: Store | undefined;
  declare saver: RecordSaver | undefined;
  declare locale: Locale;
  declare pageContext: PageContext | undefined;
  declare people: Person[];
  declare tracks: Track[];
  declare sessions: Session[];
  declare personId: Id | '';
  declare trackId: Id | '';
  declare error: string;

  constructor() {
    super();
    this.store = undefined;
    this.saver = undefined;
    this.locale = 'en';
    this.pageContext = undefined;
    this.people = [];
    this.tracks = [];
    this.sessions = [];
    this.personId = '';
    this.trackId = '';
    this.error = '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('store')) void this.load();
  }

  async load(): Promise<void> {
    const store = this.store;
    if (!store) return;
    const [people, tracks, sessions] = await Promise.all([
      store.list({ type: 'person' }),
      store.list({ type: 'track' }),
      store.list({ type: 'session' }),
    ]);
    this.people = people.sort((a, b) => a.displayName.localeCompare(b.displayName));
    this.tracks = tracks.filter((tr) => tr.status !== 'closed');
    this.sessions = sessions;
    if (!this.personId && this.people.length > 0) this.personId = this.people[0]!.id;
    this.pickDefaultTrack();
  }

  override render() {
    const tracks = this.tracksOfPerson();
    const open = this.openSessions();
    return html`<section aria-labelledby="coachee-title">
        <h2 id="coachee-title">${t(this.locale, 'panel.setup.coachee')}</h2>
        <label for="coachee" class="visually-hidden"
          >${t(this.locale, 'panel.setup.coachee')}</label
        >
        <select id="coachee" @change=${this.onPerson}>
          ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.personId}>${p.displayName}${p.role ? ` (${p.role})` : ''}</option>`)}
          <option value=${NEW} ?selected=${this.personId === ''}>
            ${t(this.locale, 'panel.setup.newCoachee')}
          </option>
        </select>
        ${
          this.personId === ''
            ? html`<form class="inline new-coachee" @submit=${this.addPerson}>
                <label
                  >${t(this.locale, 'core.field.displayName')}
                  <input name="name" type="text" autocomplete="off"
                /></label>
                <label
                  >${t(this.locale, 'core.field.role')}
                  <input name="role" type="text" autocomplete="off"
                /></label>
                <button type="submit">${t(this.locale, 'panel.setup.createCoachee')}</button>
              </form>`
            : nothing
        }
      </section>
      ${
        this.personId
          ? html`<section aria-labelledby="track-title">
                <h2 id="track-title">${t(this.locale, 'panel.setup.track')}</h2>
                <label for="track" class="visually-hidden"
                  >${t(this.locale, 'panel.setup.track')}</label
                >
                <select id="track" @change=${this.onTrack}>
                  ${tracks.map((tr) => html`<option value=${tr.id} ?selected=${tr.id === this.trackId}>${tr.title}</option>`)}
                  <option value=${NEW} ?selected=${this.trackId === ''}>
                    ${t(this.locale, 'panel.setup.newTrack')}
                  </option>
                </select>
                ${
                  this.trackId === ''
                    ? html`<form class="inline new-track" @submit=${this.addTrack}>
                        <label
                          >${t(this.locale, 'core.field.title')}
                          <input name="title" type="text" autocomplete="off"
                        /></label>
                        <label
                          >${t(this.locale, 'core.field.kind')}
                          <select name="kind">
                            ${TRACK_KINDS.map((k) => html`<option value=${k}>${t(this.locale, `core.trackKind.${k}`)}</option>`)}
                          </select></label
                        >
                        <button type="submit">${t(this.locale, 'panel.setup.createTrack')}</button>
                      </form>`
                    : nothing
                }
              </section>
              ${this.trackId ? this.renderSessions(open) : nothing}`
          : nothing
      }
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}`;
  }

  private renderSessions(open: Session[]) {
    const track = this.tracks.find((tr) => tr.id === this.trackId);
    const defaultTemplate = track ? DEFAULT_SESSION_TEMPLATE_BY_TRACK_KIND[track.kind] : undefined;
    return html`<section aria-labelledby="session-title">
      <h2 id="session-title">${t(this.locale, 'panel.setup.session')}</h2>
      ${
        open.length > 0
          ? html`<ul class="plain open-sessions">
              ${open.map(
                (s) =>
                  html`<li>
                    <span
                      >${s.title}
                      <span class="muted"
                        >${s.date} · ${t(this.locale, `core.sessionStatus.${s.status}`)}</span
                      ></span
                    >
                    <button class="resume" data-id=${s.id} @click=${() => this.open(s.id)}>
                      ${t(this.locale, 'panel.setup.resume')}
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p class="muted">${t(this.locale, 'panel.setup.noOpenSessions')}</p>`
      }
      <form class="inline new-session" @submit=${this.addSession}>
        <label
          >${t(this.locale, 'panel.setup.template')}
          <select name="template">
            ${SESSION_TEMPLATES.map(
              (tpl) =>
                html`<option value=${tpl.id} ?selected=${tpl.id === defaultTemplate}>
                  ${tpl.title[this.locale]}
                </option>`,
            )}
          </select></label
        >
        <fieldset>
          <legend>${t(this.locale, 'panel.setup.announced')}</legend>
          <label class="row"
            ><input
              type="radio"
              name="planned"
              value="yes"
              checked
            />${t(this.locale, 'core.session.planned')}</label
          >
          <label class="row"
            ><input
              type="radio"
              name="planned"
              value="no"
            />${t(this.locale, 'core.session.unannounced')}</label
          >
        </fieldset>
        ${
          this.pageContext
            ? html`<p class="muted context">
                ${t(this.locale, 'panel.setup.context', { label: this.pageContext.label || this.pageContext.title })}
              </p>`
            : nothing
        }
        <button type="submit" class="primary">
          ${t(this.locale, 'panel.setup.createSession')}
        </button>
      </form>
    </section>`;
  }

  private tracksOfPerson(): Track[] {
    return this.tracks.filter((tr) => tr.coacheeIds.includes(this.personId));
  }

  private openSessions(): Session[] {
    return this.sessions
      .filter(
        (s) =>
          OPEN_STATUSES.has(s.status) &&
          s.coacheeIds.includes(this.personId) &&
          s.trackId === this.trackId,
      )
      .sort(compareSessions)
      .reverse();
  }

  private pickDefaultTrack(): void {
    const tracks = this.tracksOfPerson();
    if (!tracks.some((tr) => tr.id === this.trackId)) this.trackId = tracks[0]?.id ?? '';
  }

  private onPerson(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.personId = value === NEW ? '' : value;
    this.pickDefaultTrack();
  }

  private onTrack(e: Event): void {
    const value = (e.target as HTMLSelectElement).value;
    this.trackId = value === NEW ? '' : value;
  }

  private guarded(run: () => void): void {
    try {
      run();
      this.error = '';
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.error = coachingErrorText(error, this.locale);
    }
  }

  private addPerson(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const saver = this.saver;
    if (!saver) return;
    this.guarded(() => {
      const role = String(data.get('role') ?? '').trim();
      const person = saver.create(
        createPerson(
          { displayName: String(data.get('name') ?? ''), ...(role ? { role } : {}) },
          saver.context(),
        ),
      );
      this.people = [...this.people, person].sort((a, b) =>
        a.displayName.localeCompare(b.displayName),
      );
      this.personId = person.id;
      this.trackId = '';
      void this.focusFirst('.new-track input');
    });
  }

  private addTrack(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const saver = this.saver;
    if (!saver) return;
    this.guarded(() => {
      const track = saver.create(
        createTrack(
          {
            kind: String(data.get('kind') ?? 'on-the-job') as TrackKind,
            title: String(data.get('title') ?? ''),
            coacheeIds: [this.personId],
            coachIds: [],
            status: 'active',
          },
          saver.context(),
        ),
      );
      this.tracks = [...this.tracks, track];
      this.trackId = track.id;
      void this.focusFirst('.new-session select');
    });
  }

  private addSession(e: SubmitEvent): void {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const saver = this.saver;
    const track = this.tracks.find((tr) => tr.id === this.trackId);
    const template = SESSION_TEMPLATES.find((tpl) => tpl.id === data.get('template'));
    if (!saver || !track || !template) return;
    this.guarded(() => {
      const context = sessionContextOf(this.pageContext);
      const label = context?.label;
      const session = saver.create(
        createSession(
          {
            template,
            track,
            locale: this.locale,
            planned: data.get('planned') !== 'no',
            ...(label ? { title: `${template.title[this.locale]} · ${label}`.slice(0, 200) } : {}),
            ...(context ? { context } : {}),
          },
          saver.context(),
        ),
      );
      this.sessions = [...this.sessions, session];
      this.open(session.id);
    });
  }

  private open(sessionId: Id): void {
    this.dispatchEvent(
      new CustomEvent('cn-session-open', { detail: { sessionId }, bubbles: true, composed: true }),
    );
  }

  private async focusFirst(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
