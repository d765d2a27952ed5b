import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** Peer coaching: colleagues coach each other; roles rotate; what is said stays in the room. */
export const intervisionSession: SessionTemplate = {
  id: 'intervision',
  kind: 'intervision',
  title: { en: 'Intervision session', nl: 'Intervisiebijeenkomst' },
  description: {
    en: 'Colleagues coach each other: a round of wins and challenges, one or two objectives, questions before advice, and an action plan. What is shared stays in the group.',
    nl: 'Collega’s coachen elkaar: een ronde successen en uitdagingen, één of twee doelen, eerst vragen en dan pas advies, en een actieplan. Wat gedeeld wordt, blijft in de groep.',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'win',
      text: {
        en: 'Which win since last time do you want to share?',
        nl: 'Welk succes sinds de vorige keer wil je delen?',
      },
    },
    {
      id: 'challenge',
      text: {
        en: 'Which challenge do you bring to the group?',
        nl: 'Welke uitdaging breng je in bij de groep?',
      },
    },
    {
      id: 'previous-actions',
      text: {
        en: 'What came of the actions you took on last time?',
        nl: 'Wat is er terechtgekomen van je acties van de vorige keer?',
      },
    },
  ],
  rubric: [
    {
      id: 'questions-first',
      label: { en: 'Questions before advice', nl: 'Eerst vragen, dan advies' },
      hint: {
        en: 'Open questions until the case is clear; no solutions yet.',
        nl: 'Open vragen tot de casus helder is; nog geen oplossingen.',
      },
    },
    {
      id: 'listening',
      label: { en: 'Listening to each other', nl: 'Naar elkaar luisteren' },
    },
    {
      id: 'focus',
      label: { en: 'Stays with the chosen objectives', nl: 'Blijft bij de gekozen doelen' },
    },
    {
      id: 'safety',
      label: { en: 'Safe and confidential', nl: 'Veilig en vertrouwelijk' },
    },
    {
      id: 'concrete-actions',
      label: { en: 'Concrete action plan', nl: 'Concreet actieplan' },
    },
  ],
  agenda: [
    {
      id: 'check-in',
      title: { en: 'Check-in', nl: 'Check-in' },
      prompt: {
        en: 'Each person shares one win and one challenge since last time.',
        nl: 'Iedereen deelt één succes en één uitdaging sinds de vorige keer.',
      },
    },
    {
      id: 'follow-up',
      title: { en: 'Follow-up', nl: 'Opvolging' },
      prompt: {
        en: 'What progress since last time? Go through the open actions.',
        nl: 'Welke vooruitgang sinds de vorige keer? Loop de open acties door.',
      },
    },
    {
      id: 'objectives',
      title: { en: 'Pick objectives', nl: 'Doelen kiezen' },
      prompt: {
        en: 'Choose one or two objectives to work on today.',
        nl: 'Kies één of twee doelen om vandaag aan te werken.',
      },
    },
    {
      id: 'questions',
      title: { en: 'Questions', nl: 'Vragen' },
      prompt: {
        en: 'Peers ask open questions to understand the case; no advice yet.',
        nl: 'De anderen stellen open vragen om de casus te begrijpen; nog geen advies.',
      },
    },
    {
      id: 'feedback',
      title: { en: 'Feedback and ideas', nl: 'Feedback en ideeën' },
      prompt: {
        en: 'Now peers offer what they would try; the case owner picks what fits.',
        nl: 'Nu geven de anderen aan wat zij zouden proberen; de inbrenger kiest wat past.',
      },
    },
    {
      id: 'action-plan',
      title: { en: 'Action plan', nl: 'Actieplan' },
      prompt: {
        en: 'Each person names a next step with a date.',
        nl: 'Iedereen benoemt een volgende stap met een datum.',
      },
    },
  ],
  roles: {
    roles: [
      {
        id: 'case-owner',
        label: { en: 'Case owner', nl: 'Inbrenger' },
        hint: { en: 'Brings the challenge.', nl: 'Brengt de uitdaging in.' },
      },
      {
        id: 'facilitator',
        label: { en: 'Facilitator', nl: 'Gespreksleider' },
        hint: {
          en: 'Guards the steps and the time.',
          nl: 'Bewaakt de stappen en de tijd.',
        },
      },
      {
        id: 'peer',
        label: { en: 'Peer', nl: 'Meedenker' },
        hint: {
          en: 'Asks questions, then offers ideas.',
          nl: 'Stelt vragen, geeft daarna ideeën.',
        },
      },
    ],
    note: {
      en: 'Roles rotate: someone else brings a case and facilitates next time.',
      nl: 'De rollen rouleren: de volgende keer brengt iemand anders een casus in en leidt een ander het gesprek.',
    },
  },
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
