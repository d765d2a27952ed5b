import { isTombstone } from '../../../model/revision';
import type { Id, StoredRecord } from '../../../model/types';
import { indexTokens } from './tokenize';

/** One searchable record in the search database: tokens only, never the note text itself. */
export interface SearchDoc {
  /** The record id (session, observation or action). */
  id: Id;
  type: 'session' | 'observation' | 'action';
  /** The session the hit belongs to; results are grouped per session. */
  sessionId: Id;
  /** Sort key: session date or observation time. */
  date: string;
  tokens: string[];
}

/**
 * The search document of a record, or `undefined` when the record is not searched (people,
 * tracks, goals) or is a tombstone (its document must go).
 */
export function searchDocOf(record: StoredRecord): SearchDoc | undefined {
  if (isTombstone(record)) return undefined;
  switch (record.type) {
    case 'session': {
      const s = record;
      return {
        id: s.id,
        type: 'session',
        sessionId: s.id,
        date: s.date,
        tokens: indexTokens(
          s.title,
          s.context?.label,
          ...Object.values(s.before.answers),
          ...Object.values(s.after.debrief),
          s.after.feedback.note,
        ),
      };
    }
    case 'observation':
      return {
        id: record.id,
        type: 'observation',
        sessionId: record.sessionId,
        date: record.at,
        tokens: indexTokens(record.text),
      };
    case 'action':
      return {
        id: record.id,
        type: 'action',
        sessionId: record.sessionId,
        date: record.due ?? record.createdAt,
        tokens: indexTokens(record.text),
      };
    default:
      return undefined;
  }
}

/** Whether the record type can have a search document. */
export function isSearchedType(type: string): type is SearchDoc['type'] {
  return type === 'session' || type === 'observation' || type === 'action';
}
