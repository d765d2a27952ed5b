import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import {
  assertCanSetStatus,
  canSetStatus,
  setActionStatus,
  type AuthorshipIndex,
  type Session,
  type ActionStatus,
  type Id,
  type Person,
  formatDay,
  loadBoard,
  type ActionColumn,
  type BoardItem,
} from '@coaching-notes/shared';
import { t } from '../../i18n';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { loadAuthorship, renderByline, renderResponses } from '../common/authorship';
import { errorText } from '../common/errors';
import { sortPeople } from '../common/format';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';

const COLUMNS: ActionColumn[] = ['overdue', 'open', 'done'];

/** Open, overdue and recently done actions, by person and due date, with what carried forward. */
export class CnDashActions extends LitElement {
  static override styles = [
    themeTokens,
    controlStyles,
    viewStyles,
    css`
      .board {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
        gap: 12px;
      }
    `,
  ];
  static override properties = {
    ctx: { attribute: false },
    personId: { type: String },
    people: { state: true },
    items: { state: true },
    authorship: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  declare personId: Id;
  declare people: Person[];
  declare items: BoardItem[] | undefined;
  declare authorship: AuthorshipIndex | undefined;
  declare message: string;

  constructor() {
    super();
    this.personId = '';
    this.people = [];
    this.items = undefined;
    this.authorship = undefined;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ctx.store.list({ type: 'person' }).then((people) => {
      this.people = sortPeople(people, this.ctx.locale);
    });
  }

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('personId')) void this.load();
  }

  async load(): Promise<void> {
    const items = await loadBoard(this.ctx.store, this.ctx.now(), this.personId || undefined);
    const sessionIds = [...new Set(items.map((i) => i.action.sessionId))];
    const sessions = await Promise.all(sessionIds.map((id) => this.ctx.store.get('session', id)));
    this.authorship = await loadAuthorship(
      this.ctx.store,
      sessions.filter((x): x is Session => x !== undefined),
    );
    this.items = items;
  }

  private async setStatus(item: BoardItem, status: ActionStatus): Promise<void> {
    try {
      if (this.authorship) assertCanSetStatus(this.ctx.person, item.action, this.authorship);
      await this.ctx.store.put(setActionStatus(item.action, status, changeContext(this.ctx)));
      this.message = t(this.ctx.locale, `dashboard.actions.now.${status}`, {
        text: item.action.text,
      });
      await this.load();
    } catch (error) {
      this.message = errorText(this.ctx.locale, error);
    }
  }

  private renderItem(item: BoardItem, names: Map<Id, string>): TemplateResult {
    const l = this.ctx.locale;
    const a = item.action;
    const owner = a.ownerId
      ? names.get(a.ownerId)
      : a.coacheeIds
          .map((id) => names.get(id))
          .filter(Boolean)
          .join(', ');
    return html`<li class="card">
      <p>${a.text}</p>
      <p class="muted">
        ${owner ? html`${owner} · ` : nothing}
        ${a.due ? t(l, 'dashboard.actions.dueOn', { date: formatDay(a.due, l) }) : t(l, 'dashboard.actions.noDue')}
      </p>
      ${item.carried > 0 ? html`<p class="badge">${t(l, 'dashboard.actions.carried', { n: item.carried })}</p>` : nothing}
      ${this.authorship ? renderByline(this.ctx, a, this.authorship) : nothing}
      ${this.authorship ? renderResponses(this.ctx, a, this.authorship) : nothing}
      ${this.mayChange(a) ? this.renderStatusButtons(item) : nothing}
    </li>`;
  }

  /** Its author or its owner changes an action's status (the model's one rule); others answer it. */
  private mayChange(action: BoardItem['action']): boolean {
    const index = this.authorship;
    return this.ctx.person === undefined || !index || canSetStatus(this.ctx.person, action, index);
  }

  private renderStatusButtons(item: BoardItem): TemplateResult {
    const l = this.ctx.locale;
    const a = item.action;
    return html`<p class="row">
      ${
        item.column === 'done'
          ? html`<button type="button" @click=${() => this.setStatus(item, 'open')}>
              ${t(l, 'dashboard.actions.reopen')}<span class="visually-hidden">: ${a.text}</span>
            </button>`
          : html`<button type="button" @click=${() => this.setStatus(item, 'done')}>
                ${t(l, 'dashboard.actions.markDone')}<span class="visually-hidden"
                  >: ${a.text}</span
                >
              </button>
              <button type="button" @click=${() => this.setStatus(item, 'dropped')}>
                ${t(l, 'dashboard.actions.drop')}<span class="visually-hidden">: ${a.text}</span>
              </button>`
      }
    </p>`;
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const names = new Map(this.people.map((p) => [p.id, p.displayName]));
    const items = this.items ?? [];
    return html`<h2>${t(l, 'dashboard.actions.heading')}</h2>
      <label class="row"
        >${t(l, 'dashboard.actions.person')}
        <select
          name="person"
          @change=${(e: Event) => (this.personId = (e.target as HTMLSelectElement).value)}
        >
          <option value="" ?selected=${!this.personId}>
            ${t(l, 'dashboard.actions.everyone')}
          </option>
          ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.personId}>${p.displayName}</option>`)}
        </select></label
      >
      <p class="status" role="status">${this.message}</p>
      <div class="board">
        ${COLUMNS.map((column) => {
          const inColumn = items.filter((i) => i.column === column);
          return html`<section aria-labelledby="col-${column}">
            <h3 id="col-${column}">
              ${t(l, `dashboard.actions.col.${column}`)} (${inColumn.length})
            </h3>
            <ul class="plain">
              ${inColumn.map((i) => this.renderItem(i, names))}
            </ul>
          </section>`;
        })}
      </div>`;
  }
}
