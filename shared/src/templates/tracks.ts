import type { TrackTemplate } from '../model/template';

/**
 * Job coaching over about six months: intake, mapping of development points, coaching
 * conversations (eight in all), an optional assessment, then two follow-ups months later.
 */
export const jobCoachingTrack: TrackTemplate = {
  id: 'job-coaching-track',
  kind: 'job-coaching',
  title: { en: 'Job coaching track', nl: 'Jobcoachingstraject' },
  description: {
    en: 'About eight conversations over roughly six months, an optional assessment, and one or two follow-ups some months later to see whether the results hold. If it needs much longer, another approach is probably better.',
    nl: 'Ongeveer acht gesprekken over zo’n zes maanden, een optioneel assessment, en één of twee opvolggesprekken enkele maanden later om te zien of de resultaten blijven. Duurt het veel langer, dan past een andere aanpak wellicht beter.',
  },
  plannedConversations: 8,
  durationMonths: 6,
  cadence: { kind: 'custom', everyDays: 21 },
  defaultSessionTemplateId: 'coaching-conversation',
  steps: [
    {
      id: 'intake',
      title: { en: 'Intake', nl: 'Intake' },
      sessionTemplateId: 'intake-conversation',
      atWeek: 0,
    },
    {
      id: 'mapping',
      title: { en: 'Mapping development points', nl: 'Ontwikkelpunten in kaart brengen' },
      sessionTemplateId: 'coaching-conversation',
      atWeek: 2,
    },
    {
      id: 'conversation',
      title: { en: 'Coaching conversation {n} of {total}', nl: 'Coachingsgesprek {n} van {total}' },
      sessionTemplateId: 'coaching-conversation',
      atWeek: 5,
      repeat: 6,
      everyWeeks: 3,
    },
    {
      id: 'assessment',
      title: { en: 'Assessment (optional)', nl: 'Assessment (optioneel)' },
      sessionTemplateId: 'coaching-conversation',
      atWeek: 24,
      optional: true,
    },
    {
      id: 'follow-up',
      title: { en: 'Follow-up {n}', nl: 'Opvolggesprek {n}' },
      sessionTemplateId: 'follow-up-conversation',
      atWeek: 39,
      repeat: 2,
      everyWeeks: 13,
      followUp: true,
    },
  ],
};

/** Repeated observations of real work against the track's goals. */
export const onTheJobTrack: TrackTemplate = {
  id: 'on-the-job-track',
  kind: 'on-the-job',
  title: { en: 'On-the-job coaching track', nl: 'Traject coaching op de werkvloer' },
  description: {
    en: 'A kick-off to agree goals, then observations of real client calls or meetings every two weeks, and a follow-up later on.',
    nl: 'Een startgesprek om doelen af te spreken, daarna om de twee weken een observatie van echte klantgesprekken of overleggen, en later een opvolggesprek.',
  },
  plannedConversations: 6,
  durationMonths: 3,
  cadence: { kind: 'fortnightly' },
  defaultSessionTemplateId: 'client-meeting-observation',
  steps: [
    {
      id: 'kick-off',
      title: { en: 'Kick-off: agree goals', nl: 'Startgesprek: doelen afspreken' },
      sessionTemplateId: 'intake-conversation',
      atWeek: 0,
    },
    {
      id: 'observation',
      title: { en: 'Observation {n} of {total}', nl: 'Observatie {n} van {total}' },
      sessionTemplateId: 'client-meeting-observation',
      atWeek: 2,
      repeat: 5,
      everyWeeks: 2,
    },
    {
      id: 'follow-up',
      title: { en: 'Follow-up', nl: 'Opvolggesprek' },
      sessionTemplateId: 'follow-up-conversation',
      atWeek: 20,
      followUp: true,
    },
  ],
};

/** A peer group that meets monthly; roles rotate. */
export const intervisionTrack: TrackTemplate = {
  id: 'intervision-track',
  kind: 'intervision',
  title: { en: 'Intervision group', nl: 'Intervisiegroep' },
  description: {
    en: 'A group of peers meets about once a month to coach each other. Roles rotate; conversations are confidential.',
    nl: 'Een groep collega’s komt ongeveer maandelijks samen om elkaar te coachen. De rollen rouleren; de gesprekken zijn vertrouwelijk.',
  },
  plannedConversations: 6,
  durationMonths: 6,
  cadence: { kind: 'monthly' },
  defaultSessionTemplateId: 'intervision',
  steps: [
    {
      id: 'meeting',
      title: { en: 'Intervision {n} of {total}', nl: 'Intervisie {n} van {total}' },
      sessionTemplateId: 'intervision',
      atWeek: 0,
      repeat: 6,
      everyWeeks: 4,
    },
  ],
};

/** A mentor and mentee, monthly GROW conversations. */
export const mentoringTrack: TrackTemplate = {
  id: 'mentoring-track',
  kind: 'mentoring',
  title: { en: 'Mentoring', nl: 'Mentortraject' },
  description: {
    en: 'Monthly conversations with a mentor along goal, reality, options and will.',
    nl: 'Maandelijkse gesprekken met een mentor volgens doel, huidige situatie, opties en wil.',
  },
  plannedConversations: 6,
  durationMonths: 6,
  cadence: { kind: 'monthly' },
  defaultSessionTemplateId: 'grow-mentoring',
  steps: [
    {
      id: 'conversation',
      title: { en: 'Mentoring conversation {n}', nl: 'Mentorgesprek {n}' },
      sessionTemplateId: 'grow-mentoring',
      atWeek: 0,
      repeat: 6,
      everyWeeks: 4,
    },
  ],
};

/** A tech lead pairs weekly with a developer. */
export const pairProgrammingTrack: TrackTemplate = {
  id: 'pair-programming-track',
  kind: 'pair-programming',
  title: { en: 'Pair-programming coaching', nl: 'Coaching via pair programming' },
  description: {
    en: 'Weekly pairing sessions on real work, with feedback anchored to the code.',
    nl: 'Wekelijkse pairingsessies op echt werk, met feedback gekoppeld aan de code.',
  },
  plannedConversations: 6,
  durationMonths: 2,
  cadence: { kind: 'weekly' },
  defaultSessionTemplateId: 'pair-programming',
  steps: [
    {
      id: 'pairing',
      title: { en: 'Pairing session {n}', nl: 'Pairingsessie {n}' },
      sessionTemplateId: 'pair-programming',
      atWeek: 0,
      repeat: 6,
      everyWeeks: 1,
    },
  ],
};
