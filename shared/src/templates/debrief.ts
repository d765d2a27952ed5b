import { DEBRIEF_QUESTION_IDS, type DebriefQuestionId } from '../model/debrief';
import type { Localized } from '../model/types';
import type { TemplateQuestion } from '../model/template';

const DEBRIEF_TEXT: Record<DebriefQuestionId, { text: Localized; hint?: Localized }> = {
  'coachee-experience': {
    text: { en: 'How did you experience it?', nl: 'Hoe heb je het zelf beleefd?' },
    hint: {
      en: 'The coachee answers first, in their own words.',
      nl: 'De coachee antwoordt eerst, in eigen woorden.',
    },
  },
  'coach-experience': {
    text: { en: 'How did the coach experience it?', nl: 'Hoe heeft de coach het beleefd?' },
  },
  'seen-and-heard': {
    text: { en: 'What did the coach see and hear?', nl: 'Wat heeft de coach gezien en gehoord?' },
    hint: {
      en: 'Facts and moments, not judgements.',
      nl: 'Feiten en momenten, geen oordelen.',
    },
  },
  'went-well': {
    text: { en: 'What went well?', nl: 'Wat ging er goed?' },
    hint: { en: 'Name the strengths concretely.', nl: 'Benoem de sterktes concreet.' },
  },
  'can-be-better': {
    text: { en: 'What can be better next time?', nl: 'Wat kan er de volgende keer beter?' },
    hint: {
      en: 'One or two things to try, phrased as a next step.',
      nl: 'Eén of twee dingen om uit te proberen, als volgende stap verwoord.',
    },
  },
  actions: {
    text: {
      en: 'Looking ahead: which action points will you pick up?',
      nl: 'Vooruitkijkend: met welke actiepunten ga je aan de slag?',
    },
    hint: {
      en: 'One per line, with an owner and a date where you can.',
      nl: 'Eén per regel, waar het kan met een eigenaar en een datum.',
    },
  },
  'help-needed': {
    text: {
      en: 'What help do you need from the coach?',
      nl: 'Welke hulp heb je van de coach nodig?',
    },
  },
};

/** The fixed debrief, the same for every session template. */
export const DEBRIEF_QUESTIONS: readonly TemplateQuestion[] = DEBRIEF_QUESTION_IDS.map((id) => ({
  id,
  ...DEBRIEF_TEXT[id],
}));

/** One question of the fixed debrief (its text in both languages). */
export function debriefQuestion(id: DebriefQuestionId): TemplateQuestion {
  return { id, ...DEBRIEF_TEXT[id] };
}
