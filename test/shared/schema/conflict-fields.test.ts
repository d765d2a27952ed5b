import { describe, expect, it } from 'vitest';
import {
  mergeRecord,
  parseSharedFile,
  serializeSharedFile,
  MAX_OBSERVATION_LENGTH,
  validateRecord,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import { world } from '../store/factory';

/**
 * Conflict versions (`conflicts[].fields`) go through the same schema as the record's own
 * fields: a hostile file cannot smuggle an `id` or `type` into a version, where the merge would
 * have applied it and renamed the record (issue 10).
 */
const w = world();
const other = world().observation;

function contentOf(record: Observation): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...record };
  for (const key of ['type', 'id', 'createdAt', 'updatedAt', 'rev', 'conflicts']) {
    delete fields[key];
  }
  return fields;
}

/** The observation with two concurrent versions, the second carrying `extra` fields. */
function withConflict(extra: Record<string, unknown>): Observation {
  const mine = {
    rev: { a: 1 },
    updatedAt: w.observation.updatedAt,
    fields: contentOf(w.observation),
  };
  const theirs = {
    rev: { b: 1 },
    updatedAt: '2026-03-01T00:00:00.000Z',
    fields: { ...contentOf(w.observation), text: 'their wording', ...extra },
  };
  return { ...w.observation, rev: { a: 1, b: 1 }, conflicts: [mine, theirs] };
}

describe('conflict versions are validated like the record', () => {
  it.each([
    ['id', { id: other.id }],
    ['type', { type: 'action' }],
    ['createdAt', { createdAt: '2020-01-01T00:00:00.000Z' }],
    ['deleted', { deleted: true }],
    ['email', { email: 'sam@example.com' }],
  ])('refuses a version that carries `%s`', (field, extra) => {
    const result = validateRecord(withConflict(extra));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues).toEqual([
      { path: `conflicts.1.fields.${field}`, message: 'is not a known field' },
    ]);
  });

  it('applies the top-level limits to nested fields', () => {
    const long = 'x'.repeat(MAX_OBSERVATION_LENGTH + 1);
    const result = validateRecord(withConflict({ text: long }));
    expect(!result.ok && result.issues).toEqual([
      { path: 'conflicts.1.fields.text', message: 'is too long' },
    ]);
  });

  it('rejects a hostile shared file with the line and the field', () => {
    const file = serializeSharedFile([w.coachee]).trimEnd();
    const hostile = `${file}\n${JSON.stringify(withConflict({ id: other.id }))}\n`;
    const parsed = parseSharedFile(hostile);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.issues).toEqual([
      { line: 3, field: 'conflicts.1.fields.id', message: 'is not a known field' },
    ]);
  });
});

describe('the merge never renames a record', () => {
  it('keeps type and id when a conflict version (made without validation) names others', () => {
    const hostile = withConflict({ id: other.id, type: 'action' }) as StoredRecord;
    const concurrent: StoredRecord = {
      ...w.observation,
      rev: { c: 1 },
      text: 'a third wording',
      updatedAt: '2026-04-01T00:00:00.000Z',
    };
    for (const merged of [mergeRecord(hostile, concurrent), mergeRecord(concurrent, hostile)]) {
      expect(merged.id).toBe(w.observation.id);
      expect(merged.type).toBe('observation');
      for (const version of 'conflicts' in merged ? (merged.conflicts ?? []) : []) {
        expect(version.fields).not.toHaveProperty('id');
        expect(version.fields).not.toHaveProperty('type');
      }
    }
  });
});
