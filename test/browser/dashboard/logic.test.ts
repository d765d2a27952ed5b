import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import {
  createAction,
  editRecord,
  setActionStatus,
  tombstoneOf,
  type ConflictVersion,
  type Person,
  conflictAlternatives,
  mergeRecord,
  versionsOf,
  columnOf,
  loadBoard,
  previewImport,
  planExport,
  recordsInScope,
  resolveConflict,
  loadAgenda,
  agendaIcs,
  accessRequest,
  foldText,
  indexTokens,
  queryTerms,
  compareRevisions,
} from '@coaching-notes/shared';
import { at, seed } from './fixtures';

describe('search tokens', () => {
  it('folds case and accents and keeps Dutch compounds findable', () => {
    expect(foldText('Reëel Café')).toBe('reeel cafe');
    expect(indexTokens('Het klant-gesprek was reëel')).toEqual([
      'het',
      'klant',
      'gesprek',
      'klantgesprek',
      'was',
      'reeel',
    ]);
  });
  it('indexes stop words too, so a lone one finds them; next to other words a query drops them', () => {
    expect(indexTokens('de klant en het team')).toEqual(['de', 'klant', 'en', 'het', 'team']);
    expect(indexTokens('Vóór 1 mei, voor de klant')).toEqual(['voor', 'mei', 'de', 'klant']);
    expect(queryTerms('de klant')).toEqual(['klant']);
    expect(queryTerms('vóór')).toEqual(['voor']);
  });
});

describe('actions board', () => {
  it('sorts open actions into overdue and open, and shows recently closed ones as done', async () => {
    const { store } = await seed();
    const items = await loadBoard(store, new Date('2026-11-01T12:00:00Z'));
    expect(items.map((i) => [i.action.text, i.column])).toEqual([
      ['Oefen het prijsgesprek', 'overdue'],
      ['Stuur de samenvatting', 'open'],
    ]);
    // Agreed in the first session, still open after the second one was held: carried forward once.
    expect(items[0]!.carried).toBe(1);
    expect(items[1]!.carried).toBe(0);
  });
  it('drops closed actions from the board after a month', async () => {
    const { store } = await seed();
    const [first] = await store.list({ type: 'action' });
    const done = setActionStatus(first!, 'done', at('2026-10-05T10:00:00Z'));
    expect(columnOf(done, '2026-10-20')).toBe('done');
    expect(columnOf(done, '2026-12-20')).toBeUndefined();
  });
});

describe('follow-ups', () => {
  it('lists the next check-in by cadence, follow-ups and due actions in date order', async () => {
    const { store, track } = await seed();
    const agenda = await loadAgenda(store, new Date('2026-10-20T09:00:00Z'));
    expect(agenda.map((i) => [i.kind, i.due, i.overdue])).toEqual([
      ['action', '2026-10-10', true],
      // Fortnightly after the last held session on 15 October.
      ['check-in', '2026-10-29', false],
    ]);
    expect(agenda.find((i) => i.kind === 'check-in')).toMatchObject({ track: { id: track.id } });
    const later = await loadAgenda(store, new Date('2027-02-20T09:00:00Z'));
    expect(later.some((i) => i.kind === 'follow-up' && i.due === '2027-03-03')).toBe(true);
  });
  it('exports upcoming items through the shared renderer as iCalendar that a real parser reads', async () => {
    const { store, sanne, bram } = await seed();
    const now = new Date('2026-10-20T09:00:00Z');
    const agenda = await loadAgenda(store, now, 40);
    const ics = agendaIcs(agenda, [sanne, bram], 'nl', now);
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e));
    // The overdue action is in the agenda but not in a calendar of what is coming.
    expect(events.map((e) => [e.startDate.toString(), e.summary])).toEqual([
      ['2026-10-29', 'Check-in: Klantgesprekken (Sanne de Vries)'],
      ['2026-11-25', 'Actiepunt verloopt: Stuur de samenvatting'],
    ]);
    // The cadence check-in has a stable UID, so importing the file twice updates the event.
    const [track] = await store.list({ type: 'track' });
    expect(events[0]!.uid).toBe(`session-check-in-${track!.id}-2026-10-29@coaching-notes`);
  });
});

describe('shared file previews', () => {
  it('leaves private notes out of an export unless chosen', async () => {
    const { store } = await seed();
    const records = await recordsInScope(store, { kind: 'all' });
    const without = planExport(records, false);
    expect(without.privateLeftOut).toBe(4);
    expect(without.counts.observation).toBe(1);
    expect(planExport(records, true).counts.observation).toBe(5);
  });
  it('exports a person with their tracks, goals, sessions, notes and actions', async () => {
    const { store, sanne } = await seed();
    const records = await recordsInScope(store, { kind: 'person', personId: sanne.id });
    const types = planExport(records, true).counts;
    expect(types).toMatchObject({
      person: 1,
      track: 1,
      goal: 2,
      session: 2,
      observation: 5,
      action: 2,
    });
  });
  it('previews an import as new, updated, deleted, unchanged and conflicting records', async () => {
    const { store, sanne, bram, observations } = await seed();
    const newcomer: Person = {
      ...sanne,
      id: '01900000-0000-7000-8000-000000000001',
      displayName: 'Nieuw',
    };
    const renamedThere = editRecord(
      sanne,
      { displayName: 'Sanne V.' },
      { actor: 'other', now: new Date('2026-11-01') },
    );
    const editedHere = editRecord(bram, { displayName: 'Bram P.' }, at('2026-11-01T10:00:00Z'));
    await store.put(editedHere);
    const editedThere = editRecord(
      bram,
      { displayName: 'Bram Peeters-Janssens' },
      { actor: 'other', now: new Date('2026-11-02') },
    );
    const deletedThere = tombstoneOf(observations[0]!, {
      actor: 'other',
      now: new Date('2026-11-03'),
    });
    const plan = await previewImport(store, [
      newcomer,
      renamedThere,
      editedThere,
      deletedThere,
      observations[1]!,
    ]);
    expect(plan.counts.new).toEqual({ person: 1 });
    expect(plan.counts.updated).toEqual({ person: 1 });
    expect(plan.counts.conflict).toEqual({ person: 1 });
    expect(plan.counts.deleted).toEqual({ observation: 1 });
    expect(plan.counts.unchanged).toEqual({ observation: 1 });
    expect(plan.writes).toHaveLength(4);
  });
  it('resolves a conflict with the chosen version as a descendant of both', async () => {
    const { bram } = await seed();
    const here = editRecord(bram, { displayName: 'Bram P.' }, at('2026-11-01T10:00:00Z'));
    const there = editRecord(
      bram,
      { displayName: 'Bram Peeters-Janssens' },
      { actor: 'other', now: new Date('2026-11-02') },
    );
    const merged = mergeRecord(here, there) as Person;
    const versions: ConflictVersion[] = versionsOf(merged);
    expect(versions.map((v) => v.fields['displayName']).sort()).toEqual([
      'Bram P.',
      'Bram Peeters-Janssens',
    ]);
    const chosen = versions.find((v) => v.fields['displayName'] === 'Bram P.')!;
    const resolved = resolveConflict(merged, chosen, at('2026-11-05T10:00:00Z'));
    expect(resolved.displayName).toBe('Bram P.');
    expect(conflictAlternatives(resolved)).toEqual([]);
    expect(resolved.conflicts).toBeUndefined();
    expect(compareRevisions(here.rev, resolved.rev)).toBe('before');
    expect(compareRevisions(there.rev, resolved.rev)).toBe('before');
  });
});

describe('access request', () => {
  it('exports everything about one person, private notes included, as JSONL and Markdown', async () => {
    const { store, sanne } = await seed();
    const request = await accessRequest(store, sanne, 'nl');
    expect(request.count).toBe(13);
    expect(request.markdown).toMatch(/^# Alles wat over Sanne de Vries bewaard is\n/);
    expect(request.markdown).toContain('Prijsbezwaar te snel weggewuifd');
    expect(request.markdown).toContain('Oefen het prijsgesprek');
    expect(request.markdown).not.toContain('Bram');
    expect(
      request.jsonl.split('\n').filter((line: string) => line.includes('"type":"observation"')),
    ).toHaveLength(5);
  });
});

describe('fixtures', () => {
  it('makes actions with the core function', async () => {
    const { store } = await seed();
    const [action] = await store.list({ type: 'action' });
    expect(action).toMatchObject({ status: 'open' });
    expect(createAction).toBeTypeOf('function');
  });
});
