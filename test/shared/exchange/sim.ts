import fc from 'fast-check';
import {
  bumpRevision,
  isTombstone,
  tombstoneOf,
  type Observation,
  type StoredRecord,
} from '@coaching-notes/shared';
import { mergeRecordSets } from '@coaching-notes/shared';
import { minutes, observation } from './fixtures';

/**
 * A simulation of replicas editing, deleting, resolving and syncing the same observations.
 * Every state it produces is one the product can reach, which is the domain the merge laws
 * are stated for.
 */
export const ACTORS = ['anna', 'bram', 'cor'] as const;
export const IDS = [
  '0192f000-0000-7000-8000-00000000000a',
  '0192f000-0000-7000-8000-00000000000b',
  '0192f000-0000-7000-8000-00000000000c',
];

export type Op =
  | { kind: 'edit'; actor: number; record: number; clock: number }
  | { kind: 'delete'; actor: number; record: number; clock: number }
  | { kind: 'resolve'; actor: number; record: number; clock: number }
  | { kind: 'sync'; from: number; to: number };

const actor = fc.nat({ max: ACTORS.length - 1 });
const record = fc.nat({ max: IDS.length - 1 });
const clock = fc.nat({ max: 6 }); // few distinct times: ties in updatedAt happen on purpose

export const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), actor, record, clock }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('delete' as const), actor, record, clock }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('resolve' as const), actor, record, clock }),
  },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('sync' as const), from: actor, to: actor }),
  },
);

type Replica = Map<string, StoredRecord>;

/** Runs the ops and returns every replica state seen along the way (snapshots). */
export function simulate(ops: Op[]): StoredRecord[][] {
  const start = IDS.map((id) =>
    observation({ id, text: `start ${id.slice(-1)}`, rev: { anna: 1 } }),
  );
  const replicas: Replica[] = ACTORS.map(() => new Map(start.map((r) => [r.id, r])));
  const snapshots: StoredRecord[][] = [start];
  let serial = 0;
  for (const op of ops) {
    if (op.kind === 'sync') {
      const merged = mergeRecordSets([replicas[op.to]!.values(), replicas[op.from]!.values()]);
      replicas[op.to] = new Map(merged.map((r) => [r.id, r]));
    } else {
      const replica = replicas[op.actor]!;
      const current = replica.get(IDS[op.record]!)!;
      const name = ACTORS[op.actor]!;
      const now = new Date(minutes(10 + op.clock));
      if (isTombstone(current)) continue;
      if (op.kind === 'delete') {
        replica.set(current.id, tombstoneOf(current, { actor: name, now }));
      } else if (op.kind === 'resolve') {
        const { conflicts: _gone, ...resolved } = current as Observation;
        replica.set(current.id, {
          ...resolved,
          updatedAt: now.toISOString(),
          rev: bumpRevision(current.rev, name),
        });
      } else {
        serial++;
        replica.set(current.id, {
          ...(current as Observation),
          text: `${name} edit ${serial}`,
          updatedAt: now.toISOString(),
          rev: bumpRevision(current.rev, name),
        });
      }
    }
    snapshots.push(...replicas.map((r) => [...r.values()]));
  }
  return snapshots;
}

/** Three states picked from one simulated history. */
export const threeStates = fc
  .tuple(fc.array(opArb, { minLength: 1, maxLength: 25 }), fc.nat(), fc.nat(), fc.nat())
  .map(([ops, i, j, k]) => {
    const snapshots = simulate(ops);
    const pick = (n: number) => snapshots[n % snapshots.length]!;
    return [pick(i), pick(j), pick(k)] as const;
  });
