import { ext } from './api';

export const DEBRIEF_PAGE = 'pages/debrief/index.html';

/**
 * The debrief-with-coachee page of one session, from the extension's root (the page reads the
 * session from the hash); a link on another extension page needs no API for it.
 */
export function debriefPath(sessionId: string): string {
  return `/${DEBRIEF_PAGE}#${encodeURIComponent(sessionId)}`;
}

/** The same page as a full URL, for `tabs.create`. */
export function debriefUrl(sessionId: string): string {
  return ext.runtime.getURL(debriefPath(sessionId));
}
