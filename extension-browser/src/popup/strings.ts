import { defineMessages } from '@coaching-notes/shared';

/** The popup's words; both languages must have the same keys (the type checks it). */
export const popupMessages = defineMessages({
  en: {
    openHere: 'Show panel on this page',
    openSide: 'Open in side panel',
    openDashboard: 'Open dashboard',
    cannotOpenHere:
      'The panel cannot open on this page (the browser protects it). Use the side panel instead.',
    noSidePanel: 'This browser has no side panel for extensions.',
    unbound: 'No keyboard shortcut yet for:',
  },
  nl: {
    openHere: 'Paneel op deze pagina tonen',
    openSide: 'In zijpaneel openen',
    openDashboard: 'Dashboard openen',
    cannotOpenHere:
      'Het paneel kan niet openen op deze pagina (de browser beschermt ze). Gebruik het zijpaneel.',
    noSidePanel: 'Deze browser heeft geen zijpaneel voor extensies.',
    unbound: 'Nog geen sneltoets voor:',
  },
});
