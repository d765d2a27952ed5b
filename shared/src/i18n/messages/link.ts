import { defineMessages } from '../define';

/** Messages of the dashboard's link to the team's shared file (browser). */
export const linkMessages = defineMessages({
  en: {
    'dashboard.link.heading': "Team's file",
    'dashboard.link.help':
      "Link the file your team shares (in a synced or git folder). Sync brings colleagues' notes and replies in and puts your shared notes out; private notes stay here.",
    'dashboard.link.unsupported':
      'Your browser cannot link a file: download the merged file and put it in the team folder. To take colleagues’ notes in, import the team’s file below.',
    'dashboard.link.link': "Link the team's file…",
    'dashboard.link.create': 'Create a new team file…',
    'dashboard.link.pickerType': 'Coaching Notes shared file',
    'dashboard.link.linked': 'Linked to {name}',
    'dashboard.link.neverSynced': 'Not synced yet.',
    'dashboard.link.lastSync': 'Last sync {when}: {result}',
    'dashboard.link.sync': 'Sync',
    'dashboard.link.syncing': 'Syncing…',
    'dashboard.link.unlink': 'Unlink',
    'dashboard.link.unlinked': 'The file is no longer linked; the file itself is unchanged.',
    'dashboard.link.atSessionEnd': 'Sync at the end of each session',
    'dashboard.link.allow': 'Allow access again',
    'dashboard.link.allowHelp':
      'The browser asks once more before this page may read and write {name}.',
    'dashboard.link.denied': 'The browser did not allow access to {name}.',
    'dashboard.link.reviewBelow':
      "The team's file has changes: check them under Import below and import them. The file is written after that.",
    'dashboard.link.result.written':
      '{n, plural, one {# change} other {# changes}} taken in; the file was updated.',
    'dashboard.link.result.unchanged':
      '{n, plural, one {# change} other {# changes}} taken in; the file already held everything.',
    'dashboard.link.result.unreadable':
      'the file is not a valid shared file and was left untouched.',
    'dashboard.link.result.permission': 'no access to the file; allow access again.',
    'dashboard.link.result.missing': 'the file cannot be found (moved or deleted?); link it again.',
    'dashboard.link.result.review':
      'the file has changes that wait for you; press Sync to check them.',
    'dashboard.link.result.cancelled':
      'stopped: another import preview replaced the file’s changes before they were imported.',
    'dashboard.link.result.failed': 'sync failed; the file was not changed.',
    'dashboard.link.notice.permission':
      'A session ended. Syncing with {name} needs your permission first.',
    'dashboard.link.notice.allowAndSync': 'Allow access and sync',
    'dashboard.link.notice.review':
      "A session ended. The team's file has changes for you to check.",
    'dashboard.link.notice.open': 'Open the shared file',
    'dashboard.link.notice.problem':
      'A session ended, but syncing with {name} did not work: {result}',
    'dashboard.link.notice.synced': 'Synced with {name} after the session: {result}',
    'dashboard.link.notice.dismiss': 'Dismiss',
  },
  nl: {
    'dashboard.link.heading': 'Teambestand',
    'dashboard.link.help':
      'Koppel het bestand dat je team deelt (in een gesynchroniseerde of git-map). Synchroniseren haalt notities en reacties van collega’s binnen en zet jouw gedeelde notities erin; privénotities blijven hier.',
    'dashboard.link.unsupported':
      'Je browser kan geen bestand koppelen: download het samengevoegde bestand en zet het in de teammap. Importeer het teambestand hieronder om notities van collega’s binnen te halen.',
    'dashboard.link.link': 'Teambestand koppelen…',
    'dashboard.link.create': 'Nieuw teambestand maken…',
    'dashboard.link.pickerType': 'Gedeeld bestand van Coaching Notes',
    'dashboard.link.linked': 'Gekoppeld aan {name}',
    'dashboard.link.neverSynced': 'Nog niet gesynchroniseerd.',
    'dashboard.link.lastSync': 'Laatste synchronisatie {when}: {result}',
    'dashboard.link.sync': 'Synchroniseren',
    'dashboard.link.syncing': 'Bezig met synchroniseren…',
    'dashboard.link.unlink': 'Ontkoppelen',
    'dashboard.link.unlinked':
      'Het bestand is niet meer gekoppeld; het bestand zelf is niet veranderd.',
    'dashboard.link.atSessionEnd': 'Synchroniseren aan het eind van elke sessie',
    'dashboard.link.allow': 'Opnieuw toegang geven',
    'dashboard.link.allowHelp':
      'De browser vraagt nog een keer of deze pagina {name} mag lezen en schrijven.',
    'dashboard.link.denied': 'De browser gaf geen toegang tot {name}.',
    'dashboard.link.reviewBelow':
      'Het teambestand heeft wijzigingen: bekijk ze hieronder bij Importeren en importeer ze. Daarna wordt het bestand geschreven.',
    'dashboard.link.result.written':
      '{n, plural, one {# wijziging} other {# wijzigingen}} binnengehaald; het bestand is bijgewerkt.',
    'dashboard.link.result.unchanged':
      '{n, plural, one {# wijziging} other {# wijzigingen}} binnengehaald; het bestand had alles al.',
    'dashboard.link.result.unreadable':
      'het bestand is geen geldig gedeeld bestand en is niet aangeraakt.',
    'dashboard.link.result.permission': 'geen toegang tot het bestand; geef opnieuw toegang.',
    'dashboard.link.result.missing':
      'het bestand is niet te vinden (verplaatst of verwijderd?); koppel het opnieuw.',
    'dashboard.link.result.review':
      'het bestand heeft wijzigingen die op jou wachten; kies Synchroniseren om ze te bekijken.',
    'dashboard.link.result.cancelled':
      'gestopt: een ander importvoorbeeld verving de wijzigingen van het bestand voordat ze geïmporteerd waren.',
    'dashboard.link.result.failed': 'synchroniseren mislukt; het bestand is niet veranderd.',
    'dashboard.link.notice.permission':
      'Er is een sessie afgerond. Synchroniseren met {name} heeft eerst je toestemming nodig.',
    'dashboard.link.notice.allowAndSync': 'Toegang geven en synchroniseren',
    'dashboard.link.notice.review':
      'Er is een sessie afgerond. Het teambestand heeft wijzigingen die je moet bekijken.',
    'dashboard.link.notice.open': 'Gedeeld bestand openen',
    'dashboard.link.notice.problem':
      'Er is een sessie afgerond, maar synchroniseren met {name} lukte niet: {result}',
    'dashboard.link.notice.synced': 'Gesynchroniseerd met {name} na de sessie: {result}',
    'dashboard.link.notice.dismiss': 'Sluiten',
  },
});
