/**
 * The few words the loader shows (launcher and overlay handle), in both languages. The loader
 * cannot use the shared catalogs: they would pull the core into every supported page.
 */
const STRINGS = {
  en: {
    open: 'Open Coaching Notes',
    collapse: 'Collapse notes panel',
    expand: 'Expand notes panel',
    hide: 'Hide notes panel (it comes back with the shortcut or the toolbar button)',
    move: 'Move notes panel: drag, or use the arrow keys',
    frame: 'Coaching Notes panel',
  },
  nl: {
    open: 'Coaching Notes openen',
    collapse: 'Notitiepaneel inklappen',
    expand: 'Notitiepaneel uitklappen',
    hide: 'Notitiepaneel verbergen (terug via de sneltoets of de knop in de werkbalk)',
    move: 'Notitiepaneel verplaatsen: slepen of met de pijltjestoetsen',
    frame: 'Coaching Notes-paneel',
  },
} as const;

export type LoaderLocale = keyof typeof STRINGS;
export type LoaderStrings = (typeof STRINGS)[LoaderLocale];

export function strings(locale: LoaderLocale): LoaderStrings {
  return STRINGS[locale];
}
