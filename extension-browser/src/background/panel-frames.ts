import { ext } from '../common/api';

/**
 * Which extension frames inside web pages are the extension's own overlay panels.
 *
 * `panel/index.html` must be web-accessible for the overlay to iframe it, so any page could
 * iframe it too (clickjacking the coach's own panel, reading nothing but acting on everything).
 * The loader that creates the overlay frame registers a single-use grant here, then hands it to
 * that frame alone by `postMessage` to the extension's origin; the frame claims it, and only
 * then is `(tab, frame)` served. A frame a page made itself never gets a grant.
 *
 * Kept in `storage.session` as well as in memory: the browser may stop the worker between the
 * claim and the next store call. Session storage is not exposed to content scripts.
 */
const KEY = 'panelFrames';

interface PanelFrames {
  /** grant → tab id it was issued for. */
  grants: Record<string, number>;
  /** `tabId:frameId:documentId` of frame documents that claimed a grant. */
  frames: string[];
}

let cache: Promise<PanelFrames> | undefined;

function load(): Promise<PanelFrames> {
  cache ??= ext.storage.session.get(KEY).then(
    (stored) => {
      const value = stored[KEY] as Partial<PanelFrames> | undefined;
      return { grants: { ...value?.grants }, frames: [...(value?.frames ?? [])] };
    },
    () => ({ grants: {}, frames: [] }),
  );
  return cache;
}

async function save(state: PanelFrames): Promise<void> {
  await ext.storage.session.set({ [KEY]: state }).catch(() => undefined);
}

/**
 * Chrome names each document too: a claim then holds for that document only, not for whatever
 * the frame is navigated to next (the loader grants every load of its frame afresh).
 */
const frameKey = (tabId: number, sender: chrome.runtime.MessageSender) =>
  `${tabId}:${sender.frameId ?? 0}:${sender.documentId ?? ''}`;

/**
 * Whether `sender` is a page of this extension (not a content script in a web page). With
 * `use_dynamic_url` Chrome's `getURL` names the per-session id while senders carry the
 * extension id, so both hosts count.
 */
export function fromExtension(sender: chrome.runtime.MessageSender | undefined): boolean {
  if (sender?.id !== ext.runtime.id || !sender.url) return false;
  const url = new URL(sender.url);
  const own = new URL(ext.runtime.getURL(''));
  return url.protocol === own.protocol && (url.host === own.host || url.host === ext.runtime.id);
}

/** A grant from the loader in a tab's top frame (a content script: the page's URL, our id). */
export async function registerGrant(
  sender: chrome.runtime.MessageSender,
  grant: string,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || fromExtension(sender) || !grant) return false;
  const state = await load();
  state.grants[grant] = tabId;
  await save(state);
  return true;
}

/** A panel frame presents the grant its loader handed it; true makes the frame served. */
export async function claimGrant(
  sender: chrome.runtime.MessageSender,
  grant: string,
): Promise<boolean> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (!fromExtension(sender) || tabId === undefined || frameId === undefined || frameId === 0)
    return false;
  const state = await load();
  const issuedFor = state.grants[grant];
  if (issuedFor === undefined) return false;
  delete state.grants[grant];
  if (issuedFor !== tabId) {
    await save(state);
    return false;
  }
  const key = frameKey(tabId, sender);
  if (!state.frames.includes(key)) state.frames.push(key);
  await save(state);
  return true;
}

/**
 * Whether the extension page behind `sender` may be served: a page of its own (dashboard, side
 * panel, popup, a top-level tab) always; a frame inside a web page only once it claimed a grant.
 */
export async function placedByExtension(sender: chrome.runtime.MessageSender): Promise<boolean> {
  if (!fromExtension(sender)) return false;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId ?? 0;
  if (tabId === undefined || frameId === 0) return true;
  return (await load()).frames.includes(frameKey(tabId, sender));
}

/** Forget a closed tab's frames and grants (frame ids are reused across tabs' lifetimes). */
export function registerPanelFrames(): void {
  ext.tabs.onRemoved.addListener((tabId) => {
    void load().then((state) => {
      state.frames = state.frames.filter((key) => !key.startsWith(`${tabId}:`));
      for (const [grant, tab] of Object.entries(state.grants))
        if (tab === tabId) delete state.grants[grant];
      return save(state);
    });
  });
}
