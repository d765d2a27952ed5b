import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** Watching how someone leads an online team meeting. */
export const teamMeetingObservation: SessionTemplate = {
  id: 'team-meeting-observation',
  kind: 'observation',
  title: { en: 'Online team meeting observation', nl: 'Observatie online teamoverleg' },
  description: {
    en: 'The coach joins an online team meeting that the coachee leads and watches how they chair it.',
    nl: 'De coach neemt deel aan een online teamoverleg dat de coachee leidt, en kijkt hoe die het overleg voorzit.',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'aim',
      text: {
        en: 'What should this meeting achieve?',
        nl: 'Wat moet dit overleg opleveren?',
      },
    },
    {
      id: 'agenda',
      text: {
        en: 'What is on the agenda, and how much time does each item get?',
        nl: 'Wat staat er op de agenda, en hoeveel tijd krijgt elk punt?',
      },
    },
    {
      id: 'participants',
      text: {
        en: 'What do you need from the participants, and who might stay quiet?',
        nl: 'Wat heb je nodig van de deelnemers, en wie blijft misschien stil?',
      },
    },
    {
      id: 'hard-topics',
      text: {
        en: 'Which topic could get difficult, and how will you handle it?',
        nl: 'Welk onderwerp kan lastig worden, en hoe pak je dat aan?',
      },
    },
    {
      id: 'coach-role',
      text: {
        en: "How will you introduce the coach, and what is the coach's role?",
        nl: 'Hoe stel je de coach voor, en welke rol heeft de coach?',
      },
    },
  ],
  rubric: [
    {
      id: 'purpose',
      label: { en: 'Clear purpose and agenda', nl: 'Duidelijk doel en agenda' },
    },
    {
      id: 'inclusion',
      label: { en: 'Everyone gets heard', nl: 'Iedereen komt aan bod' },
      hint: {
        en: 'Invites quiet people by name, uses chat and hands.',
        nl: 'Nodigt stille deelnemers bij naam uit, gebruikt chat en handopsteken.',
      },
    },
    {
      id: 'facilitation',
      label: { en: 'Guides the discussion', nl: 'Leidt de discussie' },
      hint: {
        en: 'Summarises, brings the talk back to the point.',
        nl: 'Vat samen, brengt het gesprek terug naar de kern.',
      },
    },
    {
      id: 'decisions',
      label: { en: 'Decisions made and noted', nl: 'Besluiten genomen en genoteerd' },
    },
    {
      id: 'time',
      label: { en: 'Keeps time', nl: 'Bewaakt de tijd' },
    },
    {
      id: 'online',
      label: { en: 'Online craft', nl: 'Online vaardigheid' },
      hint: {
        en: 'Screen sharing, muting, breaks, the tool does not get in the way.',
        nl: 'Scherm delen, dempen, pauzes: de tool zit niet in de weg.',
      },
    },
    {
      id: 'closing',
      label: { en: 'Closes with actions and owners', nl: 'Sluit af met acties en eigenaars' },
    },
  ],
  agenda: [],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
