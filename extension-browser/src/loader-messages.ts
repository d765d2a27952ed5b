/**
 * The messages the content-script loader receives, checked without valibot: the loader runs on
 * every call page and must stay tiny (test/browser/loader-budget.test.ts). The catalogue in
 * `messages.ts` is the source; test/browser/messages.test.ts checks that this check accepts
 * and refuses exactly what the catalogue does for these messages.
 */
import type { MessageOf } from './messages';

export const LOADER_MESSAGE_TYPES = [
  'context:get',
  'loader:ping',
  'overlay:show',
  'overlay:toggle',
  'overlay:hide',
  'overlay:collapse',
] as const;
export type LoaderMessage = MessageOf<(typeof LOADER_MESSAGE_TYPES)[number]>;

const TYPES: ReadonlySet<unknown> = new Set(LOADER_MESSAGE_TYPES);

export function isLoaderMessage(value: unknown): value is LoaderMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { type, collapsed } = value as { type?: unknown; collapsed?: unknown };
  if (!TYPES.has(type)) return false;
  return type !== 'overlay:collapse' || typeof collapsed === 'boolean';
}

/**
 * The one `window.postMessage` the extension sends: the loader hands the panel frame it created
 * a single-use grant, addressed to the extension's origin only (the host page can neither read
 * it nor answer in its place: it does not know the grant the background holds).
 */
export const PANEL_GRANT = 'coaching-notes:panel-grant';
export interface PanelGrantMessage {
  type: typeof PANEL_GRANT;
  grant: string;
}
