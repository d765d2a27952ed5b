/**
 * A length of time as a timer shows it: `m:ss`, or `h:mm:ss` from one hour on. For how long
 * something has run (a driver's turn in pairing); a moment in a session is a `formatOffset`.
 */
export function formatDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/**
 * When in the session something happened: `+4:07` (or `+1:02:05`), everywhere — panel,
 * dashboard, Markdown and VS Code. The plus sign keeps it from reading as a time of day.
 */
export function formatOffset(offsetMs: number): string {
  return `+${formatDuration(offsetMs)}`;
}
