import type { Locale, Timestamp } from '../../model/types';

/** A session offset as `m:ss` or `h:mm:ss`, the way a timer reads. */
export function formatOffset(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Wall-clock time of a timestamp in the user's language, e.g. `14:05`. */
export function formatClock(at: Timestamp, locale: Locale): string {
  return new Date(at).toLocaleTimeString(locale === 'nl' ? 'nl-NL' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** The message of an error, translated when the core raised it. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
