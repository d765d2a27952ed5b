/**
 * The debrief with the coachee, in a tab of its own, to be shown on a screen. This page never
 * opens IndexedDB: it asks the background for `debriefForCoachee`'s output (shared material
 * only) and sends back only the coachee's self-assessment. See `background/coachee-debrief`.
 */
import { t, type CoacheeDebrief } from '@coaching-notes/shared';
import '@coaching-notes/shared/ui/coachee-debrief';
import type { CoacheeSelfAssessment } from '@coaching-notes/shared/ui/coachee-debrief';
import { ext, onSettingsChanged, resolveLocale } from '../../common';
import type { Message, SelfAssessAnswer } from '../../messages';
import { applyDocumentLocale, settingsLocale } from '../page-locale';

function send<T>(message: Message): Promise<T> {
  return ext.runtime.sendMessage(message) as Promise<T>;
}

async function main(): Promise<void> {
  const sessionId = decodeURIComponent(location.hash.slice(1));
  const root = document.getElementById('debrief')!;
  let locale = await settingsLocale();
  applyDocumentLocale(locale, t(locale, 'coachee.pageTitle'));
  const debrief = sessionId
    ? await send<CoacheeDebrief | null>({ type: 'debrief:get', sessionId })
    : null;
  if (!debrief) {
    const note = document.createElement('p');
    note.textContent = t(locale, 'coachee.notFound');
    root.append(note);
    return;
  }
  const view = document.createElement('cn-coachee-debrief');
  view.debrief = debrief;
  view.locale = locale;
  view.addEventListener('cn-coachee-self-assessment', (event) => {
    const {
      sessionId: id,
      coacheeId,
      ratings,
      experience,
    } = (event as CustomEvent<CoacheeSelfAssessment>).detail;
    view.saving = true;
    view.error = '';
    const request = { sessionId: id, coacheeId, ratings, ...(experience ? { experience } : {}) };
    void send<SelfAssessAnswer | null>({ type: 'debrief:selfAssess', request, locale })
      .then((answer) => {
        if (answer?.ok) view.debrief = answer.debrief;
        else view.error = answer?.error ?? t(locale, 'coachee.notFound');
      })
      .finally(() => (view.saving = false));
  });
  onSettingsChanged((settings) => {
    locale = resolveLocale(settings.locale, navigator.language);
    view.locale = locale;
    applyDocumentLocale(locale, t(locale, 'coachee.pageTitle'));
  });
  root.append(view);
}

void main();
