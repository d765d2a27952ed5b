import { describeIssue, mergeRecordSets, parseSharedFile, serializeSharedFile } from '../../exchange';
import { t } from '../../i18n';
import type { Action, Goal, Locale, Observation, Person, Session, StoredRecord, Track } from '../../model/types';
import type { Store } from '../../store/port';
import { formatOffset } from '../common/format';

/** Everything one session's export draws on. */
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
    observations: observations.sort((a, b) => a.at.localeCompare(b.at)),
    actions,
  };
  if (track) out.track = track;
  return out;
}

/** The observations that may leave the machine in this export. */
function visibleObservations(data: SessionExport, includePrivate: boolean): Observation[] {
  return data.observations.filter((o) => includePrivate || o.visibility === 'shared');
}

/** The records of the shared file for this export. */
export function exportRecords(data: SessionExport, includePrivate: boolean): StoredRecord[] {
  return [
    ...data.people,
    ...(data.track ? [data.track] : []),
    ...data.goals,
    data.session,
    ...visibleObservations(data, includePrivate),
    ...data.actions,
  ];
}

export type MergeOutcome = { ok: true; text: string; count: number } | { ok: false; message: string };

/** The shared file to download: the session merged into `existing` (never overwriting it). */
export function mergeSessionIntoFile(existing: string | undefined, data: SessionExport, includePrivate: boolean): MergeOutcome {
  const mine = exportRecords(data, includePrivate);
  let theirs: StoredRecord[] = [];
  if (existing !== undefined && existing.trim() !== '') {
    const parsed = parseSharedFile(existing);
    if (!parsed.ok) return { ok: false, message: parsed.issues.slice(0, 3).map(describeIssue).join('; ') };
    theirs = parsed.records;
  }
  const merged = mergeRecordSets([theirs, mine]);
  return { ok: true, text: serializeSharedFile(merged), count: merged.length };
}

/** `<coachee>-<date>.coaching.jsonl`, safe as a file name. */
export function sharedFileName(data: SessionExport): string {
  const who = data.people.find((p) => data.session.coacheeIds.includes(p.id))?.displayName ?? 'session';
  const slug = who.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'session';
  return `${slug}-${data.session.date}.coaching.jsonl`;
}

/** The session as Markdown in the user's language: feedback first, then the notes, debrief and actions. */
export function renderSessionMarkdown(data: SessionExport, locale: Locale, includePrivate: boolean): string {
  const { session } = data;
  const names = data.people.filter((p) => session.coacheeIds.includes(p.id)).map((p) => p.displayName);
  const lines: string[] = [`# ${session.title}`, ''];
  lines.push(`- ${t(locale, 'panel.setup.coachee')}: ${names.join(', ') || '—'}`);
  if (data.track) lines.push(`- ${t(locale, 'panel.setup.track')}: ${data.track.title}`);
  lines.push(`- ${t(locale, 'core.field.date')}: ${session.date}`);
  lines.push(`- ${t(locale, session.planned ? 'core.session.planned' : 'core.session.unannounced')}`);
  if (session.context?.label) lines.push(`- ${session.context.label}`);
  const focus = data.goals.filter((g) => session.before.focusGoalIds.includes(g.id));
  if (focus.length > 0) {
    lines.push('', `## ${t(locale, 'panel.coverage.goals')}`, '', ...focus.map((g) => `- ${g.statement}`));
  }
  const observations = visibleObservations(data, includePrivate);
  const byId = new Map(observations.map((o) => [o.id, o]));
  const picked = [...session.after.feedback.topIds, ...session.after.feedback.tipIds]
    .map((id) => byId.get(id))
    .filter((o): o is Observation => o !== undefined);
  if (picked.length > 0 || session.after.feedback.note) {
    lines.push('', `## ${t(locale, 'panel.feedback.title')}`, '');
    for (const o of picked) lines.push(`- **${t(locale, `core.observationKind.${o.kind}`)}**: ${o.text}`);
    if (session.after.feedback.note) lines.push('', session.after.feedback.note);
  }
  if (observations.length > 0) {
    lines.push('', `## ${t(locale, 'panel.observe.listTitle')}`, '');
    for (const o of observations) {
      lines.push(`- ${formatOffset(o.offsetMs)} **${t(locale, `core.observationKind.${o.kind}`)}**: ${o.text}`);
    }
  }
  const answered = Object.entries(session.after.debrief).filter(([, text]) => text.trim() !== '');
  if (answered.length > 0) {
    lines.push('', `## ${t(locale, 'panel.debrief.title')}`);
    for (const [id, text] of answered) lines.push('', `**${debriefLabel(id, locale)}**`, '', text);
  }
  if (data.actions.length > 0) {
    lines.push('', `## ${t(locale, 'panel.actions.title')}`, '');
    const nameOf = new Map(data.people.map((p) => [p.id, p.displayName]));
    for (const a of data.actions) {
      const owner = a.ownerId ? nameOf.get(a.ownerId) : undefined;
      const meta = [owner, a.due].filter(Boolean).join(', ');
      lines.push(`- [${a.status === 'done' ? 'x' : ' '}] ${a.text}${meta ? ` (${meta})` : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

import { DEBRIEF_QUESTIONS } from '../../templates';

function debriefLabel(id: string, locale: Locale): string {
  return DEBRIEF_QUESTIONS.find((q) => q.id === id)?.text[locale] ?? id;
}
