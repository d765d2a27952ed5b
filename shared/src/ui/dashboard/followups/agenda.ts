import { addDays, toDateOnly } from '../../../model/dates';
import type { AgendaItem } from '../../../model/agenda';
import { readAgenda } from '../../../store/agenda';
import type { Store } from '../../../store/port';

/** What is due from today to `horizonDays` ahead, and what is already overdue, by due date. */
export function loadAgenda(store: Store, now: Date, horizonDays = 30): Promise<AgendaItem[]> {
  const today = toDateOnly(now);
  return readAgenda(store, today, addDays(today, horizonDays));
}
