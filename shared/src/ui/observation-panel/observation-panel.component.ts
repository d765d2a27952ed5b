import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import { openActionsForSession } from '../../model/carry-forward';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import { sessionBelongsHere } from '../../model/session';
import { completeSession } from '../../model/session-lifecycle';
import type {
  Action,
  Goal,
  Id,
  Locale,
  Observation,
  ObservationKind,
  Person,
  Session,
  Track,
} from '../../model/types';
import type { Store } from '../../store/port';
import type { SessionTemplate } from '../../templates';
import { saverFor, type ChangeContextSource, type RecordSaver } from '../common/record-saver';
import { sessionTemplate } from '../common/templates';
import { controlStyles, themeTokens } from '../common/tokens';
import { CAPTURE_KEYS, type CnObserve } from '../observe/observe';
import '../observe/observe';
import '../prepare/prepare';
import '../session-picker/session-picker';
import '../save-status/save-status';
import '../confirm-action/confirm-action';
import '../debrief/debrief';
import '../feedback-composer/feedback-composer';
import '../action-list/action-list';
import '../session-export/session-export';
import type { PageContext } from '../../model/page-context';
import { anchorOf, sessionContextOf, type PanelHost } from './host';
import { observationPanelStyles } from './observation-panel.styles';
import { STAGES, capturesKeys, stageOfStatus, type Stage } from './stages';

/**
 * The observation panel: pick a coachee, track and session, then before → during → after →
 * export. Every change goes to the store through the page's `RecordSaver` (debounced, flushed
 * on `pagehide` and when the page is hidden).
 *
 * Properties: `store`, `locale`, `changeContext`, `host` (PanelHost, optional), `sessionId`.
 *
 * @event cn-active-session - `detail: { sessionId }` (undefined: back to the picker), for the
 *   shell to reopen the same session after a reload
 */
export class CnObservationPanel extends LitElement {
  static override styles = [themeTokens, controlStyles, observationPanelStyles];
  static override properties = {
    store: { attribute: false },
    locale: { type: String },
    changeContext: { attribute: false },
    host: { attribute: false },
    sessionId: { type: String, attribute: 'session-id' },
    recentSessionIds: { attribute: false },
    session: { state: true },
    stage: { state: true },
    notice: { type: String },
    pageContext: { state: true },
    loadError: { state: true },
    elsewhere: { state: true },
  };
  declare store: Store | undefined;
  declare locale: Locale;
  declare changeContext: ChangeContextSource;
  declare host: PanelHost | undefined;
  declare sessionId: Id | undefined;
  /**
   * Sessions opened lately, newest first (kept by the shell): when `sessionId` started on another
   * call or record, the newest of these that started on this one is opened instead.
   */
  declare recentSessionIds: Id[];
  declare session: Session | undefined;
  declare stage: Stage;
  /** A line from the shell shown at the bottom, e.g. that the browser may clear its storage. */
  declare notice: string;
  declare pageContext: PageContext | undefined;
  declare loadError: string;
  /** The session last open, started on another call or record: the panel asks before resuming. */
  declare elsewhere: { session: Session; names: string } | undefined;
  private template: SessionTemplate | undefined;
  private track: Track | undefined;
  private coachees: Person[] = [];
  private goals: Goal[] = [];
  private observations: Observation[] = [];
  private carried: Action[] = [];
  private cleanups: (() => void)[] = [];
  /** The host's first answer about the observed page (undefined: no host, or no page). */
  private firstContext: Promise<PageContext | undefined> = Promise.resolve(undefined);
  /** Sessions the coach chose to resume on a page they did not start on. */
  private readonly resumedElsewhere = new Set<Id>();
  /** The coach opened a session from the panel: focus follows into it once it is shown. */
  private focusWhenOpen = false;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onPageHide = () => void this.saver?.flush();
  private readonly onVisibility = () => {
    if (document.visibilityState === 'hidden') void this.saver?.flush();
  };

  constructor() {
    super();
    this.store = undefined;
    this.locale = 'en';
    this.changeContext = () => ({ actor: 'local', now: new Date() });
    this.host = undefined;
    this.sessionId = undefined;
    this.recentSessionIds = [];
    this.session = undefined;
    this.stage = 'before';
    this.pageContext = undefined;
    this.loadError = '';
    this.notice = '';
    this.elsewhere = undefined;
  }

  get saver(): RecordSaver | undefined {
    return this.store ? saverFor(this.store, this.changeContext) : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // On the document, so keys work also when focus fell back to the body (a button went away).
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('pagehide', this.onPageHide);
    document.addEventListener('visibilitychange', this.onVisibility);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('pagehide', this.onPageHide);
    document.removeEventListener('visibilitychange', this.onVisibility);
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
    void this.saver?.flush();
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('host')) this.attachHost();
    if (changed.has('store') || changed.has('sessionId')) void this.loadSession(true);
  }

  /** Capture an observation of `kind` (a key, a button or a browser command). */
  capture(kind: ObservationKind): void {
    if (!this.session) return;
    const current = this.saver?.current(this.session) ?? this.session;
    const recording = current.status === 'in-progress' || current.status === 'debrief';
    if (recording && this.stage !== 'during') this.stage = 'during';
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<CnObserve>('cn-observe')?.capture(kind),
    );
  }

  override render() {
    if (!this.store) return nothing;
    if (!this.session) {
      return html`<header>
          <!-- The overlay's bar and the side panel already name the product: a heading for
            screen readers only, not a second title on screen. -->
          <h1 class="visually-hidden">${t(this.locale, 'panel.title')}</h1>
          <span class="spacer"></span>
          <cn-save-status .saver=${this.saver} .locale=${this.locale}></cn-save-status>
          ${this.renderDashboardButton()}
        </header>
        <main>
          ${this.loadError ? html`<p class="warning" role="alert">${this.loadError}</p>` : nothing}
          ${this.renderElsewhere()}
          <cn-session-picker
            .store=${this.store}
            .saver=${this.saver}
            .locale=${this.locale}
            .pageContext=${this.pageContext}
            @cn-session-open=${(e: CustomEvent<{ sessionId: Id }>) => {
              // Picked by the coach: open it wherever it started, and go on from there.
              this.resumedElsewhere.add(e.detail.sessionId);
              this.focusWhenOpen = true;
              this.openSession(e.detail.sessionId);
            }}
          ></cn-session-picker>
          ${this.notice ? html`<p class="muted notice">${this.notice}</p>` : nothing}
        </main>`;
    }
    const session = this.session;
    const names = this.coachees.map((p) => p.displayName).join(', ');
    return html`<header>
        <h1>${names || session.title}</h1>
        <cn-save-status .saver=${this.saver} .locale=${this.locale}></cn-save-status>
        ${this.renderDashboardButton()}
        <button class="switch-session" @click=${() => this.openSession(undefined)}>
          ${t(this.locale, 'panel.switchSession')}
        </button>
        ${this.renderContextLine(session)}
      </header>
      <nav aria-label=${t(this.locale, 'panel.stages')}>
        <ol>
          ${STAGES.map(
            (stage) =>
              html`<li>
                <button
                  class="stage-${stage}"
                  aria-current=${this.stage === stage ? 'step' : 'false'}
                  @click=${() => void this.goTo(stage)}
                >
                  ${t(this.locale, `panel.stage.${stage}`)}
                </button>
              </li>`,
          )}
        </ol>
      </nav>
      <main>
        ${this.renderStage(session)}
        ${this.notice ? html`<p class="muted notice">${this.notice}</p>` : nothing}
      </main>
      <footer class="row">
        <cn-confirm-action
          class="delete-session"
          .locale=${this.locale}
          .label=${t(this.locale, 'panel.deleteSession')}
          .question=${t(this.locale, 'panel.deleteSessionQuestion')}
          .confirmLabel=${t(this.locale, 'panel.deleteSessionConfirm')}
          @cn-confirm=${() => void this.deleteSession()}
        ></cn-confirm-action>
      </footer>`;
  }

  /** The session's context in one line: track, where it runs, planned or not, status. */
  private renderContextLine(session: Session) {
    const parts = [
      this.track?.title,
      session.context?.label || session.title,
      t(this.locale, session.planned ? 'core.session.planned' : 'core.session.unannounced'),
    ].filter((part): part is string => Boolean(part));
    const status = t(this.locale, `core.sessionStatus.${session.status}`);
    const line = [...parts, status].join(' · ');
    return html`<p class="subtitle muted" title=${line}>
      ${parts.join(' · ')} · <span class="status">${status}</span>
    </p>`;
  }

  /** The question asked when the last session started on another call or record. */
  private renderElsewhere() {
    const elsewhere = this.elsewhere;
    if (!elsewhere) return nothing;
    const { session, names } = elsewhere;
    return html`<section class="elsewhere" aria-labelledby="elsewhere-title">
      <h2 id="elsewhere-title">${t(this.locale, 'panel.elsewhere.title')}</h2>
      <p>
        ${t(this.locale, 'panel.elsewhere.text', {
          who: names || session.title,
          where: session.context?.label || session.context?.url || '',
        })}
      </p>
      <div class="row">
        <button class="resume-elsewhere" @click=${() => this.resumeElsewhere(session.id)}>
          ${t(this.locale, 'panel.elsewhere.resume', { who: names || session.title })}
        </button>
        <button class="primary start-here" @click=${this.startHere}>
          ${t(this.locale, 'panel.elsewhere.startHere')}
        </button>
      </div>
    </section>`;
  }

  private resumeElsewhere(sessionId: Id): void {
    this.resumedElsewhere.add(sessionId);
    this.focusWhenOpen = true;
    this.elsewhere = undefined;
    void this.loadSession(true);
  }

  private readonly startHere = (): void => {
    this.elsewhere = undefined;
    this.openSession(undefined);
    void this.focusStart();
  };

  /** Only when the host can open a dashboard (the browser extension; not the VS Code webview). */
  private renderDashboardButton() {
    const host = this.host;
    if (!host?.openDashboard) return nothing;
    return html`<button
      class="open-dashboard"
      title=${t(this.locale, 'panel.openDashboardHint')}
      @click=${() => host.openDashboard?.()}
    >
      ${t(this.locale, 'panel.openDashboard')}
    </button>`;
  }

  /** The debrief shown to the coachee opens in a view of its own, which holds no private note. */
  private renderCoacheeDebriefButton(session: Session) {
    const host = this.host;
    if (!host?.openCoacheeDebrief) return nothing;
    return html`<p>
      <button
        class="open-coachee-debrief"
        title=${t(this.locale, 'coachee.openHint')}
        @click=${() => host.openCoacheeDebrief?.(session.id)}
      >
        ${t(this.locale, 'coachee.open')}
      </button>
    </p>`;
  }

  private renderStage(session: Session) {
    const common = { store: this.store, locale: this.locale, changeContext: this.changeContext };
    switch (this.stage) {
      case 'before':
        return html`<cn-prepare
          .saver=${this.saver}
          .locale=${this.locale}
          .session=${session}
          .template=${this.template}
          .goals=${this.goals}
          .carried=${this.carried}
          @cn-session-change=${(e: CustomEvent<{ session: Session }>) => this.sessionChanged(e.detail.session)}
        ></cn-prepare>`;
      case 'during':
        return html`<cn-observe
          .saver=${this.saver}
          .locale=${this.locale}
          .session=${session}
          .goals=${this.focusGoals(session)}
          .rubric=${this.template?.rubric ?? []}
          .observations=${this.observations}
          .anchor=${anchorOf(this.pageContext)}
          @cn-session-change=${(e: CustomEvent<{ session: Session }>) => this.sessionChanged(e.detail.session)}
        ></cn-observe>`;
      case 'after':
        return html`${this.renderCoacheeDebriefButton(session)}<cn-feedback-composer
            .store=${common.store}
            .locale=${common.locale}
            .changeContext=${common.changeContext}
            .sessionId=${session.id}
          ></cn-feedback-composer>
          <cn-debrief
            .store=${common.store}
            .locale=${common.locale}
            .changeContext=${common.changeContext}
            .sessionId=${session.id}
          ></cn-debrief>
          <cn-action-list
            .store=${common.store}
            .locale=${common.locale}
            .changeContext=${common.changeContext}
            .sessionId=${session.id}
          ></cn-action-list>
          ${
            session.status === 'debrief'
              ? html`<p>
                  <button class="primary finish" @click=${this.finish}>
                    ${t(this.locale, 'panel.finish')}
                  </button>
                </p>`
              : nothing
          }`;
      case 'export':
        return html`<cn-session-export
          .store=${common.store}
          .locale=${common.locale}
          .changeContext=${common.changeContext}
          .sessionId=${session.id}
        ></cn-session-export>`;
    }
  }

  /** The goals the coach watches: the session's focus goals, or all open goals of the track. */
  private focusGoals(session: Session): Goal[] {
    const focus = this.goals.filter((g) => session.before.focusGoalIds.includes(g.id));
    return focus.length > 0 ? focus : this.goals.filter((g) => g.status === 'open');
  }

  private async goTo(stage: Stage): Promise<void> {
    // Components of the next stage read from the store: give them every pending edit first.
    await this.saver?.flush();
    if (stage === 'during' || stage === 'before') await this.loadSession(false);
    this.stage = stage;
    await this.focusStart();
  }

  /**
   * Put focus where the coach goes on from: the capture bar while observing, else the current
   * phase's tab, else the session picker. The shell calls it when the panel is brought up.
   */
  async focusStart(): Promise<void> {
    await this.updateComplete;
    const observe = this.renderRoot.querySelector<CnObserve>('cn-observe');
    if (observe) return observe.focusCapture();
    const stage = this.renderRoot.querySelector<HTMLElement>(`.stage-${this.stage}`);
    if (stage) return stage.focus();
    const question = this.renderRoot.querySelector<HTMLElement>('.elsewhere button');
    if (question) return question.focus();
    const picker = this.renderRoot.querySelector<LitElement>('cn-session-picker');
    await picker?.updateComplete;
    picker?.shadowRoot?.querySelector<HTMLElement>('select, input, button')?.focus();
  }

  private sessionChanged(session: Session): void {
    this.session = session;
    const stage = stageOfStatus(session.status);
    if (stage !== this.stage && session.status !== 'prepared') void this.goTo(stage);
  }

  private openSession(sessionId: Id | undefined): void {
    this.sessionId = sessionId;
    this.dispatchEvent(
      new CustomEvent('cn-active-session', {
        detail: { sessionId },
        bubbles: true,
        composed: true,
      }),
    );
  }

  private finish(): void {
    const saver = this.saver;
    if (!saver || !this.session) return;
    try {
      this.sessionChanged(saver.apply(this.session, completeSession));
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.loadError = coachingErrorText(error, this.locale);
    }
  }

  private async deleteSession(): Promise<void> {
    const saver = this.saver;
    const store = this.store;
    const session = this.session;
    if (!saver || !store || !session) return;
    await saver.flush();
    const [observations, actions] = await Promise.all([
      store.list({ type: 'observation', sessionId: session.id }),
      store.list({ type: 'action', sessionId: session.id }),
    ]);
    for (const record of [...observations, ...actions, session]) await saver.remove(record);
    this.openSession(undefined);
  }

  private async loadSession(resetStage: boolean): Promise<void> {
    const store = this.store;
    const saver = this.saver;
    if (!store || !saver) return;
    if (!this.sessionId) {
      this.session = undefined;
      this.elsewhere = undefined;
      return;
    }
    // A session just made in the picker may still wait in the debounce.
    await saver.flush();
    const stored = await store.get('session', this.sessionId);
    if (!stored) {
      this.session = undefined;
      return;
    }
    saver.observe(stored);
    const session = saver.current(stored);
    if (this.host && !this.resumedElsewhere.has(session.id)) {
      // A session belongs to the call or record it started on: keys pressed on another call must
      // not land in that coachee's notes, so elsewhere the coach decides first.
      const here = sessionContextOf(await this.firstContext);
      if (!sessionBelongsHere(session, here)) {
        const local = await this.recentSessionStartedHere(store, here, session.id);
        if (local) {
          this.openSession(local);
          return;
        }
        const people = await Promise.all(session.coacheeIds.map((id) => store.get('person', id)));
        this.session = undefined;
        this.elsewhere = {
          session,
          names: people
            .filter((p): p is Person => p !== undefined)
            .map((p) => p.displayName)
            .join(', '),
        };
        return;
      }
    }
    this.elsewhere = undefined;
    this.template = sessionTemplate(session.templateId);
    const trackId = session.trackId;
    const [track, goals, observations, sessions, actions, people] = await Promise.all([
      trackId ? store.get('track', trackId) : undefined,
      trackId ? store.list({ type: 'goal', trackId }) : [],
      store.list({ type: 'observation', sessionId: session.id }),
      trackId ? store.list({ type: 'session', trackId }) : [],
      trackId ? store.list({ type: 'action', trackId }) : [],
      Promise.all(session.coacheeIds.map((id) => store.get('person', id))),
    ]);
    this.track = track;
    this.goals = goals.sort((a, b) => a.order - b.order);
    this.observations = observations.map((o) => saver.current(o));
    this.carried = openActionsForSession(session, sessions, actions);
    this.coachees = people.filter((p): p is Person => p !== undefined);
    if (resetStage) this.stage = stageOfStatus(session.status);
    this.session = session;
    if (this.focusWhenOpen) {
      this.focusWhenOpen = false;
      void this.focusStart();
    }
  }

  /** The newest recent session that started on this very call or record, if any. */
  private async recentSessionStartedHere(
    store: Store,
    here: ReturnType<typeof sessionContextOf>,
    skip: Id,
  ): Promise<Id | undefined> {
    if (!here?.url) return undefined;
    for (const id of this.recentSessionIds) {
      if (id === skip) continue;
      const candidate = await store.get('session', id);
      if (candidate?.context?.url && sessionBelongsHere(candidate, here)) return id;
    }
    return undefined;
  }

  private attachHost(): void {
    this.cleanups.forEach((cleanup) => cleanup());
    this.cleanups = [];
    const host = this.host;
    if (!host) return;
    this.cleanups.push(
      host.onCapture((kind) => this.capture(kind)),
      host.onPageContext((context) => (this.pageContext = context)),
    );
    this.firstContext = host.pageContext().then(
      (context) => {
        if (context) this.pageContext = context;
        return context;
      },
      () => undefined,
    );
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
    const path = event.composedPath();
    if (!capturesKeys(path[0])) return;
    const target = path[0];
    if (!path.includes(this) && target !== document.body && target !== document.documentElement)
      return;
    const kind = CAPTURE_KEYS[event.key.toLowerCase()];
    if (!kind || !this.session) return;
    const current = this.saver?.current(this.session) ?? this.session;
    if (current.status !== 'in-progress' && current.status !== 'debrief') return;
    event.preventDefault();
    this.capture(kind);
  }
}
