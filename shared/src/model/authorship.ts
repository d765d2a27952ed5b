import { format } from '../i18n/define';
import { coreMessages } from '../i18n/messages/core';
import { CoachingError } from './errors';
import { IDENTITY_KEYS, editRecord } from './records';
import { isAnswerable } from './response';
import { isTombstone } from './revision';
import type {
  Action,
  ChangeContext,
  CoachingRecord,
  Id,
  Locale,
  Person,
  StoredRecord,
} from './types';

/**
 * Who is who in a set of records: the people, which person each replica (a key of `rev`)
 * belongs to, and the coaches of sessions and tracks, for records written before authorship.
 */
export interface AuthorshipIndex {
  people: ReadonlyMap<Id, Person>;
  personOfActor: ReadonlyMap<string, Id>;
  /** First coach of each session and track: the author of legacy records that lack one. */
  coachOf: ReadonlyMap<Id, Id>;
  /** Session → track, to find a legacy record's coach through its track. */
  trackOfSession: ReadonlyMap<Id, Id>;
  /** Person id → the person record that lists it among its `aliases` (the same person). */
  aliasOf: ReadonlyMap<Id, Id>;
}

/** Whether two person ids are one person, through `aliases` linked on import. */
export function samePerson(a: Id | undefined, b: Id | undefined, index: AuthorshipIndex): boolean {
  if (a === undefined || b === undefined) return false;
  return (index.aliasOf.get(a) ?? a) === (index.aliasOf.get(b) ?? b);
}

/**
 * Build the index once per view. A replica claimed by two different people (a copied profile,
 * a forged line) belongs to nobody: no one gains another person's rights through it.
 */
export function authorshipIndex(records: Iterable<StoredRecord>): AuthorshipIndex {
  const people = new Map<Id, Person>();
  const claims = new Map<string, Set<Id>>();
  const coachOf = new Map<Id, Id>();
  const trackOfSession = new Map<Id, Id>();
  const aliasOf = new Map<Id, Id>();
  for (const record of records) {
    if (isTombstone(record)) continue;
    if (record.type === 'person') {
      people.set(record.id, record);
      for (const alias of record.aliases ?? []) aliasOf.set(alias, record.id);
      // Concurrent claims on one person record stay valid: every version's replicas count.
      const versions = [record.actorIds, ...(record.conflicts ?? []).map((c) => c.fields.actorIds)];
      for (const ids of versions) {
        if (!Array.isArray(ids)) continue;
        for (const actor of ids as string[]) {
          const owners = claims.get(actor) ?? new Set<Id>();
          owners.add(record.id);
          claims.set(actor, owners);
        }
      }
    } else if (record.type === 'session' || record.type === 'track') {
      const coach = record.coachIds[0];
      if (coach !== undefined) coachOf.set(record.id, coach);
      if (record.type === 'session' && record.trackId)
        trackOfSession.set(record.id, record.trackId);
    }
  }
  const personOfActor = new Map<string, Id>();
  for (const [actor, owners] of claims) {
    // Claims by two records of one person (linked as aliases) are one claim.
    const persons = new Set([...owners].map((id) => aliasOf.get(id) ?? id));
    if (persons.size === 1) personOfActor.set(actor, [...persons][0]!);
  }
  return { people, personOfActor, coachOf, trackOfSession, aliasOf };
}

/** Claim this installation's replica for `person` (once per device). Unchanged when claimed. */
export function claimActor(person: Person, ctx: ChangeContext): Person {
  const ids = person.actorIds ?? [];
  if (ids.includes(ctx.actor)) return person;
  return editRecord(person, { actorIds: [...ids, ctx.actor].sort() }, ctx);
}

/**
 * Make `personId` the one person of this installation's replica: they claim it and anyone else
 * who claimed it (an earlier, wrong answer to "who are you?") lets it go, because a replica
 * claimed by two people belongs to nobody. The person records to write; none when unchanged.
 */
export function assignActor(people: readonly Person[], personId: Id, ctx: ChangeContext): Person[] {
  const writes: Person[] = [];
  for (const person of people) {
    const ids = person.actorIds ?? [];
    if (person.id === personId) {
      const claimed = claimActor(person, ctx);
      if (claimed !== person) writes.push(claimed);
    } else if (ids.includes(ctx.actor)) {
      writes.push(editRecord(person, { actorIds: ids.filter((id) => id !== ctx.actor) }, ctx));
    }
  }
  return writes;
}

/**
 * The person who wrote `record`: its `authorId`; for a record written before authorship, the
 * person of its only replica when just one replica ever changed it, else the first coach of its
 * session or track (the file's original coach). Undefined when none of these is known.
 */
export function authorOf(record: CoachingRecord, index: AuthorshipIndex): Id | undefined {
  if (record.authorId !== undefined) return record.authorId;
  const actors = Object.keys(record.rev);
  if (actors.length === 1) {
    const person = index.personOfActor.get(actors[0]!);
    if (person !== undefined) return person;
  }
  return legacyCoach(record, index);
}

function legacyCoach(record: CoachingRecord, index: AuthorshipIndex): Id | undefined {
  switch (record.type) {
    case 'person':
      return undefined;
    case 'track':
    case 'session':
      return index.coachOf.get(record.id);
    case 'goal':
      return index.coachOf.get(record.trackId);
    case 'selfAssessment':
      // The coachee's own words, even when typed on the coach's screen.
      return record.coacheeId;
    case 'observation':
    case 'action':
    case 'response': {
      const trackId = record.trackId ?? index.trackOfSession.get(record.sessionId);
      return (
        index.coachOf.get(record.sessionId) ??
        (trackId === undefined ? undefined : index.coachOf.get(trackId))
      );
    }
  }
}

/**
 * The person who made the version shown: the person of its `editedBy` replica, or the author
 * for a version never edited. Undefined when that replica is not claimed by anyone (yet).
 */
export function lastEditorOf(record: CoachingRecord, index: AuthorshipIndex): Id | undefined {
  if (record.editedBy === undefined) return authorOf(record, index);
  return index.personOfActor.get(record.editedBy);
}

/** Everyone whose replica ever changed the record (from its version vector), the author first. */
export function contributorsOf(record: CoachingRecord, index: AuthorshipIndex): Id[] {
  const out = new Set<Id>();
  const author = authorOf(record, index);
  if (author !== undefined) out.add(author);
  for (const actor of Object.keys(record.rev)) {
    const person = index.personOfActor.get(actor);
    if (person !== undefined) out.add(person);
  }
  return [...out];
}

export interface AuthorshipLabels {
  /** "by Marieke"; absent when the author is not known. */
  by?: string;
  /** "edited by Daan" (and how many others); absent when only the author changed it. */
  editedBy?: string;
}

/** The "by …" and "edited by …" lines a view shows under a record. */
export function authorshipLabels(
  record: CoachingRecord,
  index: AuthorshipIndex,
  locale: Locale,
): AuthorshipLabels {
  const messages = coreMessages[locale];
  const name = (id: Id | undefined) =>
    id === undefined ? undefined : index.people.get(id)?.displayName;
  const labels: AuthorshipLabels = {};
  const author = authorOf(record, index);
  const authorName = name(author);
  if (authorName !== undefined)
    labels.by = format(messages['core.authorship.by'], { name: authorName }, locale);
  const editor = lastEditorOf(record, index);
  const editorName = name(editor);
  if (editor !== undefined && !samePerson(editor, author, index) && editorName !== undefined) {
    const others = contributorsOf(record, index).filter(
      (id) => !samePerson(id, author, index) && !samePerson(id, editor, index),
    );
    labels.editedBy =
      others.length === 0
        ? format(messages['core.authorship.editedBy'], { name: editorName }, locale)
        : format(
            messages['core.authorship.editedByOthers'],
            { name: editorName, others: others.length },
            locale,
          );
  }
  return labels;
}

/** What a person's tools may do with a record. */
export type RecordAction = 'edit' | 'delete' | 'hide' | 'status' | 'reply' | 'acknowledge';

/**
 * A person's tools never delete or rewrite another person's record: only its author may edit,
 * delete or hide (make private) it. A record whose author cannot be known (no author, no
 * claimed replica, no coach) belongs to no one in particular and stays editable, as before
 * authorship existed.
 */
export function canEdit(personId: Id, record: CoachingRecord, index: AuthorshipIndex): boolean {
  const author = authorOf(record, index);
  return author === undefined || samePerson(author, personId, index);
}

/**
 * The actions `personId` may take on `record`. The author edits, deletes and (observations)
 * hides; everyone may reply to a shared note, an action or a session, and others acknowledge
 * it. A private note is answered by nobody.
 */
export function allowedActions(
  personId: Id,
  record: CoachingRecord,
  index: AuthorshipIndex,
): RecordAction[] {
  const own = canEdit(personId, record, index);
  const actions: RecordAction[] = [];
  if (own) actions.push('edit', 'delete');
  if (own && record.type === 'observation') actions.push('hide');
  if (record.type === 'action' && canSetStatus(personId, record, index)) actions.push('status');
  const answerable =
    record.type === 'session' ||
    record.type === 'action' ||
    (record.type === 'observation' && isAnswerable(record));
  if (answerable) actions.push('reply');
  if (answerable && !own) actions.push('acknowledge');
  return actions;
}

/**
 * Refuse, where the write happens, a change by `personId` to another person's record (the
 * `canEdit` rule). Without a person (nobody said who uses this installation yet) nothing is
 * refused here: such a change comes from an unclaimed replica, and the author's import lists it
 * as a foreign change that waits for their yes.
 */
export function assertCanEdit(
  personId: Id | undefined,
  record: CoachingRecord,
  index: AuthorshipIndex,
): void {
  if (personId === undefined || canEdit(personId, record, index)) return;
  const author = authorOf(record, index);
  const name = (author !== undefined && index.people.get(author)?.displayName) || '?';
  throw new CoachingError('core.error.notYourRecord', { name });
}

/**
 * The coachee owns their actions: an action's owner may close, drop or reopen it although
 * someone else (the coach) wrote it. Its text, owner and date stay the author's.
 */
export function canSetStatus(personId: Id, action: Action, index: AuthorshipIndex): boolean {
  return canEdit(personId, action, index) || samePerson(action.ownerId, personId, index);
}

/** `canSetStatus`, as a refusal with the author's name (for the place where the status is written). */
export function assertCanSetStatus(
  personId: Id | undefined,
  action: Action,
  index: AuthorshipIndex,
): void {
  if (personId === undefined || canSetStatus(personId, action, index)) return;
  assertCanEdit(personId, action, index);
}

/** What an action's status change touches (`setActionStatus`), besides the version fields. */
const STATUS_FIELDS: ReadonlySet<string> = new Set([
  ...IDENTITY_KEYS,
  'editedBy',
  'status',
  'closedAt',
]);

/** Whether `after` differs from `before` (both actions) in their status only. */
export function isStatusOnlyChange(before: CoachingRecord, after: CoachingRecord): boolean {
  if (before.type !== 'action' || after.type !== 'action') return false;
  const rest = (record: CoachingRecord) =>
    JSON.stringify(
      Object.entries(record)
        .filter(([key]) => !STATUS_FIELDS.has(key))
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    );
  return rest(before) === rest(after);
}
