import { foldName as fold } from './person';
import type { Id, Person, Session, Track } from './types';

/**
 * Who may own an action of `session`: its coachees first (they usually pick actions up), then its
 * coaches (the help the coachee asked for is the coach's action), then everyone else in the track
 * — the peers of an intervision group, the other participants. Each once, in that order.
 */
export function actionOwnerCandidates(session: Session, track?: Track): Id[] {
  const ids = [
    ...session.coacheeIds,
    ...session.coachIds,
    ...(track?.coacheeIds ?? []),
    ...(track?.coachIds ?? []),
  ];
  return [...new Set(ids)];
}

/**
 * The person an action line names as its owner: `Marieke: belt de klant terug` → Marieke.
 * The name before the colon is a person's full display name or their first name; a first name
 * that two candidates share names nobody (the coach picks). Undefined when the line names no one.
 */
export function ownerNamedIn(line: string, people: readonly Person[]): Person | undefined {
  const match = /^\s*([^:]{1,60}):\s*\S/.exec(line);
  if (!match) return undefined;
  const named = fold(match[1]!);
  const full = people.filter((p) => fold(p.displayName) === named);
  if (full.length === 1) return full[0];
  const first = people.filter((p) => fold(p.displayName).split(/\s+/)[0] === named);
  return first.length === 1 ? first[0] : undefined;
}
