import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The architecture's one rule, enforced by lint: the coaching core in shared/ never imports a
 * shell or a platform API, model/ and exchange/ touch no DOM, and the content-script loader
 * stays free of Lit, the polyfill and the core. These cases lint virtual files at real paths.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('architecture boundaries', () => {
  it.each([
    ["import * as vscode from 'vscode';", 'shared/src/model/x.ts'],
    ["import browser from 'webextension-polyfill';", 'shared/src/store/x.ts'],
    ["import { x } from '../../../extension-browser/src/messages';", 'shared/src/ui/x.ts'],
    ["import { x } from '../../../extension-vscode/src/extension';", 'shared/src/exchange/x.ts'],
    ["import { openDB } from 'idb';", 'shared/src/model/x.ts'],
    ["import { LitElement } from 'lit';", 'shared/src/exchange/x.ts'],
    ["import { LitElement } from 'lit';", 'extension-browser/src/content/x.ts'],
    ["import browser from 'webextension-polyfill';", 'extension-browser/src/content/x.ts'],
    ["import { newId } from '@coaching-notes/shared';", 'extension-browser/src/content/x.ts'],
  ])('rejects %s in %s', async (code, file) => {
    expect(await ruleIds(`${code}\nexport const used = 1;\n`, file)).toContain(
      'no-restricted-imports',
    );
  });

  it.each([
    ['export const el = document.body;', 'shared/src/model/x.ts'],
    ['export const n = navigator.language;', 'shared/src/exchange/x.ts'],
    ['export const c = chrome.runtime.id;', 'shared/src/ui/x.ts'],
  ])('rejects platform globals: %s in %s', async (code, file) => {
    expect(await ruleIds(code, file)).toContain('no-restricted-globals');
  });

  it('allows the same imports where they belong', async () => {
    expect(
      await ruleIds(
        "import { LitElement } from 'lit';\nexport class X extends LitElement {}\n",
        'shared/src/ui/x.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import { openDB } from 'idb';\nexport const o = openDB;\n",
        'shared/src/store/idb/x.ts',
      ),
    ).toEqual([]);
    expect(
      await ruleIds(
        "import * as vscode from 'vscode';\nexport const v = vscode;\n",
        'extension-vscode/src/x.ts',
      ),
    ).toEqual([]);
  });
});
