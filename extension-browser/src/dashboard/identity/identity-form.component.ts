import { LitElement, html, nothing, type TemplateResult } from 'lit';
import {
  assignActor,
  createPerson,
  type Id,
  type Person,
  mergedAway,
  MAX_NAME_LENGTH,
} from '@coaching-notes/shared';
import { t } from '../../i18n';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { errorText } from '../common/errors';
import { sortPeople } from '../common/format';
import { viewStyles } from '../common/view.styles';
import { changeContext, type DashboardContext } from '../context';

const SOMEONE_NEW = '';

/**
 * "Who are you?": this browser profile's replica belongs to one person, picked from the people
 * here or created from a name. The answer is that person's `actorIds`, so it travels with the
 * shared file and the other person's tools know who wrote what.
 *
 * @event cn-identity-changed - this profile now belongs to a person (detail: `{ personId }`)
 * @event cn-identity-later - the user put the question off (only with `offerLater`)
 */
export class CnDashIdentity extends LitElement {
  static override styles = [themeTokens, controlStyles, viewStyles];
  static override properties = {
    ctx: { attribute: false },
    offerLater: { type: Boolean, attribute: 'offer-later' },
    people: { state: true },
    choice: { state: true },
    message: { state: true },
  };
  declare ctx: DashboardContext;
  /** Show "Not now" (the first-run question); settings always keep the question open. */
  declare offerLater: boolean;
  declare people: Person[];
  declare choice: Id;
  declare message: string;

  constructor() {
    super();
    this.offerLater = false;
    this.people = [];
    this.choice = SOMEONE_NEW;
    this.message = '';
  }

  private unsubscribe: (() => void) | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
    // An import may bring the person one is (the coach made them): offer them at once.
    this.unsubscribe = this.ctx.store.subscribe((change) => {
      if (change.records.some((r) => r.type === 'person')) void this.load();
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
  }

  private async load(): Promise<void> {
    const people = await this.ctx.store.list({ type: 'person' });
    const away = mergedAway(people);
    this.people = sortPeople(
      people.filter((p) => !away.has(p.id)),
      this.ctx.locale,
    );
    // Keep a choice being made; else me, else the first person.
    const kept = this.people.some((p) => p.id === this.choice) ? this.choice : undefined;
    this.choice = kept ?? this.ctx.person ?? this.people[0]?.id ?? SOMEONE_NEW;
  }

  private async submit(event: Event): Promise<void> {
    event.preventDefault();
    const l = this.ctx.locale;
    const form = new FormData(event.target as HTMLFormElement);
    const ctx = changeContext(this.ctx);
    try {
      let people = await this.ctx.store.list({ type: 'person' });
      let personId = this.choice;
      if (personId === SOMEONE_NEW) {
        const name = String(form.get('identity-name') ?? '').trim();
        if (!name) {
          this.message = t(l, 'dashboard.identity.nameRequired');
          return;
        }
        const person = createPerson({ displayName: name }, ctx);
        people = [...people, person];
        personId = person.id;
      }
      const writes = assignActor(people, personId, ctx);
      if (writes.length > 0) await this.ctx.store.putMany(writes, 'put');
      await this.ctx.host.saveSettings({ identityAsked: true });
      const me = people.find((p) => p.id === personId);
      this.message = t(l, 'dashboard.identity.saved', { name: me?.displayName ?? '' });
      await this.load();
      this.dispatchEvent(
        new CustomEvent('cn-identity-changed', {
          detail: { personId },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.message = errorText(l, error);
    }
  }

  private async later(): Promise<void> {
    await this.ctx.host.saveSettings({ identityAsked: true });
    this.dispatchEvent(new CustomEvent('cn-identity-later', { bubbles: true, composed: true }));
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const me = this.people.find((p) => p.id === this.ctx.person);
    return html`<form class="identity" @submit=${this.submit} aria-labelledby="identity-q">
      <p id="identity-q"><strong>${t(l, 'dashboard.identity.question')}</strong></p>
      <p class="muted">${t(l, 'dashboard.identity.help')}</p>
      ${me ? html`<p class="current">${t(l, 'dashboard.identity.current', { name: me.displayName })}</p>` : nothing}
      <label
        >${t(l, 'dashboard.identity.pick')}
        <select
          name="identity"
          @change=${(e: Event) => (this.choice = (e.target as HTMLSelectElement).value)}
        >
          ${this.people.map((p) => html`<option value=${p.id} ?selected=${p.id === this.choice}>${p.displayName}</option>`)}
          <option value=${SOMEONE_NEW} ?selected=${this.choice === SOMEONE_NEW}>
            ${t(l, 'dashboard.identity.someoneNew')}
          </option>
        </select></label
      >
      ${
        this.choice === SOMEONE_NEW
          ? html`<label
              >${t(l, 'dashboard.identity.name')}
              <input name="identity-name" autocomplete="name" required maxlength=${MAX_NAME_LENGTH}
            /></label>`
          : nothing
      }
      <p class="row">
        <button type="submit" class="primary">${t(l, 'dashboard.identity.confirm')}</button>
        ${
          this.offerLater
            ? html`<button type="button" @click=${this.later}>
                ${t(l, 'dashboard.identity.later')}
              </button>`
            : nothing
        }
      </p>
      <p role="status">${this.message}</p>
    </form>`;
  }
}
