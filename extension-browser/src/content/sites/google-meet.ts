import { base, firstText, titleWithout, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/google-meet.html (Meet's data attributes, Nov 2026 layout). */
export const SELECTORS = {
  meetingTitle: ['[data-meeting-title]', '[data-call-title]'],
  /** The bottom control bar, and the chat side panel's Send button (en, nl). */
  controls: [
    '[role="region"][aria-label="Call controls"]',
    '[role="region"][aria-label="Gespreksbediening"]',
    'button[aria-label="Send a message"]',
    'button[aria-label="Een bericht sturen"]',
  ],
};
/** `/abc-defg-hij`, or `/_meet/abc-defg-hij` (the path Meet uses when opened from Calendar or Gmail). */
const CODE = /^\/(?:_meet\/)?([a-z]{3,4}-[a-z]{4}-[a-z]{3,4})(?:[/?#]|$)/;

export const googleMeet: SiteAdapter = {
  id: 'google-meet',
  kind: 'call',
  bottomBar: 88,
  controls: SELECTORS.controls,
  matches: (url) => url.hostname === 'meet.google.com',
  read(doc, url) {
    const context = base(this, doc, url);
    const code = CODE.exec(url.pathname)?.[1];
    const title =
      firstText(doc, SELECTORS.meetingTitle) || titleWithout(doc, /^(Google )?Meet\s*[-–]\s*/);
    context.label =
      title && title !== 'Meet' && title !== 'Google Meet' ? title : (code ?? doc.title);
    if (code) context.meetingCode = code;
    return context;
  },
};
