import { ext } from './api';

export const ACTOR_KEY = 'actor';

/**
 * This browser profile's replica id for revisions, in `storage.local` so every extension context
 * reads the same one — including the overlay's panel, which (as a third-party frame) may be denied
 * `localStorage`. `create` makes a new id the first time (`newActorId` from the core).
 */
export async function loadActorId(create: () => string): Promise<string> {
  const stored = (await ext.storage.local.get(ACTOR_KEY))[ACTOR_KEY];
  if (typeof stored === 'string' && stored) return stored;
  const actor = create();
  await ext.storage.local.set({ [ACTOR_KEY]: actor });
  return actor;
}
