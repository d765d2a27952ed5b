import { base, firstText, titleWithout, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/zoom.html (Zoom web client at `/wc/<meeting id>/…`). */
export const SELECTORS = {
  topic: ['.meeting-info-container__topic', '[aria-label="Meeting topic"]', '.meeting-topic'],
  /** The footer control bar and the chat's Send button. */
  controls: ['#wc-footer', '.chat-rtf-box__send'],
};
/** `/wc/<id>/join`, or `/wc/join/<id>` (the join link Zoom's web client redirects to). */
const MEETING_ID = /^\/wc\/(?:join\/)?(\d{9,11})(?:[/?#]|$)/;

export const zoom: SiteAdapter = {
  id: 'zoom',
  kind: 'call',
  bottomBar: 72,
  controls: SELECTORS.controls,
  matches: (url) =>
    (url.hostname === 'zoom.us' || url.hostname.endsWith('.zoom.us')) &&
    url.pathname.startsWith('/wc/'),
  read(doc, url) {
    const context = base(this, doc, url);
    const id = MEETING_ID.exec(url.pathname)?.[1];
    const topic = firstText(doc, SELECTORS.topic) || titleWithout(doc, /\s*[-|]?\s*Zoom\s*$/);
    context.label = topic && topic !== 'Zoom' ? topic : (id ?? 'Zoom');
    if (id) context.meetingCode = id;
    return context;
  },
};
