/**
 * Follow-up reminders: an alarm checks, hourly and at start-up, what is due today — the next
 * check-in of each running track (by its cadence), follow-up conversations and open actions —
 * and, when the user opted in on the dashboard, shows one browser notification per item on
 * its due day. Nothing is held in memory: the store is opened for each check and closed, and
 * which items were already announced today is kept in `storage.local`.
 */
import {
  agendaDueOn,
  agendaPersonIds,
  readAgenda,
  toDateOnly,
  type AgendaItem,
  type DateOnly,
  type Locale,
  type Store,
} from '@coaching-notes/shared';
import { t } from '../i18n';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { ext } from '../common/api';
import { loadSettings, resolveLocale } from '../common/settings';
import { openDashboard } from './tabs';

export const FOLLOW_UP_ALARM = 'coaching-notes.followups';
const NOTIFIED_KEY = 'followupsNotified';
const NOTIFICATION_PREFIX = 'coaching-notes.followup:';
const CHECK_EVERY_MINUTES = 60;

export interface DueItem {
  /** Stable per item and day, so a notification is shown once. */
  key: string;
  kind: AgendaItem['kind'];
  title: string;
  personIds: string[];
}

/** What is due on `today` itself; overdue items were announced on their own due day. */
export async function dueOn(store: Store, today: DateOnly): Promise<DueItem[]> {
  const agenda = await readAgenda(store, today, today, { overdueActions: false });
  return agendaDueOn(agenda, today).map((item) => ({
    key: `${item.kind}:${item.kind === 'action' ? item.action.id : item.track.id}:${today}`,
    kind: item.kind,
    title: item.kind === 'action' ? item.action.text : item.track.title,
    personIds: agendaPersonIds(item),
  }));
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
  const settings = await loadSettings();
  if (!settings.notifications || !ext.notifications) return [];
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
    const locale = resolveLocale(settings.locale, navigator.language);
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

function onNotificationClicked(id: string): void {
  if (id.startsWith(NOTIFICATION_PREFIX)) void openDashboard('followups');
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
  ext.notifications?.onClicked.addListener(onNotificationClicked);
  ext.permissions.onAdded.addListener((permissions) => {
    if (permissions.permissions?.includes('notifications')) {
      ext.notifications?.onClicked.addListener(onNotificationClicked);
    }
  });
  void checkFollowUps().catch(() => undefined);
}
