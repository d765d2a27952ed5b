import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** A mentoring conversation along goal → reality → options → will. */
export const growMentoring: SessionTemplate = {
  id: 'grow-mentoring',
  kind: 'conversation',
  title: { en: 'Mentoring conversation (GROW)', nl: 'Mentorgesprek (GROW)' },
  description: {
    en: 'A mentor helps the mentee from a goal, through the current reality and the options, to a firm next step.',
    nl: 'Een mentor helpt de mentee van een doel, via de huidige situatie en de mogelijkheden, naar een stevige volgende stap.',
  },
  contextKind: 'meeting',
  prepQuestions: [
    {
      id: 'topic',
      text: {
        en: 'What do you want to talk about this time?',
        nl: 'Waarover wil je het deze keer hebben?',
      },
    },
    {
      id: 'progress',
      text: {
        en: 'What progress since last time?',
        nl: 'Welke vooruitgang heb je geboekt sinds de vorige keer?',
      },
    },
  ],
  rubric: [
    {
      id: 'goal-clear',
      label: { en: 'Goal made concrete', nl: 'Doel concreet gemaakt' },
    },
    {
      id: 'asks-more',
      label: { en: 'Asks more than tells', nl: 'Meer vragen dan vertellen' },
    },
    {
      id: 'options-widened',
      label: { en: 'Several options explored', nl: 'Meerdere opties verkend' },
    },
    {
      id: 'commitment',
      label: { en: 'Firm commitment to a step', nl: 'Duidelijke toezegging voor een stap' },
    },
  ],
  agenda: [
    {
      id: 'goal',
      title: { en: 'Goal', nl: 'Doel' },
      prompt: {
        en: 'What do you want to achieve, and how will you know you got there?',
        nl: 'Wat wil je bereiken, en waaraan merk je dat het gelukt is?',
      },
    },
    {
      id: 'reality',
      title: { en: 'Reality', nl: 'Huidige situatie' },
      prompt: {
        en: 'Where are you now? What have you tried, and what happened?',
        nl: 'Waar sta je nu? Wat heb je al geprobeerd, en wat gebeurde er?',
      },
    },
    {
      id: 'options',
      title: { en: 'Options', nl: 'Opties' },
      prompt: {
        en: 'What could you do? What else? What would someone you admire do?',
        nl: 'Wat zou je kunnen doen? Wat nog meer? Wat zou iemand doen die je bewondert?',
      },
    },
    {
      id: 'will',
      title: { en: 'Will', nl: 'Wil' },
      prompt: {
        en: 'What will you do, by when, and how sure are you on a scale of 1 to 10?',
        nl: 'Wat ga je doen, tegen wanneer, en hoe zeker ben je op een schaal van 1 tot 10?',
      },
    },
  ],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
