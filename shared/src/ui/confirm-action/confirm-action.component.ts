import { LitElement, html, nothing } from 'lit';
import { t } from '../../i18n';
import type { Locale } from '../../model/types';
import { controlStyles, themeTokens } from '../common/tokens';
import { VisibilityGuard } from '../common/visibility-guard';
import { confirmActionStyles } from './confirm-action.styles';

/**
 * A destructive action behind an explicit confirmation inside the panel. The confirm button is
 * refused while the browser reports the panel as covered or transparent (clickjacking guard).
 *
 * @event cn-confirm - the user confirmed, with the panel visibly on screen
 * @csspart trigger - the first button
 * @csspart confirm - the button that performs the action
 */
export class CnConfirmAction extends LitElement {
  static override styles = [themeTokens, controlStyles, confirmActionStyles];
  static override properties = {
    label: { type: String },
    question: { type: String },
    confirmLabel: { type: String, attribute: 'confirm-label' },
    locale: { type: String },
    open: { state: true },
    refused: { state: true },
  };
  declare label: string;
  declare question: string;
  declare confirmLabel: string;
  declare locale: Locale;
  declare open: boolean;
  declare refused: boolean;
  private readonly guard = new VisibilityGuard();

  constructor() {
    super();
    this.label = '';
    this.question = '';
    this.confirmLabel = '';
    this.locale = 'en';
    this.open = false;
    this.refused = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.guard.stop();
  }

  override render() {
    return html`<button
        part="trigger"
        class="danger"
        aria-expanded=${this.open ? 'true' : 'false'}
        @click=${this.toggle}
      >
        ${this.label}
      </button>
      ${
        this.open
          ? html`<div class="confirm" role="group" aria-label=${this.question}>
              <p>${this.question}</p>
              <div class="row">
                <button part="confirm" class="danger confirm-yes" @click=${this.confirm}>
                  ${this.confirmLabel}
                </button>
                <button class="confirm-cancel" @click=${this.cancel}>
                  ${t(this.locale, 'panel.confirm.cancel')}
                </button>
              </div>
              ${
                this.refused
                  ? html`<p class="refused" role="alert">
                      ${t(this.locale, 'panel.confirm.obscured')}
                    </p>`
                  : nothing
              }
            </div>`
          : nothing
      }`;
  }

  private async toggle(): Promise<void> {
    this.open = !this.open;
    this.refused = false;
    if (!this.open) {
      this.guard.stop();
      return;
    }
    await this.updateComplete;
    const yes = this.renderRoot.querySelector('.confirm-yes');
    if (yes) this.guard.watch(yes);
    // Focus the safe choice: Enter on a repeated key press must not confirm.
    this.renderRoot.querySelector<HTMLButtonElement>('.confirm-cancel')?.focus();
  }

  private confirm(): void {
    if (!this.guard.allows()) {
      this.refused = true;
      return;
    }
    this.open = false;
    this.guard.stop();
    this.dispatchEvent(new CustomEvent('cn-confirm', { bubbles: true, composed: true }));
  }

  private cancel(): void {
    this.open = false;
    this.refused = false;
    this.guard.stop();
    this.renderRoot.querySelector<HTMLButtonElement>('[part="trigger"]')?.focus();
  }
}
