import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { t } from '@coaching-notes/shared';
import { controlStyles, themeTokens } from '@coaching-notes/shared/ui';
import { viewStyles } from '../common/view.styles';
import type {
  CommandBinding,
  DashboardContext,
  DashboardSettings,
  LanguageChoice,
  PanelSurface,
} from '../context';
import { SITES } from '../../common/sites';

/**
 * Language, panel surface, launcher per site, keyboard shortcuts and the search index.
 *
 * @event cn-settings-changed - settings were saved (detail: DashboardSettings)
 * @event cn-rebuild-search - the user asked to rebuild the search index
 */
export class CnDashSettings extends LitElement {
  static override styles = [
    themeTokens,
    controlStyles,
    viewStyles,
    css`
      .commands {
        list-style: none;
        padding: 0;
        margin: 0 0 8px;
      }
      .commands li {
        display: flex;
        justify-content: space-between;
        gap: 12px;
        padding: 2px 0;
      }
      kbd {
        font: inherit;
        font-family: var(--vscode-editor-font-family, ui-monospace, monospace);
      }
    `,
  ];
  static override properties = {
    ctx: { attribute: false },
    settings: { state: true },
    shortcutHelp: { state: true },
    message: { state: true },
    optionalSites: { state: true },
    commands: { state: true },
  };
  declare ctx: DashboardContext;
  declare settings: DashboardSettings | undefined;
  declare shortcutHelp: boolean;
  declare message: string;
  /** Whether the optional sites are allowed; `undefined` where the shell has none. */
  declare optionalSites: boolean | undefined;
  private optionalSitesAsked = false;
  /** The browser's key for each command; `undefined` where the shell cannot tell. */
  declare commands: CommandBinding[] | undefined;

  constructor() {
    super();
    this.settings = undefined;
    this.shortcutHelp = false;
    this.message = '';
    this.optionalSites = undefined;
    this.commands = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.ctx.host.loadSettings().then((s) => (this.settings = s));
    void this.ctx.host.optionalSitesAllowed?.().then((allowed) => (this.optionalSites = allowed));
    void this.ctx.host.commandBindings?.().then((commands) => (this.commands = commands));
  }

  /** Each command with its key, an unbound one marked (the browser refused or ran out of keys). */
  private renderCommands(): TemplateResult | typeof nothing {
    if (!this.commands) return nothing;
    const l = this.ctx.locale;
    const unbound = this.commands.some((c) => !c.shortcut);
    return html`${
        unbound
          ? html`<p role="note" class="unbound-note">
              ${t(l, 'dashboard.settings.shortcutsUnbound')}
            </p>`
          : nothing
      }
      <ul class="commands">
        ${this.commands.map(
          (c) =>
            html`<li data-command=${c.id} class=${c.shortcut ? 'bound' : 'unbound'}>
              <span>${c.description}</span>
              ${
                c.shortcut
                  ? html`<kbd>${c.shortcut}</kbd>`
                  : html`<em>${t(l, 'dashboard.settings.shortcutUnbound')}</em>`
              }
            </li>`,
        )}
      </ul>`;
  }

  private async allowOptionalSites(): Promise<void> {
    this.optionalSitesAsked = true;
    this.optionalSites = (await this.ctx.host.allowOptionalSites?.()) ?? false;
  }

  private renderOptionalSites(): TemplateResult | typeof nothing {
    if (this.optionalSites === undefined) return nothing;
    const l = this.ctx.locale;
    const state = this.optionalSites
      ? t(l, 'dashboard.settings.optionalSitesAllowed')
      : this.optionalSitesAsked
        ? t(l, 'dashboard.settings.optionalSitesRefused')
        : '';
    return html`<section class="card optional-sites">
      <h3>${t(l, 'dashboard.settings.optionalSites')}</h3>
      <p class="muted">${t(l, 'dashboard.settings.optionalSitesHelp')}</p>
      ${
        this.optionalSites
          ? nothing
          : html`<button
              type="button"
              name="allow-optional-sites"
              @click=${this.allowOptionalSites}
            >
              ${t(l, 'dashboard.settings.allowOptionalSites')}
            </button>`
      }
      <p role="status">${state}</p>
    </section>`;
  }

  private async save(patch: Partial<DashboardSettings>): Promise<void> {
    this.settings = await this.ctx.host.saveSettings(patch);
    this.message = t(this.ctx.locale, 'dashboard.settings.saved');
    this.dispatchEvent(
      new CustomEvent('cn-settings-changed', {
        detail: this.settings,
        bubbles: true,
        composed: true,
      }),
    );
  }

  private async openShortcuts(): Promise<void> {
    this.shortcutHelp = (await this.ctx.host.openShortcutSettings()) === 'manual';
  }

  override render(): TemplateResult {
    const l = this.ctx.locale;
    const s = this.settings;
    if (!s) return html`<p class="muted">${t(l, 'dashboard.loading')}</p>`;
    const languages: LanguageChoice[] = ['browser', 'nl', 'en'];
    const surfaces: PanelSurface[] = ['overlay', 'sidepanel'];
    return html`<h2>${t(l, 'dashboard.settings.heading')}</h2>
      <section class="card">
        <label
          >${t(l, 'dashboard.settings.language')}
          <select
            name="language"
            @change=${(e: Event) => this.save({ language: (e.target as HTMLSelectElement).value as LanguageChoice })}
          >
            ${languages.map((x) => html`<option value=${x} ?selected=${x === s.language}>${t(l, `dashboard.settings.lang.${x}`)}</option>`)}
          </select></label
        >
      </section>
      <fieldset class="card">
        <legend>${t(l, 'dashboard.settings.surface')}</legend>
        ${surfaces.map(
          (x) =>
            html`<label class="row"
              ><input
                type="radio"
                name="surface"
                value=${x}
                .checked=${x === s.surface}
                @change=${() => this.save({ surface: x })}
              />
              ${t(l, `dashboard.settings.surface.${x}`)}</label
            >`,
        )}
      </fieldset>
      <fieldset class="card">
        <legend>${t(l, 'dashboard.settings.launcher')}</legend>
        ${SITES.map(
          (site) =>
            html`<label class="row"
              ><input
                type="checkbox"
                name="launcher-${site.id}"
                .checked=${s.launcherSites[site.id] !== false}
                @change=${(e: Event) =>
                  this.save({
                    launcherSites: {
                      ...s.launcherSites,
                      [site.id]: (e.target as HTMLInputElement).checked,
                    },
                  })}
              />
              ${site.name}</label
            >`,
        )}
      </fieldset>
      <section class="card">
        <h3>${t(l, 'dashboard.settings.shortcuts')}</h3>
        <p class="muted">${t(l, 'dashboard.settings.shortcutsHelp')}</p>
        ${this.renderCommands()}
        <button type="button" @click=${this.openShortcuts}>
          ${t(l, 'dashboard.settings.openShortcuts')}
        </button>
        ${this.shortcutHelp ? html`<p role="note">${t(l, 'dashboard.settings.shortcutsFirefox')}</p>` : nothing}
      </section>
      ${this.renderOptionalSites()}
      <section class="card">
        <h3>${t(l, 'dashboard.settings.search')}</h3>
        <p class="muted">${t(l, 'dashboard.settings.searchHelp')}</p>
        <button
          type="button"
          @click=${() => this.dispatchEvent(new CustomEvent('cn-rebuild-search', { bubbles: true, composed: true }))}
        >
          ${t(l, 'dashboard.settings.rebuild')}
        </button>
      </section>
      <p class="status" role="status">${this.message}</p>`;
  }
}
