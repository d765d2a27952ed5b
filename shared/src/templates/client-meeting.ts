import { DEBRIEF_QUESTIONS } from './debrief';
import type { SessionTemplate } from '../model/template';

/** Sitting in on a client call or visit (video call, phone, CRM work alongside). */
export const clientMeetingObservation: SessionTemplate = {
  id: 'client-meeting-observation',
  kind: 'observation',
  title: { en: 'Client meeting observation', nl: 'Observatie klantgesprek' },
  description: {
    en: 'The coach joins a real client meeting as an observer, notes tops and tips with the moment they happened, and debriefs right after.',
    nl: 'De coach woont een echt klantgesprek bij als toeschouwer, noteert tops en tips met het moment waarop ze gebeurden, en bespreekt het meteen na.',
  },
  contextKind: 'call',
  prepQuestions: [
    {
      id: 'aim',
      text: {
        en: 'What is the aim of this meeting, for the client and for you?',
        nl: 'Wat is het doel van dit gesprek, voor de klant en voor jou?',
      },
    },
    {
      id: 'expected-behaviour',
      text: {
        en: 'What behaviour do you expect from yourself, and from the other side?',
        nl: 'Welk gedrag verwacht je van jezelf, en van de andere kant?',
      },
    },
    {
      id: 'client-questions',
      text: {
        en: 'Which questions will the client want answered?',
        nl: 'Op welke vragen wil de klant een antwoord krijgen?',
      },
    },
    {
      id: 'scenarios',
      text: {
        en: 'Which scenarios did you prepare, and how will you respond to each?',
        nl: "Welke scenario's heb je voorbereid, en hoe reageer je op elk ervan?",
      },
    },
    {
      id: 'coach-role',
      text: {
        en: "How will you introduce the coach, and what is the coach's role?",
        nl: 'Hoe stel je de coach voor, en welke rol heeft de coach?',
      },
      hint: {
        en: 'For example: silent observer who only steps in when you get stuck.',
        nl: 'Bijvoorbeeld: stille toeschouwer die alleen bijspringt als je vastloopt.',
      },
    },
    {
      id: 'exceed-expectations',
      text: {
        en: "How will you go beyond the client's expectations?",
        nl: 'Hoe ga je de verwachtingen van de klant overtreffen?',
      },
    },
  ],
  rubric: [
    {
      id: 'opening',
      label: { en: 'Opening and agenda', nl: 'Opening en agenda' },
      hint: {
        en: 'Sets the purpose and checks it with the client.',
        nl: 'Zet het doel neer en toetst het bij de klant.',
      },
    },
    {
      id: 'questions',
      label: { en: 'Asking and listening', nl: 'Vragen stellen en luisteren' },
      hint: {
        en: 'Open questions, follows up, lets the client finish.',
        nl: 'Open vragen, vraagt door, laat de klant uitpraten.',
      },
    },
    {
      id: 'needs',
      label: { en: 'Understanding the need', nl: 'De behoefte helder krijgen' },
      hint: {
        en: 'Summarises what the client needs and checks it.',
        nl: 'Vat samen wat de klant nodig heeft en checkt dat.',
      },
    },
    {
      id: 'objections',
      label: { en: 'Handling objections', nl: 'Omgaan met bezwaren' },
      hint: {
        en: 'Stays calm, explores the concern before answering.',
        nl: 'Blijft rustig, verkent het bezwaar voor het te beantwoorden.',
      },
    },
    {
      id: 'clarity',
      label: { en: 'Clear explanation', nl: 'Heldere uitleg' },
      hint: {
        en: "Plain words, in the client's terms, no jargon.",
        nl: 'Eenvoudige woorden, in de termen van de klant, zonder vakjargon.',
      },
    },
    {
      id: 'rapport',
      label: { en: 'Tone and rapport', nl: 'Toon en contact' },
    },
    {
      id: 'time',
      label: { en: 'Use of time', nl: 'Tijdsbewaking' },
    },
    {
      id: 'next-steps',
      label: { en: 'Next steps agreed', nl: 'Vervolgstappen afgesproken' },
      hint: {
        en: 'Who does what by when, confirmed with the client.',
        nl: 'Wie doet wat tegen wanneer, bevestigd met de klant.',
      },
    },
  ],
  agenda: [],
  debriefQuestions: [...DEBRIEF_QUESTIONS],
};
