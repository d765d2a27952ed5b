import axe from 'axe-core';
import type {
  DashboardHost,
  DashboardSettings,
} from '../../../extension-browser/src/dashboard/context';

/** Every element matching `selector` under `root`, through open shadow roots. */
export function deepAll(root: ParentNode, selector: string): HTMLElement[] {
  const out: HTMLElement[] = [...root.querySelectorAll<HTMLElement>(selector)];
  if (root instanceof Element && root.shadowRoot) out.push(...deepAll(root.shadowRoot, selector));
  for (const el of root.querySelectorAll('*'))
    if (el.shadowRoot) out.push(...deepAll(el.shadowRoot, selector));
  return out;
}

/** The first match of `selector` whose text contains `text` (through shadow roots). */
export function deepFind(
  root: ParentNode,
  selector: string,
  text?: string,
): HTMLElement | undefined {
  return deepAll(root, selector).find(
    (el) => text === undefined || (el.textContent ?? '').includes(text),
  );
}

/** Wait until `probe` returns something truthy. */
export async function until<T>(
  probe: () => T | undefined | false | null,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** axe-core on the document (it descends into open shadow roots). */
export async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

/** A host double: settings in memory, shortcut page "opened". */
export function memoryHost(
  initial: Partial<DashboardSettings> = {},
): DashboardHost & { settings: DashboardSettings; shortcutOpened: number } {
  const host = {
    settings: {
      language: 'browser',
      surface: 'overlay',
      launcherSites: {},
      notifications: false,
      retentionMonths: 24,
      retentionAsked: true,
      ...initial,
    } as DashboardSettings,
    shortcutOpened: 0,
    async loadSettings() {
      return { ...host.settings };
    },
    async saveSettings(patch: Partial<DashboardSettings>) {
      host.settings = { ...host.settings, ...patch };
      return { ...host.settings };
    },
    async openShortcutSettings() {
      host.shortcutOpened += 1;
      return 'opened' as const;
    },
    async storagePersisted() {
      return false;
    },
    async requestPersistence() {
      return true;
    },
  };
  return host;
}
