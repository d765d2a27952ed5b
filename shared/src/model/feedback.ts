import { format } from '../i18n/define';
import { coreMessages } from '../i18n/messages/core';
import { compareTimestamps } from './dates';
import { CoachingError } from './errors';
import { MAX_TIPS_PER_FEEDBACK } from './limits';
import { editRecord } from './records';
import type { ChangeContext, Feedback, Id, Locale, Observation, Session } from './types';

/** The observations the coach picked to say, and an optional wording of their own. */
export interface FeedbackPick {
  topIds: readonly Id[];
  tipIds: readonly Id[];
  note?: string;
}

/** Why a feedback round is out of balance. Warnings advise; they never block. */
export type FeedbackWarning =
  | { code: 'no-tops' }
  | { code: 'too-many-tips'; count: number }
  | { code: 'tips-outnumber-tops'; tips: number; tops: number };

export interface ComposedFeedback {
  feedback: Feedback;
  /** What to say, in order: the tops first, then the tips (each in the order picked). */
  items: Observation[];
  warnings: FeedbackWarning[];
}

/**
 * The feedback composer: tops first, then one or two tips, checked by the balance guard.
 * Only this session's observations can be picked, tops must be tops and tips must be tips.
 */
export function composeFeedback(
  session: Session,
  observations: readonly Observation[],
  pick: FeedbackPick,
): ComposedFeedback {
  const byId = new Map(
    observations.filter((o) => o.sessionId === session.id).map((o) => [o.id, o] as const),
  );
  const topIds = [...new Set(pick.topIds)];
  const tipIds = [...new Set(pick.tipIds)];
  if (topIds.some((id) => tipIds.includes(id)))
    throw new CoachingError('core.error.feedbackPickTwice');
  const resolve = (ids: Id[], kind: 'top' | 'tip') =>
    ids.map((id) => {
      const observation = byId.get(id);
      if (!observation) throw new CoachingError('core.error.feedbackPickUnknown');
      if (observation.kind !== kind) throw new CoachingError('core.error.feedbackPickKind');
      return observation;
    });
  const tops = resolve(topIds, 'top');
  const tips = resolve(tipIds, 'tip');
  const feedback: Feedback = { topIds, tipIds };
  const note = pick.note?.trim();
  if (note) feedback.note = note;
  return {
    feedback,
    items: [...tops, ...tips],
    warnings: feedbackBalance(tops.length, tips.length),
  };
}

/** The balance guard on its own, for a composer that updates as the coach picks. */
export function feedbackBalance(tops: number, tips: number): FeedbackWarning[] {
  const warnings: FeedbackWarning[] = [];
  if (tops === 0) warnings.push({ code: 'no-tops' });
  if (tips > MAX_TIPS_PER_FEEDBACK) warnings.push({ code: 'too-many-tips', count: tips });
  if (tops > 0 && tips > tops) warnings.push({ code: 'tips-outnumber-tops', tips, tops });
  return warnings;
}

/**
 * A starting pick: every top, in the order they happened, and at most two tips, preferring
 * tips about the session's focus goals, then the earliest.
 */
export function suggestFeedbackPick(
  session: Session,
  observations: readonly Observation[],
): FeedbackPick {
  const own = observations
    .filter((o) => o.sessionId === session.id)
    .sort((a, b) => compareTimestamps(a.at, b.at));
  const focus = new Set(session.before.focusGoalIds);
  const onFocus = (o: Observation) => (o.goalId !== undefined && focus.has(o.goalId) ? 0 : 1);
  const tips = own.filter((o) => o.kind === 'tip').sort((a, b) => onFocus(a) - onFocus(b));
  return {
    topIds: own.filter((o) => o.kind === 'top').map((o) => o.id),
    tipIds: tips.slice(0, MAX_TIPS_PER_FEEDBACK).map((o) => o.id),
  };
}

/** Store the composed feedback on the session; returns the balance warnings too. */
export function applyFeedback(
  session: Session,
  observations: readonly Observation[],
  pick: FeedbackPick,
  ctx: ChangeContext,
): { session: Session; warnings: FeedbackWarning[] } {
  const composed = composeFeedback(session, observations, pick);
  return {
    session: editRecord(session, { after: { ...session.after, feedback: composed.feedback } }, ctx),
    warnings: composed.warnings,
  };
}

export function feedbackWarningText(warning: FeedbackWarning, locale: Locale): string {
  const catalog = coreMessages[locale];
  switch (warning.code) {
    case 'no-tops':
      return catalog['core.feedback.warning.no-tops'];
    case 'too-many-tips':
      return format(
        catalog['core.feedback.warning.too-many-tips'],
        { count: warning.count },
        locale,
      );
    case 'tips-outnumber-tops':
      return format(
        catalog['core.feedback.warning.tips-outnumber-tops'],
        {
          tips: warning.tips,
          tops: warning.tops,
        },
        locale,
      );
  }
}
