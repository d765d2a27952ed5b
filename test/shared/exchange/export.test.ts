import { describe, expect, it } from 'vitest';
import {
  SharedFileError,
  exportToSharedFile,
  isTombstone,
  mergeIntoSharedFile,
  parseSharedFile,
  selectForExport,
  tombstoneOf,
  type Observation,
  type Person,
  type StoredRecord,
} from '@coaching-notes/shared';
import { teamExample } from '../../../shared/examples/team';

const all = teamExample();
const texts = (records: StoredRecord[]) => records.flatMap((r) => ('text' in r ? [r.text] : []));
const privateNote = all.find(
  (r): r is Observation =>
    r.type === 'observation' && !isTombstone(r) && r.visibility === 'private',
)!;
const track = (title: string) =>
  all.find((r) => r.type === 'track' && 'title' in r && r.title.startsWith(title))!;

function recordsOf(text: string): StoredRecord[] {
  const parsed = parseSharedFile(text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.records;
}

describe('export', () => {
  it('leaves private observations out unless chosen for this export', () => {
    expect(texts(recordsOf(mergeIntoSharedFile(undefined, all)))).not.toContain(privateNote.text);
    const withPrivate = mergeIntoSharedFile(undefined, all, { includePrivate: true });
    expect(texts(recordsOf(withPrivate))).toContain(privateNote.text);
  });

  it('drops private conflict versions of a shared observation', () => {
    const shared = all.find(
      (r): r is Observation =>
        r.type === 'observation' && !isTombstone(r) && r.visibility === 'shared',
    )!;
    const withPrivateVersion: Observation = {
      ...shared,
      conflicts: [
        { rev: shared.rev, updatedAt: shared.updatedAt, fields: { ...fieldsOf(shared) } },
        {
          rev: { other: 1 },
          updatedAt: shared.updatedAt,
          fields: { ...fieldsOf(shared), text: 'secret', visibility: 'private' },
        },
      ],
    };
    const out = selectForExport([withPrivateVersion]);
    expect(JSON.stringify(out)).not.toContain('secret');
  });

  it('exports one track with the people, goals and sessions it needs', () => {
    const pairing = track('Pairen');
    const out = selectForExport(all, { selection: { trackId: pairing.id } });
    const types = new Set(out.map((r) => r.type));
    expect([...types].sort()).toEqual([
      'action',
      'goal',
      'observation',
      'person',
      'session',
      'track',
    ]);
    expect(out.filter((r) => r.type === 'track')).toHaveLength(1);
    const names = out.flatMap((r) =>
      r.type === 'person' && 'displayName' in r ? [r.displayName] : [],
    );
    expect(names.sort()).toEqual(['Ruben Claes', 'Sanne Peeters']);
    expect(texts(out).join(' ')).not.toContain('Acme');
  });

  it('exports what is about one person', () => {
    const joost = all.find(
      (r) => r.type === 'person' && 'displayName' in r && r.displayName === 'Joost de Wit',
    )!;
    const out = selectForExport(all, { selection: { personId: joost.id } });
    expect(
      out.some((r) => r.type === 'session' && 'title' in r && r.title.startsWith('Intervisie')),
    ).toBe(true);
    expect(
      out.some((r) => r.type === 'track' && 'title' in r && r.title.startsWith('Pairen')),
    ).toBe(false);
  });

  it('exports a date range (from inclusive, to exclusive)', () => {
    const out = selectForExport(all, { selection: { from: '2026-11-01', to: '2026-11-10' } });
    const sessions = out.flatMap((r) => (r.type === 'session' && 'date' in r ? [r.date] : []));
    expect(sessions.sort()).toEqual(['2026-11-03', '2026-11-09']);
  });

  it('replaces names by stable pseudonyms and drops roles', () => {
    const first = selectForExport(all, { pseudonymize: true, locale: 'nl' });
    const people = first.filter((r): r is Person => r.type === 'person' && !isTombstone(r));
    const pseudonyms = people.map((p) => p.displayName);
    expect(pseudonyms).toEqual(expect.arrayContaining(['Coachee A', 'Coachee B', 'Coach A']));
    for (const name of pseudonyms) expect(name).toMatch(/^(Coachee|Coach|Persoon) [A-Z]+$/);
    expect(JSON.stringify(first)).not.toContain('Marieke Jansen');
    expect(people.every((p) => p.role === undefined)).toBe(true);
    expect(
      selectForExport([...all].reverse(), { pseudonymize: true, locale: 'nl' })
        .filter((r) => r.type === 'person')
        .map((r) => ('displayName' in r ? r.displayName : ''))
        .sort(),
    ).toEqual(people.map((p) => p.displayName).sort());
  });

  it('merges into an existing file instead of overwriting it', () => {
    const pairing = track('Pairen');
    const sales = track('Klantgesprekken');
    const first = mergeIntoSharedFile(undefined, all, { selection: { trackId: pairing.id } });
    const second = mergeIntoSharedFile(first, all, { selection: { trackId: sales.id } });
    const ids = new Set(recordsOf(second).map((r) => r.id));
    expect(ids.has(pairing.id) && ids.has(sales.id)).toBe(true);
    expect(mergeIntoSharedFile(second, all, { selection: { trackId: sales.id } })).toBe(second);
  });

  it('carries a deletion to a file that has the record, even outside the selection', () => {
    const note = all.find(
      (r): r is Observation =>
        r.type === 'observation' && !isTombstone(r) && r.visibility === 'shared',
    )!;
    const file = mergeIntoSharedFile(undefined, all);
    const deleted = tombstoneOf(note, { actor: 'me', now: new Date('2026-11-30T10:00:00Z') });
    const local = all.map((r) => (r.id === note.id ? deleted : r));
    const result = exportToSharedFile(file, local, {
      selection: { trackId: track('Intervisie').id },
    });
    const after = recordsOf(result.text).find((r) => r.id === note.id)!;
    expect(isTombstone(after)).toBe(true);
    expect(result.text).not.toContain(note.text);
  });

  it('refuses to replace a file it cannot read', () => {
    expect(() => mergeIntoSharedFile('{"format":"coaching-notes","version":9}\n', all)).toThrow(
      SharedFileError,
    );
  });
});

function fieldsOf(record: Observation): Record<string, unknown> {
  const {
    type: _t,
    id: _i,
    createdAt: _c,
    updatedAt: _u,
    rev: _r,
    conflicts: _x,
    ...fields
  } = record;
  return fields;
}
