import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import type { Locale } from '../../i18n';
import { SELF_RATINGS, type Goal, type SelfRating } from '../../model/types';
import { selfRatingLabel } from '../../model/self-assessment';
import { debriefQuestion } from '../../templates/debrief';
import { controlStyles, themeTokens } from '../common/tokens';
import { selfAssessmentStyles } from './self-assessment.styles';

/** What the coachee entered; the shell turns it into a `selfAssessment` record. */
export interface SelfAssessmentInput {
  /** Focus goal id → 1–5. */
  ratings: Record<string, number>;
  experience?: string;
}

/**
 * The coachee's own view before the coach's feedback: a 1–5 rating with words for each focus
 * goal and "How did you experience it?". Holds no store: the shell saves what it submits, so
 * the page that shows it needs no access to the coach's notes.
 *
 * Properties: `goals` (the session's focus goals), `coacheeName`, `locale`, `saving`, `error`.
 *
 * @event cn-self-assessment-submit - `detail: SelfAssessmentInput`, once every goal is rated
 * @event cn-self-assessment-skip - the coach and coachee chose to go on without it
 */
export class CnSelfAssessment extends LitElement {
  static override styles = [themeTokens, controlStyles, selfAssessmentStyles];
  static override properties = {
    goals: { attribute: false },
    coacheeName: { attribute: false },
    locale: {},
    saving: { type: Boolean },
    error: {},
    ratings: { state: true },
    experience: { state: true },
    missing: { state: true },
  };
  declare goals: readonly Goal[];
  declare coacheeName: string;
  declare locale: Locale;
  declare saving: boolean;
  declare error: string;
  declare ratings: Record<string, number>;
  declare experience: string;
  declare missing: boolean;

  constructor() {
    super();
    this.goals = [];
    this.coacheeName = '';
    this.locale = 'en';
    this.saving = false;
    this.error = '';
    this.ratings = {};
    this.experience = '';
    this.missing = false;
  }

  override render() {
    const locale = this.locale;
    return html`<form @submit=${this.submit} novalidate>
      <h2 id="assess-title" tabindex="-1">${t(locale, 'coachee.assess.title')}</h2>
      <p class="hand-over">${t(locale, 'coachee.assess.handOver', { name: this.coacheeName })}</p>
      ${this.goals.map((goal) => this.goalScale(goal))}
      <label for="experience">${debriefQuestion('coachee-experience').text[locale]}</label>
      <textarea
        id="experience"
        rows="3"
        .value=${this.experience}
        @input=${(e: Event) => (this.experience = (e.target as HTMLTextAreaElement).value)}
      ></textarea>
      ${
        this.missing
          ? html`<p class="warning" role="alert">${t(locale, 'coachee.assess.missing')}</p>`
          : nothing
      }
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}
      <div class="row buttons">
        <button class="primary save" type="submit" ?disabled=${this.saving}>
          ${t(locale, this.saving ? 'coachee.assess.saving' : 'coachee.assess.save')}
        </button>
        <button class="skip" type="button" ?disabled=${this.saving} @click=${this.skip}>
          ${t(locale, 'coachee.assess.skip')}
        </button>
      </div>
    </form>`;
  }

  private goalScale(goal: Goal) {
    const name = `rating-${goal.id}`;
    return html`<fieldset class="goal" data-goal=${goal.id}>
      <legend>${goal.statement}</legend>
      <span class="visually-hidden">${t(this.locale, 'coachee.assess.scale')}</span>
      <div class="scale">
        ${SELF_RATINGS.map(
          (rating) =>
            html`<label class="option">
              <input
                type="radio"
                name=${name}
                value=${rating}
                .checked=${this.ratings[goal.id] === rating}
                @change=${() => this.rate(goal.id, rating)}
              />
              <span class="number">${rating}</span>
              <span class="words">${selfRatingLabel(rating as SelfRating, this.locale)}</span>
            </label>`,
        )}
      </div>
    </fieldset>`;
  }

  private rate(goalId: string, rating: number): void {
    this.ratings = { ...this.ratings, [goalId]: rating };
    this.missing = false;
  }

  private submit(event: Event): void {
    event.preventDefault();
    if (this.saving) return;
    if (this.goals.some((g) => this.ratings[g.id] === undefined)) {
      this.missing = true;
      return;
    }
    const detail: SelfAssessmentInput = { ratings: { ...this.ratings } };
    if (this.experience.trim()) detail.experience = this.experience.trim();
    this.dispatchEvent(
      new CustomEvent('cn-self-assessment-submit', { detail, bubbles: true, composed: true }),
    );
  }

  private skip(): void {
    this.dispatchEvent(
      new CustomEvent('cn-self-assessment-skip', { bubbles: true, composed: true }),
    );
  }

  /** Puts the focus on the form's heading, so a screen reader and the keyboard start there. */
  focusStart(): void {
    this.renderRoot.querySelector<HTMLElement>('#assess-title')?.focus();
  }
}
