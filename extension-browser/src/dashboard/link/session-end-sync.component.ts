import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { isTombstone, t, type StoreChange } from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';
import { canLinkFiles, requestAccess } from './file-access';
import { LINK_SYNCED_EVENT, loadLink, updateLink, type SyncRecord } from './link-store';
import { syncTeamFile, unattendedReview } from './sync';
import { syncResultText } from './sync-text';

interface Notice {
  name: string;
  record: SyncRecord;
}

/**
 * "Sync at the end of each session": while the dashboard is open, a session completed in the
 * panel (its debrief done) starts a sync with the linked file; a session completed while the
 * dashboard was closed does so when it opens. Nobody is watching, so nothing that needs a yes is
 * taken in, and the browser's permission prompt cannot be shown (no click): both become a
 * notice with the one button that continues, never a silent failure.
 */
export class CnDashLinkWatch extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    notice: { state: true },
  };
  declare ctx: DashboardContext;
  declare notice: Notice | undefined;
  private unsubscribe: (() => void) | undefined;
  private running: Promise<void> | undefined;

  constructor() {
    super();
    this.notice = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!canLinkFiles()) return;
    this.unsubscribe = this.ctx.store.subscribe((change) => this.onChange(change));
    void this.catchUp();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private onChange(change: StoreChange): void {
    // Imports (a sync's own among them) do not end sessions here; edits in the panel do.
    if (change.cause !== 'put') return;
    if (change.records.some((r) => r.type === 'session' && !isTombstone(r) && r.status === 'done'))
      void this.run();
  }

  /** A session completed since the last sync (while the dashboard was closed) syncs now. */
  private async catchUp(): Promise<void> {
    const link = await loadLink();
    if (!link?.syncAtSessionEnd) return;
    const since = [link.lastSync?.at, link.syncAtSessionEndSince]
      .filter((at): at is string => at !== undefined)
      .sort()
      .at(-1);
    const sessions = await this.ctx.store.list({ type: 'session' });
    if (sessions.some((s) => s.status === 'done' && (since === undefined || s.updatedAt > since)))
      await this.run();
  }

  /** One sync at a time; a session ending during a sync is covered by the next one. */
  async run(): Promise<void> {
    const previous = this.running;
    const next = (async () => {
      await previous;
      await this.syncOnce();
    })();
    this.running = next;
    await next;
  }

  private async syncOnce(allowed = false): Promise<void> {
    const link = await loadLink();
    if (!link || (!link.syncAtSessionEnd && !allowed)) return;
    const record = await syncTeamFile(link.handle, {
      store: this.ctx.store,
      review: unattendedReview(this.ctx.store, this.ctx.actor),
      unreviewed: 'review',
      now: this.ctx.now,
    });
    await updateLink({ lastSync: record });
    this.notice = { name: link.name, record };
    dispatchEvent(new CustomEvent(LINK_SYNCED_EVENT));
  }

  private async allowAndSync(): Promise<void> {
    const link = await loadLink();
    if (!link) return;
    this.notice = undefined;
    if ((await requestAccess(link.handle)) === 'granted') await this.syncOnce(true);
  }

  private openSharedFile(): void {
    this.notice = undefined;
    location.hash = '#exchange';
  }

  override render(): TemplateResult | typeof nothing {
    const notice = this.notice;
    if (!notice) return nothing;
    const l = this.ctx.locale;
    const { outcome } = notice.record;
    const result = syncResultText(l, notice.record);
    const dismiss = html`<button type="button" @click=${() => (this.notice = undefined)}>
      ${t(l, 'dashboard.link.notice.dismiss')}
    </button>`;
    if (outcome === 'synced')
      return html`<p class="card" role="status">
        ${t(l, 'dashboard.link.notice.synced', { name: notice.name, result })} ${dismiss}
      </p>`;
    const [text, action] =
      outcome === 'permission'
        ? [
            t(l, 'dashboard.link.notice.permission', { name: notice.name }),
            html`<button type="button" class="primary" @click=${this.allowAndSync}>
              ${t(l, 'dashboard.link.notice.allowAndSync')}
            </button>`,
          ]
        : outcome === 'review'
          ? [
              t(l, 'dashboard.link.notice.review'),
              html`<button type="button" class="primary" @click=${this.openSharedFile}>
                ${t(l, 'dashboard.link.notice.open')}
              </button>`,
            ]
          : [t(l, 'dashboard.link.notice.problem', { name: notice.name, result }), nothing];
    return html`<div class="card notice" role="alert">
      <p>${text}</p>
      <p class="row">${action} ${dismiss}</p>
    </div>`;
  }
}
