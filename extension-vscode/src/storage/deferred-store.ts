import type { Store } from '@coaching-notes/shared';

/**
 * A Store usable at once while the real one is still opening: every call waits for it. The
 * extension activates on a command or the view, and reading a large log must not hold up the
 * command (or VS Code's activation); the first query simply resolves when the notes are in.
 */
export function deferredStore(opening: Promise<Store>): Store {
  return {
    get: async (type, id) => (await opening).get(type, id),
    getStored: async (type, id) => (await opening).getStored(type, id),
    list: async (query) => (await opening).list(query),
    all: async () => (await opening).all(),
    put: async (record) => (await opening).put(record),
    putMany: async (records, cause) => (await opening).putMany(records, cause),
    delete: async (tombstone) => (await opening).delete(tombstone),
    erasePerson: async (personId, actor, now) => (await opening).erasePerson(personId, actor, now),
    purgeOlderThan: async (months, actor, now) =>
      (await opening).purgeOlderThan(months, actor, now),
    subscribe(listener) {
      let unsubscribe: (() => void) | undefined;
      let cancelled = false;
      void opening.then(
        (store) => {
          if (!cancelled) unsubscribe = store.subscribe(listener);
        },
        () => undefined,
      );
      return () => {
        cancelled = true;
        unsubscribe?.();
      };
    },
    close: async () => (await opening).close(),
  };
}
