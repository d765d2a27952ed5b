import { getSessionTemplate, DEBRIEF_QUESTIONS, debriefQuestion } from '../../templates';
import { latestSelfAssessment, selfRatingLabel } from '../../model/self-assessment';
import { conflictAlternatives } from '../merge';
import type {
  Action,
  Id,
  Locale,
  Observation,
  SelfRating,
  Session,
  StoredRecord,
  Track,
} from '../../model/types';
import { OBSERVATION_KINDS } from '../../model/types';
import { label } from './labels';
import { HARD_BREAK, escapeMarkdown as esc } from './markdown-escape';
import { formatOffset } from '../../model/format';
import { nameOf, namesOf, viewOf, type RecordView } from './view';

export interface MarkdownOptions {
  locale: Locale;
  /** Only this track (its sessions, goals and actions). */
  trackId?: Id;
  /** Name of the source file, mentioned at the top so readers know where to edit. */
  sourceName?: string;
  /** Private observations are left out of every rendering unless asked for. */
  includePrivate?: boolean;
}

/** Text in a list item or a paragraph: line breaks as Markdown hard breaks, not `<br>`. */
const prose = (text: string) => esc(text, HARD_BREAK);

/** The records as GitHub-flavoured Markdown: one section per track, then loose sessions. */
export function renderMarkdown(records: readonly StoredRecord[], options: MarkdownOptions): string {
  const view = viewOf(records, options);
  const { locale } = options;
  const out: string[] = [];
  if (options.sourceName)
    out.push(`_${esc(label(locale, 'exchange.md.generated', { file: options.sourceName }))}_`, '');
  const tracks = view.tracks.filter((t) => !options.trackId || t.id === options.trackId);
  for (const track of tracks) out.push(...trackMarkdown(view, track, locale), '');
  if (!options.trackId) {
    const loose = view.sessions.filter(
      (s) => !s.trackId || !view.tracks.some((t) => t.id === s.trackId),
    );
    if (loose.length > 0) {
      out.push(`# ${esc(label(locale, 'exchange.md.otherSessions'))}`, '');
      for (const session of loose) out.push(...sessionMarkdown(view, session, locale, 2), '');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** One session as Markdown (for a session page or a clipboard copy). */
export function renderSessionMarkdown(
  records: readonly StoredRecord[],
  sessionId: Id,
  locale: Locale,
  options: {
    includePrivate?: boolean;
    /**
     * The coach's own copy: the tops and tips picked for the feedback are listed under it even
     * when private (they were chosen to be said). Never set for anything shared.
     */
    privatePicks?: readonly Observation[];
  } = {},
): string {
  const view = viewOf(records, options);
  const session = view.sessions.find((s) => s.id === sessionId);
  return session
    ? `${sessionMarkdown(view, session, locale, 1, options.privatePicks).join('\n').trim()}\n`
    : '';
}

function trackMarkdown(view: RecordView, track: Track, locale: Locale): string[] {
  const out = [`# ${esc(track.title)}`, ''];
  const meta = [
    `${esc(label(locale, `core.trackKind.${track.kind}`))} · ${esc(label(locale, `core.trackStatus.${track.status}`))}`,
  ];
  if (track.coacheeIds.length)
    meta.push(
      `**${label(locale, 'exchange.md.coachees')}:** ${esc(namesOf(view, track.coacheeIds))}`,
    );
  if (track.coachIds.length)
    meta.push(`**${label(locale, 'exchange.md.coaches')}:** ${esc(namesOf(view, track.coachIds))}`);
  if (track.startDate) {
    meta.push(
      `**${label(locale, 'exchange.md.period')}:** ${esc(track.startDate)} – ${esc(track.endDate ?? '…')}`,
    );
  }
  out.push(meta.join('  \n'), '');
  const goals = view.goals.filter((g) => g.trackId === track.id);
  if (goals.length > 0) {
    out.push(`## ${label(locale, 'exchange.md.goals')}`, '');
    goals.forEach((goal, i) => {
      const status = label(locale, `core.goalStatus.${goal.status}`);
      const criterion = goal.successCriterion
        ? ` — _${label(locale, 'exchange.md.successCriterion')}:_ ${esc(goal.successCriterion)}`
        : '';
      out.push(`${i + 1}. ${esc(goal.statement)}${criterion} (${esc(status)})`);
    });
    out.push('');
  }
  out.push(`## ${label(locale, 'exchange.md.sessions')}`, '');
  const sessions = view.sessions.filter((s) => s.trackId === track.id);
  if (sessions.length === 0) out.push(label(locale, 'exchange.md.noSessions'), '');
  for (const session of sessions) out.push(...sessionMarkdown(view, session, locale, 3), '');
  const open = view.actions.filter((a) => a.trackId === track.id && a.status === 'open');
  if (open.length > 0)
    out.push(
      `## ${label(locale, 'exchange.md.openActions')}`,
      '',
      ...actionsTable(view, open, locale),
      '',
    );
  return out;
}

function heading(level: number, text: string): string {
  return `${'#'.repeat(Math.min(level, 6))} ${text}`;
}

function sessionMarkdown(
  view: RecordView,
  session: Session,
  locale: Locale,
  level: number,
  privatePicks: readonly Observation[] = [],
): string[] {
  const out = [heading(level, `${esc(session.date)} — ${esc(session.title)}`), ''];
  const meta = [
    `${esc(label(locale, `core.sessionKind.${session.kind}`))} · ${esc(label(locale, `core.sessionStatus.${session.status}`))} · ${esc(label(locale, session.planned ? 'core.session.planned' : 'core.session.unannounced'))}`,
  ];
  if (session.coacheeIds.length)
    meta.push(
      `**${label(locale, 'exchange.md.coachees')}:** ${esc(namesOf(view, session.coacheeIds))}`,
    );
  if (session.coachIds.length)
    meta.push(
      `**${label(locale, 'exchange.md.coaches')}:** ${esc(namesOf(view, session.coachIds))}`,
    );
  if (session.context?.label)
    meta.push(`**${label(locale, 'exchange.md.context')}:** ${esc(session.context.label)}`);
  out.push(meta.join('  \n'), '');
  const template = getSessionTemplate(session.templateId);
  const prep = answerList(session.before.answers, template?.prepQuestions ?? [], locale);
  if (prep.length > 0)
    out.push(heading(level + 1, label(locale, 'exchange.md.preparation')), '', ...prep, '');
  out.push(...selfAssessmentMarkdown(view, session, locale, level + 1));
  out.push(...observationsMarkdown(view, session, locale, level + 1));
  out.push(...feedbackMarkdown(view, session, locale, level + 1, privatePicks));
  const debrief = answerList(session.after.debrief, DEBRIEF_QUESTIONS, locale);
  if (debrief.length > 0)
    out.push(heading(level + 1, label(locale, 'exchange.md.debrief')), '', ...debrief, '');
  const actions = view.actions.filter((a) => a.sessionId === session.id);
  if (actions.length > 0) {
    out.push(
      heading(level + 1, label(locale, 'exchange.md.actions')),
      '',
      ...actionsTable(view, actions, locale),
      '',
    );
  }
  const answered = [session.id, ...actions.map((a) => a.id)];
  const responses = answered.flatMap((id) => responseLines(view, id, locale, 0));
  if (responses.length > 0)
    out.push(heading(level + 1, label(locale, 'exchange.md.responses')), '', ...responses, '');
  return out;
}

/**
 * The coachee's own view, before the coach's: each focus goal's rating with its words, then
 * how they experienced it. The latest assessment counts (a coachee may redo it).
 */
function selfAssessmentMarkdown(
  view: RecordView,
  session: Session,
  locale: Locale,
  level: number,
): string[] {
  const assessment = latestSelfAssessment(
    view.selfAssessments.filter((a) => a.sessionId === session.id),
  );
  if (!assessment) return [];
  const ratings = session.before.focusGoalIds.flatMap((goalId) => {
    const rating = assessment.ratings[goalId];
    if (rating === undefined) return [];
    const statement = view.goals.find((g) => g.id === goalId)?.statement ?? goalId.slice(0, 8);
    const words = selfRatingLabel(rating as SelfRating, locale);
    return [`- **${esc(statement)}:** ${rating}/5 — ${esc(words)}`];
  });
  const experience = assessment.experience?.trim()
    ? [
        `- **${esc(debriefQuestion('coachee-experience').text[locale])}** ${prose(assessment.experience)}`,
      ]
    : [];
  if (ratings.length + experience.length === 0) return [];
  const who = nameOf(view, assessment.coacheeId);
  return [
    heading(level, esc(label(locale, 'exchange.md.selfAssessment', { name: who }))),
    '',
    ...ratings,
    ...experience,
    '',
  ];
}

/** Replies and acknowledgements of one record, as list items (nested under a note). */
function responseLines(view: RecordView, subjectId: string, locale: Locale, indent = 2): string[] {
  const pad = ' '.repeat(indent);
  return view.responses
    .filter((r) => r.subjectId === subjectId)
    .map((r) => {
      const name =
        (r.authorId && view.people.get(r.authorId)?.displayName) ||
        label(locale, 'exchange.md.someone');
      const who = esc(label(locale, `exchange.md.response.${r.kind}`, { name }));
      return r.kind === 'reply' ? `${pad}- _${who}:_ ${prose(r.text ?? '')}` : `${pad}- _${who}_`;
    });
}

/** The feedback: the picked tops, then the picked tips (those this rendering may show), then the note. */
function feedbackMarkdown(
  view: RecordView,
  session: Session,
  locale: Locale,
  level: number,
  privatePicks: readonly Observation[],
): string[] {
  const { topIds, tipIds, note } = session.after.feedback;
  const known = [...view.observations, ...privatePicks];
  const picked = (ids: readonly Id[]) =>
    ids.flatMap((id) => known.find((o) => o.id === id && o.sessionId === session.id) ?? []);
  const lists = (['top', 'tip'] as const).flatMap((kind) => {
    const chosen = picked(kind === 'top' ? topIds : tipIds);
    return chosen.length === 0
      ? []
      : [
          `**${esc(label(locale, `exchange.md.kind.${kind}`))}**`,
          '',
          ...chosen.map((o) => `- ${prose(o.text)}`),
          '',
        ];
  });
  if (lists.length === 0 && !note) return [];
  return [
    heading(level, label(locale, 'exchange.md.feedback')),
    '',
    ...lists,
    ...(note ? [prose(note), ''] : []),
  ];
}

/** Answers in the template's question order, then any answers to unknown questions. */
function answerList(
  answers: Record<string, string>,
  questions: readonly { id: string; text: { nl: string; en: string } }[],
  locale: Locale,
): string[] {
  const known = questions.filter((q) => answers[q.id]?.trim());
  const unknown = Object.keys(answers)
    .filter((id) => answers[id]?.trim() && !questions.some((q) => q.id === id))
    .sort();
  return [
    ...known.map((q) => `- **${esc(q.text[locale])}** ${prose(answers[q.id]!)}`),
    ...unknown.map((id) => `- **${esc(id)}** ${prose(answers[id]!)}`),
  ];
}

/** Tops first, then tips, then the other kinds; each with its moment in the session. */
function observationsMarkdown(
  view: RecordView,
  session: Session,
  locale: Locale,
  level: number,
): string[] {
  const observations = view.observations.filter((o) => o.sessionId === session.id);
  if (observations.length === 0) return [];
  const out = [heading(level, label(locale, 'exchange.md.observations')), ''];
  for (const kind of OBSERVATION_KINDS) {
    const ofKind = observations.filter((o) => o.kind === kind);
    if (ofKind.length === 0) continue;
    out.push(heading(level + 1, esc(label(locale, `exchange.md.kind.${kind}`))), '');
    for (const observation of ofKind)
      out.push(
        ...observationLines(observation, locale),
        ...responseLines(view, observation.id, locale),
      );
    out.push('');
  }
  return out;
}

function observationLines(observation: Observation, locale: Locale): string[] {
  const lines = [
    `- \`${formatOffset(observation.offsetMs)}\` ${prose(observation.text)}${anchorNote(observation, locale)}`,
    ...detachedCode(observation),
  ];
  for (const version of conflictAlternatives(observation)) {
    const text = typeof version.fields['text'] === 'string' ? version.fields['text'] : '';
    lines.push(
      `  - _${esc(label(locale, 'exchange.md.conflict', { date: version.updatedAt.slice(0, 10) }))}:_ ${esc(text)}`,
    );
  }
  return lines;
}

function anchorNote(observation: Observation, locale: Locale): string {
  const anchor = observation.anchor;
  if (!anchor) return '';
  if (anchor.kind === 'code') {
    const place = esc(`${anchor.file}:${anchor.range.startLine + 1}`);
    // Its line number points at whatever is there now: say so, and show the code below.
    return anchor.detached
      ? ` (${place}, _${esc(label(locale, 'exchange.md.detached'))}:_)`
      : ` (${place})`;
  }
  return anchor.label ? ` (${esc(anchor.label)})` : '';
}

/** The code a detached note was about, fenced inside its list item. */
function detachedCode(observation: Observation): string[] {
  const anchor = observation.anchor;
  if (anchor?.kind !== 'code' || !anchor.detached || !anchor.snippet) return [];
  const longestRun = Math.max(0, ...(anchor.snippet.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return ['', `  ${fence}`, ...anchor.snippet.split('\n').map((line) => `  ${line}`), `  ${fence}`];
}

function actionsTable(view: RecordView, actions: readonly Action[], locale: Locale): string[] {
  const head = [
    'exchange.col.action',
    'exchange.col.owner',
    'exchange.col.due',
    'exchange.col.status',
  ].map((k) => label(locale, k));
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...actions.map(
      (a) =>
        `| ${esc(a.text)} | ${esc(nameOf(view, a.ownerId))} | ${esc(a.due ?? '')} | ${esc(label(locale, `core.actionStatus.${a.status}`))} |`,
    ),
  ];
}
