import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import { setActionStatus } from '../../model/actions';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import {
  checkPreparation,
  markUnannounced,
  startReadiness,
  type PrepVerdict,
} from '../../model/preparation';
import { answerPrepQuestions, setFocusGoals } from '../../model/session';
import { startSession } from '../../model/session-lifecycle';
import type { Action, Goal, Locale, Session } from '../../model/types';
import type { SessionTemplate } from '../../templates';
import type { RecordSaver } from '../common/record-saver';
import { controlStyles, themeTokens } from '../common/tokens';
import { prepareStyles } from './prepare.styles';

/**
 * The "before" phase: the track's goals (pick the focus), the open actions carried from last
 * time, the template's prep checklist, and the prep gate: prepared → start; not prepared → the
 * session is recorded as skipped.
 *
 * @event cn-session-change - `detail: { session }` after a status change
 */
export class CnPrepare extends LitElement {
  static override styles = [themeTokens, controlStyles, prepareStyles];
  static override properties = {
    saver: { attribute: false },
    locale: { type: String },
    session: { attribute: false },
    template: { attribute: false },
    goals: { attribute: false },
    carried: { attribute: false },
    error: { state: true },
  };
  declare saver: RecordSaver | undefined;
  declare locale: Locale;
  declare session: Session | undefined;
  declare template: SessionTemplate | undefined;
  declare goals: Goal[];
  /** Open actions from earlier sessions of the track. */
  declare carried: Action[];
  declare error: string;

  constructor() {
    super();
    this.saver = undefined;
    this.locale = 'en';
    this.session = undefined;
    this.template = undefined;
    this.goals = [];
    this.carried = [];
    this.error = '';
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const readiness = startReadiness(session);
    const gateOpen = session.status === 'planned' || session.status === 'prepared';
    const questions = this.template?.prepQuestions ?? [];
    return html`${this.renderGoals(session)} ${this.renderCarried()}
      ${
        questions.length > 0 && session.planned
          ? html`<h2 id="prep-title">${t(this.locale, 'panel.prep.title')}</h2>
              <ol aria-labelledby="prep-title">
                ${questions.map(
                  (q) =>
                    html`<li>
                      <label for="prep-${q.id}">${q.text[this.locale]}</label>
                      ${q.hint ? html`<span class="hint">${q.hint[this.locale]}</span>` : nothing}
                      <textarea
                        id="prep-${q.id}"
                        data-question=${q.id}
                        rows="2"
                        ?disabled=${!gateOpen}
                        .value=${session.before.answers[q.id] ?? ''}
                        @input=${(e: Event) => this.answer(q.id, (e.target as HTMLTextAreaElement).value)}
                      ></textarea>
                    </li>`,
                )}
              </ol>`
          : nothing
      }
      ${
        session.status === 'skipped'
          ? html`<p class="warning" role="status">${t(this.locale, 'panel.prep.skipped')}</p>`
          : nothing
      }
      <div class="gate">
        ${
          session.status === 'planned' && session.planned && questions.length > 0
            ? html`<button class="prepared" @click=${() => this.check('prepared')}>
                  ${t(this.locale, 'panel.prep.prepared')}
                </button>
                <button class="not-prepared" @click=${() => this.check('not-prepared')}>
                  ${t(this.locale, 'panel.prep.notPrepared')}
                </button>
                <button class="unannounced" @click=${this.unannounced}>
                  ${t(this.locale, 'panel.prep.unannounced')}
                </button>`
            : nothing
        }
        ${
          readiness.ready
            ? html`<button class="primary start" @click=${this.start}>
                ${t(this.locale, 'panel.prep.start')}
              </button>`
            : nothing
        }
      </div>
      ${
        session.status === 'planned' && !readiness.ready
          ? html`<p class="muted">${t(this.locale, 'panel.prep.gateHint')}</p>`
          : nothing
      }
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}`;
  }

  private renderGoals(session: Session) {
    if (this.goals.length === 0) {
      return html`<h2>${t(this.locale, 'panel.prep.goals')}</h2>
        <p class="muted">${t(this.locale, 'panel.prep.noGoals')}</p>`;
    }
    const focus = new Set(session.before.focusGoalIds);
    return html`<fieldset class="plain-fieldset">
      <legend>${t(this.locale, 'panel.prep.goals')}</legend>
      <ul class="plain">
        ${this.goals.map(
          (goal) =>
            html`<li class="goal">
              <label
                ><input
                  type="checkbox"
                  class="focus-goal"
                  data-id=${goal.id}
                  .checked=${focus.has(goal.id)}
                  @change=${(e: Event) => this.toggleFocus(goal.id, (e.target as HTMLInputElement).checked)}
                />
                <span
                  >${goal.statement}${goal.successCriterion ? html` <span class="muted">— ${goal.successCriterion}</span>` : nothing}</span
                ></label
              >
            </li>`,
        )}
      </ul>
      <p class="muted">${t(this.locale, 'panel.prep.focusHint')}</p>
    </fieldset>`;
  }

  private renderCarried() {
    return html`<h2>${t(this.locale, 'panel.prep.carried')}</h2>
      ${
        this.carried.length === 0
          ? html`<p class="muted">${t(this.locale, 'core.carryForward.none')}</p>`
          : html`<p class="muted">${t(this.locale, 'panel.prep.progressQuestion')}</p>
              <ul class="plain carried-actions">
                ${this.carried.map(
                  (a) =>
                    html`<li class="carried">
                      <label
                        ><input
                          type="checkbox"
                          .checked=${a.status === 'done'}
                          @change=${(e: Event) => this.closeAction(a, (e.target as HTMLInputElement).checked)}
                        />
                        <span
                          >${a.text}${a.due ? html` <span class="muted">(${a.due})</span>` : nothing}</span
                        ></label
                      >
                    </li>`,
                )}
              </ul>`
      }`;
  }

  private change(run: () => Session | void): void {
    try {
      const session = run();
      this.error = '';
      if (session) {
        this.session = session;
        this.dispatchEvent(
          new CustomEvent('cn-session-change', {
            detail: { session },
            bubbles: true,
            composed: true,
          }),
        );
      }
    } catch (error) {
      if (!isCoachingError(error)) throw error;
      this.error = coachingErrorText(error, this.locale);
    }
  }

  private answer(id: string, text: string): void {
    const { saver, session, template } = this;
    if (!saver || !session || !template) return;
    this.change(() =>
      saver.apply(session, (latest, ctx) =>
        answerPrepQuestions(latest, template, { [id]: text }, ctx),
      ),
    );
  }

  private toggleFocus(goalId: string, on: boolean): void {
    const { saver, session } = this;
    if (!saver || !session) return;
    this.change(() =>
      saver.apply(session, (latest, ctx) => {
        const ids = latest.before.focusGoalIds.filter((id) => id !== goalId);
        return setFocusGoals(latest, on ? [...ids, goalId] : ids, ctx);
      }),
    );
  }

  private closeAction(action: Action, done: boolean): void {
    const saver = this.saver;
    if (!saver) return;
    this.change(() => {
      const next = saver.apply(action, (latest, ctx) =>
        setActionStatus(latest, done ? 'done' : 'open', ctx),
      );
      this.carried = this.carried.map((a) => (a.id === next.id ? next : a));
    });
  }

  private check(verdict: PrepVerdict): void {
    const { saver, session } = this;
    if (!saver || !session) return;
    this.change(() =>
      saver.apply(session, (latest, ctx) => checkPreparation(latest, verdict, ctx)),
    );
  }

  private unannounced(): void {
    const { saver, session } = this;
    if (!saver || !session) return;
    this.change(() => saver.apply(session, markUnannounced));
  }

  private start(): void {
    const { saver, session } = this;
    if (!saver || !session) return;
    this.change(() => saver.apply(session, startSession));
  }
}
