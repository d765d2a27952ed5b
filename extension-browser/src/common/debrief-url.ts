import { ext } from './api';

export const DEBRIEF_PAGE = 'pages/debrief/index.html';

/** The debrief-with-coachee tab of one session (the page reads the session from the hash). */
export function debriefUrl(sessionId: string): string {
  return ext.runtime.getURL(`${DEBRIEF_PAGE}#${encodeURIComponent(sessionId)}`);
}
