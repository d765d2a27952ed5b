import { describe, expect, it } from 'vitest';
import {
  bumpRevision,
  conflictAlternatives,
  editRecord,
  mergeRecord,
  mergeRecordSets,
  newMergeReport,
  tombstoneOf,
  versionsOf,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import { minutes, observation } from './fixtures';

const at = (n: number) => ({ actor: 'x', now: new Date(minutes(n)) });
const base = observation({ rev: { anna: 1 }, text: 'Opened with the aim' });
const annaEdit: Observation = {
  ...base,
  text: 'Opened with the aim, and checked it',
  updatedAt: minutes(5),
  rev: { anna: 2 },
};
const bramEdit: Observation = {
  ...base,
  text: 'Opened well; client agreed',
  updatedAt: minutes(6),
  rev: { anna: 1, bram: 1 },
};

describe('mergeRecord', () => {
  it('keeps the descendant when one version has seen the other', () => {
    expect(mergeRecord(base, annaEdit)).toBe(annaEdit);
    expect(mergeRecord(annaEdit, base)).toBe(annaEdit);
  });

  it('keeps both texts of concurrent edits, newer one shown, revision joined', () => {
    const report = newMergeReport();
    const merged = mergeRecord(annaEdit, bramEdit, report) as Observation;
    expect(merged.text).toBe(bramEdit.text);
    expect(merged.rev).toEqual({ anna: 2, bram: 1 });
    expect(conflictAlternatives(merged).map((c) => c.fields['text'])).toEqual([annaEdit.text]);
    expect(report.conflicted.size).toBe(1);
  });

  it('resolves a conflict by an ordinary edit that drops the conflict list', () => {
    const merged = mergeRecord(annaEdit, bramEdit) as Observation;
    const { conflicts: _dropped, ...plain } = merged;
    const resolved = editRecord(plain as Observation, { text: 'Agreed wording' }, at(9));
    for (const older of [annaEdit, bramEdit, merged]) {
      expect(mergeRecord(resolved, older)).toBe(resolved);
    }
  });

  it('carries open conflicts along when the shown text is edited', () => {
    const merged = mergeRecord(annaEdit, bramEdit) as Observation;
    const edited = editRecord(merged, { text: 'Opened well; client agreed at once' }, at(9));
    const texts = versionsOf(mergeRecord(edited, annaEdit)).map((v) => v.fields['text']);
    expect(texts.sort()).toEqual([annaEdit.text, 'Opened well; client agreed at once'].sort());
  });

  it('lets a tombstone win over what it has seen', () => {
    const deleted = tombstoneOf(annaEdit, { actor: 'anna', now: new Date(minutes(7)) });
    expect(mergeRecord(base, deleted)).toBe(deleted);
    expect(mergeRecord(deleted, annaEdit)).toBe(deleted);
  });

  it('keeps an edit made concurrently with a deletion, and says so', () => {
    const deleted = tombstoneOf(annaEdit, { actor: 'anna', now: new Date(minutes(7)) });
    const report = newMergeReport();
    const merged = mergeRecord(deleted, bramEdit, report) as Observation;
    expect(merged.text).toBe(bramEdit.text);
    expect(report.deletionsOverridden.size).toBe(1);
    // The deletion is absorbed: merging it again changes nothing.
    expect(mergeRecord(merged, deleted)).toBe(merged);
  });

  it('erasing a conflicted record removes every version everywhere', () => {
    const merged = mergeRecord(annaEdit, bramEdit);
    const erased = tombstoneOf(merged, { actor: 'anna', now: new Date(minutes(8)) });
    const everywhere = mergeRecordSets([[annaEdit], [bramEdit], [erased]]);
    expect(everywhere).toEqual([erased]);
  });

  it('merges whole sets per id in file order', () => {
    const other = observation({ text: 'Summarised at the end' });
    const out = mergeRecordSets([[other, annaEdit], [bramEdit]]);
    expect(out.map((r) => r.id)).toEqual([base.id, other.id].sort());
  });

  it('does not treat records of different types with one id as one record', () => {
    const sameId = { ...base, type: 'action' } as unknown as StoredRecord;
    expect(mergeRecordSets([[base], [sameId]])).toHaveLength(2);
  });

  it('bumps past every version when a revision is built from the join', () => {
    const merged = mergeRecord(annaEdit, bramEdit);
    expect(bumpRevision(merged.rev, 'cor')).toEqual({ anna: 2, bram: 1, cor: 1 });
  });
});
