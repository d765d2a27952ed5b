import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const EXTENSION = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../extension-vscode',
);
const readJson = (file: string) => JSON.parse(readFileSync(path.join(EXTENSION, file), 'utf8'));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/**
 * Every translated message in the extension: calls of `t(...)` (src/l10n.ts, which hands over
 * to `vscode.l10n.t`) or of `vscode.l10n.t(...)` directly; null when not a literal.
 */
function l10nMessages(): { file: string; message: string | null }[] {
  const found: { file: string; message: string | null }[] = [];
  const translator = path.join(EXTENSION, 'src', 'l10n.ts');
  for (const file of sourceFiles(path.join(EXTENSION, 'src')).filter((f) => f !== translator)) {
    const source = ts.createSourceFile(
      file,
      readFileSync(file, 'utf8'),
      ts.ScriptTarget.Latest,
      true,
    );
    const visit = (node: ts.Node): void => {
      if (
        ts.isCallExpression(node) &&
        ['t', 'vscode.l10n.t'].includes(node.expression.getText(source))
      ) {
        const [first] = node.arguments;
        const literal =
          first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first));
        found.push({ file: path.relative(EXTENSION, file), message: literal ? first.text : null });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

describe('VS Code extension language', () => {
  const calls = l10nMessages();

  it('passes literal messages to t(), so they can be translated', () => {
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.filter((c) => c.message === null)).toEqual([]);
  });

  it('has a Dutch translation for every message, and no stale ones', () => {
    const nl = readJson('l10n/bundle.l10n.nl.json') as Record<string, string>;
    const messages = new Set(calls.map((c) => c.message!));
    expect([...messages].filter((m) => !nl[m]?.trim())).toEqual([]);
    expect(Object.keys(nl).filter((m) => !messages.has(m))).toEqual([]);
    for (const [en, text] of Object.entries(nl)) {
      const placeholders = (s: string) => (s.match(/\{\d+\}/g) ?? []).sort().join();
      expect(placeholders(text), en).toBe(placeholders(en));
    }
  });

  it('has the manifest strings in English and Dutch', () => {
    const en = readJson('package.nls.json') as Record<string, string>;
    const nl = readJson('package.nls.nl.json') as Record<string, string>;
    expect(Object.keys(nl).sort()).toEqual(Object.keys(en).sort());
    const manifest = readFileSync(path.join(EXTENSION, 'package.json'), 'utf8');
    const used = [...manifest.matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
