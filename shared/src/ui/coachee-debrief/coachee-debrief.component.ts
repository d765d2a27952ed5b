import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { formatDay, t, type Locale } from '../../i18n';
import type { CoacheeDebrief } from '../../exchange/debrief-with-coachee';
import { coacheeDebriefMarkdown } from '../../exchange/debrief-with-coachee';
import { latestSelfAssessment, selfRatingLabel } from '../../model/self-assessment';
import type { Id, Observation, SelfRating } from '../../model/types';
import { debriefQuestion } from '../../templates/debrief';
import { downloadText } from '../common/download';
import { controlStyles, themeTokens } from '../common/tokens';
import '../self-assessment/self-assessment';
import type { SelfAssessmentInput } from '../self-assessment/self-assessment.component';
import { coacheeDebriefStyles } from './coachee-debrief.styles';
import { COACHEE_STEPS, stepDelta, summaryFileName, type CoacheeStep } from './steps';

/** `cn-self-assessment-submit` as this view passes it on: for the session's (first) coachee. */
export interface CoacheeSelfAssessment extends SelfAssessmentInput {
  sessionId: Id;
  coacheeId: Id;
}

/**
 * The debrief with the coachee, built to be shown on a screen: the coachee's view, tops, one
 * or two tips, actions with owners and dates, help needed, then a one-page summary to keep
 * (Markdown by the shared file's renderer; a print stylesheet for PDF). ←/→ and PageUp/PageDown
 * move between steps.
 *
 * It holds no store and sees only `debrief` (from `debriefForCoachee`, the privacy filter's
 * output), so a page showing it never loads a private note. While the session has no
 * self-assessment the first step is the form, and the coach's notes stay out of the DOM until
 * it is saved or skipped.
 *
 * Properties: `debrief` (CoacheeDebrief), `locale`, `saving`, `error` (why the shell could not
 * save the self-assessment; the form says so and keeps the answers).
 *
 * @event cn-coachee-self-assessment - `detail: CoacheeSelfAssessment`; the shell saves it and
 *   sets a new `debrief`
 * @event cn-summary-download - `detail: { fileName, markdown }`, cancelable: a shell that cannot
 *   download from its page (a VS Code webview) cancels it and saves the file itself
 * @csspart step - the section of the current step
 */
export class CnCoacheeDebrief extends LitElement {
  static override styles = [themeTokens, controlStyles, coacheeDebriefStyles];
  static override properties = {
    debrief: { attribute: false },
    locale: {},
    saving: { type: Boolean },
    error: {},
    step: { state: true },
    skipped: { state: true },
    status: { state: true },
  };
  declare debrief: CoacheeDebrief | undefined;
  declare locale: Locale;
  declare saving: boolean;
  declare error: string;
  declare step: CoacheeStep;
  declare skipped: boolean;
  declare status: string;
  /** Set when the step changed by the user, so the new step's heading takes the focus. */
  private moved = false;

  constructor() {
    super();
    this.debrief = undefined;
    this.locale = 'en';
    this.saving = false;
    this.error = '';
    this.step = 'self';
    this.skipped = false;
    this.status = '';
  }

  /** A full view: its keys work wherever the focus is on the page, the page body included. */
  private readonly onKey = (event: KeyboardEvent): void => {
    const delta = stepDelta(event);
    if (delta === 0 || event.defaultPrevented) return;
    event.preventDefault();
    this.move(delta);
  };

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    window.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  protected override firstUpdated(): void {
    // Start on the first step's heading, so the keys and a screen reader start there too.
    if (this.debrief) this.focusStep();
  }

  /** The coach's notes wait until the coachee gave their view (or both chose to skip it). */
  get handingOver(): boolean {
    return !!this.debrief && this.debrief.selfAssessments.length === 0 && !this.skipped;
  }

  private get available(): readonly CoacheeStep[] {
    return this.handingOver ? ['self'] : COACHEE_STEPS;
  }

  /** Go `delta` steps on; stays put at either end and while handing over. */
  move(delta: number): void {
    const steps = this.available;
    const next = steps[steps.indexOf(this.step) + delta];
    if (next) this.go(next);
  }

  private go(step: CoacheeStep): void {
    this.step = step;
    this.status = '';
    this.moved = true;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('debrief') && changed.get('debrief') === undefined && this.debrief)
      this.moved = true;
    if (!this.moved) return;
    this.moved = false;
    this.focusStep();
  }

  private focusStep(): void {
    const step = this.renderRoot.querySelector('.step');
    const form = step?.querySelector('cn-self-assessment');
    if (form) void form.updateComplete.then(() => form.focusStart());
    else step?.querySelector<HTMLElement>('h2')?.focus();
  }

  override render() {
    const debrief = this.debrief;
    if (!debrief) return html`<p class="muted">${t(this.locale, 'coachee.loading')}</p>`;
    const locale = this.locale;
    const index = COACHEE_STEPS.indexOf(this.step);
    return html`<header>
        <h1>${t(locale, 'coachee.title', { name: this.coacheeName() })}</h1>
        <p class="muted">${debrief.session.title} · ${formatDay(debrief.session.date, locale)}</p>
        <nav aria-label=${t(locale, 'coachee.steps')}>
          <ol class="steps">
            ${COACHEE_STEPS.map(
              (step, i) =>
                html`<li>
                  <button
                    type="button"
                    data-step=${step}
                    aria-current=${step === this.step ? 'step' : nothing}
                    ?disabled=${!this.available.includes(step)}
                    @click=${() => this.go(step)}
                  >
                    <span class="n">${i + 1}</span> ${t(locale, `coachee.step.${step}`)}
                  </button>
                </li>`,
            )}
          </ol>
        </nav>
      </header>
      <main>
        <section class="step" part="step" data-step=${this.step}>${this.stepContent()}</section>
        ${
          this.step !== 'summary' && !this.handingOver
            ? html`<section class="print-only">${this.summary()}</section>`
            : nothing
        }
      </main>
      <footer class="row">
        <button type="button" class="prev" ?disabled=${index === 0} @click=${() => this.move(-1)}>
          ← ${t(locale, 'coachee.previous')}
        </button>
        <span class="muted" aria-live="polite"
          >${t(locale, 'coachee.stepOf', { n: index + 1, total: COACHEE_STEPS.length })}</span
        >
        <button
          type="button"
          class="next primary"
          ?disabled=${this.available.indexOf(this.step) === this.available.length - 1}
          @click=${() => this.move(1)}
        >
          ${t(locale, 'coachee.next')} →
        </button>
        <span class="muted keys">${t(locale, 'coachee.keys')}</span>
      </footer>`;
  }

  private stepContent() {
    switch (this.step) {
      case 'self':
        return this.handingOver ? this.form() : this.sideBySide();
      case 'tops':
        return this.notes('coachee.tops.title', 'coachee.tops.none', this.debrief!.tops, 'top');
      case 'tips':
        return this.notes('coachee.tips.title', 'coachee.tips.none', this.debrief!.tips, 'tip');
      case 'actions':
        return html`<h2 tabindex="-1">${t(this.locale, 'coachee.actions.title')}</h2>
          ${this.actions()}`;
      case 'help':
        return html`<h2 tabindex="-1">${debriefQuestion('help-needed').text[this.locale]}</h2>
          ${this.help()}`;
      case 'summary':
        return this.summary();
    }
  }

  private form() {
    return html`<cn-self-assessment
      .goals=${this.debrief!.goals}
      .coacheeName=${this.coacheeName()}
      .locale=${this.locale}
      .saving=${this.saving}
      .error=${this.error ? t(this.locale, 'coachee.assess.error', { message: this.error }) : ''}
      @cn-self-assessment-submit=${(e: CustomEvent<SelfAssessmentInput>) => this.submit(e)}
      @cn-self-assessment-skip=${() => {
        this.skipped = true;
        this.go('self');
      }}
    ></cn-self-assessment>`;
  }

  private submit(event: CustomEvent<SelfAssessmentInput>): void {
    event.stopPropagation();
    const session = this.debrief!.session;
    const coacheeId = session.coacheeIds[0];
    if (!coacheeId) return;
    const detail: CoacheeSelfAssessment = { ...event.detail, sessionId: session.id, coacheeId };
    this.moved = true;
    this.dispatchEvent(
      new CustomEvent('cn-coachee-self-assessment', { detail, bubbles: true, composed: true }),
    );
  }

  /** Per focus goal: the coachee's rating beside the count of the coach's shared notes on it. */
  private sideBySide() {
    const debrief = this.debrief!;
    const locale = this.locale;
    const assessment = latestSelfAssessment(debrief.selfAssessments);
    return html`<h2 tabindex="-1">${t(locale, 'coachee.self.title')}</h2>
      ${
        assessment
          ? nothing
          : html`<p class="muted">
              ${t(locale, 'coachee.self.skipped')}
              <button type="button" class="assess-now" @click=${() => (this.skipped = false)}>
                ${t(locale, 'coachee.self.assessNow')}
              </button>
            </p>`
      }
      ${
        debrief.goalRows.length === 0
          ? html`<p class="muted">${t(locale, 'coachee.self.noGoals')}</p>`
          : html`<table class="side-by-side">
              <thead>
                <tr>
                  <th scope="col">${t(locale, 'coachee.self.goal')}</th>
                  <th scope="col">${t(locale, 'coachee.self.yours')}</th>
                  <th scope="col">${t(locale, 'coachee.self.coach')}</th>
                </tr>
              </thead>
              <tbody>
                ${debrief.goalRows.map(
                  (row) =>
                    html`<tr data-goal=${row.goalId}>
                      <th scope="row">${row.statement}</th>
                      <td class="self">${this.rating(row.self)}</td>
                      <td class="coach">
                        ${t(locale, 'coachee.self.evidence', {
                          tops: row.coach.tops,
                          tips: row.coach.tips,
                        })}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${
        assessment?.experience
          ? html`<h3>${debriefQuestion('coachee-experience').text[locale]}</h3>
              <blockquote class="experience">${assessment.experience}</blockquote>`
          : nothing
      }`;
  }

  private rating(value: number | undefined): string {
    if (value === undefined) return t(this.locale, 'coachee.self.notRated');
    return t(this.locale, 'coachee.self.rating', {
      rating: value,
      words: selfRatingLabel(value as SelfRating, this.locale),
    });
  }

  private notes(
    title: 'coachee.tops.title' | 'coachee.tips.title',
    none: 'coachee.tops.none' | 'coachee.tips.none',
    notes: readonly Observation[],
    kind: 'top' | 'tip',
  ) {
    return html`<h2 tabindex="-1">${t(this.locale, title)}</h2>
      ${
        notes.length === 0
          ? html`<p class="muted">${t(this.locale, none)}</p>`
          : html`<ul class="notes ${kind}">
              ${notes.map((note) => html`<li>${note.text}</li>`)}
            </ul>`
      }`;
  }

  private actions() {
    const { actions } = this.debrief!;
    if (actions.length === 0)
      return html`<p class="muted">${t(this.locale, 'coachee.actions.none')}</p>`;
    return html`<table class="actions">
      <thead>
        <tr>
          <th scope="col">${t(this.locale, 'coachee.actions.action')}</th>
          <th scope="col">${t(this.locale, 'coachee.actions.owner')}</th>
          <th scope="col">${t(this.locale, 'coachee.actions.due')}</th>
        </tr>
      </thead>
      <tbody>
        ${actions.map(
          (a) =>
            html`<tr>
              <td>${a.text}</td>
              <td>${this.nameOf(a.ownerId)}</td>
              <td>${formatDay(a.due, this.locale)}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private help() {
    const help = this.debrief!.helpNeeded;
    return help
      ? html`<p class="help">${help}</p>`
      : html`<p class="muted">${t(this.locale, 'coachee.help.none')}</p>`;
  }

  /** The page the coachee keeps: every step on one page, and the ways to take it along. */
  private summary() {
    const { session } = this.debrief!;
    const locale = this.locale;
    const coaches = session.coachIds.map((id) => this.nameOf(id)).join(', ');
    return html`<article class="summary">
      <h2 tabindex="-1">
        ${t(locale, 'coachee.summary.title', {
          title: session.title,
          date: formatDay(session.date, locale),
        })}
      </h2>
      ${coaches ? html`<p>${t(locale, 'coachee.summary.coach')}: ${coaches}</p>` : nothing}
      <h3>${t(locale, 'coachee.step.self')}</h3>
      ${this.summarySelf()}
      <h3>${t(locale, 'coachee.tops.title')}</h3>
      ${this.summaryList(this.debrief!.tops, 'coachee.tops.none')}
      <h3>${t(locale, 'coachee.tips.title')}</h3>
      ${this.summaryList(this.debrief!.tips, 'coachee.tips.none')}
      <h3>${t(locale, 'coachee.actions.title')}</h3>
      ${this.actions()}
      <h3>${debriefQuestion('help-needed').text[locale]}</h3>
      ${this.help()}
      <div class="row keep">
        <button type="button" class="copy primary" @click=${this.copy}>
          ${t(locale, 'coachee.summary.copy')}
        </button>
        <button type="button" class="download" @click=${this.download}>
          ${t(locale, 'coachee.summary.download')}
        </button>
        <button type="button" class="print" @click=${() => window.print()}>
          ${t(locale, 'coachee.summary.print')}
        </button>
      </div>
      <p role="status" class="summary-status">${this.status}</p>
    </article>`;
  }

  private summarySelf() {
    const debrief = this.debrief!;
    const experience = latestSelfAssessment(debrief.selfAssessments)?.experience;
    return html`<ul>
        ${debrief.goalRows.map((row) => html`<li>${row.statement}: ${this.rating(row.self)}</li>`)}
      </ul>
      ${experience ? html`<p class="experience">“${experience}”</p>` : nothing}`;
  }

  private summaryList(
    notes: readonly Observation[],
    none: 'coachee.tops.none' | 'coachee.tips.none',
  ) {
    return notes.length === 0
      ? html`<p class="muted">${t(this.locale, none)}</p>`
      : html`<ul>
          ${notes.map((n) => html`<li>${n.text}</li>`)}
        </ul>`;
  }

  /** The summary as Markdown, rendered by the shared file's renderer from the shown data. */
  markdown(): string {
    return this.debrief ? coacheeDebriefMarkdown(this.debrief, this.locale) : '';
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.markdown());
      this.status = t(this.locale, 'coachee.summary.copied');
    } catch {
      this.status = t(this.locale, 'coachee.summary.copyFailed');
    }
  }

  private download(): void {
    const { session } = this.debrief!;
    const fileName = summaryFileName(session.date, session.title);
    const markdown = this.markdown();
    const event = new CustomEvent('cn-summary-download', {
      detail: { fileName, markdown },
      bubbles: true,
      composed: true,
      cancelable: true,
    });
    if (!this.dispatchEvent(event)) return;
    downloadText(fileName, 'text/markdown', markdown);
    this.status = t(this.locale, 'coachee.summary.downloaded', { file: fileName });
  }

  private coacheeName(): string {
    return this.debrief!.session.coacheeIds.map((id) => this.nameOf(id)).join(', ');
  }

  private nameOf(id: Id | undefined): string {
    if (!id) return '';
    return this.debrief!.people.find((p) => p.id === id)?.displayName ?? '';
  }
}
