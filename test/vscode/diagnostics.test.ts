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
    const text = '{"format":"coaching-notes","version":1}\n  {not json\n';
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
});
