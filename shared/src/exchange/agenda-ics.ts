import { renderIcs } from '.';
import type { CoachingRecord, Id, Locale, Person, Session, Track } from '../model/types';
import type { AgendaItem } from '../model/agenda';

/**
 * A check-in due by the track's cadence has no session record yet; the calendar shows it as
 * the planned session it will become. The id is stable per track and day, so importing the
 * file again updates the event instead of adding a second one.
 */
function checkInStandIn(track: Track, due: string, who: string): Session {
  return {
    type: 'session',
    id: `check-in-${track.id}-${due}`,
    createdAt: track.updatedAt,
    updatedAt: track.updatedAt,
    rev: track.rev,
    kind: 'conversation',
    trackId: track.id,
    coacheeIds: track.coacheeIds,
    coachIds: track.coachIds,
    title: who ? `${track.title} (${who})` : track.title,
    templateId: track.templateId ?? '',
    planned: true,
    status: 'planned',
    date: due,
    before: { answers: {}, prepCheck: 'unchecked', focusGoalIds: [] },
    during: {},
    after: { debrief: {}, feedback: { topIds: [], tipIds: [] } },
  };
}

/**
 * The agenda as an iCalendar file, rendered by the shared file's `.ics` renderer: upcoming
 * check-ins, follow-up conversations and due actions as all-day events (past ones left out).
 */
export function agendaIcs(
  items: readonly AgendaItem[],
  people: readonly Person[],
  locale: Locale,
  now: Date,
): string {
  const names = new Map<Id, string>(people.map((p) => [p.id, p.displayName]));
  const records = new Map<string, CoachingRecord>(people.map((p) => [p.id, p]));
  for (const item of items) {
    if (item.kind === 'action') records.set(item.action.id, item.action);
    else if (item.kind === 'follow-up') records.set(item.track.id, item.track);
    else {
      const who = item.track.coacheeIds
        .map((id) => names.get(id))
        .filter(Boolean)
        .join(', ');
      const standIn = checkInStandIn(item.track, item.due, who);
      records.set(standIn.id, standIn);
    }
  }
  return renderIcs([...records.values()], { locale, now });
}
