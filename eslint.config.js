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
  message: 'i18n/, model/, templates/ and exchange/ run in Node: no DOM or browser globals here.',
}));

/**
 * The layers inside shared/src, lowest first. A layer imports only the layers below it, so the
 * order of the method stays readable: i18n is a leaf; the model (record shape and rules) uses
 * only i18n; templates are data in the model's shape; the store and the exchange (shared file)
 * persist and move records; ui (Lit) and cli sit on top. `nodeSafe` layers also run in Node
 * (the CLI, the VS Code host), so they touch no DOM.
 */
const LAYERS = [
  { name: 'i18n', nodeSafe: true },
  { name: 'model', nodeSafe: true },
  { name: 'templates', nodeSafe: true },
  { name: 'store', nodeSafe: false },
  { name: 'exchange', nodeSafe: true },
];
const TOP_LAYERS = ['ui', 'cli'];

/** Import specifiers that reach `layer` (relatively, from anywhere in shared/src). */
const reaching = (layer) => `^(\\.\\./)+${layer}(/|$)`;

function layerConfigs() {
  return LAYERS.map(({ name, nodeSafe }, index) => {
    const above = [...LAYERS.slice(index + 1).map((layer) => layer.name), ...TOP_LAYERS];
    const layerPatterns = [
      ...above.map((layer) => ({
        regex: reaching(layer),
        message: `shared/src/${name} sits below ${layer}: it must not import it (see docs/architecture.md).`,
      })),
      {
        regex: '^(\\.\\.(/\\.\\.)*/?(index|node)?(\\.ts)?|@coaching-notes/shared(/.*)?)$',
        message: `shared/src/${name} must not import the package barrels: they pull in every layer.`,
      },
    ];
    const nodePaths = nodeSafe
      ? [
          { name: 'idb', message: `${name}/ runs in Node: no storage I/O.` },
          { name: 'lit', message: `${name}/ runs in Node: no DOM.` },
        ]
      : [];
    const nodePatterns = nodeSafe
      ? [{ group: ['**/store/idb*', 'lit/*'], message: `${name}/ runs in Node: no DOM.` }]
      : [];
    return {
      files: [`shared/src/${name}/**/*.ts`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            paths: [...platformImports, ...nodePaths],
            patterns: [...shellPatterns, ...nodePatterns, ...layerPatterns],
          },
        ],
        ...(nodeSafe ? { 'no-restricted-globals': ['error', ...domGlobals] } : {}),
      },
    };
  });
}

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
  ...layerConfigs(),
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
  {
    // Tests use the core as the shells do, through its entry points. A white-box test of an
    // internal module says so where it imports it (an eslint-disable comment with the reason).
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/src/**'],
              message:
                'Import from @coaching-notes/shared (or /ui, /idb, /node, /remote-client), not shared/src.',
            },
          ],
        },
      ],
    },
  },
);
