import type * as vscode from 'vscode';
import { newActorId, type ChangeContext, type Locale, type Store } from '@coaching-notes/shared';
import { coachingLocale } from './l10n';
import { myPersonId } from './people/me';

const ACTOR_KEY = 'coachingNotes.actor';

/** What every module of the extension shares: the store, who edits, and the language. */
export interface Services {
  store: Store;
  changeContext(): ChangeContext;
  /** The language of the coaching texts, as set now (see `coachingLocale`). */
  readonly locale: Locale;
  /** State of this installation across workspaces (who uses it: `people/me.ts`). */
  globalState: vscode.Memento;
}

/** This installation's replica id for revisions: created once, kept in global state. */
export async function actorId(context: vscode.ExtensionContext): Promise<string> {
  const known = context.globalState.get<string>(ACTOR_KEY);
  if (known) return known;
  const actor = newActorId();
  await context.globalState.update(ACTOR_KEY, actor);
  return actor;
}

export function createServices(store: Store, actor: string, globalState: vscode.Memento): Services {
  return {
    store,
    globalState,
    changeContext: () => {
      // Records made here name their author once this installation knows who uses it.
      const person = myPersonId(globalState);
      return person ? { actor, now: new Date(), person } : { actor, now: new Date() };
    },
    get locale() {
      return coachingLocale();
    },
  };
}
