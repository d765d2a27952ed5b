/** The shared real-browser harness for the browser extension's end-to-end tests. */
export { buildOnce } from './build';
export {
  launchChromiumWithExtension,
  launchOnMeet,
  killBrowser,
  CHROMIUM_FLAGS,
  WELCOME_PAGE,
} from './chromium';
export type { ChromiumWithExtension, LaunchOptions } from './chromium';
export { launchFirefoxWithExtension } from './firefox';
export type { FirefoxWithExtension } from './firefox';
export { readFixture, routeFixture } from './fixtures';
export { panelFrame, openExtensionPage } from './frames';
export { startObservation } from './panel';
export { tabIdOf, sendToLoader, contextOf, showOverlay } from './extension';
export { recordRequests } from './network';
export type { RecordedRequest } from './network';
export { REPO_ROOT, EXTENSION_DIR, CHROME_DIST, FIREFOX_DIST, FIXTURES_DIR } from './paths';
export {
  OVERLAY,
  launcherCentre,
  launcherIsAt,
  launcherPoint,
  clickLauncher,
  overlayBox,
  barControls,
  readSettings,
  writeSettings,
  runCommand,
} from './overlay';
export { allowPermissionPrompt, startXvfb } from './xvfb';
export type { VirtualDisplay } from './xvfb';
export { axeViolations } from './axe';
export {
  answerRetention,
  downloadText,
  importRecords,
  launchSeededDashboard,
  openDashboard,
  showView,
  storedRows,
} from './dashboard';
export type { SeededDashboard } from './dashboard';
