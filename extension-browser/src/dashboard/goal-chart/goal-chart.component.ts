import { LitElement, html, svg, nothing, type TemplateResult } from 'lit';
import {
  t,
  goalsProgress,
  type GoalProgress,
  type Goal,
  type Id,
  type Session,
  type Track,
  formatDay,
} from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';

/** One goal's chart: the goal, the core's evidence per session and the sessions by id. */
interface GoalEvidence {
  goal: Goal;
  progress: GoalProgress;
  sessions: Map<Id, Session>;
}
import { goalChartStyles } from './goal-chart.styles';

const WIDTH = 640;
const HALF = 60;
const PAD = 24;

/**
 * Goal progress over time: for each goal of a track, tops (up, green) and tips (down, amber)
 * per session. Hand-written SVG in Lit: a dozen lines, no chart library in the page, themed by
 * the same tokens, and the same numbers as a table for screen readers and for reading.
 */
export class CnDashGoalChart extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles, goalChartStyles];
  static override properties = {
    ctx: { attribute: false },
    trackId: { type: String },
    tracks: { state: true },
    evidence: { state: true },
  };
  declare ctx: DashboardContext;
  declare trackId: Id;
  declare tracks: Track[];
  declare evidence: GoalEvidence[] | undefined;

  constructor() {
    super();
    this.trackId = '';
    this.tracks = [];
    this.evidence = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ctx.store.list({ type: 'track' }).then((tracks) => {
      this.tracks = tracks;
      if (!this.trackId && tracks[0]) this.trackId = tracks[tracks.length - 1]!.id;
    });
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('trackId') && this.trackId) void this.load(this.trackId);
  }

  /** One track: its goals, sessions and observations (indexed by track). */
  private async load(trackId: Id): Promise<void> {
    const store = this.ctx.store;
    const [goals, sessions, observations] = await Promise.all([
      store.list({ type: 'goal', trackId }),
      store.list({ type: 'session', trackId }),
      store.list({ type: 'observation', trackId }),
    ]);
    if (trackId !== this.trackId) return;
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const sorted = [...goals].sort((a, b) => a.order - b.order);
    this.evidence = goalsProgress(sorted, sessions, observations).map((progress, i) => ({
      goal: sorted[i]!,
      progress,
      sessions: byId,
    }));
  }

  private renderChart(ev: GoalEvidence, index: number): TemplateResult {
    const l = this.ctx.locale;
    const points = ev.progress.sessions;
    const n = Math.max(points.length, 1);
    const max = Math.max(1, ...points.map((p) => Math.max(p.tops, p.tips)));
    const step = (WIDTH - PAD * 2) / n;
    const barW = Math.max(2, Math.min(28, step * 0.6));
    const scale = (HALF - 8) / max;
    const { tops, tips } = ev.progress.totals;
    const titleId = `goal-${index}-title`;
    const descId = `goal-${index}-desc`;
    return html`<figure class="card">
      <figcaption id=${titleId}>
        <strong>${ev.goal.statement}</strong>
        <span class="badge">${t(l, `dashboard.chart.trend.${ev.progress.trend}`)}</span>
      </figcaption>
      <svg
        viewBox="0 0 ${WIDTH} ${HALF * 2 + 16}"
        role="img"
        aria-labelledby="${titleId} ${descId}"
      >
        <desc id=${descId}>
          ${t(l, 'dashboard.chart.summary', { sessions: points.length, tops, tips })}
        </desc>
        <line class="axis" x1=${PAD} x2=${WIDTH - PAD} y1=${HALF} y2=${HALF}></line>
        ${points.map((p, i) => {
          const x = PAD + i * step + (step - barW) / 2;
          return svg`<rect class="bar-top" x=${x} y=${HALF - p.tops * scale} width=${barW} height=${p.tops * scale}></rect>
            <rect class="bar-tip" x=${x} y=${HALF} width=${barW} height=${p.tips * scale}></rect>`;
        })}
        ${
          points.length
            ? svg`<text class="tick" x=${PAD} y=${HALF * 2 + 12}>${formatDay(points[0]!.date, l)}</text>
              <text class="tick" x=${WIDTH - PAD} y=${HALF * 2 + 12} text-anchor="end">${formatDay(points[points.length - 1]!.date, l)}</text>`
            : nothing
        }
      </svg>
      <details>
        <summary>${t(l, 'dashboard.chart.asTable')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">${t(l, 'dashboard.chart.session')}</th>
              <th scope="col">${t(l, 'dashboard.chart.tops')}</th>
              <th scope="col">${t(l, 'dashboard.chart.tips')}</th>
            </tr>
          </thead>
          <tbody>
            ${points.map(
              (p) =>
                html`<tr>
                  <th scope="row">
                    ${formatDay(p.date, l)} · ${ev.sessions.get(p.sessionId)?.title ?? ''}
                  </th>
                  <td>${p.tops}</td>
                  <td>${p.tips}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </details>
    </figure>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    return html`<h2>${t(l, 'dashboard.chart.heading')}</h2>
      <label class="row"
        >${t(l, 'dashboard.chart.track')}
        <select
          name="track"
          @change=${(e: Event) => (this.trackId = (e.target as HTMLSelectElement).value)}
        >
          ${this.tracks.map((tr) => html`<option value=${tr.id} ?selected=${tr.id === this.trackId}>${tr.title}</option>`)}
        </select></label
      >
      <p class="legend" aria-hidden="true">
        <span
          ><span class="swatch" style="background: var(--cn-top)"></span
          >${t(l, 'dashboard.chart.tops')}</span
        >
        <span
          ><span class="swatch" style="background: var(--cn-tip)"></span
          >${t(l, 'dashboard.chart.tips')}</span
        >
      </p>
      ${
        this.evidence === undefined
          ? html`<p class="muted">
              ${this.tracks.length ? t(l, 'dashboard.loading') : t(l, 'dashboard.chart.noTracks')}
            </p>`
          : this.evidence.length === 0
            ? html`<p class="muted">${t(l, 'dashboard.goal.none')}</p>`
            : this.evidence.map((ev, i) => this.renderChart(ev, i))
      }`;
  }
}
