import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import type { Goal, Locale, Observation, Session } from '../../model/types';
import type { RubricItem } from '../../templates';
import { controlStyles, themeTokens } from '../common/tokens';
import { coverageRows, type CoverageRow } from './coverage-data';
import { coverageStyles } from './coverage.styles';

/**
 * Live coverage: which focus goals and rubric items already have evidence in this session's
 * observations, and which are still unseen.
 *
 * @csspart row - one goal or rubric item
 */
export class CnCoverage extends LitElement {
  static override styles = [themeTokens, controlStyles, coverageStyles];
  static override properties = {
    locale: { type: String },
    session: { attribute: false },
    goals: { attribute: false },
    rubric: { attribute: false },
    observations: { attribute: false },
  };
  declare locale: Locale;
  declare session: Session | undefined;
  declare goals: Goal[];
  declare rubric: RubricItem[];
  declare observations: Observation[];

  constructor() {
    super();
    this.locale = 'en';
    this.session = undefined;
    this.goals = [];
    this.rubric = [];
    this.observations = [];
  }

  override render() {
    if (!this.session) return nothing;
    const { goals, rubric } = coverageRows(
      this.session,
      this.goals,
      this.rubric,
      this.observations,
      this.locale,
    );
    return html`${goals.length > 0 ? this.renderList('panel.coverage.goals', 'coverage-goals', goals) : nothing}
    ${rubric.length > 0 ? this.renderList('panel.coverage.rubric', 'coverage-rubric', rubric) : nothing}`;
  }

  private renderList(
    titleKey: 'panel.coverage.goals' | 'panel.coverage.rubric',
    id: string,
    rows: CoverageRow[],
  ) {
    const seen = rows.filter((r) => r.count > 0).length;
    return html`<h2 id=${id}>
        ${t(this.locale, titleKey)}
        <span class="muted"
          >${t(this.locale, 'panel.coverage.summary', { seen, total: rows.length })}</span
        >
      </h2>
      <ul class="plain" aria-labelledby=${id}>
        ${rows.map(
          (row) =>
            html`<li part="row" class=${row.count > 0 ? 'seen' : 'unseen'} data-id=${row.id}>
              <span class="mark" aria-hidden="true">${row.count > 0 ? '✓' : '○'}</span>
              <span>${row.label}</span>
              <span class="count"
                >${
                  row.count > 0
                    ? t(this.locale, 'panel.coverage.evidence', { count: row.count })
                    : t(this.locale, 'panel.coverage.unseen')
                }</span
              >
            </li>`,
        )}
      </ul>`;
  }
}
