import type { Action, Id, Observation, Session } from '../../model/types';
import { indexTokens } from './tokenize';

/**
 * One searchable session in the search database: the tokens of its title, context, prep
 * answers, debrief, feedback note, observations and actions — tokens only, never the text.
 */
export interface SearchDoc {
  /** The session id. */
  id: Id;
  /** The session date, for display order. */
  date: string;
  tokens: string[];
  /** Ids of the observations and actions folded in, so a deletion finds its session. */
  members: Id[];
}

/** The search document of a session with its observations and actions. */
export function sessionDoc(
  session: Session,
  observations: readonly Observation[],
  actions: readonly Action[],
): SearchDoc {
  return {
    id: session.id,
    date: session.date,
    tokens: indexTokens(
      session.title,
      session.context?.label,
      ...Object.values(session.before.answers),
      ...Object.values(session.after.debrief),
      session.after.feedback.note,
      ...observations.map((o) => o.text),
      ...actions.map((a) => a.text),
    ),
    members: [...observations.map((o) => o.id), ...actions.map((a) => a.id)],
  };
}

/** Whether a record of this type is part of a session's search document. */
export function isSearchedType(type: string): type is 'session' | 'observation' | 'action' {
  return type === 'session' || type === 'observation' || type === 'action';
}
