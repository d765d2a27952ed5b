/**
 * Follow-up reminders: an alarm checks, hourly and at start-up, what is due today — the next
 * check-in of each running track (by its cadence), follow-up conversations and open actions —
 * and, when the user opted in on the dashboard, shows one browser notification per item on
 * its due day. Nothing is held in memory: the store is opened for each check and closed, and
 * which items were already announced today is kept in `storage.local`.
 */
import {
  addDays,
  t,
  toDateOnly,
  trackCheckInDue,
  type DateOnly,
  type Locale,
  type Store,
} from '@coaching-notes/shared';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { ext } from '../common/api';
import { loadSettings, resolveLocale } from '../common/settings';
import { loadPrefs } from '../dashboard/prefs';

export const FOLLOW_UP_ALARM = 'coaching-notes.followups';
const NOTIFIED_KEY = 'followupsNotified';
const NOTIFICATION_PREFIX = 'coaching-notes.followup:';
const CHECK_EVERY_MINUTES = 60;
/** A last held check-in older than this makes the next one overdue anyway. */
const LOOKBACK_DAYS = 400;

export interface DueItem {
  /** Stable per item and day, so a notification is shown once. */
  key: string;
  kind: 'check-in' | 'follow-up' | 'action';
  title: string;
  personIds: string[];
}

/** What is due on `today`. Reads tracks, recent sessions of tracks with a cadence, and actions due today. */
export async function dueOn(store: Store, today: DateOnly): Promise<DueItem[]> {
  const items: DueItem[] = [];
  const tracks = (await store.list({ type: 'track' })).filter((tr) => tr.status !== 'closed');
  for (const track of tracks) {
    if (track.followUpDates.includes(today)) {
      items.push({
        key: `follow-up:${track.id}:${today}`,
        kind: 'follow-up',
        title: track.title,
        personIds: track.coacheeIds,
      });
    }
    if (!track.cadence) continue;
    const sessions = await store.list({
      type: 'session',
      trackId: track.id,
      from: addDays(today, -LOOKBACK_DAYS),
    });
    const next = trackCheckInDue(track, sessions, today);
    if (next?.due === today) {
      items.push({
        key: `check-in:${track.id}:${today}`,
        kind: 'check-in',
        title: track.title,
        personIds: track.coacheeIds,
      });
    }
  }
  for (const action of await store.list({ type: 'action', from: today, to: addDays(today, 1) })) {
    if (action.status === 'open' && action.due === today) {
      items.push({
        key: `action:${action.id}:${today}`,
        kind: 'action',
        title: action.text,
        personIds: action.coacheeIds,
      });
    }
  }
  return items;
}

async function names(store: Store, ids: readonly string[]): Promise<string> {
  const people = await Promise.all([...new Set(ids)].map((id) => store.get('person', id)));
  return people
    .map((p) => p?.displayName)
    .filter(Boolean)
    .join(', ');
}

function messageFor(locale: Locale, item: DueItem, who: string): string {
  switch (item.kind) {
    case 'check-in':
      return t(locale, 'dashboard.followups.checkIn', { title: item.title, who });
    case 'follow-up':
      return t(locale, 'dashboard.followups.followUp', { title: item.title, who });
    case 'action':
      return t(locale, 'dashboard.followups.action', { text: item.title, who });
  }
}

/** One check: notify what is due today and not yet announced. Returns the items shown. */
export async function checkFollowUps(now: Date = new Date()): Promise<DueItem[]> {
  const prefs = await loadPrefs();
  if (!prefs.notifications || !ext.notifications) return [];
  if (!(await ext.permissions.contains({ permissions: ['notifications'] }))) return [];
  const today = toDateOnly(now);
  const store = await openIdbStore();
  try {
    const due = await dueOn(store, today);
    const stored = (await ext.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY] as
      { day?: string; keys?: string[] } | undefined;
    const seen = new Set(stored?.day === today ? (stored.keys ?? []) : []);
    const fresh = due.filter((item) => !seen.has(item.key));
    if (fresh.length === 0) return [];
    const locale = resolveLocale((await loadSettings()).locale, navigator.language);
    for (const item of fresh) {
      await ext.notifications.create(`${NOTIFICATION_PREFIX}${item.key}`, {
        type: 'basic',
        iconUrl: ext.runtime.getURL('icons/icon-128.png'),
        title: t(locale, 'dashboard.view.followups'),
        message: messageFor(locale, item, await names(store, item.personIds)),
      });
      seen.add(item.key);
    }
    await ext.storage.local.set({ [NOTIFIED_KEY]: { day: today, keys: [...seen] } });
    return fresh;
  } finally {
    await store.close();
  }
}

function openDashboard(): void {
  void ext.tabs.create({ url: ext.runtime.getURL('dashboard/index.html#followups') });
}

/** Called once by the background at start-up: the alarm, its handler and notification clicks. */
export function registerFollowUps(): void {
  void ext.alarms.get(FOLLOW_UP_ALARM).then((alarm) => {
    if (!alarm)
      void ext.alarms.create(FOLLOW_UP_ALARM, {
        delayInMinutes: 1,
        periodInMinutes: CHECK_EVERY_MINUTES,
      });
  });
  ext.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === FOLLOW_UP_ALARM) void checkFollowUps().catch(() => undefined);
  });
  // `notifications` is optional: its events exist only once the permission was granted.
  ext.notifications?.onClicked.addListener((id) => {
    if (id.startsWith(NOTIFICATION_PREFIX)) openDashboard();
  });
  ext.permissions.onAdded.addListener((permissions) => {
    if (permissions.permissions?.includes('notifications')) {
      ext.notifications?.onClicked.addListener((id) => {
        if (id.startsWith(NOTIFICATION_PREFIX)) openDashboard();
      });
    }
  });
  void checkFollowUps().catch(() => undefined);
}
