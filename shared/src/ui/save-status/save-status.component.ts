import { LitElement, html } from 'lit';
import { t } from '../../i18n';
import type { Locale } from '../../model/types';
import type { RecordSaver } from '../common/record-saver';
import { controlStyles, themeTokens } from '../common/tokens';
import { saveStatusStyles } from './save-status.styles';

/**
 * The visible saved state of a `RecordSaver`: "Saved", "Saving…", or an error with a retry
 * button. The text being edited stays on screen while a write fails.
 *
 * @csspart retry - the retry button shown after a failed write
 */
export class CnSaveStatus extends LitElement {
  static override styles = [themeTokens, controlStyles, saveStatusStyles];
  static override properties = {
    saver: { attribute: false },
    locale: { type: String },
  };
  declare saver: RecordSaver | undefined;
  declare locale: Locale;
  private unsubscribe: (() => void) | undefined;

  constructor() {
    super();
    this.saver = undefined;
    this.locale = 'en';
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('saver')) {
      this.unsubscribe?.();
      this.unsubscribe = this.saver?.subscribe(() => this.requestUpdate());
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.saver && !this.unsubscribe) {
      this.unsubscribe = this.saver.subscribe(() => this.requestUpdate());
    }
  }

  override render() {
    const state = this.saver?.state ?? 'saved';
    if (state === 'error') {
      return html`<span class="error" role="alert" data-state="error"
          >${t(this.locale, 'panel.save.error')}</span
        >
        <button part="retry" @click=${() => void this.saver?.retry()}>
          ${t(this.locale, 'panel.save.retry')}
        </button>`;
    }
    const key = state === 'saving' ? 'panel.save.saving' : 'panel.save.saved';
    return html`<span role="status" data-state=${state}
      ><span class="dot" aria-hidden="true"></span> ${t(this.locale, key)}</span
    >`;
  }
}
