import * as vscode from 'vscode';
import {
  DEBRIEF_QUESTIONS,
  SELF_RATINGS,
  authorshipIndex,
  createSelfAssessment,
  samePerson,
  selfRatingLabel,
  type Id,
  type Session,
} from '@coaching-notes/shared';
import { t } from '../l10n';
import type { Authorship } from '../people/authorship';
import { ensureMe } from '../people/me';
import type { Services } from '../services';

/** The session to assess: the one of the row, else one I am a coachee of, not yet assessed first. */
async function pickSession(
  services: Services,
  authorship: Authorship,
  me: Id,
): Promise<{ session: Session; coacheeId: Id } | undefined> {
  const all = await services.store.all();
  const index = authorshipIndex(all);
  const mine = (await services.store.list({ type: 'session' }))
    .flatMap((session) => {
      const coacheeId = session.coacheeIds.find((id) => samePerson(id, me, index));
      return coacheeId ? [{ session, coacheeId }] : [];
    })
    .sort(
      (a, b) =>
        Number(authorship.withholds(b.session.id)) - Number(authorship.withholds(a.session.id)) ||
        (a.session.createdAt < b.session.createdAt ? 1 : -1),
    );
  if (mine.length === 0) {
    vscode.window.showInformationMessage(
      t('No session with you as coachee is in your notes yet. It shows once your coach shares it.'),
    );
    return undefined;
  }
  if (mine.length === 1) return mine[0];
  return (
    await vscode.window.showQuickPick(
      mine.map((entry) => ({
        label: entry.session.title,
        description: entry.session.date,
        entry,
      })),
      { title: t('Assess Myself'), placeHolder: t('Which session?') },
    )
  )?.entry;
}

/**
 * The coachee's own view of a session, before the coach's: a 1–5 rating with words per focus
 * goal and "How did you experience it?". Stored as a self-assessment (exported with the shared
 * notes); the coach's notes of that session then show.
 */
export async function assessMyself(
  services: Services,
  authorship: Authorship,
  sessionId?: Id,
): Promise<void> {
  const me = await ensureMe(services);
  if (!me) return;
  await authorship.whenReady();
  const given = sessionId ? await services.store.get('session', sessionId) : undefined;
  const all = await services.store.all();
  const index = authorshipIndex(all);
  const picked = given
    ? (() => {
        const coacheeId = given.coacheeIds.find((id) => samePerson(id, me.id, index));
        return coacheeId ? { session: given, coacheeId } : undefined;
      })()
    : await pickSession(services, authorship, me.id);
  if (!picked) return;
  const { session, coacheeId } = picked;
  const locale = services.locale;
  const ratings: Record<Id, number> = {};
  for (const goalId of session.before.focusGoalIds) {
    const goal = await services.store.get('goal', goalId);
    if (!goal) continue;
    const rating = await vscode.window.showQuickPick(
      SELF_RATINGS.map((value) => ({
        label: `${value} · ${selfRatingLabel(value, locale)}`,
        value,
      })),
      {
        title: t('Assess Myself: {0}', session.title),
        placeHolder: t('How far are you with "{0}"?', goal.statement),
        ignoreFocusOut: true,
      },
    );
    if (!rating) return;
    ratings[goalId] = rating.value;
  }
  const question = DEBRIEF_QUESTIONS.find((q) => q.id === 'coachee-experience');
  const experience = await vscode.window.showInputBox({
    title: t('Assess Myself: {0}', session.title),
    prompt: question?.text[locale],
    ignoreFocusOut: true,
  });
  if (experience === undefined) return;
  const assessment = createSelfAssessment(
    session,
    experience.trim()
      ? { coacheeId, ratings, experience: experience.trim() }
      : { coacheeId, ratings },
    services.changeContext(),
  );
  await services.store.put(assessment);
  await authorship.refresh();
  vscode.window.setStatusBarMessage(
    t('Self-assessment saved: the coach’s notes of this session now show.'),
    5_000,
  );
}
