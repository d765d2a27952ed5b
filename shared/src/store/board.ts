import { timesCarried } from '../model/carry-forward';
import { toDateOnly } from '../model/dates';
import type { Action, DateOnly, Id, Session } from '../model/types';
import type { Store } from './port';

export type ActionColumn = 'overdue' | 'open' | 'done';

export interface BoardItem {
  action: Action;
  column: ActionColumn;
  /** How often it carried forward (`timesCarried`, the model's rule). */
  carried: number;
}

/** Done or dropped actions stay on the board this long after they were closed. */
export const DONE_WINDOW_DAYS = 30;

/** Which column an action belongs in today; `undefined`: closed long ago, not shown. */
export function columnOf(action: Action, today: DateOnly): ActionColumn | undefined {
  if (action.status === 'open') return action.due && action.due < today ? 'overdue' : 'open';
  const closed = action.closedAt ?? action.updatedAt;
  const cutoff = new Date(`${today}T00:00:00.000Z`).getTime() - DONE_WINDOW_DAYS * 86_400_000;
  return Date.parse(closed) >= cutoff ? 'done' : undefined;
}

/** Sort: due date first (no date last), then creation. */
export function byDue(a: BoardItem, b: BoardItem): number {
  const da = a.action.due ?? '9999';
  const db = b.action.due ?? '9999';
  return da < db ? -1 : da > db ? 1 : a.action.createdAt < b.action.createdAt ? -1 : 1;
}

/**
 * The board's items. Open actions of a track count the sessions held after they were agreed;
 * only tracks with open actions are read, and only from the oldest open action on.
 */
export async function loadBoard(store: Store, now: Date, personId?: Id): Promise<BoardItem[]> {
  const today = toDateOnly(now);
  const actions = await store.list(personId ? { type: 'action', personId } : { type: 'action' });
  const items: BoardItem[] = [];
  const oldestOpen = new Map<Id, string>();
  for (const action of actions) {
    const column = columnOf(action, today);
    if (!column) continue;
    items.push({ action, column, carried: 0 });
    if (column !== 'done' && action.trackId) {
      const day = action.createdAt.slice(0, 10);
      const known = oldestOpen.get(action.trackId);
      if (!known || day < known) oldestOpen.set(action.trackId, day);
    }
  }
  const sessionsByTrack = new Map<Id, Session[]>();
  await Promise.all(
    [...oldestOpen].map(async ([trackId, from]) => {
      sessionsByTrack.set(trackId, await store.list({ type: 'session', trackId, from }));
    }),
  );
  for (const item of items) {
    if (item.column === 'done' || !item.action.trackId) continue;
    item.carried = timesCarried(item.action, sessionsByTrack.get(item.action.trackId) ?? []);
  }
  return items.sort(byDue);
}
