import {
  coachingErrorText,
  isCoachingError,
  loadCoacheeDebrief,
  newActorId,
  saveCoacheeSelfAssessment,
  type CoacheeDebrief,
  type Locale,
  type SelfAssessmentRequest,
} from '@coaching-notes/shared';
import { ext } from '../common/api';
import { loadActorId } from '../common/actor';
import { DEBRIEF_PAGE, debriefUrl } from '../common/debrief-url';
import type { SelfAssessAnswer } from '../messages';
import { fromExtension } from './panel-frames';
import { backgroundStore } from './store-host';

/**
 * The debrief-with-coachee tab never opens IndexedDB: a coach shows it on a screen, so private
 * notes must not be in that page at all, not even in its memory. The background reads the store
 * and hands the page `debriefForCoachee`'s output only (the privacy filter's), and writes back
 * the one thing the page may write: the coachee's self-assessment.
 */

/** Only the debrief page itself, in a tab of its own (not a frame in a web page), is served. */
export function fromDebriefPage(sender: chrome.runtime.MessageSender): boolean {
  if (!fromExtension(sender) || sender.tab === undefined || sender.frameId !== 0) return false;
  return new URL(sender.url!).pathname === `/${DEBRIEF_PAGE}`;
}

export async function coacheeDebrief(sessionId: string): Promise<CoacheeDebrief | null> {
  return (await loadCoacheeDebrief(await backgroundStore(), sessionId)) ?? null;
}

export async function selfAssess(
  request: SelfAssessmentRequest,
  locale: Locale,
): Promise<SelfAssessAnswer> {
  try {
    const actor = await loadActorId(newActorId);
    const debrief = await saveCoacheeSelfAssessment(await backgroundStore(), request, {
      actor,
      now: new Date(),
    });
    return { ok: true, debrief };
  } catch (error) {
    return {
      ok: false,
      error: isCoachingError(error) ? coachingErrorText(error, locale) : String(error),
    };
  }
}

export async function openCoacheeDebrief(sessionId: string): Promise<void> {
  await ext.tabs.create({ url: debriefUrl(sessionId) });
}
