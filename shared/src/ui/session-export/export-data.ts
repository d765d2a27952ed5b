import {
  exportToSharedFile,
  renderSessionMarkdown as renderMarkdownOfSession,
  selectForExport,
  SharedFileError,
} from '../../exchange';
import type {
  Action,
  Goal,
  Locale,
  Observation,
  Person,
  Session,
  StoredRecord,
  Track,
} from '../../model/types';
import type { Store } from '../../store/port';

/** Everything one session's export draws on, private observations included (filtered later). */
export interface SessionExport {
  session: Session;
  track?: Track;
  goals: Goal[];
  people: Person[];
  observations: Observation[];
  actions: Action[];
}

export async function collectSessionExport(store: Store, session: Session): Promise<SessionExport> {
  const trackId = session.trackId;
  const [track, goals, observations, actions, people] = await Promise.all([
    trackId ? store.get('track', trackId) : undefined,
    trackId ? store.list({ type: 'goal', trackId }) : [],
    store.list({ type: 'observation', sessionId: session.id }),
    store.list({ type: 'action', sessionId: session.id }),
    Promise.all([...session.coacheeIds, ...session.coachIds].map((id) => store.get('person', id))),
  ]);
  const out: SessionExport = {
    session,
    goals,
    people: people.filter((p): p is Person => p !== undefined),
    observations,
    actions,
  };
  if (track) out.track = track;
  return out;
}

function recordsOf(data: SessionExport): StoredRecord[] {
  return [
    ...data.people,
    ...(data.track ? [data.track] : []),
    ...data.goals,
    data.session,
    ...data.observations,
    ...data.actions,
  ];
}

/** The session as Markdown, through the exchange's privacy filter and renderer. */
export function renderSessionMarkdown(
  data: SessionExport,
  locale: Locale,
  includePrivate: boolean,
): string {
  const records = selectForExport(recordsOf(data), { includePrivate });
  // This Markdown is the coach's own copy: the tops and tips picked for the feedback are in it
  // even when private. The shared file (below) goes through the privacy filter alone.
  const { topIds, tipIds } = data.session.after.feedback;
  const privatePicks = data.observations.filter(
    (o) => topIds.includes(o.id) || tipIds.includes(o.id),
  );
  return renderMarkdownOfSession(records, data.session.id, locale, {
    includePrivate,
    privatePicks,
  });
}

export type MergeOutcome =
  { ok: true; text: string; count: number } | { ok: false; message: string };

/** The shared file to download: the session merged into `existing` (never overwriting it). */
export function mergeSessionIntoFile(
  existing: string | undefined,
  data: SessionExport,
  includePrivate: boolean,
): MergeOutcome {
  try {
    const result = exportToSharedFile(existing, recordsOf(data), { includePrivate });
    return { ok: true, text: result.text, count: result.total };
  } catch (error) {
    if (!(error instanceof SharedFileError)) throw error;
    return {
      ok: false,
      message: error.issues
        .slice(0, 3)
        .map((i) => `${i.line}: ${i.message}`)
        .join('; '),
    };
  }
}

/** `<coachee>-<date>.coaching.jsonl`, safe as a file name. */
export function sharedFileName(data: SessionExport): string {
  const who =
    data.people.find((p) => data.session.coacheeIds.includes(p.id))?.displayName ?? 'session';
  const slug =
    who
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'session';
  return `${slug}-${data.session.date}.coaching.jsonl`;
}
