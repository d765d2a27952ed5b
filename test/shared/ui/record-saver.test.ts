import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryStore, createPerson, type StoredRecord } from '@coaching-notes/shared';
// eslint-disable-next-line no-restricted-imports -- runs in Node: the ui barrel defines custom elements
import {
  RecordSaver,
  SAVE_DELAY_MS,
  SAVE_MAX_WAIT_MS,
} from '../../../shared/src/ui/common/record-saver';

/** The saver's timers, measured with fake timers: each write and the moment it was made. */
function recordedSaver() {
  const store = createMemoryStore();
  const writes: { at: number; records: StoredRecord[] }[] = [];
  const putMany = store.putMany.bind(store);
  store.putMany = async (records, cause) => {
    writes.push({ at: Date.now(), records });
    return putMany(records, cause);
  };
  const saver = new RecordSaver(store, () => ({ actor: 'actor-1', now: new Date() }));
  return { store, saver, writes };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
});
afterEach(() => vi.useRealTimers());

describe('RecordSaver debouncing', () => {
  it('writes nothing while edits come faster than the delay, then once, at most 300 ms after the last edit', async () => {
    const { store, saver, writes } = recordedSaver();
    let person = createPerson({ displayName: 'S' }, { actor: 'actor-1', now: new Date() });
    for (const name of ['Sa', 'Sam', 'Sam ', 'Sam P']) {
      person = saver.edit(person, { displayName: name });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes).toEqual([]);
    const lastEdit = Date.now() - 100;
    await vi.advanceTimersByTimeAsync(300 - 100);
    expect(writes).toHaveLength(1);
    expect(writes[0]!.at - lastEdit).toBeLessThanOrEqual(300);
    expect(writes[0]!.at - lastEdit).toBe(SAVE_DELAY_MS);
    expect(writes[0]!.records).toEqual([person]);
    expect((await store.get('person', person.id))?.displayName).toBe('Sam P');
    await vi.advanceTimersByTimeAsync(5 * SAVE_MAX_WAIT_MS);
    expect(writes).toHaveLength(1);
  });

  it('a record typed into without a pause is still written every SAVE_MAX_WAIT_MS', async () => {
    const { saver, writes } = recordedSaver();
    let person = createPerson({ displayName: 'S' }, { actor: 'actor-1', now: new Date() });
    const started = Date.now();
    for (let i = 0; i < (2 * SAVE_MAX_WAIT_MS) / 100; i++) {
      person = saver.edit(person, { displayName: `S${i}` });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(writes.map((write) => write.at - started)).toEqual([
      SAVE_MAX_WAIT_MS,
      2 * SAVE_MAX_WAIT_MS,
    ]);
  });
});
