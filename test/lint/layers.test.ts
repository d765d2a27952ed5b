import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layers inside shared/src, enforced by lint: each layer imports only the layers below it
 * (i18n → model → templates → store → exchange → ui, cli). Each case lints a virtual file at a
 * real path, so the test proves the configuration, not a copy of it.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = x;\n`, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const ORDER = ['i18n', 'model', 'templates', 'store', 'exchange', 'ui', 'cli'] as const;
const LOWER = ORDER.slice(0, 5);

/** Every (layer, higher layer) pair, plus imports from a nested folder and of the barrels. */
const violations: [string, string][] = [
  ...LOWER.flatMap((layer, i) =>
    ORDER.slice(i + 1).map(
      (target) =>
        [`import { x } from '../${target}/y';`, `shared/src/${layer}/x.ts`] as [string, string],
    ),
  ),
  ["import type { x } from '../model/types';", 'shared/src/i18n/x.ts'],
  ["import { x } from '../../ui/common/format';", 'shared/src/exchange/render/x.ts'],
  ["import { x } from '../../exchange/merge';", 'shared/src/store/idb/x.ts'],
  ["import { x } from '..';", 'shared/src/model/x.ts'],
  ["import { x } from '../index';", 'shared/src/templates/x.ts'],
  ["import { x } from '../node';", 'shared/src/exchange/x.ts'],
  ["import { x } from '@coaching-notes/shared';", 'shared/src/store/x.ts'],
  ["import { x } from '@coaching-notes/shared/ui';", 'shared/src/model/x.ts'],
];

describe('layers inside shared/src', () => {
  it.each(violations)('rejects %s in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-imports');
  });

  it.each(
    ORDER.flatMap((layer, i) =>
      ORDER.slice(0, i).map(
        (target) =>
          [`import { x } from '../${target}/y';`, `shared/src/${layer}/x.ts`] as [string, string],
      ),
    ),
  )('allows %s in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toEqual([]);
  });

  it('allows imports inside a layer', async () => {
    expect(await ruleIds("import { x } from './render/y';", 'shared/src/exchange/x.ts')).toEqual(
      [],
    );
    expect(
      await ruleIds("import { x } from '../view';", 'shared/src/exchange/render/x.ts'),
    ).toEqual([]);
  });

  it('keeps the Node layers free of the DOM', async () => {
    for (const layer of ['i18n', 'model', 'templates', 'exchange']) {
      expect(await ruleIds('const x = document.title;', `shared/src/${layer}/x.ts`)).toContain(
        'no-restricted-globals',
      );
    }
  });
});
