import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { t, type Id, type Session, indexTokens } from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';
import {
  loadSessionDetail,
  renderSessionDetail,
  sessionSummary,
  type SessionDetail,
} from '../history/session-detail';
import type { SearchHit } from '@coaching-notes/shared/idb';

/** Typing pauses this long before a query runs. */
const DEBOUNCE_MS = 150;

interface ShownHit {
  session: Session;
  detail: SessionDetail;
  matched: Set<Id>;
}

/**
 * Full-text search over every session, its notes, debrief and actions. The token index finds
 * the sessions; only the sessions shown are read from the store (and a stale index entry whose
 * record is gone is dropped on the way).
 */
export class CnDashSearch extends LitElement {
  static override styles = [
    themeTokens,
    controlStyles,
    viewStyles,
    css`
      .hit {
        background: var(--cn-warn-bg);
        color: var(--cn-warn-fg);
      }
    `,
  ];
  static override properties = {
    ctx: { attribute: false },
    query: { state: true },
    results: { state: true },
    names: { state: true },
    truncated: { state: true },
    busy: { state: true },
  };
  declare ctx: DashboardContext;
  declare query: string;
  declare results: ShownHit[] | undefined;
  declare names: Map<Id, string>;
  declare truncated: boolean;
  declare busy: boolean;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private generation = 0;

  constructor() {
    super();
    this.query = '';
    this.results = undefined;
    this.names = new Map();
    this.truncated = false;
    this.busy = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ctx.store
      .list({ type: 'person' })
      .then((people) => (this.names = new Map(people.map((p) => [p.id, p.displayName]))));
  }

  private onInput(event: Event): void {
    this.query = (event.target as HTMLInputElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** Run the current query now (Enter, or the debounce). */
  async run(): Promise<void> {
    clearTimeout(this.timer);
    const index = this.ctx.search;
    const generation = ++this.generation;
    if (!index || !this.query.trim()) {
      this.results = undefined;
      return;
    }
    this.busy = true;
    const result = await index.search(this.query, 30);
    const shown = await Promise.all(result.hits.map((hit) => this.resolve(hit, result.terms)));
    if (generation !== this.generation) return; // a newer query is on its way
    this.results = shown.filter((x): x is ShownHit => x !== undefined);
    this.truncated = result.more;
    this.busy = false;
  }

  private async resolve(hit: SearchHit, terms: string[]): Promise<ShownHit | undefined> {
    const session = await this.ctx.store.get('session', hit.sessionId);
    if (!session) {
      // Deleted where no dashboard saw it: drop the stale document.
      await this.ctx.search?.write([], [hit.sessionId]);
      return undefined;
    }
    const detail = await loadSessionDetail(this.ctx.store, session.id);
    // Mark the notes and actions that contain a term, so the eye finds the reason for the hit.
    const matched = new Set(
      [...detail.observations, ...detail.actions]
        .filter((r) =>
          indexTokens(r.text).some((token) => terms.some((term) => token.startsWith(term))),
        )
        .map((r) => r.id),
    );
    return { session, detail, matched };
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    return html`<h2 id="search-title">${t(l, 'dashboard.search.heading')}</h2>
      <form
        role="search"
        aria-labelledby="search-title"
        @submit=${(e: Event) => (e.preventDefault(), void this.run())}
      >
        <label for="q">${t(l, 'dashboard.search.label')}</label>
        <input
          id="q"
          name="q"
          type="search"
          autocomplete="off"
          .value=${this.query}
          @input=${this.onInput}
        />
      </form>
      <p role="status" class="status">
        ${
          !this.ctx.search
            ? t(l, 'dashboard.search.indexing')
            : this.results === undefined
              ? ''
              : t(l, 'dashboard.search.count', { n: this.results.length })
        }
        ${this.truncated ? t(l, 'dashboard.search.truncated', { n: this.results?.length ?? 0 }) : nothing}
      </p>
      ${(this.results ?? []).map(
        (r) =>
          html`<article class="card">
            <h3>${sessionSummary(l, r.session, this.names)}</h3>
            ${renderSessionDetail(l, r.session, r.detail, this.names, r.matched)}
          </article>`,
      )}`;
  }
}
