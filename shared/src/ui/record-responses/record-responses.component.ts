import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { t } from '../../i18n';
import { formatClock } from '../../i18n/dates';
import { allowedActions, authorOf, samePerson, type AuthorshipIndex } from '../../model/authorship';
import { coachingErrorText, isCoachingError } from '../../model/errors';
import { createResponse, responsesTo, type Answerable } from '../../model/response';
import type { Id, Locale, Response, ResponseKind } from '../../model/types';
import type { Store } from '../../store/port';
import type { ChangeContextSource } from '../common/record-saver';
import { controlStyles, themeTokens } from '../common/tokens';
import { recordResponsesStyles } from './record-responses.styles';

/**
 * The answers under a shared note, action or session — replies and acknowledgements ("read",
 * "agree"), each with its author — and, where the model allows it (`allowedActions`), the
 * buttons to acknowledge it or reply. A reply is a `response` record linked to the subject; the
 * subject itself is never changed.
 *
 * @event cn-responded - a response was written (detail: `{ response }`)
 */
export class CnRecordResponses extends LitElement {
  static override styles = [themeTokens, controlStyles, recordResponsesStyles];
  static override properties = {
    store: { attribute: false },
    locale: { type: String },
    changeContext: { attribute: false },
    subject: { attribute: false },
    authorship: { attribute: false },
    person: { type: String },
    responses: { state: true },
    replying: { state: true },
    message: { state: true },
  };
  declare store: Store | undefined;
  declare locale: Locale;
  declare changeContext: ChangeContextSource;
  declare subject: Answerable | undefined;
  declare authorship: AuthorshipIndex | undefined;
  /** Who uses this installation; undefined until they said so (a reply then asks first). */
  declare person: Id | undefined;
  declare responses: Response[];
  declare replying: boolean;
  declare message: string;

  constructor() {
    super();
    this.store = undefined;
    this.locale = 'en';
    this.changeContext = () => ({ actor: 'local', now: new Date() });
    this.subject = undefined;
    this.authorship = undefined;
    this.person = undefined;
    this.responses = [];
    this.replying = false;
    this.message = '';
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('subject') || changed.has('store')) void this.load();
  }

  private async load(): Promise<void> {
    const subject = this.subject;
    if (!this.store || !subject) return;
    const sessionId = subject.type === 'session' ? subject.id : subject.sessionId;
    const all = await this.store.list({ type: 'response', sessionId });
    if (subject === this.subject) this.responses = responsesTo(all, subject.id);
  }

  private name(id: Id | undefined): string {
    const person = id === undefined ? undefined : this.authorship?.people.get(id);
    return person?.displayName ?? t(this.locale, 'panel.responses.someone');
  }

  /** Whether I already gave this acknowledgement (it is not given twice). */
  private given(kind: ResponseKind): boolean {
    const index = this.authorship;
    if (!index || this.person === undefined) return false;
    return this.responses.some(
      (r) => r.kind === kind && samePerson(authorOf(r, index), this.person, index),
    );
  }

  private async respond(kind: ResponseKind, text?: string): Promise<void> {
    const subject = this.subject;
    if (!this.store || !subject) return;
    const l = this.locale;
    if (kind === 'reply' && !text?.trim()) {
      this.message = t(l, 'panel.responses.replyRequired');
      return;
    }
    try {
      const ctx = this.changeContext();
      if (this.person !== undefined) ctx.person = this.person;
      const input = kind === 'reply' ? { kind, text: text!.trim() } : { kind };
      const response = createResponse(subject, input, ctx);
      await this.store.put(response);
      this.replying = false;
      this.message = t(l, 'panel.responses.saved');
      await this.load();
      this.dispatchEvent(
        new CustomEvent('cn-responded', { detail: { response }, bubbles: true, composed: true }),
      );
    } catch (error) {
      this.message = isCoachingError(error)
        ? coachingErrorText(error, l)
        : `${t(l, 'panel.responses.failed')} ${error instanceof Error ? error.message : ''}`;
    }
  }

  private sendReply(event: Event): void {
    event.preventDefault();
    const text = new FormData(event.target as HTMLFormElement).get('reply');
    void this.respond('reply', typeof text === 'string' ? text : '');
  }

  private renderResponse(r: Response): TemplateResult {
    const l = this.locale;
    const who = this.name(this.authorship ? authorOf(r, this.authorship) : undefined);
    return html`<li data-kind=${r.kind}>
      <span class="who">${who}</span>
      <span class="muted">${formatClock(r.createdAt, l)}</span>
      ${
        r.kind === 'reply'
          ? html`<p class="reply-text">${r.text}</p>`
          : html`<span class="ack">${t(l, `core.responseKind.${r.kind}`)}</span>`
      }
    </li>`;
  }

  override render(): TemplateResult | typeof nothing {
    const subject = this.subject;
    if (!subject) return nothing;
    const l = this.locale;
    const actions = this.authorship
      ? allowedActions(this.person ?? '', subject, this.authorship)
      : [];
    const about = subject.type === 'session' ? subject.title : subject.text;
    return html`${
      this.responses.length > 0
        ? html`<ul class="plain" aria-label=${t(l, 'panel.responses.list', { about })}>
            ${this.responses.map((r) => this.renderResponse(r))}
          </ul>`
        : nothing
    }
    ${
      actions.includes('acknowledge') || actions.includes('reply')
        ? html`<p class="row">
            ${(['read', 'agree'] as const).map((kind) =>
              actions.includes('acknowledge')
                ? html`<button
                    type="button"
                    class="ack-${kind}"
                    aria-pressed=${this.given(kind) ? 'true' : 'false'}
                    ?disabled=${this.given(kind)}
                    @click=${() => this.respond(kind)}
                  >
                    ${t(l, `core.responseKind.${kind}`)}<span class="visually-hidden"
                      >: ${about}</span
                    >
                  </button>`
                : nothing,
            )}
            ${
              actions.includes('reply') && !this.replying
                ? html`<button
                    type="button"
                    class="reply-button"
                    @click=${() => (this.replying = true)}
                  >
                    ${t(l, 'core.responseKind.reply')}<span class="visually-hidden"
                      >: ${about}</span
                    >
                  </button>`
                : nothing
            }
          </p>`
        : nothing
    }
    ${
      this.replying
        ? html`<form class="reply-form" @submit=${this.sendReply}>
            <label
              >${t(l, 'panel.responses.replyLabel')} <textarea name="reply" rows="2"></textarea>
            </label>
            <p class="row">
              <button type="submit" class="primary">${t(l, 'panel.responses.send')}</button>
              <button type="button" @click=${() => (this.replying = false)}>
                ${t(l, 'panel.confirm.cancel')}
              </button>
            </p>
          </form>`
        : nothing
    }
    ${this.message ? html`<p role="status" class="muted">${this.message}</p>` : nothing}`;
  }
}
