import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  conflictAlternatives,
  describeIssue,
  FILE_EXTENSION,
  mergeRecordSets,
  parseSharedFile,
  serializeSharedFile,
  versionsOf,
  toDateOnly,
  isTombstone,
  RECORD_TYPES,
  type CoachingRecord,
  type ConflictVersion,
  type Person,
  type StoredRecord,
  type Track,
  formatDay,
  planExport,
  recordsInScope,
  type ExportPlan,
  type ExportScope,
  importWrites,
  needsDecision,
  previewImport,
  type ForeignDecision,
  type ImportOutcome,
  type ImportPreview,
  resolveConflict,
  versionText,
} from '@coaching-notes/shared';
import { t } from '../../i18n';
import { controlStyles, downloadText, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { typeLabel } from '../common/format';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';
import type { Review } from '../link/sync';
import '../link/link-view';
import { renderForeignChanges } from './foreign-changes';

const OUTCOMES: ImportOutcome[] = [
  'foreign',
  'new',
  'updated',
  'deleted',
  'conflict',
  'unchanged',
  'kept',
];

/**
 * The shared file: the link to the team's file (whose sync takes changes in through the import
 * preview below), export with a preview of what the file will contain (private notes left
 * out unless chosen), import with a preview of what it will change, and the conflicts that
 * concurrent edits left, each resolvable by picking a version.
 */
export class CnDashExchange extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    people: { state: true },
    tracks: { state: true },
    scope: { state: true },
    includePrivate: { state: true },
    exportPlan: { state: true },
    importPlan: { state: true },
    importIssues: { state: true },
    sameAs: { state: true },
    decisions: { state: true },
    conflicts: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  declare people: Person[];
  declare tracks: Track[];
  declare scope: string;
  declare includePrivate: boolean;
  declare exportPlan: ExportPlan | undefined;
  declare importPlan: ImportPreview | undefined;
  declare importIssues: string[];
  /** Namesakes the user called the same person: incoming person id → id of the person here. */
  declare sameAs: Map<string, string>;
  /** Answers to other people's changes of my records, by record key; none: decide later. */
  declare decisions: Map<string, ForeignDecision>;
  declare conflicts: CoachingRecord[];
  declare message: string;
  private existingFile: StoredRecord[] = [];
  /** A linked file's sync waiting for the shown import preview: resolves with what was written. */
  private pendingReview: ((written: number | undefined) => void) | undefined;

  constructor() {
    super();
    this.people = [];
    this.tracks = [];
    this.scope = 'all';
    this.includePrivate = false;
    this.exportPlan = undefined;
    this.importPlan = undefined;
    this.importIssues = [];
    this.sameAs = new Map();
    this.decisions = new Map();
    this.conflicts = [];
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void Promise.all([
      this.ctx.store.list({ type: 'person' }),
      this.ctx.store.list({ type: 'track' }),
    ]).then(([people, tracks]) => {
      this.people = people;
      this.tracks = tracks;
    });
  }

  private scopeOf(): ExportScope {
    const [kind, id] = this.scope.split(':');
    if (kind === 'person' && id) return { kind: 'person', personId: id };
    if (kind === 'track' && id) return { kind: 'track', trackId: id };
    return { kind: 'all' };
  }

  /** Build the preview of what an export with these choices will contain. */
  async previewExport(): Promise<void> {
    const records = await recordsInScope(this.ctx.store, this.scopeOf());
    this.exportPlan = planExport(records, this.includePrivate);
  }

  private async readFile(event: Event): Promise<StoredRecord[] | undefined> {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return undefined;
    const parsed = parseSharedFile(new Uint8Array(await file.arrayBuffer()));
    if (!parsed.ok) {
      this.importIssues = parsed.issues.map(describeIssue);
      return undefined;
    }
    this.importIssues = [];
    return parsed.records;
  }

  private async chooseExisting(event: Event): Promise<void> {
    this.existingFile = (await this.readFile(event)) ?? [];
  }

  private download(): void {
    if (!this.exportPlan) return;
    // Never overwrite a shared file someone else also writes to: merge into it.
    const records = this.existingFile.length
      ? mergeRecordSets([this.existingFile, this.exportPlan.records])
      : this.exportPlan.records;
    downloadText(
      `coaching-notes-${toDateOnly(this.ctx.now())}${FILE_EXTENSION}`,
      'application/jsonl',
      serializeSharedFile(records),
    );
    this.message = t(this.ctx.locale, 'dashboard.exchange.exported', { n: records.length });
  }

  private async chooseImport(event: Event): Promise<void> {
    this.settleReview(undefined);
    this.importPlan = undefined;
    this.sameAs = new Map();
    this.decisions = new Map();
    const records = await this.readFile(event);
    if (!records) return;
    const options = this.ctx.person === undefined ? {} : { person: this.ctx.person };
    this.importPlan = await previewImport(this.ctx.store, records, options);
  }

  async applyImport(): Promise<void> {
    const plan = this.importPlan;
    if (!plan) return;
    try {
      const writes = importWrites(plan, this.sameAs, changeContext(this.ctx), this.decisions);
      const waiting = plan.foreign.length - this.decisions.size;
      await this.ctx.store.putMany(writes, 'import');
      this.conflicts = plan.entries
        .filter(
          (e) =>
            e.outcome === 'conflict' &&
            !isTombstone(e.merged) &&
            conflictAlternatives(e.merged).length > 0,
        )
        .map((e) => e.merged as CoachingRecord);
      this.message = [
        t(this.ctx.locale, 'dashboard.exchange.imported', { n: writes.length }),
        waiting > 0 ? t(this.ctx.locale, 'dashboard.exchange.foreign.waiting', { n: waiting }) : '',
      ]
        .filter(Boolean)
        .join(' ');
      this.importPlan = undefined;
      this.settleReview(writes.length);
    } catch (error) {
      this.message = errorText(this.ctx.locale, error);
    }
  }

  /**
   * The linked file's records through the same import preview as a chosen file: nothing to
   * decide goes straight on; otherwise the preview waits for the user's import.
   */
  private readonly reviewLinked: Review = async (records, onWaiting) => {
    this.settleReview(undefined);
    const options = this.ctx.person === undefined ? {} : { person: this.ctx.person };
    const plan = await previewImport(this.ctx.store, records, options);
    if (plan.writes.length === 0 && !needsDecision(plan)) return 0;
    this.importIssues = [];
    this.sameAs = new Map();
    this.decisions = new Map();
    this.importPlan = plan;
    onWaiting?.();
    return new Promise((resolve) => (this.pendingReview = resolve));
  };

  private settleReview(written: number | undefined): void {
    const pending = this.pendingReview;
    this.pendingReview = undefined;
    pending?.(written);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.settleReview(undefined);
  }

  /** A person with their role, which tells two people of one name apart. */
  private personLabel(person: Person): string {
    const role = person.role || t(this.ctx.locale, 'dashboard.exchange.noRole');
    return `${person.displayName} (${role})`;
  }

  /** New people who share a name with someone here: the same person, or someone else? */
  private renderNamesakes(imp: ImportPreview): TemplateResult | typeof nothing {
    if (imp.namesakes.length === 0) return nothing;
    const l = this.ctx.locale;
    return html`<fieldset class="namesakes">
      <legend>${t(l, 'dashboard.exchange.namesakes')}</legend>
      <p class="muted">${t(l, 'dashboard.exchange.namesakesHelp')}</p>
      ${imp.namesakes.map(
        ({ incoming, existing }) =>
          html`<label class="row" data-person=${incoming.id}
            >${t(l, 'dashboard.exchange.inFile', { person: this.personLabel(incoming) })}
            <select
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                const next = new Map(this.sameAs);
                if (value) next.set(incoming.id, value);
                else next.delete(incoming.id);
                this.sameAs = next;
              }}
            >
              <option value="">${t(l, 'dashboard.exchange.keepApart')}</option>
              ${existing.map(
                (p) =>
                  html`<option value=${p.id}>
                    ${t(l, 'dashboard.exchange.sameAs', { person: this.personLabel(p) })}
                  </option>`,
              )}
            </select></label
          >`,
      )}
    </fieldset>`;
  }

  /** Find every record that still carries conflicting versions (reads the whole store). */
  async findConflicts(): Promise<void> {
    const found: CoachingRecord[] = [];
    for (const type of RECORD_TYPES) {
      for (const record of await this.ctx.store.list({ type }))
        if (conflictAlternatives(record).length) found.push(record);
    }
    this.conflicts = found;
    this.message = t(this.ctx.locale, 'dashboard.exchange.conflictsFound', { n: found.length });
  }

  private async resolve(record: CoachingRecord, chosen: ConflictVersion): Promise<void> {
    const resolved = resolveConflict(record, chosen, changeContext(this.ctx));
    await this.ctx.store.put(resolved);
    this.conflicts = this.conflicts.filter((r) => r.id !== record.id);
    this.message = t(this.ctx.locale, 'dashboard.exchange.resolved');
  }

  private renderCounts(counts: Partial<Record<string, number>>): TemplateResult {
    const l = this.ctx.locale;
    return html`<ul>
      ${Object.entries(counts).map(
        ([type, n]) =>
          html`<li>
            ${t(l, 'dashboard.exchange.countLine', { n: n ?? 0, type: typeLabel(l, type) })}
          </li>`,
      )}
    </ul>`;
  }

  private renderConflict(record: CoachingRecord): TemplateResult {
    const l = this.ctx.locale;
    return html`<li class="card">
      <p>${t(l, `dashboard.recordType.${record.type}`)}</p>
      <ul class="plain">
        ${versionsOf(record).map(
          (v) =>
            html`<li class="row">
              <span>${versionText(v.fields)}</span>
              <span class="muted">${formatDay(v.updatedAt, l)}</span>
              <button type="button" @click=${() => this.resolve(record, v)}>
                ${t(l, 'dashboard.exchange.keepThis')}<span class="visually-hidden"
                  >: ${versionText(v.fields)}</span
                >
              </button>
            </li>`,
        )}
      </ul>
    </li>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const plan = this.exportPlan;
    const imp = this.importPlan;
    return html`<h2>${t(l, 'dashboard.exchange.heading')}</h2>
      <cn-dash-link .ctx=${this.ctx} .review=${this.reviewLinked}></cn-dash-link>
      <section class="card" aria-labelledby="export-title">
        <h3 id="export-title">${t(l, 'dashboard.exchange.export')}</h3>
        <div class="grid-form">
          <label
            >${t(l, 'dashboard.exchange.scope')}
            <select
              name="scope"
              @change=${(e: Event) => ((this.scope = (e.target as HTMLSelectElement).value), (this.exportPlan = undefined))}
            >
              <option value="all">${t(l, 'dashboard.exchange.scopeAll')}</option>
              ${this.people.map((p) => html`<option value="person:${p.id}">${p.displayName}</option>`)}
              ${this.tracks.map((tr) => html`<option value="track:${tr.id}">${tr.title}</option>`)}
            </select></label
          >
          <label class="row"
            ><input
              type="checkbox"
              name="includePrivate"
              .checked=${this.includePrivate}
              @change=${(e: Event) => ((this.includePrivate = (e.target as HTMLInputElement).checked), (this.exportPlan = undefined))}
            />
            ${t(l, 'dashboard.exchange.includePrivate')}</label
          >
          <label
            >${t(l, 'dashboard.exchange.mergeInto')}
            <input
              type="file"
              name="existing"
              accept=".jsonl,application/jsonl"
              @change=${this.chooseExisting}
          /></label>
        </div>
        <p class="row">
          <button type="button" @click=${this.previewExport}>
            ${t(l, 'dashboard.exchange.preview')}
          </button>
        </p>
        ${
          plan
            ? html`<div aria-live="polite" class="preview">
                <p>${t(l, 'dashboard.exchange.willContain')}</p>
                ${this.renderCounts(plan.counts)}
                <p>
                  ${
                    this.includePrivate
                      ? t(l, 'dashboard.exchange.privateIncluded')
                      : t(l, 'dashboard.exchange.privateLeftOut', { n: plan.privateLeftOut })
                  }
                </p>
                <button type="button" class="primary" @click=${this.download}>
                  ${t(l, 'dashboard.exchange.download')}
                </button>
              </div>`
            : nothing
        }
      </section>
      <section class="card" aria-labelledby="import-title">
        <h3 id="import-title">${t(l, 'dashboard.exchange.import')}</h3>
        <label
          >${t(l, 'dashboard.exchange.chooseFile')}
          <input
            type="file"
            name="import"
            accept=".jsonl,application/jsonl"
            @change=${this.chooseImport}
        /></label>
        ${
          this.importIssues.length
            ? html`<div role="alert">
                <p>${t(l, 'dashboard.exchange.badFile')}</p>
                <ul>
                  ${this.importIssues.slice(0, 10).map((issue) => html`<li>${issue}</li>`)}
                </ul>
              </div>`
            : nothing
        }
        ${
          imp
            ? html`<div aria-live="polite" class="preview">
                <p>${t(l, 'dashboard.exchange.willChange')}</p>
                <ul>
                  ${OUTCOMES.filter((o) => Object.keys(imp.counts[o]).length).map(
                    (o) =>
                      html`<li>
                        <strong>${t(l, `dashboard.exchange.outcome.${o}`)}</strong>:
                        ${Object.entries(imp.counts[o])
                          .map(([type, n]) =>
                            t(l, 'dashboard.exchange.countLine', {
                              n: n ?? 0,
                              type: typeLabel(l, type),
                            }),
                          )
                          .join(', ')}
                      </li>`,
                  )}
                </ul>
                ${renderForeignChanges(this.ctx, imp, this.people, this.decisions, (d) => (this.decisions = d))}
                ${this.renderNamesakes(imp)}
                <button
                  type="button"
                  class="primary"
                  @click=${this.applyImport}
                  ?disabled=${imp.writes.length + this.decisions.size === 0}
                >
                  ${t(l, 'dashboard.exchange.applyImport', { n: imp.writes.length + this.decisions.size })}
                </button>
              </div>`
            : nothing
        }
      </section>
      <section class="card" aria-labelledby="conflicts-title">
        <h3 id="conflicts-title">${t(l, 'dashboard.exchange.conflicts')}</h3>
        <p class="muted">${t(l, 'dashboard.exchange.conflictsHelp')}</p>
        <button type="button" @click=${this.findConflicts}>
          ${t(l, 'dashboard.exchange.findConflicts')}
        </button>
        <ul class="plain">
          ${this.conflicts.map((r) => this.renderConflict(r))}
        </ul>
      </section>
      <p class="status" role="status">${this.message}</p>`;
  }
}
