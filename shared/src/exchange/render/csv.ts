import type { Id, Locale, StoredRecord } from '../../model/types';
import { label } from './labels';
import { nameOf, namesOf, viewOf } from './view';

export interface CsvOptions {
  locale: Locale;
  includePrivate?: boolean;
  trackId?: Id;
  /** `;` by default: Excel with a Dutch (or any comma-decimal) locale splits on it. */
  separator?: ';' | ',';
}

/**
 * The actions as CSV for Excel: UTF-8 with a byte-order mark (without it Excel reads the file
 * as the local ANSI code page and mangles ë and é), `;` between fields, CRLF line ends.
 */
export function renderActionsCsv(records: readonly StoredRecord[], options: CsvOptions): string {
  const view = viewOf(records, options);
  const sep = options.separator ?? ';';
  const tracks = new Map(view.tracks.map((t) => [t.id, t]));
  const sessions = new Map(view.sessions.map((s) => [s.id, s]));
  const head = [
    'action',
    'owner',
    'due',
    'status',
    'track',
    'session',
    'sessionDate',
    'coachees',
    'created',
    'closed',
  ].map((column) => label(options.locale, `exchange.col.${column}`));
  const rows = view.actions
    .filter((a) => !options.trackId || a.trackId === options.trackId)
    .map((action) => {
      const session = sessions.get(action.sessionId);
      return [
        action.text,
        nameOf(view, action.ownerId),
        action.due ?? '',
        label(options.locale, `core.actionStatus.${action.status}`),
        action.trackId ? (tracks.get(action.trackId)?.title ?? '') : '',
        session?.title ?? '',
        session?.date ?? '',
        namesOf(view, action.coacheeIds),
        action.createdAt.slice(0, 10),
        action.closedAt?.slice(0, 10) ?? '',
      ];
    });
  return `\uFEFF${[head, ...rows].map((row) => row.map((cell) => csvCell(cell, sep)).join(sep)).join('\r\n')}\r\n`;
}

/**
 * One field: quoted when it holds the separator, a quote, a line break or edge spaces; a
 * leading `=`, `+`, `-`, `@`, tab or CR gets a `'` so Excel does not run it as a formula.
 */
export function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes = safe.includes(separator) || /["\r\n]/.test(safe) || safe !== safe.trim();
  return needsQuotes ? `"${safe.replace(/"/g, '""')}"` : safe;
}
