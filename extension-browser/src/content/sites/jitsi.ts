import { base, firstText, type SiteAdapter } from './adapter';

/**
 * Checked on test/fixtures/sites/jitsi.html (current Jitsi Meet's conference info bar,
 * `SubjectText.tsx`); the older class names stay for self-hosted servers not yet updated.
 */
export const SELECTORS = {
  subject: ['.subject-text--content', '.subject-text', '#subject-text', '.subject'],
  /** The toolbox (bottom control bar) and the chat's Send button. */
  controls: ['.toolbox-content', '.send-button'],
};
const HOSTS = new Set(['meet.jit.si', '8x8.vc']);

export const jitsi: SiteAdapter = {
  id: 'jitsi',
  kind: 'call',
  bottomBar: 80,
  controls: SELECTORS.controls,
  matches: (url) => HOSTS.has(url.hostname),
  read(doc, url) {
    const context = base(this, doc, url);
    // 8x8.vc rooms live under a tenant: `/vpaas-magic-cookie-…/Room`; the room is the last part.
    const room = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '');
    context.label = firstText(doc, SELECTORS.subject) || room || doc.title;
    if (room) context.meetingCode = room;
    return context;
  },
};
