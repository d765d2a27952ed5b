import { defineMessages } from '../define';

/** Messages of the panel area (the observation flow and its shared components). */
export const panelMessages = defineMessages({
  en: {
    'panel.title': 'Coaching notes',
    'panel.pageTitle': 'Coaching notes — observation',
    'panel.switchSession': 'Sessions',
    'panel.openDashboard': 'Dashboard',
    'panel.openDashboardHint': 'Open the dashboard (people, history, actions) in a new tab',
    'panel.stages': 'Phases of the session',
    'panel.stage.before': 'Before',
    'panel.stage.during': 'During',
    'panel.stage.after': 'After',
    'panel.stage.export': 'Export',
    'panel.finish': 'Finish session',
    'panel.deleteSession': 'Delete session',
    'panel.deleteSessionQuestion':
      'Delete this session with all its observations and actions? This cannot be undone.',
    'panel.deleteSessionConfirm': 'Yes, delete',
    'panel.confirm.cancel': 'Cancel',
    'panel.confirm.obscured':
      'Refused: the panel is covered or not fully visible. Make sure nothing lies over it and try again.',
    'panel.save.saved': 'Saved',
    'panel.save.saving': 'Saving…',
    'panel.save.error': 'Not saved: your text is kept here.',
    'panel.save.retry': 'Try again',
    'panel.storage.persisted': 'Notes are kept on this device.',
    'panel.storage.notPersisted':
      'The browser may clear these notes when space runs low. Export regularly.',
    'panel.error.store': 'The notes database could not be opened: {message}',
    'panel.elsewhere.title': 'Another call or record',
    'panel.elsewhere.text':
      'Your last session, with {who}, started on {where}. This page is another call or record.',
    'panel.elsewhere.resume': 'Resume the session with {who}',
    'panel.elsewhere.startHere': 'Start a new session here',
    'panel.welcome.title': 'Welcome to Coaching Notes',
    'panel.welcome.intro':
      'Take notes while you sit in on a call or watch someone work a CRM record, then debrief and agree on actions.',
    'panel.welcome.pinTitle': 'Keep the button in your toolbar',
    'panel.welcome.pinChrome':
      'Click the puzzle piece (Extensions) at the right of the address bar, then the pin next to Coaching Notes. The button then stays in view on every page.',
    'panel.welcome.pinFirefox':
      'Click the puzzle piece (Extensions) at the right of the address bar, then the gear next to Coaching Notes and choose "Pin to Toolbar".',
    'panel.welcome.startTitle': 'On a call',
    'panel.welcome.start':
      'On Google Meet, Teams, Zoom, Jitsi or a CRM record, click the round Coaching Notes button at the bottom right, or press Alt+Shift+O. On any other page, use the toolbar button.',
    'panel.welcome.capture':
      'Once the session runs, press 1 to 5 (top, tip, question, fact, intervention), type what you saw and press Enter. Escape throws a note away.',
    'panel.welcome.privacyTitle': 'Your notes stay with you',
    'panel.welcome.privacy':
      'Notes are kept in this browser only. Private notes leave it only when you tick them for an export.',
    'panel.welcome.openDashboard': 'Open the dashboard',
    'panel.notPlaced':
      'This notes panel works only where Coaching Notes opened it itself. Open it with the Coaching Notes button or shortcut.',

    'panel.setup.coachee': 'Coachee',
    'panel.setup.newCoachee': 'New coachee…',
    'panel.setup.createCoachee': 'Add coachee',
    'panel.setup.track': 'Track',
    'panel.setup.newTrack': 'New track…',
    'panel.setup.createTrack': 'Add track',
    'panel.setup.session': 'Session',
    'panel.setup.noOpenSessions': 'No open sessions in this track.',
    'panel.setup.resume': 'Open',
    'panel.setup.template': 'Kind of session',
    'panel.setup.announced': 'Announced to the coachee?',
    'panel.setup.context': 'Observed page: {label}',
    'panel.setup.createSession': 'New session',

    'panel.prep.goals': 'Goals of the track',
    'panel.prep.noGoals': 'This track has no goals yet. Agree on one first, in the dashboard.',
    'panel.prep.focusHint': 'Tick the goals to focus on in this session.',
    'panel.prep.carried': 'Open actions from last time',
    'panel.prep.progressQuestion':
      'First question: what progress since last time? Tick what is done.',
    'panel.prep.title': 'Preparation checklist',
    'panel.prep.prepared': 'Prepared',
    'panel.prep.notPrepared': 'Not prepared',
    'panel.prep.unannounced': 'Unannounced: skip the check',
    'panel.prep.start': 'Start observing',
    'panel.prep.gateHint':
      'Check the preparation with the coachee first. Not prepared means no observation today.',
    'panel.prep.skipped':
      'Not prepared: this session is recorded as skipped. Spend the time on something else.',

    'panel.observe.elapsed': 'Time since the start',
    'panel.observe.running': 'Observing',
    'panel.observe.end': 'End and debrief',
    'panel.observe.captureGroup': 'Capture (keys 1–5 or T, I, Q, F, N)',
    'panel.observe.captured': '{kind} at {time}: type what you saw, Enter to finish.',
    'panel.observe.notRunning': 'Start the session first: captures are stamped from its start.',
    'panel.observe.listTitle': 'Observations',
    'panel.observe.none': 'Nothing noted yet. Press 1 for a top, 2 for a tip.',
    'panel.observe.deleted': 'Observation deleted.',
    'panel.observe.undo': 'Undo',
    'panel.observe.restored': 'Observation restored.',
    'panel.observe.discarded': 'Note discarded.',

    'panel.observation.private': 'Private',
    'panel.observation.shared': 'Shared',
    'panel.observation.edit': 'Edit',
    'panel.observation.editLabel': 'Edit {kind} at {time}',
    'panel.observation.done': 'Done',
    'panel.observation.delete': 'Delete',
    'panel.observation.deleteLabel': 'Delete {kind} at {time}',
    'panel.observation.empty': '(no text yet)',
    'panel.observation.textLabel': '{kind}: what did you see or hear?',
    'panel.observation.placeholder': 'What did you see or hear?',
    'panel.observation.goal': 'Goal',
    'panel.observation.noGoal': 'No goal',
    'panel.observation.rubric': 'Rubric item',
    'panel.observation.noRubric': 'None',
    'panel.observation.shareSwitch': 'Shared with the coachee (otherwise private)',

    'panel.coverage.goals': 'Focus goals',
    'panel.coverage.rubric': 'Rubric',
    'panel.coverage.summary': '{seen} of {total} seen',
    'panel.coverage.evidence': '{count}×',
    'panel.coverage.unseen': 'not seen yet',

    'panel.feedback.title': 'Feedback',
    'panel.feedback.intro': 'Start with the tops, then one or two tips to try next time.',
    'panel.feedback.tops': 'Tops (say these first)',
    'panel.feedback.tips': 'Tips',
    'panel.feedback.noTops': 'No tops noted.',
    'panel.feedback.noTips': 'No tips noted.',
    'panel.feedback.note': 'Your own words',
    'panel.feedback.script': 'In this order',

    'panel.debrief.title': 'Debrief',

    'panel.actions.title': 'Action plan',
    'panel.actions.none': 'No actions yet.',
    'panel.actions.new': 'New action',
    'panel.actions.text': 'Action',
    'panel.actions.owner': 'Owner',
    'panel.actions.ownerOf': 'Owner of "{action}"',
    'panel.actions.noOwner': 'Nobody yet',
    'panel.actions.due': 'Due',
    'panel.actions.dueOf': 'Due date of "{action}"',
    'panel.actions.status': 'Status',
    'panel.actions.statusOf': 'Status of "{action}"',
    'panel.actions.add': 'Add',
    'panel.actions.fromDebrief':
      '{count, plural, one {Add the action point from the debrief} other {Add the # action points from the debrief}}',

    'panel.export.title': 'Export this session',
    'panel.export.includePrivate':
      '{count, plural, one {Include my private note in this export} other {Include my # private notes in this export}}',
    'panel.export.privateHint':
      'Private notes stay on this device unless you tick this, for this export only.',
    'panel.export.preview': 'Preview',
    'panel.export.copy': 'Copy Markdown',
    'panel.export.copied': 'Markdown copied to the clipboard.',
    'panel.export.copyFailed': 'Could not copy: select the preview and copy it yourself.',
    'panel.export.sharedFile': 'Shared file',
    'panel.export.pickFile': 'Existing shared file to merge into (optional)',
    'panel.export.download': 'Download shared file',
    'panel.export.downloaded':
      'Downloaded {file}: {count, plural, one {# record} other {# records}}.',
    'panel.export.merged': 'Merged into {file}: {count, plural, one {# record} other {# records}}.',
    'panel.export.readError': 'This file cannot be merged: {message}',
  },
  nl: {
    'panel.title': 'Coachingsnotities',
    'panel.pageTitle': 'Coachingsnotities — observatie',
    'panel.switchSession': 'Sessies',
    'panel.openDashboard': 'Dashboard',
    'panel.openDashboardHint':
      'Open het dashboard (mensen, geschiedenis, acties) in een nieuw tabblad',
    'panel.stages': 'Fasen van de sessie',
    'panel.stage.before': 'Vooraf',
    'panel.stage.during': 'Tijdens',
    'panel.stage.after': 'Achteraf',
    'panel.stage.export': 'Exporteren',
    'panel.finish': 'Sessie afronden',
    'panel.deleteSession': 'Sessie verwijderen',
    'panel.deleteSessionQuestion':
      'Deze sessie met al haar observaties en acties verwijderen? Dit kan niet ongedaan worden gemaakt.',
    'panel.deleteSessionConfirm': 'Ja, verwijderen',
    'panel.confirm.cancel': 'Annuleren',
    'panel.confirm.obscured':
      'Geweigerd: het paneel is bedekt of niet helemaal zichtbaar. Zorg dat er niets over ligt en probeer opnieuw.',
    'panel.save.saved': 'Opgeslagen',
    'panel.save.saving': 'Opslaan…',
    'panel.save.error': 'Niet opgeslagen: je tekst blijft hier staan.',
    'panel.save.retry': 'Opnieuw proberen',
    'panel.storage.persisted': 'Notities blijven op dit toestel bewaard.',
    'panel.storage.notPersisted':
      'De browser kan deze notities wissen als de ruimte opraakt. Exporteer regelmatig.',
    'panel.error.store': 'De notitiedatabank kon niet worden geopend: {message}',
    'panel.elsewhere.title': 'Ander gesprek of record',
    'panel.elsewhere.text':
      'Je laatste sessie, met {who}, begon op {where}. Deze pagina is een ander gesprek of record.',
    'panel.elsewhere.resume': 'Sessie met {who} hervatten',
    'panel.elsewhere.startHere': 'Hier een nieuwe sessie starten',
    'panel.welcome.title': 'Welkom bij Coaching Notes',
    'panel.welcome.intro':
      'Maak notities terwijl je meeluistert met een gesprek of meekijkt in een CRM-record; bespreek daarna na en spreek acties af.',
    'panel.welcome.pinTitle': 'Houd de knop in je werkbalk',
    'panel.welcome.pinChrome':
      'Klik op het puzzelstukje (Extensies) rechts van de adresbalk en dan op de punaise naast Coaching Notes. De knop blijft dan op elke pagina in beeld.',
    'panel.welcome.pinFirefox':
      'Klik op het puzzelstukje (Extensies) rechts van de adresbalk, dan op het tandwiel naast Coaching Notes en kies "Vastmaken aan werkbalk".',
    'panel.welcome.startTitle': 'Tijdens een gesprek',
    'panel.welcome.start':
      "Op Google Meet, Teams, Zoom, Jitsi of een CRM-record klik je op de ronde Coaching Notes-knop rechtsonder, of druk je Alt+Shift+O. Op andere pagina's gebruik je de knop in de werkbalk.",
    'panel.welcome.capture':
      'Loopt de sessie, druk dan 1 tot 5 (top, tip, vraag, feit, ingreep), typ wat je zag en druk Enter. Escape gooit een notitie weg.',
    'panel.welcome.privacyTitle': 'Je notities blijven bij jou',
    'panel.welcome.privacy':
      'Notities staan alleen in deze browser. Privénotities gaan er alleen uit als je ze aanvinkt voor een export.',
    'panel.welcome.openDashboard': 'Dashboard openen',
    'panel.notPlaced':
      'Dit notitiepaneel werkt alleen waar Coaching Notes het zelf heeft geopend. Open het met de knop of de sneltoets van Coaching Notes.',

    'panel.setup.coachee': 'Coachee',
    'panel.setup.newCoachee': 'Nieuwe coachee…',
    'panel.setup.createCoachee': 'Coachee toevoegen',
    'panel.setup.track': 'Traject',
    'panel.setup.newTrack': 'Nieuw traject…',
    'panel.setup.createTrack': 'Traject toevoegen',
    'panel.setup.session': 'Sessie',
    'panel.setup.noOpenSessions': 'Geen open sessies in dit traject.',
    'panel.setup.resume': 'Openen',
    'panel.setup.template': 'Soort sessie',
    'panel.setup.announced': 'Aangekondigd aan de coachee?',
    'panel.setup.context': 'Geobserveerde pagina: {label}',
    'panel.setup.createSession': 'Nieuwe sessie',

    'panel.prep.goals': 'Doelen van het traject',
    'panel.prep.noGoals':
      'Dit traject heeft nog geen doelen. Spreek er eerst een af, in het dashboard.',
    'panel.prep.focusHint': 'Vink de doelen aan waarop je deze sessie let.',
    'panel.prep.carried': 'Open acties van de vorige keer',
    'panel.prep.progressQuestion':
      'Eerste vraag: welke vooruitgang sinds de vorige keer? Vink af wat klaar is.',
    'panel.prep.title': 'Checklist voorbereiding',
    'panel.prep.prepared': 'Voorbereid',
    'panel.prep.notPrepared': 'Niet voorbereid',
    'panel.prep.unannounced': 'Onaangekondigd: check overslaan',
    'panel.prep.start': 'Observatie starten',
    'panel.prep.gateHint':
      'Overloop eerst de voorbereiding met de coachee. Niet voorbereid betekent vandaag geen observatie.',
    'panel.prep.skipped':
      'Niet voorbereid: deze sessie staat als overgeslagen. Besteed de tijd aan iets anders.',

    'panel.observe.elapsed': 'Tijd sinds de start',
    'panel.observe.running': 'Observatie loopt',
    'panel.observe.end': 'Stoppen en nabespreken',
    'panel.observe.captureGroup': 'Noteren (toetsen 1–5 of T, I, Q, F, N)',
    'panel.observe.captured': '{kind} op {time}: typ wat je zag, Enter om af te sluiten.',
    'panel.observe.notRunning': 'Start eerst de sessie: notities krijgen hun tijd vanaf de start.',
    'panel.observe.listTitle': 'Observaties',
    'panel.observe.none': 'Nog niets genoteerd. Druk 1 voor een top, 2 voor een tip.',
    'panel.observe.deleted': 'Observatie verwijderd.',
    'panel.observe.undo': 'Ongedaan maken',
    'panel.observe.discarded': 'Notitie weggegooid.',
    'panel.observe.restored': 'Observatie teruggezet.',

    'panel.observation.private': 'Privé',
    'panel.observation.shared': 'Gedeeld',
    'panel.observation.edit': 'Bewerken',
    'panel.observation.editLabel': '{kind} op {time} bewerken',
    'panel.observation.done': 'Klaar',
    'panel.observation.delete': 'Verwijderen',
    'panel.observation.deleteLabel': '{kind} op {time} verwijderen',
    'panel.observation.empty': '(nog geen tekst)',
    'panel.observation.textLabel': '{kind}: wat zag of hoorde je?',
    'panel.observation.placeholder': 'Wat zag of hoorde je?',
    'panel.observation.goal': 'Doel',
    'panel.observation.noGoal': 'Geen doel',
    'panel.observation.rubric': 'Aandachtspunt',
    'panel.observation.noRubric': 'Geen',
    'panel.observation.shareSwitch': 'Gedeeld met de coachee (anders privé)',

    'panel.coverage.goals': 'Focusdoelen',
    'panel.coverage.rubric': 'Aandachtspunten',
    'panel.coverage.summary': '{seen} van {total} gezien',
    'panel.coverage.evidence': '{count}×',
    'panel.coverage.unseen': 'nog niet gezien',

    'panel.feedback.title': 'Feedback',
    'panel.feedback.intro':
      'Begin met de tops, daarna één of twee tips om volgende keer te proberen.',
    'panel.feedback.tops': 'Tops (eerst benoemen)',
    'panel.feedback.tips': 'Tips',
    'panel.feedback.noTops': 'Geen tops genoteerd.',
    'panel.feedback.noTips': 'Geen tips genoteerd.',
    'panel.feedback.note': 'In je eigen woorden',
    'panel.feedback.script': 'In deze volgorde',

    'panel.debrief.title': 'Nabespreking',

    'panel.actions.title': 'Actieplan',
    'panel.actions.none': 'Nog geen acties.',
    'panel.actions.new': 'Nieuwe actie',
    'panel.actions.text': 'Actie',
    'panel.actions.owner': 'Eigenaar',
    'panel.actions.ownerOf': 'Eigenaar van "{action}"',
    'panel.actions.noOwner': 'Nog niemand',
    'panel.actions.due': 'Tegen',
    'panel.actions.dueOf': 'Einddatum van "{action}"',
    'panel.actions.status': 'Status',
    'panel.actions.statusOf': 'Status van "{action}"',
    'panel.actions.add': 'Toevoegen',
    'panel.actions.fromDebrief':
      '{count, plural, one {Het actiepunt uit de nabespreking toevoegen} other {De # actiepunten uit de nabespreking toevoegen}}',

    'panel.export.title': 'Deze sessie exporteren',
    'panel.export.includePrivate':
      '{count, plural, one {Mijn privénotitie meenemen in deze export} other {Mijn # privénotities meenemen in deze export}}',
    'panel.export.privateHint':
      'Privénotities blijven op dit toestel, tenzij je dit aanvinkt, alleen voor deze export.',
    'panel.export.preview': 'Voorbeeld',
    'panel.export.copy': 'Markdown kopiëren',
    'panel.export.copied': 'Markdown naar het klembord gekopieerd.',
    'panel.export.copyFailed': 'Kopiëren lukte niet: selecteer het voorbeeld en kopieer het zelf.',
    'panel.export.sharedFile': 'Gedeeld bestand',
    'panel.export.pickFile': 'Bestaand gedeeld bestand om mee samen te voegen (optioneel)',
    'panel.export.download': 'Gedeeld bestand downloaden',
    'panel.export.downloaded':
      '{file} gedownload: {count, plural, one {# record} other {# records}}.',
    'panel.export.merged':
      'Samengevoegd in {file}: {count, plural, one {# record} other {# records}}.',
    'panel.export.readError': 'Dit bestand kan niet worden samengevoegd: {message}',
  },
});

export type PanelMessageKey = keyof typeof panelMessages.en;
