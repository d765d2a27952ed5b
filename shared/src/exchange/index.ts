/**
 * The shared file: one open format (JSON Lines), a merge that never loses a note, export with
 * a privacy filter, all-or-nothing import, and Markdown/CSV/iCalendar renderers.
 * Platform-free: file I/O lives in `@coaching-notes/shared/node`.
 */
export * from './format';
export { canonicalJson, recordLine } from './canonical';
export * from './merge';
export { resolveConflict, versionText } from './resolve';
export * from './jsonl';
export * from './select';
export * from './export';
export * from './import';
export * from './preview-import';
export * from './export-plan';
export { agendaIcs } from './agenda-ics';
export * from './access-request';
export * from './guard';
export * from './debrief-with-coachee';
export * from './coachee-debrief-store';
export * from './render';
export * from './stats';
export { LogStore, type LogFileIo, type LogStoreNotice, type LogStoreOptions } from './log-store';
