import { refsOf } from '../model/refs';
import { isTombstone } from '../model/revision';
import type { CoachingRecord, Id, Locale, StoredRecord } from '../model/types';

/** Which records an export takes. Several filters narrow together (AND). */
export interface ExportSelection {
  trackId?: Id;
  personId?: Id;
  /** Inclusive, `YYYY-MM-DD`. */
  from?: string;
  /** Exclusive, `YYYY-MM-DD`. */
  to?: string;
}

export interface ExportOptions {
  selection?: ExportSelection;
  /** Private observations go out only when the user chooses so for this one export. */
  includePrivate?: boolean;
  /** Replace people's names by "Coachee A", "Coach B", … (stable within this export). */
  pseudonymize?: boolean;
  /** Language of the pseudonyms. */
  locale?: Locale;
}

/**
 * The records an export writes: the selection, then the records they need to make sense
 * (their track and its goals, their session, the people they mention), without private
 * observations unless chosen, with names replaced when asked.
 */
export function selectForExport(
  records: readonly StoredRecord[],
  options: ExportOptions = {},
): StoredRecord[] {
  const visible = options.includePrivate
    ? [...records]
    : withoutPrivateAnswers(sharedOnly(records));
  const chosen = chooseWithContext(visible, options.selection ?? {});
  return options.pseudonymize ? pseudonymize(chosen, options.locale ?? 'en') : chosen;
}

/** The records without private observations, in one pass (an export sees every record). */
function sharedOnly(records: readonly StoredRecord[]): StoredRecord[] {
  const out: StoredRecord[] = [];
  for (const record of records) {
    const shared = withoutPrivate(record);
    if (shared) out.push(shared);
  }
  return out;
}

/** A private observation leaves nothing; a shared one leaves its shared versions only. */
function withoutPrivate(record: StoredRecord): StoredRecord | undefined {
  if (record.type !== 'observation' || isTombstone(record)) return record;
  if (record.visibility !== 'shared') return undefined;
  if (!record.conflicts) return record;
  const conflicts = record.conflicts.filter((c) => c.fields['visibility'] === 'shared');
  const { conflicts: _all, ...rest } = record;
  return conflicts.length > 0 ? { ...rest, conflicts } : rest;
}

/**
 * A response to a note goes out only with a shared version of that note: a reply to a private
 * (or unknown) note would tell that the note exists, and may quote it.
 */
function withoutPrivateAnswers(records: StoredRecord[]): StoredRecord[] {
  // Most exports hold no response: then the set of shared notes is not worth building.
  if (!records.some((r) => r.type === 'response')) return records;
  const shared = new Set<Id>();
  for (const record of records)
    if (record.type === 'observation' && !isTombstone(record)) shared.add(record.id);
  return records.filter(
    (r) =>
      r.type !== 'response' ||
      isTombstone(r) ||
      r.subjectType !== 'observation' ||
      shared.has(r.subjectId),
  );
}

function isSelective(selection: ExportSelection): boolean {
  return Boolean(selection.trackId || selection.personId || selection.from || selection.to);
}

function matches(record: StoredRecord, selection: ExportSelection): boolean {
  const refs = refsOf(record);
  if (selection.trackId && refs.trackId !== selection.trackId) return false;
  if (selection.personId && !refs.personIds.includes(selection.personId)) return false;
  if (selection.from && refs.date.slice(0, 10) < selection.from) return false;
  if (selection.to && refs.date.slice(0, 10) >= selection.to) return false;
  return true;
}

/** Records that belong to a session, track or date; context records come along when needed. */
const CONTENT_TYPES: ReadonlySet<string> = new Set([
  'session',
  'observation',
  'action',
  'goal',
  'response',
  'selfAssessment',
]);

function chooseWithContext(records: StoredRecord[], selection: ExportSelection): StoredRecord[] {
  if (!isSelective(selection)) return records;
  const live = records.filter((r): r is CoachingRecord => !isTombstone(r));
  const picked = new Set(
    live.filter((r) => CONTENT_TYPES.has(r.type) && matches(r, selection)).map((r) => r.id),
  );
  // A track or person selection also takes the track records and people themselves.
  for (const record of live) {
    if ((record.type === 'track' || record.type === 'person') && matches(record, selection)) {
      if (record.type === 'track' || selection.personId) picked.add(record.id);
    }
  }
  const needed = new Set<Id>();
  for (const record of live) {
    if (!picked.has(record.id)) continue;
    const refs = refsOf(record);
    refs.personIds.forEach((id) => needed.add(id));
    if (refs.trackId) needed.add(refs.trackId);
    if (refs.sessionId) needed.add(refs.sessionId);
  }
  const tracks = new Set(
    live.filter((r) => r.type === 'track' && needed.has(r.id)).map((r) => r.id),
  );
  for (const record of live) {
    if (needed.has(record.id) && record.type === 'track') picked.add(record.id);
    if (needed.has(record.id) && (record.type === 'session' || record.type === 'person')) {
      picked.add(record.id);
    }
    if (record.type === 'goal' && tracks.has(record.trackId)) picked.add(record.id);
  }
  // People of the context records added last (a session's coach, a track's coachees).
  for (const record of live) {
    if (!picked.has(record.id)) continue;
    for (const id of refsOf(record).personIds) needed.add(id);
  }
  for (const record of live)
    if (record.type === 'person' && needed.has(record.id)) picked.add(record.id);
  return records.filter((r) => picked.has(r.id));
}

const PSEUDONYM_WORDS = {
  en: { coachee: 'Coachee', coach: 'Coach', person: 'Person' },
  nl: { coachee: 'Coachee', coach: 'Coach', person: 'Persoon' },
} as const;

/** "A", …, "Z", "AA", "AB", … */
function letters(n: number): string {
  let out = '';
  for (let i = n + 1; i > 0; i = Math.floor((i - 1) / 26)) {
    out = String.fromCharCode(65 + ((i - 1) % 26)) + out;
  }
  return out;
}

/**
 * Names become "Coachee A", "Coach B"… in order of id, so the same records give the same
 * pseudonyms; roles are dropped (they can identify someone in a small team). Free text is
 * not rewritten: names typed into notes stay (documented).
 */
function pseudonymize(records: StoredRecord[], locale: Locale): StoredRecord[] {
  const coachees = new Set<Id>();
  const coaches = new Set<Id>();
  for (const record of records) {
    if (isTombstone(record)) continue;
    if ('coacheeIds' in record) record.coacheeIds.forEach((id) => coachees.add(id));
    if ('coachIds' in record) record.coachIds.forEach((id) => coaches.add(id));
  }
  const words = PSEUDONYM_WORDS[locale];
  const people = records.filter((r) => r.type === 'person').sort((a, b) => (a.id < b.id ? -1 : 1));
  const names = new Map<Id, string>();
  const counters = new Map<string, number>();
  for (const person of people) {
    const word = coachees.has(person.id)
      ? words.coachee
      : coaches.has(person.id)
        ? words.coach
        : words.person;
    const index = counters.get(word) ?? 0;
    counters.set(word, index + 1);
    names.set(person.id, `${word} ${letters(index)}`);
  }
  return records.map((record) => {
    if (record.type !== 'person' || isTombstone(record)) return record;
    const { role: _role, conflicts, ...rest } = record;
    const displayName = names.get(record.id)!;
    const renamed = conflicts?.map((c) => {
      const { role: _r, ...fields } = c.fields;
      return { ...c, fields: { ...fields, displayName } };
    });
    return renamed ? { ...rest, displayName, conflicts: renamed } : { ...rest, displayName };
  });
}
