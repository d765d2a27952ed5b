import { defineMessages } from '../define';

/**
 * Messages of the core area: labels for the model's enumerations, the rules' warnings,
 * progress text and validation errors (`CoachingError.key`).
 */
export const coreMessages = defineMessages({
  en: {
    'core.trackKind.on-the-job': 'On-the-job coaching',
    'core.trackKind.job-coaching': 'Job coaching',
    'core.trackKind.intervision': 'Peer coaching (intervision)',
    'core.trackKind.mentoring': 'Mentoring',
    'core.trackKind.pair-programming': 'Pair-programming coaching',

    'core.trackStatus.intake': 'Intake',
    'core.trackStatus.active': 'Active',
    'core.trackStatus.follow-up': 'Follow-up',
    'core.trackStatus.closed': 'Closed',

    'core.goalStatus.open': 'Open',
    'core.goalStatus.achieved': 'Achieved',
    'core.goalStatus.dropped': 'Dropped',

    'core.sessionKind.observation': 'Observation',
    'core.sessionKind.conversation': 'Conversation',
    'core.sessionKind.intervision': 'Intervision',
    'core.sessionKind.pairing': 'Pairing session',
    'core.sessionKind.follow-up': 'Follow-up',

    'core.sessionStatus.planned': 'Planned',
    'core.sessionStatus.prepared': 'Prepared',
    'core.sessionStatus.in-progress': 'In progress',
    'core.sessionStatus.debrief': 'Debrief',
    'core.sessionStatus.done': 'Done',
    'core.sessionStatus.skipped': 'Skipped',
    'core.sessionStatus.cancelled': 'Cancelled',

    'core.session.planned': 'Announced',
    'core.session.unannounced': 'Unannounced',

    'core.prepCheck.unchecked': 'Preparation not checked yet',
    'core.prepCheck.prepared': 'Prepared',
    'core.prepCheck.not-prepared': 'Not prepared',

    'core.contextKind.call': 'Call',
    'core.contextKind.meeting': 'Meeting',
    'core.contextKind.crm': 'CRM record',
    'core.contextKind.code': 'Code',
    'core.contextKind.other': 'Other',

    'core.observationKind.top': 'Top',
    'core.observationKind.tip': 'Tip',
    'core.observationKind.question': 'Question',
    'core.observationKind.fact': 'Fact',
    'core.observationKind.intervention': 'Intervention',

    'core.visibility.private': 'Private (coach only)',
    'core.visibility.shared': 'Shared',

    'core.responseKind.reply': 'Reply',
    'core.responseKind.read': 'Read',
    'core.responseKind.agree': 'Agree',
    'core.error.responseWithoutPerson': 'Choose who you are first: a reply is given by a person.',
    'core.error.responseToPrivate': 'A private note is the coach’s alone and cannot be answered.',
    'core.error.notCoachee': 'Only a coachee of this session can assess it.',
    'core.error.notFocusGoal': 'Rate only the focus goals of this session.',
    'core.error.noSession': 'This session is not in your notes (any more).',
    'core.authorship.by': 'by {name}',
    'core.authorship.editedBy': 'edited by {name}',
    'core.authorship.editedByOthers':
      'edited by {name} and {others, plural, one {# other person} other {# other people}}',

    'core.actionStatus.open': 'Open',
    'core.actionStatus.done': 'Done',
    'core.actionStatus.dropped': 'Dropped',

    'core.cadence.weekly': 'Weekly',
    'core.cadence.fortnightly': 'Every two weeks',
    'core.cadence.monthly': 'Monthly',
    'core.cadence.custom': '{days, plural, one {Every day} other {Every # days}}',

    'core.trend.improving': 'Improving',
    'core.trend.steady': 'Steady',
    'core.trend.declining': 'Needs attention',
    'core.trend.not-enough-data': 'Not enough evidence yet',

    'core.feedback.warning.no-tops':
      'No tops picked. Start with what went well: name at least one concrete strength.',
    'core.feedback.warning.too-many-tips':
      '{count, plural, one {# tip picked} other {# tips picked}}. One or two tips are easier to act on; keep the rest for later.',
    'core.feedback.warning.tips-outnumber-tops':
      'More tips ({tips}) than tops ({tops}). Balance the feedback with strengths.',

    'core.progress.conversations':
      '{held} of ~{planned, plural, one {# conversation} other {# conversations}}',
    'core.progress.conversationsHeld': 'Conversations held: {held}',
    'core.progress.followUpDue': 'follow-up due {date}',
    'core.progress.followUpOverdue': 'follow-up overdue since {date}',
    'core.progress.closed': 'track closed',
    'core.progress.separator': ', ',

    'core.checkIn.due': 'Next check-in {date}',
    'core.checkIn.overdue': 'Check-in overdue since {date}',

    'core.carryForward.summary': 'Carried over from earlier sessions: {count}',
    'core.carryForward.none': 'No open actions from earlier sessions',

    'core.field.displayName': 'Name',
    'core.field.role': 'Role',
    'core.field.rating': 'Rating',
    'core.selfRating.1': 'still hard',
    'core.selfRating.2': 'works with help',
    'core.selfRating.3': 'works, with effort',
    'core.selfRating.4': 'goes well',
    'core.selfRating.5': 'comes naturally',
    'core.field.title': 'Title',
    'core.field.statement': 'Goal',
    'core.field.successCriterion': 'Success criterion',
    'core.field.text': 'Text',
    'core.field.answer': 'Answer',
    'core.field.note': 'Note',
    'core.field.date': 'Date',
    'core.field.due': 'Due date',
    'core.field.startDate': 'Start date',
    'core.field.endDate': 'End date',
    'core.field.followUpDates': 'Follow-up date',
    'core.field.plannedConversations': 'Planned number of conversations',
    'core.field.everyDays': 'Days between check-ins',
    'core.field.coacheeIds': 'Coachee',
    'core.field.kind': 'Kind',
    'core.field.status': 'Status',
    'core.field.visibility': 'Visibility',
    'core.field.order': 'Order',
    'core.field.at': 'Time',

    'core.error.required': 'Please fill in: {field}.',
    'core.error.tooLong':
      'Too long: {field} ({length, plural, one {# character} other {# characters}}, at most {max}).',
    'core.error.invalidDate': 'Not a valid date: {field} ("{value}"). Use YYYY-MM-DD.',
    'core.error.invalidTime': 'Not a valid time: {field} ("{value}").',
    'core.error.invalidNumber': '{field} must be a whole number from {min} to {max}.',
    'core.error.invalidChoice': 'Not a valid choice for {field}: "{value}".',
    'core.error.invalidField': 'This cannot be saved: {path} is not valid.',
    'core.error.endBeforeStart': 'The end date ({end}) lies before the start date ({start}).',
    'core.error.unknownQuestion': 'This template has no question "{id}".',
    'core.error.unknownTemplate': 'There is no template "{id}".',
    'core.error.sessionTransition': 'A session that is "{from}" cannot become "{to}".',
    'core.error.trackTransition': 'A track that is "{from}" cannot become "{to}".',
    'core.error.notPrepared':
      'This observation was not prepared, so it cannot start. Check the preparation first, or record it as unannounced.',
    'core.error.prepCheckNotAllowed':
      'Preparation can only be checked before a session starts (it is "{status}").',
    'core.error.unannouncedNotAllowed':
      'Only a session that is still planned can become unannounced (it is "{status}").',
    'core.error.sessionNotRecording':
      'Observations can only be added while a session runs or during its debrief (it is "{status}").',
    'core.error.wrongSession': 'This record belongs to another session.',
    'core.error.feedbackPickUnknown': 'The picked observation is not part of this session.',
    'core.error.feedbackPickKind': 'Only a top can be picked as a top, and only a tip as a tip.',
    'core.error.feedbackPickTwice': 'An observation cannot be both a top and a tip.',
  },
  nl: {
    'core.trackKind.on-the-job': 'Coaching op de werkvloer',
    'core.trackKind.job-coaching': 'Jobcoaching',
    'core.trackKind.intervision': 'Intervisie (collegiale coaching)',
    'core.trackKind.mentoring': 'Mentoring',
    'core.trackKind.pair-programming': 'Coaching bij pair programming',

    'core.trackStatus.intake': 'Intake',
    'core.trackStatus.active': 'Lopend',
    'core.trackStatus.follow-up': 'Nazorg',
    'core.trackStatus.closed': 'Afgesloten',

    'core.goalStatus.open': 'Open',
    'core.goalStatus.achieved': 'Bereikt',
    'core.goalStatus.dropped': 'Laten vallen',

    'core.sessionKind.observation': 'Observatie',
    'core.sessionKind.conversation': 'Gesprek',
    'core.sessionKind.intervision': 'Intervisie',
    'core.sessionKind.pairing': 'Pairingsessie',
    'core.sessionKind.follow-up': 'Opvolggesprek',

    'core.sessionStatus.planned': 'Gepland',
    'core.sessionStatus.prepared': 'Voorbereid',
    'core.sessionStatus.in-progress': 'Bezig',
    'core.sessionStatus.debrief': 'Nabespreking',
    'core.sessionStatus.done': 'Afgerond',
    'core.sessionStatus.skipped': 'Overgeslagen',
    'core.sessionStatus.cancelled': 'Geannuleerd',

    'core.session.planned': 'Aangekondigd',
    'core.session.unannounced': 'Onaangekondigd',

    'core.prepCheck.unchecked': 'Voorbereiding nog niet gecontroleerd',
    'core.prepCheck.prepared': 'Voorbereid',
    'core.prepCheck.not-prepared': 'Niet voorbereid',

    'core.contextKind.call': 'Gesprek',
    'core.contextKind.meeting': 'Vergadering',
    'core.contextKind.crm': 'CRM-record',
    'core.contextKind.code': 'Code',
    'core.contextKind.other': 'Anders',

    'core.observationKind.top': 'Top',
    'core.observationKind.tip': 'Tip',
    'core.observationKind.question': 'Vraag',
    'core.observationKind.fact': 'Feit',
    'core.observationKind.intervention': 'Ingreep',

    'core.visibility.private': 'Privé (alleen coach)',
    'core.visibility.shared': 'Gedeeld',

    'core.responseKind.reply': 'Antwoord',
    'core.responseKind.read': 'Gelezen',
    'core.responseKind.agree': 'Mee eens',
    'core.error.responseWithoutPerson':
      'Kies eerst wie je bent: een antwoord komt van een persoon.',
    'core.error.responseToPrivate':
      'Een privénotitie is alleen van de coach en kan niet beantwoord worden.',
    'core.error.notCoachee': 'Alleen een coachee van deze sessie kan die beoordelen.',
    'core.error.notFocusGoal': 'Geef alleen een score voor de focusdoelen van deze sessie.',
    'core.error.noSession': 'Deze sessie staat (niet meer) in je notities.',
    'core.authorship.by': 'door {name}',
    'core.authorship.editedBy': 'bewerkt door {name}',
    'core.authorship.editedByOthers':
      'bewerkt door {name} en {others, plural, one {# ander} other {# anderen}}',

    'core.actionStatus.open': 'Open',
    'core.actionStatus.done': 'Gedaan',
    'core.actionStatus.dropped': 'Laten vallen',

    'core.cadence.weekly': 'Wekelijks',
    'core.cadence.fortnightly': 'Om de twee weken',
    'core.cadence.monthly': 'Maandelijks',
    'core.cadence.custom': '{days, plural, one {Elke dag} other {Om de # dagen}}',

    'core.trend.improving': 'Gaat vooruit',
    'core.trend.steady': 'Stabiel',
    'core.trend.declining': 'Vraagt aandacht',
    'core.trend.not-enough-data': 'Nog te weinig waarnemingen',

    'core.feedback.warning.no-tops':
      'Geen tops gekozen. Begin met wat goed ging: noem minstens één concrete sterkte.',
    'core.feedback.warning.too-many-tips':
      '{count, plural, one {# tip gekozen} other {# tips gekozen}}. Met één of twee tips kan iemand meer; bewaar de rest voor later.',
    'core.feedback.warning.tips-outnumber-tops':
      'Meer tips ({tips}) dan tops ({tops}). Zorg voor evenwicht en benoem ook sterktes.',

    'core.progress.conversations':
      '{held} van ~{planned, plural, one {# gesprek} other {# gesprekken}}',
    'core.progress.conversationsHeld': 'Gevoerde gesprekken: {held}',
    'core.progress.followUpDue': 'opvolging op {date}',
    'core.progress.followUpOverdue': 'opvolging te laat sinds {date}',
    'core.progress.closed': 'traject afgesloten',
    'core.progress.separator': ', ',

    'core.checkIn.due': 'Volgende check-in {date}',
    'core.checkIn.overdue': 'Check-in te laat sinds {date}',

    'core.carryForward.summary': 'Meegenomen uit eerdere sessies: {count}',
    'core.carryForward.none': 'Geen open acties uit eerdere sessies',

    'core.field.displayName': 'Naam',
    'core.field.role': 'Rol',
    'core.field.rating': 'Score',
    'core.selfRating.1': 'nog moeilijk',
    'core.selfRating.2': 'lukt met hulp',
    'core.selfRating.3': 'lukt, met moeite',
    'core.selfRating.4': 'gaat goed',
    'core.selfRating.5': 'gaat vanzelf',
    'core.field.title': 'Titel',
    'core.field.statement': 'Doel',
    'core.field.successCriterion': 'Succescriterium',
    'core.field.text': 'Tekst',
    'core.field.answer': 'Antwoord',
    'core.field.note': 'Notitie',
    'core.field.date': 'Datum',
    'core.field.due': 'Deadline',
    'core.field.startDate': 'Startdatum',
    'core.field.endDate': 'Einddatum',
    'core.field.followUpDates': 'Opvolgdatum',
    'core.field.plannedConversations': 'Gepland aantal gesprekken',
    'core.field.everyDays': 'Dagen tussen check-ins',
    'core.field.coacheeIds': 'Coachee',
    'core.field.kind': 'Soort',
    'core.field.status': 'Status',
    'core.field.visibility': 'Zichtbaarheid',
    'core.field.order': 'Volgorde',
    'core.field.at': 'Tijdstip',

    'core.error.required': 'Vul dit in: {field}.',
    'core.error.tooLong':
      'Te lang: {field} ({length, plural, one {# teken} other {# tekens}}, hoogstens {max}).',
    'core.error.invalidDate': 'Geen geldige datum: {field} ("{value}"). Gebruik JJJJ-MM-DD.',
    'core.error.invalidTime': 'Geen geldig tijdstip: {field} ("{value}").',
    'core.error.invalidNumber': '{field} moet een geheel getal van {min} tot {max} zijn.',
    'core.error.invalidChoice': 'Geen geldige keuze voor {field}: "{value}".',
    'core.error.invalidField': 'Dit kan niet worden opgeslagen: {path} is ongeldig.',
    'core.error.endBeforeStart': 'De einddatum ({end}) ligt vóór de startdatum ({start}).',
    'core.error.unknownQuestion': 'Dit sjabloon heeft geen vraag "{id}".',
    'core.error.unknownTemplate': 'Er bestaat geen sjabloon "{id}".',
    'core.error.sessionTransition': 'Een sessie met status "{from}" kan niet naar "{to}".',
    'core.error.trackTransition': 'Een traject met status "{from}" kan niet naar "{to}".',
    'core.error.notPrepared':
      'Deze observatie is niet voorbereid en kan dus niet starten. Controleer eerst de voorbereiding, of leg ze vast als onaangekondigd.',
    'core.error.prepCheckNotAllowed':
      'De voorbereiding controleer je vóór de sessie start (de status is "{status}").',
    'core.error.unannouncedNotAllowed':
      'Alleen een sessie die nog gepland is, kan onaangekondigd worden (de status is "{status}").',
    'core.error.sessionNotRecording':
      'Waarnemingen voeg je toe terwijl een sessie loopt of tijdens de nabespreking (de status is "{status}").',
    'core.error.wrongSession': 'Dit record hoort bij een andere sessie.',
    'core.error.feedbackPickUnknown': 'De gekozen waarneming hoort niet bij deze sessie.',
    'core.error.feedbackPickKind':
      'Alleen een top kan als top gekozen worden, en alleen een tip als tip.',
    'core.error.feedbackPickTwice': 'Een waarneming kan niet tegelijk top en tip zijn.',
  },
});

export type CoreMessageKey = keyof typeof coreMessages.en;
