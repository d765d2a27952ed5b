import { isTombstone } from '../model/revision';
import type { Id, RecordType, StoredRecord } from '../model/types';
import type { Store } from '../store/port';

export type ExportScope =
  { kind: 'all' } | { kind: 'person'; personId: Id } | { kind: 'track'; trackId: Id };

export interface ExportPlan {
  records: StoredRecord[];
  counts: Partial<Record<RecordType | 'tombstone', number>>;
  /** Private observations left out (0 when the user chose to include them). */
  privateLeftOut: number;
}

/** The records of a scope: everything (with tombstones, so deletions travel), a person or a track. */
export async function recordsInScope(store: Store, scope: ExportScope): Promise<StoredRecord[]> {
  if (scope.kind === 'all') return store.all();
  const types = ['track', 'session', 'observation', 'action'] as const;
  if (scope.kind === 'person') {
    const person = await store.getStored('person', scope.personId);
    const lists = await Promise.all(
      types.map((type) => store.list({ type, personId: scope.personId })),
    );
    const tracks = lists[0] ?? [];
    const goals = await Promise.all(
      tracks.map((tr) => store.list({ type: 'goal', trackId: tr.id })),
    );
    const people = await peopleOf(store, lists.flat());
    return unique([...(person ? [person] : []), ...people, ...lists.flat(), ...goals.flat()]);
  }
  const track = await store.getStored('track', scope.trackId);
  if (!track) return [];
  const lists = await Promise.all(
    (['goal', 'session', 'observation', 'action'] as const).map((type) =>
      store.list({ type, trackId: scope.trackId }),
    ),
  );
  const people = await peopleOf(store, [track, ...lists.flat()]);
  return unique([track, ...people, ...lists.flat()]);
}

function unique(records: readonly StoredRecord[]): StoredRecord[] {
  const byKey = new Map(records.map((r) => [`${r.type}/${r.id}`, r]));
  return [...byKey.values()];
}

/** The people records these records refer to (names travel with the notes about them). */
async function peopleOf(store: Store, records: readonly StoredRecord[]): Promise<StoredRecord[]> {
  const ids = new Set<Id>();
  for (const r of records) {
    if (isTombstone(r)) continue;
    if ('coacheeIds' in r) r.coacheeIds.forEach((id) => ids.add(id));
    if ('coachIds' in r) r.coachIds.forEach((id) => ids.add(id));
    if (r.type === 'action' && r.ownerId) ids.add(r.ownerId);
  }
  const people = await Promise.all([...ids].map((id) => store.getStored('person', id)));
  return people.filter((p): p is StoredRecord => p !== undefined);
}

/** Apply the privacy filter: private observations stay home unless chosen for this export. */
export function planExport(records: readonly StoredRecord[], includePrivate: boolean): ExportPlan {
  const seen = new Set<string>();
  const out: StoredRecord[] = [];
  const counts: ExportPlan['counts'] = {};
  let privateLeftOut = 0;
  for (const record of records) {
    const key = `${record.type}/${record.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (
      !isTombstone(record) &&
      record.type === 'observation' &&
      record.visibility === 'private' &&
      !includePrivate
    ) {
      privateLeftOut += 1;
      continue;
    }
    out.push(record);
    const bucket = isTombstone(record) ? 'tombstone' : record.type;
    counts[bucket] = (counts[bucket] ?? 0) + 1;
  }
  return { records: out, counts, privateLeftOut };
}
