import { describe, expect, it } from 'vitest';
import {
  createMemoryStore,
  editRecord,
  importIntoStore,
  mergeIntoSharedFile,
  planImport,
  serializeSharedFile,
  type Person,
} from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';
import { person } from './fixtures';

describe('import', () => {
  it('puts every record of a file into an empty store in one transaction', async () => {
    const store = createMemoryStore();
    const changes: string[] = [];
    store.subscribe((change) => changes.push(`${change.cause}:${change.records.length}`));
    const file = mergeIntoSharedFile(undefined, teamExample());
    const result = await importIntoStore(store, new TextEncoder().encode(file));
    expect(result).toMatchObject({ ok: true, unchanged: 0 });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatch(/^import:/);
    expect(mergeIntoSharedFile(undefined, await store.all())).toBe(file);
  });

  it('never lets a stale file overwrite a newer local edit', () => {
    const old = person({ displayName: 'Sanne' });
    const newer = editRecord(
      old,
      { displayName: 'Sanne de Vries' },
      { actor: 'me', now: new Date('2026-11-03T10:00:00Z') },
    );
    const plan = planImport(serializeSharedFile([old]), [newer]);
    expect(plan).toMatchObject({ ok: true, records: [], unchanged: 1 });
  });

  it('merges a concurrent edit from the file into a conflict instead of replacing', () => {
    const old = person({ displayName: 'Sanne', rev: { a: 1 } });
    const mine = editRecord(
      old,
      { displayName: 'Sanne de Vries' },
      { actor: 'me', now: new Date('2026-11-03T10:00:00Z') },
    );
    const theirs = editRecord(
      old,
      { displayName: 'Sanne V.' },
      { actor: 'you', now: new Date('2026-11-03T11:00:00Z') },
    );
    const plan = planImport(serializeSharedFile([theirs]), [mine]);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    const merged = plan.records[0] as Person;
    expect(merged.displayName).toBe('Sanne V.');
    expect(merged.conflicts?.map((c) => c.fields['displayName'])).toContain('Sanne de Vries');
    expect(plan.report.conflicted.size).toBe(1);
  });
});
