import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** First conversation of a track: expectations, development points, goals. */
export const intakeConversation: SessionTemplate = {
  id: 'intake-conversation',
  kind: 'conversation',
  title: { en: 'Intake conversation', nl: 'Intakegesprek' },
  description: {
    en: 'Coach and coachee get to know each other, agree how they will work, map the development points and set measurable goals.',
    nl: 'Coach en coachee leren elkaar kennen, spreken af hoe ze samenwerken, brengen de ontwikkelpunten in kaart en stellen meetbare doelen.',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'why-now',
      text: { en: 'Why do you want coaching now?', nl: 'Waarom wil je nu coaching?' },
    },
    {
      id: 'strengths',
      text: {
        en: 'What already goes well in your work?',
        nl: 'Wat gaat er nu al goed in je werk?',
      },
    },
    {
      id: 'wish',
      text: {
        en: 'What would you like to do better six months from now?',
        nl: 'Wat wil je over zes maanden beter kunnen?',
      },
    },
  ],
  rubric: [],
  agenda: [
    {
      id: 'expectations',
      title: { en: 'Expectations', nl: 'Verwachtingen' },
      prompt: {
        en: 'What do both of you expect? Agree on confidentiality: what stays between you, what is shared and with whom.',
        nl: 'Wat verwachten jullie allebei? Spreek vertrouwelijkheid af: wat blijft tussen jullie, wat wordt gedeeld en met wie.',
      },
    },
    {
      id: 'development-points',
      title: { en: 'Development points', nl: 'Ontwikkelpunten' },
      prompt: {
        en: 'Map strengths and development points, with examples from real work.',
        nl: 'Breng sterktes en ontwikkelpunten in kaart, met voorbeelden uit het echte werk.',
      },
    },
    {
      id: 'goals',
      title: { en: 'Goals', nl: 'Doelen' },
      prompt: {
        en: 'Turn one to three points into specific goals, each with a way to measure it.',
        nl: 'Maak van één tot drie punten concrete doelen, elk met een manier om het te meten.',
      },
    },
    {
      id: 'plan',
      title: { en: 'Plan', nl: 'Planning' },
      prompt: {
        en: 'Agree how often you meet and which situations the coach will observe.',
        nl: 'Spreek af hoe vaak jullie afspreken en welke situaties de coach komt observeren.',
      },
    },
  ],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};

/** A regular conversation in a track, starting from progress since last time. */
export const coachingConversation: SessionTemplate = {
  id: 'coaching-conversation',
  kind: 'conversation',
  title: { en: 'Coaching conversation', nl: 'Coachingsgesprek' },
  description: {
    en: 'A regular conversation in a track: progress first, then today’s topic, then the next steps.',
    nl: 'Een vast gesprek binnen een traject: eerst de vooruitgang, dan het onderwerp van vandaag, dan de volgende stappen.',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'progress',
      text: {
        en: 'What progress since last time?',
        nl: 'Welke vooruitgang heb je geboekt sinds de vorige keer?',
      },
    },
    {
      id: 'small-win',
      text: {
        en: 'Which small win are you proud of?',
        nl: 'Op welk klein succes ben je trots?',
      },
    },
    {
      id: 'topic',
      text: {
        en: 'What do you want to work on today?',
        nl: 'Waaraan wil je vandaag werken?',
      },
    },
  ],
  rubric: [],
  agenda: [
    {
      id: 'progress',
      title: { en: 'Progress', nl: 'Vooruitgang' },
      prompt: {
        en: 'Go through the open actions: done, still open, or dropped?',
        nl: 'Loop de open acties door: gedaan, nog open, of laten vallen?',
      },
    },
    {
      id: 'topic',
      title: { en: 'Today’s topic', nl: 'Onderwerp van vandaag' },
      prompt: {
        en: 'Explore the situation with examples; practise if it helps.',
        nl: 'Verken de situatie aan de hand van voorbeelden; oefen als dat helpt.',
      },
    },
    {
      id: 'next-steps',
      title: { en: 'Next steps', nl: 'Volgende stappen' },
      prompt: {
        en: 'Agree concrete actions, each with an owner and a date.',
        nl: 'Spreek concrete acties af, elk met een eigenaar en een datum.',
      },
    },
  ],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};

/** Months after a track: have the results held? */
export const followUpConversation: SessionTemplate = {
  id: 'follow-up-conversation',
  kind: 'follow-up',
  title: { en: 'Follow-up conversation', nl: 'Opvolggesprek' },
  description: {
    en: 'Some months after the track: which results held, where old habits came back, and whether more support is needed.',
    nl: 'Enkele maanden na het traject: welke resultaten zijn gebleven, waar kwamen oude gewoontes terug, en is er nog steun nodig?',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'held',
      text: {
        en: 'What from the track do you still do?',
        nl: 'Wat uit het traject doe je nog steeds?',
      },
    },
    {
      id: 'slipped',
      text: {
        en: 'Where did old habits come back?',
        nl: 'Waar kwamen oude gewoontes terug?',
      },
    },
  ],
  rubric: [],
  agenda: [
    {
      id: 'results',
      title: { en: 'Results', nl: 'Resultaten' },
      prompt: {
        en: 'Look at each goal: has the result held?',
        nl: 'Bekijk elk doel: is het resultaat gebleven?',
      },
    },
    {
      id: 'support',
      title: { en: 'Support', nl: 'Ondersteuning' },
      prompt: {
        en: 'Is more support needed, and of what kind?',
        nl: 'Is er nog ondersteuning nodig, en welke?',
      },
    },
  ],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
