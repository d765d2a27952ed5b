import { t } from '../../../i18n';
import { DEBRIEF_QUESTIONS } from '../../../templates/debrief';
import type { CoachingRecord, Locale, Person, Session } from '../../../model/types';

/** Escape what Markdown or HTML would interpret in note text. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}

/**
 * A readable document of everything about one person, for an access request: tracks with
 * goals, then every session with its notes (private ones marked), debrief and actions.
 */
export function personMarkdown(
  person: Person,
  records: readonly CoachingRecord[],
  locale: Locale,
): string {
  const l = locale;
  const e = escapeMarkdown;
  const lines = [`# ${e(t(l, 'dashboard.access.title', { name: person.displayName }))}`, ''];
  if (person.role) lines.push(`${e(person.role)}`, '');
  const of = <T extends CoachingRecord['type']>(type: T) =>
    records.filter((r): r is Extract<CoachingRecord, { type: T }> => r.type === type);
  for (const track of of('track')) {
    lines.push(
      `## ${e(track.title)}`,
      '',
      `- ${t(l, `dashboard.trackKind.${track.kind}`)}, ${t(l, `dashboard.trackStatus.${track.status}`)}`,
    );
    for (const goal of of('goal').filter((g) => g.trackId === track.id)) {
      lines.push(
        `- ${t(l, 'dashboard.access.goal')}: ${e(goal.statement)} — ${e(goal.successCriterion)}`,
      );
    }
    lines.push('');
  }
  const sessions = of('session').sort((a, b) => (a.date < b.date ? -1 : 1));
  for (const session of sessions) lines.push(...sessionLines(session, records, l));
  return `${lines.join('\n')}\n`;
}

function sessionLines(session: Session, records: readonly CoachingRecord[], l: Locale): string[] {
  const e = escapeMarkdown;
  const lines = [`### ${session.date} — ${e(session.title)}`, ''];
  for (const r of records) {
    if (r.type !== 'observation' || r.sessionId !== session.id) continue;
    const mark = r.visibility === 'private' ? ` (${t(l, 'dashboard.private')})` : '';
    lines.push(`- **${t(l, `dashboard.obsKind.${r.kind}`)}**${mark}: ${e(r.text)}`);
  }
  for (const q of DEBRIEF_QUESTIONS) {
    const answer = session.after.debrief[q.id];
    if (answer?.trim()) lines.push(`- *${e(q.text[l])}* ${e(answer)}`);
  }
  for (const r of records) {
    if (r.type !== 'action' || r.sessionId !== session.id) continue;
    lines.push(`- [${r.status === 'done' ? 'x' : ' '}] ${e(r.text)}${r.due ? ` (${r.due})` : ''}`);
  }
  lines.push('');
  return lines;
}
