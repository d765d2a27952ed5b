import { fileURLToPath } from 'node:url';

/** Repository root and the built extension folders. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXTENSION_DIR = `${REPO_ROOT}extension-browser`;
export const CHROME_DIST = `${EXTENSION_DIR}/dist/chrome`;
export const FIREFOX_DIST = `${EXTENSION_DIR}/dist/firefox`;
export const FIXTURES_DIR = `${REPO_ROOT}test/fixtures`;
