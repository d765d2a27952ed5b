/**
 * The content script on supported call and CRM pages (and, through `activeTab`, on any page the
 * user opens the panel on). Tiny on purpose: no Lit, no polyfill, no shared core. It reads the
 * page context through the site adapter, answers the panel, and hosts the overlay + launcher.
 */
import { ext, extensionAlive } from '../common/api';
import {
  defaultSettings,
  launcherEnabled,
  loadSettings,
  onSettingsChanged,
  resolveLocale,
  updateSettings,
} from '../common/settings';
import type { OverlayPlacement, Settings } from '../common/settings';
import { isMessage, type PageContext } from '../messages';
import { watchControls } from './clearance';
import { Launcher } from './launcher';
import { Overlay } from './overlay';
import { vouchForPanel } from './panel-grant';
import { adapterFor, siteKey } from './registry';
import { strings } from './strings';
import { watchContext } from './watch';

const INSTANCE = '__coachingNotesLoader';
/** How often the loader checks, while something of it shows, that its extension is still there. */
const PRESENCE_MS = 2000;
interface Instance {
  alive(): boolean;
  stop(): void;
}
type Scope = typeof globalThis & { [INSTANCE]?: Instance };

function start(): void {
  const scope = globalThis as Scope;
  const previous = scope[INSTANCE];
  if (previous?.alive()) return;
  // A loader left from before an extension reload: its API is gone, so it yields to this one.
  previous?.stop();

  const adapter = adapterFor(new URL(location.href));
  const read = (): PageContext => adapter.read(document, new URL(location.href));
  let settings: Settings = defaultSettings();
  let overlay: Overlay | undefined;
  let stopped = false;

  const key = (): string => siteKey(adapter, new URL(location.href));
  const text = () => strings(resolveLocale(settings.locale, navigator.language));
  const placement = (): OverlayPlacement =>
    settings.overlay[key()] ?? { right: 16, bottom: adapter.bottomBar + 16, collapsed: false };
  const savePlacement = (next: OverlayPlacement): void => {
    const site = key();
    void updateSettings((s) => {
      s.overlay[site] = next;
    }).catch(stopIfOrphaned);
  };

  const launcher =
    adapter.id === 'generic' ? undefined : new Launcher(adapter.bottomBar, () => showOverlay());
  const controls = watchControls(document, adapter.controls, (rects) => {
    overlay?.setObstacles(rects);
    launcher?.setObstacles(rects);
  });
  /**
   * While something of ours is on screen, a slow tick: no browser tells an orphaned content script
   * that its extension is gone (its launcher would stay behind), and while the panel shows, a label
   * can change in place without a navigation or a title change. Nothing ticks when nothing shows.
   */
  let presence: ReturnType<typeof setInterval> | undefined;
  const tick = (): void => {
    if (!extensionAlive()) return stop();
    if (overlay?.visible) watch.check();
  };
  /**
   * The launcher is the way in until the panel was opened on this page. Once hidden (a coach
   * presenting their screen), the panel stays out of sight, launcher included, until the
   * shortcut or the toolbar button brings it back.
   */
  const refreshLauncher = (): void => {
    const launcherShown = launcherEnabled(settings, adapter.id) && overlay === undefined;
    launcher?.setStrings(text());
    launcher?.show(launcherShown);
    // The controls are watched only while something of ours is on screen.
    if (launcherShown || overlay?.visible) {
      controls.start();
      overlay?.setObstacles(controls.rects());
      launcher?.setObstacles(controls.rects());
      presence ??= setInterval(tick, PRESENCE_MS);
    } else {
      controls.stop();
      clearInterval(presence);
      presence = undefined;
    }
  };

  /** Tells the background, so the overlay comes back after this tab reloads. */
  const reportVisible = (visible: boolean): void => {
    ext.runtime.sendMessage({ type: 'overlay:state', visible }).catch(stopIfOrphaned);
  };

  /**
   * Shows the overlay; `expand` also unfolds it (the user asked for the panel itself), `focus`
   * moves the keyboard into it (not when it only comes back after a reload).
   */
  function showOverlay(expand = true, focus = true): void {
    if (!overlay) {
      overlay = new Overlay(
        ext.runtime.getURL('panel/index.html') + '?mode=overlay',
        text(),
        placement(),
        savePlacement,
        () => {
          refreshLauncher();
          reportVisible(false);
        },
      );
      vouchForPanel(overlay.frame);
    }
    overlay.show();
    if (expand && overlay.collapsed) overlay.setCollapsed(false);
    if (focus) overlay.focus();
    refreshLauncher();
    reportVisible(true);
  }

  function onMessage(
    message: unknown,
    sender: chrome.runtime.MessageSender,
    respond: (answer: unknown) => void,
  ): void {
    if (stopped || sender.id !== ext.runtime.id || !isMessage(message)) return;
    switch (message.type) {
      case 'context:get':
        respond(read());
        return;
      case 'loader:ping':
        respond({ ok: true, site: adapter.id });
        return;
      case 'overlay:show':
        showOverlay();
        break;
      case 'overlay:toggle':
        if (overlay?.visible) overlay.hide();
        else showOverlay(false);
        break;
      case 'overlay:hide':
        overlay?.hide();
        break;
      case 'overlay:collapse':
        overlay?.setCollapsed(message.collapsed);
        break;
      default:
        return;
    }
    respond({ ok: true, visible: overlay?.visible ?? false });
  }

  const watch = watchContext(read, (context) => {
    if (!extensionAlive()) return stop();
    ext.runtime.sendMessage({ type: 'context:changed', context }).catch(stopIfOrphaned);
    // Another page of the app may have other controls.
    controls.refresh();
  });
  let unsubscribe = (): void => {};

  /** A failed call to the extension means nothing unless the extension itself is gone. */
  function stopIfOrphaned(): void {
    if (!extensionAlive()) stop();
  }

  /** Everything off: after an extension reload or removal the old loader must not linger. */
  function stop(): void {
    if (stopped) return;
    stopped = true;
    watch.stop();
    controls.stop();
    clearInterval(presence);
    try {
      unsubscribe();
      ext.runtime.onMessage.removeListener(onMessage);
    } catch {
      // The API is already gone with the old extension context.
    }
    overlay?.remove();
    launcher?.remove();
    if (scope[INSTANCE] === instance) delete scope[INSTANCE];
  }

  const instance: Instance = { alive: () => !stopped && extensionAlive(), stop };
  scope[INSTANCE] = instance;
  ext.runtime.onMessage.addListener(onMessage);
  unsubscribe = onSettingsChanged((next) => {
    settings = next;
    overlay?.setStrings(text());
    refreshLauncher();
  });
  // Settings that cannot be read (a storage error) leave the defaults in force; only a loader
  // whose extension is gone stops.
  void loadSettings()
    .then((loaded) => {
      settings = loaded;
    }, stopIfOrphaned)
    .finally(() => {
      if (stopped) return;
      refreshLauncher();
      restoreOverlay();
    });

  /** After the settings (its remembered place): bring back an overlay that was open before a reload. */
  function restoreOverlay(): void {
    void (ext.runtime.sendMessage({ type: 'overlay:restore' }) as Promise<{ open?: boolean }>).then(
      (answer) => {
        if (answer?.open === true && !stopped && !overlay?.visible) showOverlay(false, false);
      },
      stopIfOrphaned,
    );
  }
}

start();
