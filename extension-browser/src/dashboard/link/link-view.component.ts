import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { t } from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';
import {
  accessOf,
  canLinkFiles,
  isAbort,
  pickExistingFile,
  pickNewFile,
  requestAccess,
  type LinkedFileHandle,
} from './file-access';
import {
  LINK_SYNCED_EVENT,
  loadLink,
  removeLink,
  saveLink,
  updateLink,
  type TeamFileLink,
} from './link-store';
import { syncTeamFile, unattendedReview, type Review } from './sync';
import { lastSyncText } from './sync-text';

/**
 * The link to the team's shared file (File System Access, Chromium and Edge): link or create the
 * file once, allow access again when the browser asks, sync both ways, unlink. Where the browser
 * has no such API, says so: download and import (the sections below) remain the way.
 *
 * `review` takes the file's records through the shared-file view's import preview.
 */
export class CnDashLink extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    review: { attribute: false },
    link: { state: true },
    access: { state: true },
    busy: { state: true },
    waiting: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  declare review: Review | undefined;
  declare link: TeamFileLink | undefined;
  declare access: PermissionState | undefined;
  declare busy: boolean;
  /** The file's changes are shown in the import preview, waiting for the user. */
  declare waiting: boolean;
  declare message: string;
  private readonly supported = canLinkFiles();
  private readonly reload = () => void this.refresh();

  constructor() {
    super();
    this.review = undefined;
    this.link = undefined;
    this.access = undefined;
    this.busy = false;
    this.waiting = false;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.supported) return;
    addEventListener(LINK_SYNCED_EVENT, this.reload);
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener(LINK_SYNCED_EVENT, this.reload);
  }

  private async refresh(): Promise<void> {
    const link = await loadLink();
    this.access = link ? await accessOf(link.handle) : undefined;
    this.link = link;
  }

  private async choose(pick: (description: string) => Promise<LinkedFileHandle>): Promise<void> {
    this.message = '';
    try {
      const handle = await pick(t(this.ctx.locale, 'dashboard.link.pickerType'));
      const link: TeamFileLink = {
        version: 1,
        handle,
        name: handle.name,
        syncAtSessionEnd: false,
      };
      await saveLink(link);
      this.access = await accessOf(handle);
      this.link = link;
    } catch (error) {
      if (!isAbort(error)) this.message = errorText(this.ctx.locale, error);
    }
  }

  private async allow(): Promise<void> {
    if (this.link) this.access = await requestAccess(this.link.handle);
  }

  async sync(): Promise<void> {
    const link = this.link;
    if (!link || this.busy) return;
    this.busy = true;
    this.message = '';
    try {
      // Inside the click: the browser shows its permission prompt only with user activation.
      if (this.access !== 'granted') this.access = await requestAccess(link.handle);
      const review: Review = this.review
        ? (records) => this.review!(records, () => (this.waiting = true))
        : unattendedReview(this.ctx.store, this.ctx.actor);
      const lastSync = await syncTeamFile(link.handle, {
        store: this.ctx.store,
        review,
        unreviewed: 'cancelled',
        now: this.ctx.now,
      });
      this.link = (await updateLink({ lastSync })) ?? link;
      this.access = await accessOf(link.handle);
    } catch (error) {
      this.message = errorText(this.ctx.locale, error);
    } finally {
      this.waiting = false;
      this.busy = false;
    }
  }

  private async setSyncAtSessionEnd(on: boolean): Promise<void> {
    this.link =
      (await updateLink({
        syncAtSessionEnd: on,
        syncAtSessionEndSince: this.ctx.now().toISOString(),
      })) ?? this.link;
  }

  private async unlink(): Promise<void> {
    await removeLink();
    this.link = undefined;
    this.access = undefined;
    this.message = t(this.ctx.locale, 'dashboard.link.unlinked');
  }

  private renderLinked(link: TeamFileLink): TemplateResult {
    const l = this.ctx.locale;
    const last = link.lastSync;
    return html`<p>
        <strong class="linked">${t(l, 'dashboard.link.linked', { name: link.name })}</strong>
      </p>
      <p class="last-sync">${last ? lastSyncText(l, last) : t(l, 'dashboard.link.neverSynced')}</p>
      ${
        last?.detail?.length
          ? html`<ul role="alert" class="sync-issues">
              ${last.detail.slice(0, 10).map((issue) => html`<li>${issue}</li>`)}
            </ul>`
          : nothing
      }
      ${
        this.access && this.access !== 'granted'
          ? html`<p class="access">
              ${
                this.access === 'denied'
                  ? t(l, 'dashboard.link.denied', { name: link.name })
                  : t(l, 'dashboard.link.allowHelp', { name: link.name })
              }
              <button type="button" @click=${this.allow}>${t(l, 'dashboard.link.allow')}</button>
            </p>`
          : nothing
      }
      <p class="row">
        <button type="button" class="primary" ?disabled=${this.busy} @click=${this.sync}>
          ${this.busy ? t(l, 'dashboard.link.syncing') : t(l, 'dashboard.link.sync')}
        </button>
        <button type="button" ?disabled=${this.busy} @click=${this.unlink}>
          ${t(l, 'dashboard.link.unlink')}
        </button>
      </p>
      ${this.waiting ? html`<p class="waiting">${t(l, 'dashboard.link.reviewBelow')}</p>` : nothing}
      <label class="row"
        ><input
          type="checkbox"
          name="syncAtSessionEnd"
          .checked=${link.syncAtSessionEnd}
          @change=${(e: Event) => this.setSyncAtSessionEnd((e.target as HTMLInputElement).checked)}
        />
        ${t(l, 'dashboard.link.atSessionEnd')}</label
      >`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    return html`<section class="card" aria-labelledby="link-title">
      <h3 id="link-title">${t(l, 'dashboard.link.heading')}</h3>
      ${
        !this.supported
          ? html`<p class="unsupported">${t(l, 'dashboard.link.unsupported')}</p>`
          : this.link
            ? this.renderLinked(this.link)
            : html`<p class="muted">${t(l, 'dashboard.link.help')}</p>
                <p class="row">
                  <button type="button" @click=${() => this.choose(pickExistingFile)}>
                    ${t(l, 'dashboard.link.link')}
                  </button>
                  <button type="button" @click=${() => this.choose(pickNewFile)}>
                    ${t(l, 'dashboard.link.create')}
                  </button>
                </p>`
      }
      <p class="status" role="status">${this.message}</p>
    </section>`;
  }
}
