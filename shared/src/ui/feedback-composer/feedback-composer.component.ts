import { html, nothing } from 'lit';
import { t } from '../../i18n';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import {
  applyFeedback,
  composeFeedback,
  feedbackWarningText,
  suggestFeedbackPick,
  type FeedbackPick,
} from '../../model/feedback';
import type { Observation } from '../../model/types';
import type { StoreChange } from '../../store/port';
import { formatOffset } from '../../model/format';
import { SessionBoundElement } from '../common/session-bound';
import { controlStyles, themeTokens } from '../common/tokens';
import { feedbackComposerStyles } from './feedback-composer.styles';

/**
 * The feedback composer: pick which tops and tips to say (tops first), add your own wording,
 * and see the core's balance warnings as you pick. Saved on the session's `after.feedback`.
 *
 * Properties: `store` (Store), `locale` ('nl' | 'en'), `changeContext` (() => ChangeContext),
 * `sessionId`. Uses no browser extension or VS Code API.
 *
 * @event cn-feedback-change - after each staged edit; `detail: { session, warnings }`
 * @csspart warnings - the balance warnings
 */
export class CnFeedbackComposer extends SessionBoundElement {
  static override styles = [themeTokens, controlStyles, feedbackComposerStyles];
  static override properties = {
    observations: { state: true },
    error: { state: true },
  };
  declare observations: Observation[];
  declare error: string;
  /** Set once the coach picked by hand here, so an emptied pick is not refilled by the suggestion. */
  private touched = false;

  constructor() {
    super();
    this.observations = [];
    this.error = '';
  }

  protected override async loadRelated(): Promise<void> {
    if (!this.store || !this.sessionId) return;
    const list = await this.store.list({ type: 'observation', sessionId: this.sessionId });
    list.forEach((o) => this.saver?.observe(o));
    this.observations = list.map((o) => this.saver?.current(o) ?? o);
  }

  protected override concerns(change: StoreChange): boolean {
    // Deletions arrive as tombstones without a session id: any observation change may matter.
    return super.concerns(change) || change.records.some((r) => r.type === 'observation');
  }

  override render() {
    const session = this.session;
    if (!session) return nothing;
    const pick = this.currentPick();
    let composed;
    try {
      composed = composeFeedback(session, this.observations, pick);
    } catch {
      composed = composeFeedback(session, this.observations, this.validPick(pick));
    }
    const tops = this.byKind('top');
    const tips = this.byKind('tip');
    return html`<h2>${t(this.locale, 'panel.feedback.title')}</h2>
      <p class="muted">${t(this.locale, 'panel.feedback.intro')}</p>
      ${this.renderGroup('top', tops, pick.topIds)} ${this.renderGroup('tip', tips, pick.tipIds)}
      <div part="warnings" class="warnings" aria-live="polite">
        ${composed.warnings.map(
          (w) =>
            html`<p class="warning" data-code=${w.code}>${feedbackWarningText(w, this.locale)}</p>`,
        )}
      </div>
      <label for="feedback-note">${t(this.locale, 'panel.feedback.note')}</label>
      <textarea
        id="feedback-note"
        rows="2"
        .value=${session.after.feedback.note ?? ''}
        @input=${(e: Event) => this.save({ ...pick, note: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
      ${
        composed.items.length > 0
          ? html`<h2>${t(this.locale, 'panel.feedback.script')}</h2>
              <ol class="script">
                ${composed.items.map(
                  (o) =>
                    html`<li data-kind=${o.kind}>
                      <strong>${t(this.locale, `core.observationKind.${o.kind}`)}:</strong>
                      ${o.text}
                    </li>`,
                )}
              </ol>`
          : nothing
      }
      ${this.error ? html`<p class="warning" role="alert">${this.error}</p>` : nothing}`;
  }

  private renderGroup(kind: 'top' | 'tip', list: Observation[], picked: readonly string[]) {
    const legend = t(this.locale, kind === 'top' ? 'panel.feedback.tops' : 'panel.feedback.tips');
    return html`<fieldset class=${kind}>
      <legend>${legend}</legend>
      ${
        list.length === 0
          ? html`<p class="muted">
              ${t(this.locale, kind === 'top' ? 'panel.feedback.noTops' : 'panel.feedback.noTips')}
            </p>`
          : html`<ul class="plain">
              ${list.map(
                (o) =>
                  html`<li>
                    <label
                      ><input
                        type="checkbox"
                        class="pick-${kind}"
                        data-id=${o.id}
                        .checked=${picked.includes(o.id)}
                        @change=${(e: Event) => this.toggle(kind, o.id, (e.target as HTMLInputElement).checked)}
                      /><span class="muted">${formatOffset(o.offsetMs)}</span> ${o.text}</label
                    >
                  </li>`,
              )}
            </ul>`
      }
    </fieldset>`;
  }

  private byKind(kind: 'top' | 'tip'): Observation[] {
    return this.observations
      .filter((o) => o.kind === kind)
      .sort((a, b) => a.at.localeCompare(b.at));
  }

  /** The stored pick; before the coach picked anything, the core's suggestion. */
  private currentPick(): FeedbackPick {
    const session = this.session!;
    const { topIds, tipIds, note } = session.after.feedback;
    if (!this.touched && topIds.length === 0 && tipIds.length === 0 && note === undefined) {
      return suggestFeedbackPick(session, this.observations);
    }
    return note === undefined ? { topIds, tipIds } : { topIds, tipIds, note };
  }

  /** Drop picks whose observation was deleted or changed kind since. */
  private validPick(pick: FeedbackPick): FeedbackPick {
    const kindOf = new Map(this.observations.map((o) => [o.id, o.kind] as const));
    return {
      ...pick,
      topIds: pick.topIds.filter((id) => kindOf.get(id) === 'top'),
      tipIds: pick.tipIds.filter((id) => kindOf.get(id) === 'tip'),
    };
  }

  private toggle(kind: 'top' | 'tip', id: string, checked: boolean): void {
    const pick = this.validPick(this.currentPick());
    const field = kind === 'top' ? 'topIds' : 'tipIds';
    const ids = pick[field].filter((x) => x !== id);
    if (checked) ids.push(id);
    this.save({ ...pick, [field]: ids });
  }

  private save(pick: FeedbackPick): void {
    const saver = this.saver;
    if (!saver || !this.session) return;
    this.touched = true;
    try {
      let warnings: ReturnType<typeof applyFeedback>['warnings'] = [];
      this.session = saver.apply(this.session, (latest, ctx) => {
        const result = applyFeedback(latest, this.observations, this.validPick(pick), ctx);
        warnings = result.warnings;
        return result.session;
      });
      this.error = '';
      this.dispatchEvent(
        new CustomEvent('cn-feedback-change', {
          detail: { session: this.session, warnings },
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
