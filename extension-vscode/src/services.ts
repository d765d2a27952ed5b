import * as vscode from 'vscode';
import {
  localeFromLanguageTag,
  newActorId,
  type ChangeContext,
  type Locale,
  type Store,
} from '@coaching-notes/shared';

const ACTOR_KEY = 'coachingNotes.actor';

/** What every module of the extension shares: the store, who edits, and the language. */
export interface Services {
  store: Store;
  changeContext(): ChangeContext;
  locale: Locale;
}

/** This installation's replica id for revisions: created once, kept in global state. */
export async function actorId(context: vscode.ExtensionContext): Promise<string> {
  const known = context.globalState.get<string>(ACTOR_KEY);
  if (known) return known;
  const actor = newActorId();
  await context.globalState.update(ACTOR_KEY, actor);
  return actor;
}

export function createServices(store: Store, actor: string): Services {
  return {
    store,
    changeContext: () => ({ actor, now: new Date() }),
    locale: localeFromLanguageTag(vscode.env.language),
  };
}
