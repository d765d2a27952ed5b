import { describe, expect, it } from 'vitest';
import { parseSharedFile, serializeSharedFile } from '@coaching-notes/shared';
import {
  keyOfField,
  toDiagnosticSpecs,
} from '../../extension-vscode/src/storage/diagnostics-model';
import { pairingFixture } from './fixtures';

describe('shared-file diagnostics', () => {
  it('names the last named segment of a field path', () => {
    expect(keyOfField('after.feedback.tipIds.2')).toBe('tipIds');
    expect(keyOfField('text')).toBe('text');
    expect(keyOfField('')).toBeUndefined();
  });

  it('puts a broken field on its line and key', () => {
    const { person, note } = pairingFixture();
    const text = serializeSharedFile([person, note]).replace(
      '"Wrote the failing test first"',
      '42',
    );
    const lines = text.split('\n');
    const result = parseSharedFile(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const [spec] = toDiagnosticSpecs(result.issues, lines);
    expect(spec).toMatchObject({ line: 2, field: 'text' });
    expect(lines[2]!.slice(spec!.startCharacter, spec!.endCharacter)).toBe('"text"');
  });

  it('underlines the whole line for a line-level problem', () => {
    const text = '{"format":"coaching-notes","version":1}\n  {"a":"\0"}\n';
    const result = parseSharedFile(text);
    if (result.ok) throw new Error('expected issues');
    expect(toDiagnosticSpecs(result.issues, text.split('\n'))[0]).toMatchObject({
      line: 1,
      startCharacter: 2,
      endCharacter: 11,
      field: '',
    });
  });

  it('puts file-level problems on the first line', () => {
    expect(
      toDiagnosticSpecs([{ line: 0, field: '', message: 'too large' }], ['x'])[0],
    ).toMatchObject({
      line: 0,
    });
  });

  it('marks a JSON syntax error at its column on its own line, without "line 1"', () => {
    const { person, note } = pairingFixture();
    const good = serializeSharedFile([person, note]).split('\n');
    const broken = good[2]!.replace('"kind":', '"kind" ');
    const lines = [...good.slice(0, 2), broken, ...good.slice(3)];
    const result = parseSharedFile(lines.join('\n'));
    if (result.ok) throw new Error('expected issues');
    const column = broken.indexOf('"kind" ') + '"kind" '.length;
    // Node 22+ adds "(line 1 column N)"; Node 20 gives the position only. Both must map.
    for (const message of [
      `is not valid JSON (Expected ':' after property name in JSON at position ${column} (line 1 column ${column + 1}))`,
      result.issues[0]!.message,
    ]) {
      const [spec] = toDiagnosticSpecs([{ ...result.issues[0]!, message }], lines);
      expect(spec).toMatchObject({ line: 2, startCharacter: column, endCharacter: column + 1 });
      expect(spec!.message).toContain(`at column ${column + 1}`);
      expect(spec!.message).not.toMatch(/line 1|position/);
    }
  });
});
