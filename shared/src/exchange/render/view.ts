import { isTombstone } from '../../model/revision';
import type {
  Action,
  CoachingRecord,
  Goal,
  Id,
  Observation,
  Person,
  Response,
  SelfAssessment,
  Session,
  StoredRecord,
  Track,
} from '../../model/types';

/** The live records of a file, indexed for rendering. Tombstones are not shown. */
export interface RecordView {
  people: Map<Id, Person>;
  tracks: Track[];
  goals: Goal[];
  sessions: Session[];
  observations: Observation[];
  actions: Action[];
  /** Responses to what the view shows: a response to a note left out (private) is left out too. */
  responses: Response[];
  selfAssessments: SelfAssessment[];
}

export function viewOf(
  records: readonly StoredRecord[],
  options: { includePrivate?: boolean } = {},
): RecordView {
  const view: RecordView = {
    people: new Map(),
    tracks: [],
    goals: [],
    sessions: [],
    observations: [],
    actions: [],
    responses: [],
    selfAssessments: [],
  };
  const responses: Response[] = [];
  for (const record of records) {
    if (isTombstone(record)) continue;
    const live = record as CoachingRecord;
    if (live.type === 'person') view.people.set(live.id, live);
    else if (live.type === 'track') view.tracks.push(live);
    else if (live.type === 'goal') view.goals.push(live);
    else if (live.type === 'session') view.sessions.push(live);
    else if (live.type === 'observation') {
      if (options.includePrivate || live.visibility === 'shared') view.observations.push(live);
    } else if (live.type === 'response') responses.push(live);
    else if (live.type === 'action') view.actions.push(live);
    else if (live.type === 'selfAssessment') view.selfAssessments.push(live);
  }
  const shown = new Set(view.observations.map((o) => o.id));
  view.responses = responses
    .filter((r) => r.subjectType !== 'observation' || shown.has(r.subjectId))
    .sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
  view.tracks.sort(
    (a, b) =>
      compare(a.startDate ?? a.createdAt, b.startDate ?? b.createdAt) || compare(a.id, b.id),
  );
  view.goals.sort((a, b) => a.order - b.order || compare(a.id, b.id));
  view.sessions.sort((a, b) => compare(a.date, b.date) || compare(a.id, b.id));
  view.observations.sort(
    (a, b) => a.offsetMs - b.offsetMs || compare(a.at, b.at) || compare(a.id, b.id),
  );
  view.actions.sort((a, b) => compare(a.due ?? '9999', b.due ?? '9999') || compare(a.id, b.id));
  return view;
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function nameOf(view: RecordView, id: Id | undefined): string {
  if (!id) return '';
  return view.people.get(id)?.displayName ?? id.slice(0, 8);
}

export function namesOf(view: RecordView, ids: readonly Id[]): string {
  return ids.map((id) => nameOf(view, id)).join(', ');
}
