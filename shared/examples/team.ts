/**
 * The sample shared file `team.coaching.jsonl`, built from code so that it stays valid as the
 * model evolves: `node shared/examples/generate.mjs` writes it, a test checks it is current.
 *
 * Three teams of one organisation: a sales manager observing an account manager's client
 * calls (on-the-job track), an intervision group of team leads, and a tech lead pairing with
 * a developer (code-anchored notes). Names and companies are invented.
 */
import type {
  Action,
  Goal,
  Observation,
  Person,
  Session,
  StoredRecord,
  Tombstone,
  Track,
} from '../src/model/types';

const MARIEKE_LAPTOP = 'a1b2c3d4e5f60718';
const DAAN_LAPTOP = '9f8e7d6c5b4a3921';
const FATIMA_LAPTOP = '4c5d6e7f8091a2b3';
const SANNE_VSCODE = 'e0f1a2b3c4d5e6f7';

/** A UUIDv7 for a moment, with `n` to tell records made in the same minute apart. */
function id(iso: string, n: number): string {
  const hex = new Date(iso).getTime().toString(16).padStart(12, '0');
  const tail = n.toString(16).padStart(12, '0');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7000-8000-${tail}`;
}

function base(iso: string, n: number, actor: string, edits = 1) {
  return { id: id(iso, n), createdAt: iso, updatedAt: iso, rev: { [actor]: edits } };
}

function person(iso: string, n: number, displayName: string, role: string): Person {
  return { type: 'person', ...base(iso, n, MARIEKE_LAPTOP), displayName, role };
}

const t0 = '2026-10-01T08:00:00.000Z';
const marieke = person(t0, 1, 'Marieke Jansen', 'salesmanager');
const daan = person(t0, 2, 'Daan Bakker', 'accountmanager');
const fatima = {
  ...person(t0, 3, 'Fatima El Amrani', 'teamleider klantenservice'),
  rev: { [FATIMA_LAPTOP]: 1 },
};
const joost = {
  ...person(t0, 4, 'Joost de Wit', 'teamleider binnendienst'),
  rev: { [FATIMA_LAPTOP]: 1 },
};
const lotte = { ...person(t0, 5, 'Lotte Visser', 'HR-adviseur'), rev: { [FATIMA_LAPTOP]: 1 } };
const sanne = { ...person(t0, 6, 'Sanne Peeters', 'tech lead'), rev: { [SANNE_VSCODE]: 1 } };
const ruben = { ...person(t0, 7, 'Ruben Claes', 'ontwikkelaar'), rev: { [SANNE_VSCODE]: 1 } };

// ---------------------------------------------------------------------------------------------
// On-the-job: Marieke observes Daan's client calls

const t1 = '2026-10-05T09:00:00.000Z';
const salesTrack: Track = {
  type: 'track',
  ...base(t1, 1, MARIEKE_LAPTOP, 2),
  updatedAt: '2026-11-10T16:00:00.000Z',
  kind: 'on-the-job',
  title: 'Klantgesprekken Daan — najaar 2026',
  coacheeIds: [daan.id],
  coachIds: [marieke.id],
  status: 'active',
  templateId: 'on-the-job-track',
  plannedConversations: 6,
  startDate: '2026-10-05',
  endDate: '2027-02-26',
  followUpDates: ['2027-04-12'],
  cadence: { kind: 'fortnightly' },
};

function goal(
  n: number,
  statement: string,
  successCriterion: string,
  status: Goal['status'],
): Goal {
  return {
    type: 'goal',
    ...base(t1, 10 + n, MARIEKE_LAPTOP),
    trackId: salesTrack.id,
    statement,
    successCriterion,
    status,
    order: n,
  };
}

const goalAim = goal(
  1,
  'Opent elk klantgesprek met een doel dat de klant herkent.',
  'In vier van de vijf geobserveerde gesprekken noemt Daan het doel binnen de eerste twee minuten en vraagt hij de klant of dat klopt.',
  'achieved',
);
const goalNeeds = goal(
  2,
  'Vraagt door op de behoefte voordat hij een oplossing voorstelt.',
  'Minstens drie open vragen vóór de eerste productuitleg, in drie gesprekken op rij.',
  'open',
);
const goalNextStep = goal(
  3,
  'Sluit elk gesprek af met een concrete vervolgafspraak.',
  'Elk gesprek eindigt met een datum en een eigenaar voor de volgende stap.',
  'open',
);

const acmeStart = '2026-10-12T13:00:00.000Z';
const acmeCall: Session = {
  type: 'session',
  ...base('2026-10-08T10:00:00.000Z', 1, MARIEKE_LAPTOP, 4),
  updatedAt: '2026-10-12T14:10:00.000Z',
  rev: { [DAAN_LAPTOP]: 1, [MARIEKE_LAPTOP]: 4 },
  kind: 'observation',
  trackId: salesTrack.id,
  coacheeIds: [daan.id],
  coachIds: [marieke.id],
  title: 'Verlengingsgesprek Acme Logistics',
  templateId: 'client-meeting-observation',
  planned: true,
  status: 'done',
  date: '2026-10-12',
  context: {
    kind: 'call',
    site: 'google-meet',
    label: 'Acme Logistics — verlenging contract 2027',
  },
  before: {
    answers: {
      aim: 'Voor Acme: zekerheid over de prijs voor 2027. Voor mij: verlenging voor twee jaar, met de module routeplanning erbij.',
      'expected-behaviour':
        'Ik wil rustig blijven bij de prijsvraag. Inkoper Van Leeuwen is kritisch en zal over de storing van augustus beginnen.',
      'client-questions':
        'Waarom stijgt de prijs? Wat doen jullie aan de storing van augustus? Kunnen we per maand opzeggen?',
      scenarios:
        'Als hij over korting begint: eerst vragen welk budget er is. Als de storing ter sprake komt: erkennen en het verbeterplan laten zien.',
      'coach-role':
        'Marieke luistert mee als collega van sales, zegt alleen iets als ik erom vraag.',
      'exceed-expectations':
        'Een kort overzicht van hun gebruik in 2026 meesturen, zodat ze zien wat ze eraan hebben.',
    },
    prepCheck: 'prepared',
    focusGoalIds: [goalAim.id, goalNeeds.id],
  },
  during: { startedAt: acmeStart, endedAt: '2026-10-12T13:42:00.000Z' },
  after: {
    debrief: {
      'coachee-experience':
        'Spannender dan gedacht, vooral toen Van Leeuwen over de storing begon. Daarna ging het beter.',
      'coach-experience':
        'Ik hoefde niet in te grijpen. Eén keer wilde ik het wel, bij de prijs; goed dat ik het niet deed.',
      'seen-and-heard':
        'Sterke opening met het doel. Bij de prijs kwam de uitleg te snel, vóór de vraag naar hun budget.',
      'went-well': 'Doel benoemd, storing eerlijk erkend, duidelijke samenvatting aan het eind.',
      'can-be-better':
        'Eerst doorvragen, dan pas uitleggen. De vervolgafspraak had een datum nodig.',
      actions: 'Vóór elk gesprek drie open vragen opschrijven. Afsluiten met datum en eigenaar.',
      'help-needed': 'Een voorbeeld van een goede samenvattende mail na een gesprek.',
    },
    feedback: {
      topIds: [],
      tipIds: [],
      note: 'Twee tips is genoeg voor deze keer: eerst doorvragen, en de afspraak vastpinnen op een datum.',
    },
  },
};

function observation(
  session: Session,
  startedAt: string,
  n: number,
  kind: Observation['kind'],
  text: string,
  minutes: number,
  extra: Partial<Observation> = {},
): Observation {
  const at = new Date(new Date(startedAt).getTime() + minutes * 60_000).toISOString();
  return {
    type: 'observation',
    id: id(at, n),
    createdAt: at,
    updatedAt: at,
    rev: { [session.coachIds.length ? MARIEKE_LAPTOP : FATIMA_LAPTOP]: 1 },
    sessionId: session.id,
    trackId: session.trackId,
    coacheeIds: session.coacheeIds,
    kind,
    text,
    at,
    offsetMs: minutes * 60_000,
    visibility: 'shared',
    ...extra,
  };
}

const acmeObservations: Observation[] = [
  observation(
    acmeCall,
    acmeStart,
    1,
    'top',
    'Opent met het doel van het gesprek en vraagt of dat ook hun doel is: Van Leeuwen knikt en vult aan.',
    1.5,
    { goalId: goalAim.id, rubricItemId: 'opening' },
  ),
  observation(
    acmeCall,
    acmeStart,
    2,
    'top',
    'Erkent de storing van augustus zonder uitvluchten ("dat had niet mogen gebeuren") en laat het verbeterplan zien.',
    9,
  ),
  observation(
    acmeCall,
    acmeStart,
    3,
    'tip',
    'Bij "waarom stijgt de prijs?" meteen drie minuten uitleg. Probeer eerst: "Wat is voor jullie een reëel budget?"',
    17.25,
    { goalId: goalNeeds.id, rubricItemId: 'objections' },
  ),
  observation(
    acmeCall,
    acmeStart,
    4,
    'question',
    'Weet Daan wie bij Acme uiteindelijk tekent? Niet gevraagd.',
    24,
  ),
  observation(
    acmeCall,
    acmeStart,
    5,
    'tip',
    'Afsluiting: "we bellen nog" — spreek een datum af en wie de offerte stuurt.',
    39.5,
    { goalId: goalNextStep.id, rubricItemId: 'next-steps' },
  ),
  observation(
    acmeCall,
    acmeStart,
    6,
    'fact',
    'Daan leek nerveus bij de prijsvraag; later apart naar vragen, niet in de gedeelde notities.',
    17.5,
    { visibility: 'private' },
  ),
];
acmeCall.after.feedback.topIds = [acmeObservations[0]!.id, acmeObservations[1]!.id];
acmeCall.after.feedback.tipIds = [acmeObservations[2]!.id, acmeObservations[4]!.id];

const vanDamStart = '2026-11-09T10:15:00.000Z';
const vanDamCall: Session = {
  type: 'session',
  ...base(vanDamStart, 2, MARIEKE_LAPTOP, 2),
  updatedAt: '2026-11-09T11:00:00.000Z',
  kind: 'observation',
  trackId: salesTrack.id,
  coacheeIds: [daan.id],
  coachIds: [marieke.id],
  title: 'Telefonische opvolging offerte Van Dam',
  templateId: 'client-meeting-observation',
  planned: false,
  status: 'done',
  date: '2026-11-09',
  context: {
    kind: 'crm',
    site: 'salesforce',
    label: 'Opportunity: Van Dam Installatietechniek — offerte Q1',
  },
  before: { answers: {}, prepCheck: 'unchecked', focusGoalIds: [goalNeeds.id] },
  during: { startedAt: vanDamStart, endedAt: '2026-11-09T10:38:00.000Z' },
  after: {
    debrief: {
      'coachee-experience':
        'Onverwacht dat je meeluisterde, maar het voelde als een gewoon gesprek.',
      'went-well': 'Vier open vragen voordat ik de offerte toelichtte.',
      'can-be-better': 'Ik praatte door toen de klant even stil was.',
    },
    feedback: { topIds: [], tipIds: [] },
  },
};
const vanDamObservations: Observation[] = [
  observation(
    vanDamCall,
    vanDamStart,
    1,
    'top',
    'Vier open vragen over hun planning vóór hij de offerte toelicht. Precies het doel!',
    3,
    { goalId: goalNeeds.id },
  ),
  observation(
    vanDamCall,
    vanDamStart,
    2,
    'tip',
    'Laat een stilte vallen na een vraag; de klant was aan het nadenken.',
    12,
  ),
];
vanDamCall.after.feedback.topIds = [vanDamObservations[0]!.id];
vanDamCall.after.feedback.tipIds = [vanDamObservations[1]!.id];

const smitCall: Session = {
  type: 'session',
  ...base('2026-11-20T09:00:00.000Z', 3, DAAN_LAPTOP),
  kind: 'observation',
  trackId: salesTrack.id,
  coacheeIds: [daan.id],
  coachIds: [marieke.id],
  title: 'Kennismaking Bouwbedrijf Smit',
  templateId: 'client-meeting-observation',
  planned: true,
  status: 'planned',
  date: '2026-12-07',
  context: { kind: 'call', site: 'microsoft-teams', label: 'Kennismaking Bouwbedrijf Smit' },
  before: {
    answers: { aim: 'Begrijpen hoe Smit nu zijn ritten plant, en of een demo zin heeft.' },
    prepCheck: 'unchecked',
    focusGoalIds: [goalNeeds.id, goalNextStep.id],
  },
  during: {},
  after: { debrief: {}, feedback: { topIds: [], tipIds: [] } },
};

function action(
  iso: string,
  n: number,
  session: Session,
  text: string,
  ownerId: string,
  due: string,
  status: Action['status'],
  actor: string,
): Action {
  return {
    type: 'action',
    ...base(iso, n, actor),
    text,
    ownerId,
    due,
    status,
    trackId: session.trackId,
    sessionId: session.id,
    coacheeIds: session.coacheeIds,
    ...(status === 'open' ? {} : { closedAt: '2026-10-26T15:00:00.000Z' }),
  };
}

const acmeDone = '2026-10-12T14:05:00.000Z';
const salesActions: Action[] = [
  {
    ...action(
      acmeDone,
      1,
      acmeCall,
      'Het gespreksdoel vooraf op één regel zetten en in de eerste twee minuten uitspreken.',
      daan.id,
      '2026-10-26',
      'done',
      MARIEKE_LAPTOP,
    ),
    updatedAt: '2026-10-26T15:00:00.000Z',
    rev: { [DAAN_LAPTOP]: 1, [MARIEKE_LAPTOP]: 1 },
  },
  action(
    acmeDone,
    3,
    acmeCall,
    'Marieke stuurt een voorbeeld van een samenvattende mail na een klantgesprek.',
    marieke.id,
    '2026-11-28',
    'open',
    MARIEKE_LAPTOP,
  ),
];

/**
 * Both Marieke and Daan edited this action while offline; the merge kept both wordings
 * (Daan's is newer, so it is shown) until one of them resolves it.
 */
const mariekeWording = {
  rev: { [MARIEKE_LAPTOP]: 2 },
  updatedAt: '2026-11-10T16:05:00.000Z',
  text: 'Drie open vragen voorbereiden voor het gesprek met Bouwbedrijf Smit en ze vooraf naar Marieke sturen.',
};
const daanWording = {
  rev: { [DAAN_LAPTOP]: 1, [MARIEKE_LAPTOP]: 1 },
  updatedAt: '2026-11-11T08:30:00.000Z',
  text: 'Drie open vragen voorbereiden voor Bouwbedrijf Smit (planning, wagenpark, wie beslist).',
};
const questionsAction = action(
  acmeDone,
  2,
  acmeCall,
  daanWording.text,
  daan.id,
  '2026-12-04',
  'open',
  MARIEKE_LAPTOP,
);
const {
  type: _t,
  id: _i,
  createdAt: _c,
  updatedAt: _u,
  rev: _r,
  ...questionsFields
} = questionsAction;
const conflictedAction: Action = {
  ...questionsAction,
  updatedAt: daanWording.updatedAt,
  rev: { [DAAN_LAPTOP]: 1, [MARIEKE_LAPTOP]: 2 },
  conflicts: [daanWording, mariekeWording].map(({ rev, updatedAt, text }) => ({
    rev,
    updatedAt,
    fields: { ...questionsFields, text },
  })),
};

/** An observation Marieke deleted: only its tombstone travels, without text. */
const deletedObservation: Tombstone = {
  type: 'observation',
  id: id('2026-10-12T13:30:00.000Z', 9),
  createdAt: '2026-10-12T13:30:00.000Z',
  updatedAt: '2026-10-12T14:20:00.000Z',
  rev: { [MARIEKE_LAPTOP]: 2 },
  deleted: true,
};

// ---------------------------------------------------------------------------------------------
// Intervision: three team leads coach each other

const t2 = '2026-10-20T12:00:00.000Z';
const intervisionTrack: Track = {
  type: 'track',
  ...base(t2, 1, FATIMA_LAPTOP),
  kind: 'intervision',
  title: 'Intervisie teamleiders',
  coacheeIds: [fatima.id, joost.id, lotte.id],
  coachIds: [],
  status: 'active',
  templateId: 'intervision-track',
  startDate: '2026-11-03',
  followUpDates: [],
  cadence: { kind: 'monthly' },
};
const intervisionStart = '2026-11-03T14:00:00.000Z';
const intervisionMeeting: Session = {
  type: 'session',
  ...base(intervisionStart, 1, FATIMA_LAPTOP, 3),
  updatedAt: '2026-11-03T15:40:00.000Z',
  kind: 'intervision',
  trackId: intervisionTrack.id,
  coacheeIds: [fatima.id, joost.id, lotte.id],
  coachIds: [],
  title: 'Intervisie november: lastige gesprekken over verzuim',
  templateId: 'intervision',
  planned: true,
  status: 'done',
  date: '2026-11-03',
  context: { kind: 'meeting', site: 'zoom', label: 'Intervisie teamleiders' },
  before: {
    answers: {
      win: 'Fatima: het nieuwe rooster werkt, minder klachten over de bereikbaarheid na vijf uur.',
      challenge:
        'Joost: hoe begin ik een gesprek met een medewerker die vaak kort verzuimt, zonder dat het een verhoor wordt?',
      'previous-actions': 'Eerste keer; nog geen actiepunten.',
    },
    prepCheck: 'prepared',
    focusGoalIds: [],
  },
  during: { startedAt: intervisionStart, endedAt: '2026-11-03T15:30:00.000Z' },
  after: {
    debrief: {
      'coachee-experience': 'Joost: fijn dat er eerst vragen kwamen en pas daarna advies.',
      'went-well': 'Iedereen stelde eerst vragen; de casus werd er scherper van.',
      'can-be-better': 'We liepen een kwartier uit. Volgende keer een tijdbewaker aanwijzen.',
      actions: 'Joost plant het gesprek en vertelt volgende keer hoe het ging.',
    },
    feedback: { topIds: [], tipIds: [] },
  },
};
const intervisionObservations: Observation[] = [
  observation(
    intervisionMeeting,
    intervisionStart,
    1,
    'question',
    'Lotte: "Wat wil je dat de medewerker na het gesprek anders doet?" — hielp Joost zijn doel te vinden.',
    22,
  ),
  observation(
    intervisionMeeting,
    intervisionStart,
    2,
    'top',
    'Joost vatte de adviezen zelf samen in twee zinnen; duidelijk eigenaarschap.',
    71,
  ),
  observation(
    intervisionMeeting,
    intervisionStart,
    3,
    'intervention',
    'Fatima hield de ronde kort toen de discussie over het verzuimbeleid in het algemeen ging.',
    48,
  ),
];
const intervisionActions: Action[] = [
  action(
    '2026-11-03T15:35:00.000Z',
    1,
    intervisionMeeting,
    'Gesprek met de medewerker plannen; openen met wat hij zelf merkt in plaats van met de cijfers.',
    joost.id,
    '2026-11-21',
    'open',
    FATIMA_LAPTOP,
  ),
  action(
    '2026-11-03T15:35:00.000Z',
    2,
    intervisionMeeting,
    'Voor december een tijdbewaker en een casusinbrenger afspreken.',
    fatima.id,
    '2026-12-01',
    'open',
    FATIMA_LAPTOP,
  ),
];

// ---------------------------------------------------------------------------------------------
// Pair programming: Sanne pairs with Ruben on the invoicing service

const t3 = '2026-11-02T08:30:00.000Z';
const pairingTrack: Track = {
  type: 'track',
  ...base(t3, 1, SANNE_VSCODE),
  kind: 'pair-programming',
  title: 'Pairen op de facturatiemodule',
  coacheeIds: [ruben.id],
  coachIds: [sanne.id],
  status: 'active',
  templateId: 'pair-programming-track',
  startDate: '2026-11-02',
  followUpDates: [],
  cadence: { kind: 'weekly' },
};
const pairingGoal: Goal = {
  type: 'goal',
  ...base(t3, 2, SANNE_VSCODE),
  trackId: pairingTrack.id,
  statement: 'Schrijft eerst een falende test voordat hij een bug oplost.',
  successCriterion: 'Bij drie bugfixes op rij staat de test in een eigen commit vóór de fix.',
  status: 'open',
  order: 1,
};
const pairingStart = '2026-11-18T13:00:00.000Z';
const pairingSession: Session = {
  type: 'session',
  ...base(pairingStart, 1, SANNE_VSCODE, 3),
  updatedAt: '2026-11-18T15:05:00.000Z',
  kind: 'pairing',
  trackId: pairingTrack.id,
  coacheeIds: [ruben.id],
  coachIds: [sanne.id],
  title: 'Refactoring btw-berekening',
  templateId: 'pair-programming',
  planned: true,
  status: 'done',
  date: '2026-11-18',
  context: {
    kind: 'code',
    site: 'vscode',
    label: 'facturatie-service',
    repository: 'facturatie-service',
  },
  before: {
    answers: {
      task: 'Afrondingsfout bij btw op facturen met veel regels (ticket FAC-412).',
      practice: 'Eerst een test die de fout laat zien; kleine stappen met tussentijdse commits.',
    },
    prepCheck: 'prepared',
    focusGoalIds: [pairingGoal.id],
  },
  during: { startedAt: pairingStart, endedAt: '2026-11-18T14:50:00.000Z' },
  after: {
    debrief: {
      'coachee-experience': 'Navigeren was lastiger dan sturen; ik wilde steeds zelf typen.',
      'seen-and-heard': 'Goede test voor de afronding; daarna een te grote stap in één commit.',
      actions: 'Bij de volgende bug de test apart committen.',
    },
    feedback: {
      topIds: [],
      tipIds: [],
      note: 'Mooie test. Probeer stappen kleiner te houden dan één scherm code.',
    },
  },
};
function codeNote(
  n: number,
  kind: Observation['kind'],
  text: string,
  minutes: number,
  startLine: number,
  endLine: number,
  fingerprint: string,
): Observation {
  return {
    ...observation(pairingSession, pairingStart, n, kind, text, minutes),
    rev: { [SANNE_VSCODE]: 1 },
    anchor: {
      kind: 'code',
      file: 'src/btw/berekening.ts',
      range: { startLine, startCharacter: 0, endLine, endCharacter: 1 },
      commit: '3f9c2e1',
      fingerprint,
    },
  };
}
const pairingObservations: Observation[] = [
  codeNote(
    1,
    'top',
    'Schrijft eerst een test met 37 regels van € 0,10 die de afrondingsfout laat zien.',
    14,
    41,
    58,
    'sha256:9b1f0c4e',
  ),
  codeNote(
    2,
    'tip',
    'Afronding per regel én op het totaal in één commit; splits dat, dan is de review makkelijker. Zie `rondAf()`.',
    52,
    12,
    30,
    'sha256:27d4a8b3',
  ),
  codeNote(
    3,
    'question',
    'Waarom een float voor bedragen? Voorstel: centen als integer <bedrag * 100>.',
    67,
    5,
    9,
    'sha256:c0ffee12',
  ),
];
pairingSession.after.feedback.topIds = [pairingObservations[0]!.id];
pairingSession.after.feedback.tipIds = [pairingObservations[1]!.id];
const pairingActions: Action[] = [
  action(
    '2026-11-18T14:55:00.000Z',
    1,
    pairingSession,
    'Bij de volgende bugfix de falende test in een eigen commit zetten.',
    ruben.id,
    '2026-11-25',
    'open',
    SANNE_VSCODE,
  ),
  action(
    '2026-11-18T14:55:00.000Z',
    2,
    pairingSession,
    'Voorstel uitwerken om bedragen als centen (integer) op te slaan.',
    ruben.id,
    '2026-12-09',
    'open',
    SANNE_VSCODE,
  ),
];

/** Every record of the sample, in any order (the file writer sorts them). */
export function teamExample(): StoredRecord[] {
  return [
    marieke,
    daan,
    fatima,
    joost,
    lotte,
    sanne,
    ruben,
    salesTrack,
    goalAim,
    goalNeeds,
    goalNextStep,
    acmeCall,
    vanDamCall,
    smitCall,
    ...acmeObservations,
    ...vanDamObservations,
    deletedObservation,
    ...salesActions,
    conflictedAction,
    intervisionTrack,
    intervisionMeeting,
    ...intervisionObservations,
    ...intervisionActions,
    pairingTrack,
    pairingGoal,
    pairingSession,
    ...pairingObservations,
    ...pairingActions,
  ];
}
