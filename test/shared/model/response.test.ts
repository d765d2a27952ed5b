import { describe, expect, it } from 'vitest';
import {
  CoachingError,
  claimActor,
  createObservation,
  createPerson,
  createResponse,
  mergeIntoSharedFile,
  mergeRecordSets,
  parseSharedFile,
  renderSessionMarkdown,
  responsesTo,
  validateRecord,
  type ChangeContext,
  type StoredRecord,
} from '@coaching-notes/shared';
import { T0, aTrack, ctxAt, runningSession } from './fixtures';

const CANARY = 'CANARY-private-7f3a';

function scene() {
  const c = ctxAt(T0, 'coach-laptop');
  const marieke = claimActor(createPerson({ displayName: 'Marieke' }, c), c);
  const j = ctxAt(T0, 'junior-vscode');
  const daan = claimActor(createPerson({ displayName: 'Daan' }, j), j);
  const coach: ChangeContext = { ...c, person: marieke.id };
  const junior: ChangeContext = { ...j, person: daan.id };
  const track = aTrack({ coachIds: [marieke.id], coacheeIds: [daan.id] });
  const session = runningSession(track);
  const at = new Date('2026-11-22T09:05:00.000Z');
  const shared = createObservation(
    session,
    { kind: 'tip', text: 'Magic 3: give the minimum tag length a name', visibility: 'shared' },
    { ...coach, now: at },
  );
  const secret = createObservation(session, { kind: 'fact', text: CANARY }, { ...coach, now: at });
  return { marieke, daan, coach, junior, track, session, shared, secret };
}

describe('responses (replies and acknowledgements)', () => {
  it('links a reply to the note with its author, session and coachees', () => {
    const { daan, junior, session, shared } = scene();
    const reply = createResponse(
      shared,
      { kind: 'reply', text: ' Will do: MIN_TAG_LENGTH ' },
      junior,
    );
    expect(reply).toMatchObject({
      type: 'response',
      kind: 'reply',
      subjectType: 'observation',
      subjectId: shared.id,
      sessionId: session.id,
      coacheeIds: [daan.id],
      authorId: daan.id,
      text: 'Will do: MIN_TAG_LENGTH',
    });
    expect(validateRecord(reply).ok).toBe(true);
  });

  it('keeps no text on an acknowledgement and needs text for a reply', () => {
    const { junior, shared } = scene();
    const read = createResponse(shared, { kind: 'read', text: 'ignored' }, junior);
    expect(read.text).toBeUndefined();
    expect(() => createResponse(shared, { kind: 'reply', text: '  ' }, junior)).toThrow(
      CoachingError,
    );
  });

  it('refuses to answer a private note, and to answer without a person', () => {
    const { junior, coach, shared, secret } = scene();
    expect(() => createResponse(secret, { kind: 'agree' }, junior)).toThrow(
      /private note is the coach/,
    );
    const { person: _none, ...anonymous } = coach;
    expect(() => createResponse(shared, { kind: 'agree' }, anonymous)).toThrow(/Choose who/);
  });

  it('answers a session, and lists a record’s responses oldest first', () => {
    const { junior, coach, session, shared } = scene();
    const first = createResponse(shared, { kind: 'read' }, { ...junior, now: new Date(T0) });
    const later = createResponse(
      shared,
      { kind: 'reply', text: 'Thanks' },
      { ...coach, now: new Date('2026-11-23T10:00:00.000Z') },
    );
    const onSession = createResponse(session, { kind: 'agree' }, junior);
    expect(onSession.sessionId).toBe(session.id);
    expect(responsesTo([later, onSession, first], shared.id)).toEqual([first, later]);
  });

  it('travels through the shared file and merges like every record', () => {
    const { marieke, daan, track, session, shared, junior } = scene();
    const reply = createResponse(shared, { kind: 'reply', text: 'Done' }, junior);
    const records: StoredRecord[] = [marieke, daan, track, session, shared, reply];
    const file = mergeIntoSharedFile(undefined, records);
    const parsed = parseSharedFile(file);
    expect(parsed.ok && parsed.records.find((r) => r.id === reply.id)).toEqual(reply);
    expect(mergeRecordSets([[reply], [reply]])).toEqual([reply]);
  });

  it('never lets a private canary out: not in an export, not through a response, not in Markdown', () => {
    const { marieke, daan, track, session, shared, secret, junior, coach } = scene();
    const reply = createResponse(shared, { kind: 'reply', text: 'Agreed' }, junior);
    // A response to a note that later became private must stay home with the note.
    const hiddenAfter = createResponse(
      { ...secret, visibility: 'shared' },
      { kind: 'reply', text: `quoting ${CANARY}` },
      coach,
    );
    const records: StoredRecord[] = [
      marieke,
      daan,
      track,
      session,
      shared,
      secret,
      reply,
      hiddenAfter,
    ];
    const file = mergeIntoSharedFile(undefined, records);
    expect(file).not.toContain(CANARY);
    expect(file).not.toContain(secret.id);
    expect(file).toContain(reply.id);
    for (const locale of ['en', 'nl'] as const) {
      const md = renderSessionMarkdown(records, session.id, locale);
      expect(md).not.toContain(CANARY);
      expect(md).toContain('Agreed');
    }
    expect(renderSessionMarkdown(records, session.id, 'en')).toContain('_Daan replied:_ Agreed');
    expect(renderSessionMarkdown(records, session.id, 'nl')).toContain('_Daan antwoordde:_ Agreed');
  });

  it('renders acknowledgements of a session under Responses', () => {
    const { marieke, daan, track, session, junior } = scene();
    const ack = createResponse(session, { kind: 'agree' }, junior);
    const md = renderSessionMarkdown([marieke, daan, track, session, ack], session.id, 'nl');
    expect(md).toContain('Reacties');
    expect(md).toContain('_Daan is het ermee eens_');
  });
});
