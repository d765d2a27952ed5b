import { LitElement, html, svg, nothing, type TemplateResult } from 'lit';
import {
  t,
  goalHistory,
  selfRatingLabel,
  trendOf,
  type GoalHistoryPoint,
  type Goal,
  type Id,
  type Locale,
  type SelfRating,
  type Session,
  type Track,
  type Trend,
  formatDay,
} from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';
import { goalChartStyles } from './goal-chart.styles';

/** One goal's chart: both views per session (the model's `goalHistory`), and the sessions by id. */
interface GoalEvidence {
  goal: Goal;
  points: GoalHistoryPoint[];
  tops: number;
  tips: number;
  trend: Trend;
  sessions: Map<Id, Session>;
}

const WIDTH = 640;
const HALF = 60;
const PAD = 24;
/** The self-assessment lane under the bars: 5 at its top, 1 at its bottom. */
const SELF_TOP = HALF * 2 + 24;
const SELF_HEIGHT = 40;

function selfY(rating: number): number {
  return SELF_TOP + ((5 - rating) * SELF_HEIGHT) / 4;
}

/** "4 – goes well", or "not rated". */
function selfText(locale: Locale, self: number | undefined): string {
  return self === undefined
    ? t(locale, 'dashboard.chart.notRated')
    : `${self} – ${selfRatingLabel(self as SelfRating, locale)}`;
}

/**
 * Goal progress over time: for each goal of a track, per session, the coach's view as tops (up,
 * green) and tips (down, amber) from shared notes, and beside it the coachee's self-assessment
 * (1–5, a line under the bars). Hand-written SVG in Lit: no chart library in the page, themed by
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
    const [goals, sessions, observations, assessments] = await Promise.all([
      store.list({ type: 'goal', trackId }),
      store.list({ type: 'session', trackId }),
      store.list({ type: 'observation', trackId }),
      store.list({ type: 'selfAssessment', trackId }),
    ]);
    if (trackId !== this.trackId) return;
    const byId = new Map(sessions.map((s) => [s.id, s]));
    const sorted = [...goals].sort((a, b) => a.order - b.order);
    this.evidence = sorted.map((goal) => {
      const points = goalHistory(goal, sessions, observations, assessments);
      return {
        goal,
        points,
        tops: points.reduce((sum, p) => sum + p.tops, 0),
        tips: points.reduce((sum, p) => sum + p.tips, 0),
        trend: trendOf(points),
        sessions: byId,
      };
    });
  }

  private renderChart(ev: GoalEvidence, index: number): TemplateResult {
    const l = this.ctx.locale;
    const points = ev.points;
    const n = Math.max(points.length, 1);
    const max = Math.max(1, ...points.map((p) => Math.max(p.tops, p.tips)));
    const step = (WIDTH - PAD * 2) / n;
    const barW = Math.max(2, Math.min(28, step * 0.6));
    const scale = (HALF - 8) / max;
    const { tops, tips } = ev;
    const centre = (i: number) => PAD + i * step + step / 2;
    const rated = points.flatMap((p, i) => (p.self === undefined ? [] : [{ i, self: p.self }]));
    const height = rated.length ? SELF_TOP + SELF_HEIGHT + 20 : HALF * 2 + 16;
    const tickY = height - 4;
    const titleId = `goal-${index}-title`;
    const descId = `goal-${index}-desc`;
    return html`<figure class="card">
      <figcaption id=${titleId}>
        <strong>${ev.goal.statement}</strong>
        <span class="badge">${t(l, `dashboard.chart.trend.${ev.trend}`)}</span>
      </figcaption>
      <svg viewBox="0 0 ${WIDTH} ${height}" role="img" aria-labelledby="${titleId} ${descId}">
        <desc id=${descId}>
          ${t(l, 'dashboard.chart.summary', { sessions: points.length, tops, tips })}
          ${
            rated.length
              ? t(l, 'dashboard.chart.selfSummary', {
                  ratings: points.map((p) => selfText(l, p.self)).join(', '),
                })
              : nothing
          }
        </desc>
        <line class="axis" x1=${PAD} x2=${WIDTH - PAD} y1=${HALF} y2=${HALF}></line>
        ${points.map((p, i) => {
          const x = PAD + i * step + (step - barW) / 2;
          return svg`<rect class="bar-top" x=${x} y=${HALF - p.tops * scale} width=${barW} height=${p.tops * scale}></rect>
            <rect class="bar-tip" x=${x} y=${HALF} width=${barW} height=${p.tips * scale}></rect>`;
        })}
        ${
          rated.length
            ? svg`<text class="tick" x=${PAD} y=${SELF_TOP - 8}>${t(l, 'dashboard.chart.selfShort')}</text>
              <line class="lane" x1=${PAD} x2=${WIDTH - PAD} y1=${selfY(5)} y2=${selfY(5)}></line>
              <line class="lane" x1=${PAD} x2=${WIDTH - PAD} y1=${selfY(1)} y2=${selfY(1)}></line>
              <polyline class="self-line" points=${rated.map((r) => `${centre(r.i)},${selfY(r.self)}`).join(' ')}></polyline>
              ${rated.map((r) => svg`<circle class="self" cx=${centre(r.i)} cy=${selfY(r.self)} r="4"></circle>`)}`
            : nothing
        }
        ${
          points.length
            ? svg`<text class="tick" x=${PAD} y=${tickY}>${formatDay(points[0]!.date, l)}</text>
              <text class="tick" x=${WIDTH - PAD} y=${tickY} text-anchor="end">${formatDay(points[points.length - 1]!.date, l)}</text>`
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
              <th scope="col">${t(l, 'dashboard.chart.self')}</th>
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
                  <td>${selfText(l, p.self)}</td>
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
        <span
          ><span class="swatch round" style="background: var(--cn-accent)"></span
          >${t(l, 'dashboard.chart.self')}</span
        >
      </p>
      <p class="muted">${t(l, 'dashboard.chart.coachView')}</p>
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
