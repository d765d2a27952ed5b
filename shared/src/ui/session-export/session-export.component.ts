import { html, nothing } from 'lit';
import { t } from '../../i18n';
import type { StoreChange } from '../../store/port';
import { downloadText } from '../common/download';
import { SessionBoundElement } from '../common/session-bound';
import { controlStyles, themeTokens } from '../common/tokens';
import {
  collectSessionExport,
  mergeSessionIntoFile,
  renderSessionMarkdown,
  sharedFileName,
  type SessionExport,
} from './export-data';
import { sessionExportStyles } from './session-export.styles';

/**
 * Export one session: Markdown to the clipboard, and the shared file download, merged into an
 * existing shared file the user picks (never overwriting it). Private observations are left out
 * unless ticked for this export.
 *
 * Properties: `store`, `locale`, `changeContext`, `sessionId`.
 *
 * @event cn-export - `detail: { kind: 'markdown' | 'shared-file', fileName?, markdown? }`
 */
export class CnSessionExport extends SessionBoundElement {
  static override styles = [themeTokens, controlStyles, sessionExportStyles];
  static override properties = {
    data: { state: true },
    includePrivate: { state: true },
    status: { state: true },
    existing: { state: true },
  };
  declare data: SessionExport | undefined;
  declare includePrivate: boolean;
  declare status: string;
  declare existing: { name: string; text: string } | undefined;

  constructor() {
    super();
    this.data = undefined;
    this.includePrivate = false;
    this.status = '';
    this.existing = undefined;
  }

  protected override async loadRelated(): Promise<void> {
    await this.saver?.flush();
    if (this.store && this.session)
      this.data = await collectSessionExport(this.store, this.session);
  }

  protected override concerns(change: StoreChange): boolean {
    return super.concerns(change) || change.records.some((r) => r.type === 'observation');
  }

  /** The Markdown as it would be copied now. */
  get markdown(): string {
    return this.data ? renderSessionMarkdown(this.data, this.locale, this.includePrivate) : '';
  }

  override render() {
    const data = this.data;
    if (!data) return nothing;
    const privateCount = data.observations.filter((o) => o.visibility === 'private').length;
    return html`<h2>${t(this.locale, 'panel.export.title')}</h2>
      ${
        privateCount > 0
          ? html`<label class="row"
                ><input
                  type="checkbox"
                  class="include-private"
                  .checked=${this.includePrivate}
                  @change=${(e: Event) => (this.includePrivate = (e.target as HTMLInputElement).checked)}
                />${t(this.locale, 'panel.export.includePrivate', { count: privateCount })}</label
              >
              <p class="muted">${t(this.locale, 'panel.export.privateHint')}</p>`
          : nothing
      }
      <div class="row">
        <button class="primary copy-markdown" @click=${this.copy}>
          ${t(this.locale, 'panel.export.copy')}
        </button>
      </div>
      <fieldset>
        <legend>${t(this.locale, 'panel.export.sharedFile')}</legend>
        <label for="existing-file">${t(this.locale, 'panel.export.pickFile')}</label>
        <input
          id="existing-file"
          class="existing-file"
          type="file"
          accept=".jsonl,.coaching.jsonl,application/x-ndjson,text/plain"
          @change=${this.pick}
        />
        <div class="row">
          <button class="download-shared" @click=${this.download}>
            ${t(this.locale, 'panel.export.download')}
          </button>
        </div>
      </fieldset>
      <p role="status" class="export-status">${this.status}</p>
      <h2>${t(this.locale, 'panel.export.preview')}</h2>
      <pre
        class="markdown-preview"
        tabindex="0"
        aria-label=${t(this.locale, 'panel.export.preview')}
      >
${this.markdown}</pre>`;
  }

  private async copy(): Promise<void> {
    const markdown = this.markdown;
    try {
      await navigator.clipboard.writeText(markdown);
      this.status = t(this.locale, 'panel.export.copied');
    } catch {
      this.status = t(this.locale, 'panel.export.copyFailed');
    }
    this.emit({ kind: 'markdown', markdown });
  }

  private async pick(event: Event): Promise<void> {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.existing = file ? { name: file.name, text: await file.text() } : undefined;
    this.status = '';
  }

  private download(): void {
    const data = this.data;
    if (!data) return;
    const result = mergeSessionIntoFile(this.existing?.text, data, this.includePrivate);
    if (!result.ok) {
      this.status = t(this.locale, 'panel.export.readError', { message: result.message });
      return;
    }
    const fileName = this.existing?.name ?? sharedFileName(data);
    downloadText(fileName, 'application/x-ndjson', result.text);
    this.status = t(
      this.locale,
      this.existing ? 'panel.export.merged' : 'panel.export.downloaded',
      {
        file: fileName,
        count: result.count,
      },
    );
    this.emit({ kind: 'shared-file', fileName });
  }

  private emit(detail: {
    kind: 'markdown' | 'shared-file';
    fileName?: string;
    markdown?: string;
  }): void {
    this.dispatchEvent(new CustomEvent('cn-export', { detail, bubbles: true, composed: true }));
  }
}
