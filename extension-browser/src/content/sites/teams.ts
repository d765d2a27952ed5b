import { base, firstText, titleWithout, type SiteAdapter } from './adapter';

/** Checked on test/fixtures/sites/teams.html (new Teams web client: `data-tid` test ids). */
export const SELECTORS = {
  meetingTitle: [
    '[data-tid="call-title"]',
    '[data-tid="meeting-title"]',
    '[data-tid="chat-title"]',
  ],
  /** New Teams: the meeting's control bar (top right) and its buttons, the chat's Send button. */
  controls: [
    '[data-tid="call-controls"]',
    '#hangup-button',
    '#microphone-button',
    '#video-button',
    '#share-button',
    '#callingButtons-showMoreBtn',
    '[data-tid="newMessageCommands-send"]',
    '[data-tid="sendMessageCommands-send"]',
  ],
};
const HOSTS = new Set(['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft']);
/** US government clouds (GCC High `gov.`, DoD `dod.`): reached only once the user allows them. */
const GOVERNMENT = /(?:^|\.)teams\.microsoft\.us$/;

export const teams: SiteAdapter = {
  id: 'teams',
  kind: 'meeting',
  bottomBar: 0,
  controls: SELECTORS.controls,
  matches: (url) => HOSTS.has(url.hostname) || GOVERNMENT.test(url.hostname),
  read(doc, url) {
    const context = base(this, doc, url);
    const title =
      firstText(doc, SELECTORS.meetingTitle) || titleWithout(doc, /\s*\|\s*Microsoft Teams\s*$/);
    context.label = title.replace(/^\(\d+\)\s*/, '') || 'Microsoft Teams';
    return context;
  },
};
