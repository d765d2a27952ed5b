import { html, nothing } from 'lit';
import { t } from '../../i18n';
import { answerDebrief, type DebriefQuestionId } from '../../model/debrief';
import { isCoachingError, coachingErrorText } from '../../model/errors';
import { SessionBoundElement } from '../common/session-bound';
import { debriefQuestionsOf } from '../common/templates';
import { controlStyles, themeTokens } from '../common/tokens';
import { debriefStyles } from './debrief.styles';

/**
 * The fixed debrief of one session: each question with a text field, saved as the user types
 * (through the page's `RecordSaver`, debounced) with `answerDebrief` from the core.
 *
 * Properties: `store` (Store), `locale` ('nl' | 'en'), `changeContext` (() => ChangeContext),
 * `sessionId`. Uses no browser extension or VS Code API.
 *
 * @event cn-debrief-change - after each staged edit; `detail: { session }`
 * @csspart question - one question's list item
 */
export class CnDebrief extends SessionBoundElement {
  static override styles = [themeTokens, controlStyles, debriefStyles];
  static override properties = { error: { state: true } };
  declare error: string;

  constructor() {
    super();
    this.error = '';
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const questions = debriefQuestionsOf(session.templateId);
    return html`<h2 id="debrief-title">${t(this.locale, 'panel.debrief.title')}</h2>
      <ol aria-labelledby="debrief-title">
        ${questions.map((question) => {
          const fieldId = `debrief-${question.id}`;
          return html`<li part="question">
            <label for=${fieldId}>${question.text[this.locale]}</label>
            ${
              question.hint
                ? html`<span class="hint" id=${`${fieldId}-hint`}
                    >${question.hint[this.locale]}</span
                  >`
                : nothing
            }
            <textarea
              id=${fieldId}
              data-question=${question.id}
              rows="2"
              aria-describedby=${question.hint ? `${fieldId}-hint` : nothing}
              .value=${session.after.debrief[question.id] ?? ''}
              @input=${(event: Event) =>
                this.answer(
                  question.id as DebriefQuestionId,
                  (event.target as HTMLTextAreaElement).value,
                )}
            ></textarea>
          </li>`;
        })}
      </ol>
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}`;
  }

  private answer(id: DebriefQuestionId, text: string): void {
    const saver = this.saver;
    if (!saver || !this.session) return;
    try {
      this.session = saver.apply(this.session, (latest, ctx) =>
        answerDebrief(latest, { [id]: text }, ctx),
      );
      this.error = '';
      this.dispatchEvent(
        new CustomEvent('cn-debrief-change', {
          detail: { session: this.session },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.error = coachingErrorText(error, this.locale);
    }
  }
}
