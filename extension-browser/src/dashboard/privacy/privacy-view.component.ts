import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  t,
  toDateOnly,
  type Id,
  type Person,
  retentionCutoff,
  formatDay,
  accessRequest,
} from '@coaching-notes/shared';
import { controlStyles, downloadText, slug, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { sortPeople } from '../common/format';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';

export const RETENTION_CHOICES = [0, 6, 12, 24, 36, 60] as const;

interface ErasePreview {
  person: Person;
  sessions: number;
  observations: number;
  actions: number;
}

/**
 * Privacy tools: what an access request contains and its export, erasing a person (with a
 * typed confirmation), retention with a purge, and whether the browser keeps the storage.
 *
 * @event cn-data-changed - a person was erased or old records were purged
 */
export class CnDashPrivacy extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    people: { state: true },
    personId: { state: true },
    persisted: { state: true },
    erase: { state: true },
    retention: { state: true },
    purgeCount: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  declare people: Person[];
  declare personId: Id;
  declare persisted: boolean | undefined;
  declare erase: ErasePreview | undefined;
  declare retention: number;
  declare purgeCount: number | undefined;
  declare message: string;

  constructor() {
    super();
    this.people = [];
    this.personId = '';
    this.persisted = undefined;
    this.erase = undefined;
    this.retention = 0;
    this.purgeCount = undefined;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    const [people, persisted, settings] = await Promise.all([
      this.ctx.store.list({ type: 'person' }),
      this.ctx.host.storagePersisted(),
      this.ctx.host.loadSettings(),
    ]);
    this.people = sortPeople(people, this.ctx.locale);
    if (!this.people.some((p) => p.id === this.personId)) this.personId = this.people[0]?.id ?? '';
    this.persisted = persisted;
    this.retention = settings.retentionMonths ?? 0;
  }

  private person(): Person | undefined {
    return this.people.find((p) => p.id === this.personId);
  }

  private async askPersistence(): Promise<void> {
    this.persisted = await this.ctx.host.requestPersistence();
  }

  private async exportPerson(): Promise<void> {
    const person = this.person();
    if (!person) return;
    const { jsonl, markdown, count } = await accessRequest(this.ctx.store, person, this.ctx.locale);
    const base = `access-request-${slug(person.displayName)}-${toDateOnly(this.ctx.now())}`;
    downloadText(`${base}.coaching.jsonl`, 'application/jsonl', jsonl);
    downloadText(`${base}.md`, 'text/markdown', markdown);
    this.message = t(this.ctx.locale, 'dashboard.privacy.exported', {
      n: count,
      name: person.displayName,
    });
  }

  private async prepareErase(): Promise<void> {
    const person = this.person();
    if (!person) return;
    const store = this.ctx.store;
    const [sessions, observations, actions] = await Promise.all(
      (['session', 'observation', 'action'] as const).map((type) =>
        store.list({ type, personId: person.id }),
      ),
    );
    this.erase = {
      person,
      sessions: sessions!.length,
      observations: observations!.length,
      actions: actions!.length,
    };
  }

  private async confirmErase(event: Event): Promise<void> {
    event.preventDefault();
    const preview = this.erase;
    if (!preview) return;
    const typed = new FormData(event.target as HTMLFormElement).get('confirmName');
    const l = this.ctx.locale;
    if (String(typed ?? '').trim() !== preview.person.displayName) {
      this.message = t(l, 'dashboard.privacy.eraseMismatch');
      return;
    }
    try {
      const ctx = changeContext(this.ctx);
      const report = await this.ctx.store.erasePerson(preview.person.id, ctx.actor, ctx.now);
      this.erase = undefined;
      this.message = t(l, 'dashboard.privacy.erased', {
        n: report.erased,
        name: preview.person.displayName,
      });
      await this.load();
      this.dispatchEvent(new CustomEvent('cn-data-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.message = errorText(l, error);
    }
  }

  private async setRetention(event: Event): Promise<void> {
    const months = Number((event.target as HTMLSelectElement).value);
    const saved = await this.ctx.host.saveSettings({
      retentionMonths: months || null,
      retentionAsked: true,
    });
    this.retention = saved.retentionMonths ?? 0;
    this.purgeCount = undefined;
  }

  private cutoff(): string | undefined {
    return this.retention > 0 ? retentionCutoff(this.ctx.now(), this.retention) : undefined;
  }

  private async previewPurge(): Promise<void> {
    const cutoff = this.cutoff();
    if (!cutoff) return;
    this.purgeCount = (await this.ctx.store.list({ type: 'session', to: cutoff })).length;
  }

  private async purge(): Promise<void> {
    const l = this.ctx.locale;
    try {
      const ctx = changeContext(this.ctx);
      const report = await this.ctx.store.purgeOlderThan(this.retention, ctx.actor, ctx.now);
      this.purgeCount = undefined;
      this.message = t(l, 'dashboard.privacy.purged', {
        n: report.purged,
        date: formatDay(report.cutoff, l),
      });
      this.dispatchEvent(new CustomEvent('cn-data-changed', { bubbles: true, composed: true }));
    } catch (error) {
      this.message = errorText(l, error);
    }
  }

  private renderErase(preview: ErasePreview): TemplateResult {
    const l = this.ctx.locale;
    return html`<form
      class="warning"
      @submit=${this.confirmErase}
      aria-labelledby="erase-confirm-title"
    >
      <p id="erase-confirm-title">
        ${t(l, 'dashboard.privacy.eraseWarning', {
          name: preview.person.displayName,
          sessions: preview.sessions,
          observations: preview.observations,
          actions: preview.actions,
        })}
      </p>
      <label
        >${t(l, 'dashboard.privacy.typeName', { name: preview.person.displayName })}
        <input name="confirmName" autocomplete="off"
      /></label>
      <p class="row">
        <button type="submit" class="danger">${t(l, 'dashboard.privacy.eraseConfirm')}</button>
        <button type="button" @click=${() => (this.erase = undefined)}>
          ${t(l, 'dashboard.cancel')}
        </button>
      </p>
    </form>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const cutoff = this.cutoff();
    return html`<h2>${t(l, 'dashboard.privacy.heading')}</h2>
      <section class="card" aria-labelledby="storage-title">
        <h3 id="storage-title">${t(l, 'dashboard.privacy.storage')}</h3>
        <p>
          ${
            this.persisted === undefined
              ? t(l, 'dashboard.privacy.persistUnknown')
              : this.persisted
                ? t(l, 'dashboard.privacy.persistYes')
                : t(l, 'dashboard.privacy.persistNo')
          }
        </p>
        ${
          this.persisted === false
            ? html`<button type="button" @click=${this.askPersistence}>
                ${t(l, 'dashboard.privacy.persistAsk')}
              </button>`
            : nothing
        }
      </section>
      <section class="card" aria-labelledby="person-privacy-title">
        <h3 id="person-privacy-title">${t(l, 'dashboard.privacy.person')}</h3>
        <label
          >${t(l, 'dashboard.privacy.choosePerson')}
          <select
            name="person"
            @change=${(e: Event) => ((this.personId = (e.target as HTMLSelectElement).value), (this.erase = undefined))}
          >
            ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.personId}>${p.displayName}</option>`)}
          </select></label
        >
        <p class="muted">${t(l, 'dashboard.privacy.accessHelp')}</p>
        <p class="row">
          <button type="button" @click=${this.exportPerson} ?disabled=${!this.personId}>
            ${t(l, 'dashboard.privacy.export')}
          </button>
          <button
            type="button"
            class="danger"
            @click=${this.prepareErase}
            ?disabled=${!this.personId}
          >
            ${t(l, 'dashboard.privacy.erase')}
          </button>
        </p>
        ${this.erase ? this.renderErase(this.erase) : nothing}
      </section>
      <section class="card" aria-labelledby="retention-title">
        <h3 id="retention-title">${t(l, 'dashboard.privacy.retention')}</h3>
        <label
          >${t(l, 'dashboard.privacy.retentionLabel')}
          <select name="retention" @change=${this.setRetention}>
            ${RETENTION_CHOICES.map(
              (m) =>
                html`<option value=${m} ?selected=${m === this.retention}>
                  ${m === 0 ? t(l, 'dashboard.retention.keep') : t(l, 'dashboard.retention.months', { n: m })}
                </option>`,
            )}
          </select></label
        >
        ${
          cutoff
            ? html`<p class="row">
                <button type="button" @click=${this.previewPurge}>
                  ${t(l, 'dashboard.privacy.purgePreview')}
                </button>
                ${
                  this.purgeCount !== undefined
                    ? html`<span
                          >${t(l, 'dashboard.privacy.purgeWill', { n: this.purgeCount, date: formatDay(cutoff, l) })}</span
                        >
                        <button type="button" class="danger" @click=${this.purge}>
                          ${t(l, 'dashboard.privacy.purgeConfirm')}
                        </button>`
                    : nothing
                }
              </p>`
            : nothing
        }
      </section>
      <p class="status" role="status">${this.message}</p>`;
  }
}
