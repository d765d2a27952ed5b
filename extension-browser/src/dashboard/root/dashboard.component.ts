import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  t,
  type Id,
  type Locale,
  type Store,
  SearchSync,
  type SyncState,
} from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import type { DashboardContext, DashboardHost } from '../context';
import { RETENTION_CHOICES } from '../privacy/privacy-view.component';
import { SearchIndex, SEARCH_DB_NAME } from '@coaching-notes/shared/idb';
import { dashboardStyles } from './dashboard.styles';
import '../people/people-view';
import '../history/history-view';
import '../search/search-view';
import '../actions/actions-board';
import '../followups/followups-view';
import '../goal-chart/goal-chart';
import '../exchange/exchange-view';
import '../link/session-end-sync';
import '../privacy/privacy-view';
import '../settings/settings-view';

import { DASHBOARD_VIEWS, type DashboardView } from '../views';

/**
 * The coaching dashboard: people and tracks, history, search, actions, follow-ups, goal
 * progress, the shared file, privacy and settings. The shell hands it a store, a locale, the
 * replica id and a host (settings, shortcuts, storage persistence).
 *
 * @event cn-view-changed - the shown view changed (detail: the view name; the page keeps it in the URL hash)
 * @event cn-settings-changed - from the settings view (detail: DashboardSettings)
 */
export class CnDashboard extends LitElement {
  static override styles = [themeTokens, controlStyles, dashboardStyles];
  static override properties = {
    store: { attribute: false },
    host: { attribute: false },
    locale: { type: String },
    actor: { type: String },
    view: { type: String, reflect: true },
    searchDbName: { type: String, attribute: 'search-db' },
    now: { attribute: false },
    search: { state: true },
    searchState: { state: true },
    askRetention: { state: true },
    historyFilter: { state: true },
  };
  declare store: Store;
  declare host: DashboardHost;
  declare locale: Locale;
  declare actor: string;
  declare view: DashboardView;
  declare searchDbName: string;
  declare now: () => Date;
  declare search: SearchIndex | undefined;
  declare searchState: SyncState;
  declare askRetention: boolean;
  declare historyFilter: { personId?: Id; trackId?: Id };
  private sync: SearchSync | undefined;

  constructor() {
    super();
    this.locale = 'en';
    this.actor = '';
    this.view = 'people';
    this.searchDbName = SEARCH_DB_NAME;
    this.now = () => new Date();
    this.search = undefined;
    this.searchState = 'idle';
    this.askRetention = false;
    this.historyFilter = {};
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.host.loadSettings().then((s) => (this.askRetention = !s.retentionAsked));
    // The search index opens after the first view has painted: it never delays it.
    setTimeout(() => void this.startSearch(), 0);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.sync?.stop();
    this.search?.close();
  }

  private async startSearch(): Promise<void> {
    const index = await SearchIndex.open(this.searchDbName);
    this.sync = new SearchSync(this.store, index, (state) => (this.searchState = state));
    await this.sync.start(this.now());
    this.search = index;
  }

  /** Drop the search index and build it again from the store. */
  async rebuildSearch(): Promise<void> {
    if (!this.sync) return;
    this.search = undefined;
    await this.sync.rebuild(this.now());
    this.search = this.sync.index;
  }

  /** Resolves when the search index is built and every change so far is in it (for tests). */
  async searchReady(): Promise<void> {
    while (!this.search) await new Promise((r) => setTimeout(r, 20));
    await this.sync?.flush();
  }

  private context(): DashboardContext {
    const ctx: DashboardContext = {
      store: this.store,
      locale: this.locale,
      actor: this.actor,
      host: this.host,
      now: this.now,
    };
    if (this.search) ctx.search = this.search;
    return ctx;
  }

  show(view: DashboardView): void {
    this.view = view;
    this.dispatchEvent(
      new CustomEvent('cn-view-changed', { detail: view, bubbles: true, composed: true }),
    );
  }

  private async answerRetention(event: Event): Promise<void> {
    event.preventDefault();
    const months = Number(new FormData(event.target as HTMLFormElement).get('retention'));
    await this.host.saveSettings({ retentionMonths: months || null, retentionAsked: true });
    this.askRetention = false;
  }

  private renderRetentionQuestion(): TemplateResult {
    const l = this.locale;
    return html`<form
      class="first-run warning"
      @submit=${this.answerRetention}
      aria-labelledby="retention-q"
    >
      <p id="retention-q"><strong>${t(l, 'dashboard.firstRun.retention')}</strong></p>
      <p>${t(l, 'dashboard.firstRun.retentionHelp')}</p>
      <label
        >${t(l, 'dashboard.privacy.retentionLabel')}
        <select name="retention">
          ${RETENTION_CHOICES.map(
            (m) =>
              html`<option value=${m} ?selected=${m === 24}>
                ${m === 0 ? t(l, 'dashboard.retention.keep') : t(l, 'dashboard.retention.months', { n: m })}
              </option>`,
          )}
        </select></label
      >
      <button type="submit" class="primary">${t(l, 'dashboard.save')}</button>
    </form>`;
  }

  private renderView(ctx: DashboardContext): TemplateResult {
    switch (this.view) {
      case 'history':
        return html`<cn-dash-history
          .ctx=${ctx}
          personId=${this.historyFilter.personId ?? ''}
          trackId=${this.historyFilter.trackId ?? ''}
        ></cn-dash-history>`;
      case 'search':
        return html`<cn-dash-search .ctx=${ctx}></cn-dash-search>`;
      case 'actions':
        return html`<cn-dash-actions .ctx=${ctx}></cn-dash-actions>`;
      case 'followups':
        return html`<cn-dash-followups .ctx=${ctx}></cn-dash-followups>`;
      case 'progress':
        return html`<cn-dash-goal-chart .ctx=${ctx}></cn-dash-goal-chart>`;
      case 'exchange':
        return html`<cn-dash-exchange .ctx=${ctx}></cn-dash-exchange>`;
      case 'privacy':
        return html`<cn-dash-privacy .ctx=${ctx}></cn-dash-privacy>`;
      case 'settings':
        return html`<cn-dash-settings
          .ctx=${ctx}
          @cn-rebuild-search=${() => this.rebuildSearch()}
        ></cn-dash-settings>`;
      default:
        return html`<cn-dash-people
          .ctx=${ctx}
          @cn-open-history=${(e: CustomEvent<{ personId?: Id; trackId?: Id }>) => {
            this.historyFilter = e.detail;
            this.show('history');
          }}
        ></cn-dash-people>`;
    }
  }

  override render(): TemplateResult {
    const l = this.locale;
    const ctx = this.context();
    return html`<header>
        <h1>${t(l, 'dashboard.title')}</h1>
        <nav aria-label=${t(l, 'dashboard.nav')}>
          <ul>
            ${DASHBOARD_VIEWS.map(
              (v) =>
                html`<li>
                  <button
                    type="button"
                    data-view=${v}
                    aria-current=${v === this.view ? 'page' : 'false'}
                    @click=${() => this.show(v)}
                  >
                    ${t(l, `dashboard.view.${v}`)}
                  </button>
                </li>`,
            )}
          </ul>
        </nav>
        <span class="muted" role="status"
          >${this.searchState === 'building' ? t(l, 'dashboard.search.building') : nothing}</span
        >
      </header>
      ${this.askRetention ? this.renderRetentionQuestion() : nothing}
      <cn-dash-link-watch .ctx=${ctx}></cn-dash-link-watch>
      <main>${this.renderView(ctx)}</main>`;
  }
}
