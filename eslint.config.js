// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Platform APIs the shared core must never touch: it runs in Node, a browser page and VS Code. */
const platformImports = [
  {
    name: 'vscode',
    message: 'shared/ is platform-free: use a port implemented in extension-vscode.',
  },
  {
    name: 'webextension-polyfill',
    message: 'shared/ is platform-free: use a port implemented in extension-browser.',
  },
  { name: 'chrome', message: 'shared/ is platform-free.' },
];
const shellPatterns = [
  {
    group: [
      '**/extension-browser/**',
      '**/extension-vscode/**',
      '@coaching-notes/extension-*',
      'coaching-notes-vscode',
    ],
    message: 'shared/ must not import shell code.',
  },
];
const domGlobals = [
  'window',
  'document',
  'navigator',
  'indexedDB',
  'localStorage',
  'sessionStorage',
  'HTMLElement',
  'customElements',
  'chrome',
  'browser',
].map((name) => ({
  name,
  message: 'model/ and exchange/ run in Node: no DOM or browser globals here.',
}));

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/out/**',
      '.tools/**',
      'coverage/**',
      'test/fixtures/**/*.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': 'off',
    },
  },
  {
    files: ['shared/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: platformImports, patterns: shellPatterns }],
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: 'shared/ is platform-free.' },
        { name: 'browser', message: 'shared/ is platform-free.' },
      ],
    },
  },
  {
    files: ['shared/src/model/**/*.ts', 'shared/src/exchange/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...platformImports,
            { name: 'idb', message: 'model/ and exchange/ do no storage I/O.' },
            { name: 'lit', message: 'model/ and exchange/ have no DOM.' },
          ],
          patterns: [
            ...shellPatterns,
            {
              group: ['**/store/idb*', '**/ui/**', 'lit/*'],
              message: 'model/ and exchange/ have no DOM.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  {
    files: ['extension-browser/src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'lit', message: 'The content-script loader stays tiny: no Lit.' },
            {
              name: 'webextension-polyfill',
              message: 'The content-script loader stays tiny: no polyfill.',
            },
            {
              name: '@coaching-notes/shared',
              message: 'The loader must not pull the core into the page.',
            },
          ],
          patterns: [
            {
              group: ['lit/*', '@coaching-notes/shared/*'],
              message: 'The content-script loader stays tiny.',
            },
          ],
        },
      ],
    },
  },
);
