import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** A tech lead pairs with a developer; feedback is anchored to the code. */
export const pairProgrammingSession: SessionTemplate = {
  id: 'pair-programming',
  kind: 'pairing',
  title: { en: 'Pair-programming session', nl: 'Pair-programmingsessie' },
  description: {
    en: 'Coach and developer work on real code together, switching driver and navigator, with notes anchored to the lines where things happened.',
    nl: 'Coach en ontwikkelaar werken samen aan echte code, wisselen tussen driver en navigator, en koppelen notities aan de regels waar het gebeurde.',
  },
  contextKind: 'code',
  prepQuestions: [
    {
      id: 'task',
      text: {
        en: 'What will we work on (issue, branch, part of the code)?',
        nl: 'Waaraan gaan we werken (issue, branch, deel van de code)?',
      },
    },
    {
      id: 'practice',
      text: {
        en: 'What do you want to practise in this session?',
        nl: 'Wat wil je in deze sessie oefenen?',
      },
    },
    {
      id: 'done',
      text: {
        en: 'When is the session a success?',
        nl: 'Wanneer is de sessie geslaagd?',
      },
    },
  ],
  rubric: [
    {
      id: 'tests-first',
      label: { en: 'Tests first', nl: 'Eerst testen' },
      hint: {
        en: 'Writes or runs a failing test before the change.',
        nl: 'Schrijft of draait een falende test vóór de wijziging.',
      },
    },
    {
      id: 'naming',
      label: { en: 'Clear naming', nl: 'Duidelijke namen' },
    },
    {
      id: 'small-steps',
      label: { en: 'Small steps', nl: 'Kleine stappen' },
      hint: {
        en: 'Small changes, often committed, always green.',
        nl: 'Kleine wijzigingen, vaak gecommit, altijd groen.',
      },
    },
    {
      id: 'asks-questions',
      label: { en: 'Asks questions', nl: 'Stelt vragen' },
    },
    {
      id: 'thinks-aloud',
      label: { en: 'Thinks aloud', nl: 'Denkt hardop' },
    },
    {
      id: 'reads-errors',
      label: {
        en: 'Reads errors and uses the debugger',
        nl: 'Leest foutmeldingen en gebruikt de debugger',
      },
    },
    {
      id: 'refactoring',
      label: { en: 'Leaves the code better', nl: 'Laat de code beter achter' },
    },
  ],
  agenda: [],
  roles: {
    roles: [
      {
        id: 'driver',
        label: { en: 'Driver', nl: 'Driver' },
        hint: {
          en: 'Types and says what they are doing.',
          nl: 'Typt en vertelt hardop wat er gebeurt.',
        },
      },
      {
        id: 'navigator',
        label: { en: 'Navigator', nl: 'Navigator' },
        hint: {
          en: 'Watches direction, thinks ahead, spots mistakes.',
          nl: 'Bewaakt de richting, denkt vooruit, ziet fouten.',
        },
      },
    ],
    rotateEveryMinutes: 15,
    note: {
      en: 'Switch driver and navigator about every fifteen minutes, or after each passing test.',
      nl: 'Wissel ongeveer elk kwartier van driver en navigator, of na elke test die slaagt.',
    },
  },
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
