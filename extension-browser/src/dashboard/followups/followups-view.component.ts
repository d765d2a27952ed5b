import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  t,
  toDateOnly,
  type Person,
  formatDay,
  agendaPersonIds,
  type AgendaItem,
  loadAgenda,
  agendaIcs,
} from '@coaching-notes/shared';
import { controlStyles, downloadText, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type { DashboardContext } from '../context';

/**
 * Upcoming check-ins (by each track's cadence), follow-up conversations and due actions; the
 * opt-in for browser notifications on the due day; and an .ics export of the same list.
 */
export class CnDashFollowUps extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    items: { state: true },
    people: { state: true },
    notifications: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  declare items: AgendaItem[] | undefined;
  declare people: Person[];
  declare notifications: boolean;
  declare message: string;

  constructor() {
    super();
    this.items = undefined;
    this.people = [];
    this.notifications = false;
    this.message = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  async load(): Promise<void> {
    const [items, people, settings] = await Promise.all([
      loadAgenda(this.ctx.store, this.ctx.now()),
      this.ctx.store.list({ type: 'person' }),
      this.ctx.host.loadSettings(),
    ]);
    this.people = people;
    this.notifications = settings.notifications;
    this.items = items;
  }

  private async toggleNotifications(event: Event): Promise<void> {
    const wanted = (event.target as HTMLInputElement).checked;
    const saved = await this.ctx.host.saveSettings({ notifications: wanted });
    this.notifications = saved.notifications;
    const l = this.ctx.locale;
    this.message =
      wanted && !saved.notifications
        ? t(l, 'dashboard.followups.notifyRefused')
        : t(
            l,
            saved.notifications ? 'dashboard.followups.notifyOn' : 'dashboard.followups.notifyOff',
          );
  }

  private exportIcs(): void {
    const ics = agendaIcs(this.items ?? [], this.people, this.ctx.locale, this.ctx.now());
    downloadText(`coaching-follow-ups-${toDateOnly(this.ctx.now())}.ics`, 'text/calendar', ics);
    const events = ics.split('BEGIN:VEVENT').length - 1;
    this.message = t(this.ctx.locale, 'dashboard.followups.exported', { n: events });
  }

  private label(item: AgendaItem): string {
    const l = this.ctx.locale;
    const names = new Map(this.people.map((p) => [p.id, p.displayName]));
    const who = agendaPersonIds(item)
      .map((id) => names.get(id))
      .filter(Boolean)
      .join(', ');
    switch (item.kind) {
      case 'check-in':
        return t(l, 'dashboard.followups.checkIn', { title: item.track.title, who });
      case 'follow-up':
        return t(l, 'dashboard.followups.followUp', { title: item.track.title, who });
      case 'action':
        return t(l, 'dashboard.followups.action', { text: item.action.text, who });
    }
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const items = this.items ?? [];
    return html`<h2>${t(l, 'dashboard.followups.heading')}</h2>
      <p class="row">
        <label class="row"
          ><input
            type="checkbox"
            name="notifications"
            .checked=${this.notifications}
            @change=${this.toggleNotifications}
          />
          ${t(l, 'dashboard.followups.notify')}</label
        >
        <button type="button" @click=${this.exportIcs} ?disabled=${items.length === 0}>
          ${t(l, 'dashboard.followups.exportIcs')}
        </button>
      </p>
      <p class="status" role="status">${this.message}</p>
      ${
        this.items === undefined
          ? html`<p class="muted">${t(l, 'dashboard.loading')}</p>`
          : items.length === 0
            ? html`<p class="muted">${t(l, 'dashboard.followups.none')}</p>`
            : html`<table>
                <caption class="visually-hidden">
                  ${t(l, 'dashboard.followups.heading')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${t(l, 'dashboard.followups.due')}</th>
                    <th scope="col">${t(l, 'dashboard.followups.what')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${items.map(
                    (item) =>
                      html`<tr>
                        <td>
                          ${formatDay(item.due, l)}
                          ${item.overdue ? html`<span class="badge overdue">${t(l, 'dashboard.overdue')}</span>` : nothing}
                        </td>
                        <td>${this.label(item)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>`
      }`;
  }
}
