import { describe, expect, test } from 'vitest';
import {
  StoreQuotaError,
  createMemoryStore,
  createPerson,
  type Store,
  type StoreChange,
} from '@coaching-notes/shared';
import { BridgedStore } from '../../extension-browser/src/common/store-bridge/client';
import { StoreHost } from '../../extension-browser/src/common/store-bridge/host';
import type { BridgePort } from '../../extension-browser/src/common/store-bridge/port';

type Listener = (message: unknown) => void;

/** Two connected in-memory ports; messages go through JSON like Chrome's, delivered later. */
function portPair(): { client: BridgePort; host: BridgePort; cut(): void } {
  const listeners = { client: [] as Listener[], host: [] as Listener[] };
  const gone = { client: [] as (() => void)[], host: [] as (() => void)[] };
  let open = true;
  const side = (me: 'client' | 'host', other: 'client' | 'host'): BridgePort => ({
    postMessage(message) {
      if (!open) throw new Error('Attempting to use a disconnected port object');
      const wire = JSON.stringify(message);
      setTimeout(() => open && listeners[other].forEach((l) => l(JSON.parse(wire))), 0);
    },
    disconnect() {
      if (!open) return;
      open = false;
      gone[other].forEach((l) => l());
    },
    onMessage: { addListener: (l) => listeners[me].push(l) },
    onDisconnect: { addListener: (l) => gone[me].push(l) },
  });
  return {
    client: side('client', 'host'),
    host: side('host', 'client'),
    cut() {
      open = false;
      gone.client.forEach((l) => l());
      gone.host.forEach((l) => l());
    },
  };
}

function setUp(store: Store = createMemoryStore()) {
  const host = new StoreHost(async () => store);
  const pairs: ReturnType<typeof portPair>[] = [];
  const connect = () => {
    const pair = portPair();
    pairs.push(pair);
    host.accept(pair.host);
    return pair.client;
  };
  return { store, host, pairs, client: () => new BridgedStore(connect) };
}

const ctx = { actor: 'actor-1', now: new Date('2026-03-01T09:00:00Z') };

describe('store bridge (overlay panel → background IndexedDB)', () => {
  test('reads and writes reach the host store', async () => {
    const { store, client } = setUp();
    const bridged = client();
    const person = createPerson({ displayName: 'Sam' }, ctx);
    await bridged.put(person);
    expect(await store.get('person', person.id)).toEqual(person);
    expect(await bridged.get('person', person.id)).toEqual(person);
    expect(await bridged.list({ type: 'person' })).toEqual([person]);
    expect(await bridged.all()).toEqual([person]);
    expect(await bridged.get('person', 'missing')).toBeUndefined();
    await bridged.close();
  });

  test('changes reach every client; only the writer sees its own change as local', async () => {
    const { store, client } = setUp();
    const a = client();
    const b = client();
    const seenA: StoreChange[] = [];
    const seenB: StoreChange[] = [];
    a.subscribe((change) => seenA.push(change));
    b.subscribe((change) => seenB.push(change));
    await b.all(); // both connected
    const person = createPerson({ displayName: 'Alex' }, ctx);
    await a.put(person);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seenA).toEqual([{ records: [person], cause: 'put', remote: false }]);
    expect(seenB).toEqual([{ records: [person], cause: 'put', remote: true }]);

    const other = createPerson({ displayName: 'Written elsewhere' }, ctx);
    await store.put(other);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(seenA.at(-1)).toMatchObject({ records: [other], remote: true });
  });

  test('dates cross as dates, and store errors keep their class', async () => {
    const memory = createMemoryStore();
    let receivedNow: unknown;
    const spy: Store = {
      ...memory,
      erasePerson: async (personId, actor, now) => {
        receivedNow = now;
        return memory.erasePerson(personId, actor, now);
      },
      put: async () => {
        throw new StoreQuotaError();
      },
      subscribe: (listener) => memory.subscribe(listener),
    };
    const bridged = setUp(spy).client();
    const now = new Date('2026-04-02T12:30:00Z');
    await bridged.erasePerson('nobody', 'actor-1', now);
    expect(receivedNow).toBeInstanceOf(Date);
    expect((receivedNow as Date).toISOString()).toBe(now.toISOString());
    const failure = await bridged
      .put(createPerson({ displayName: 'Too much' }, ctx))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreQuotaError);
  });

  test('when the worker stops, calls in flight are sent again on a new connection', async () => {
    const { pairs, client } = setUp();
    const bridged = client();
    await bridged.all();
    const person = createPerson({ displayName: 'Survives a restart' }, ctx);
    const writing = bridged.put(person);
    pairs[0]!.cut();
    await writing;
    expect(pairs).toHaveLength(2);
    expect(await bridged.get('person', person.id)).toEqual(person);
  });

  test('a client the background does not vouch for gets no answer, no change and is disconnected', async () => {
    const store = createMemoryStore();
    const person = createPerson({ displayName: 'Private coachee' }, ctx);
    await store.put(person);
    const host = new StoreHost(async () => store);
    const pair = portPair();
    const received: unknown[] = [];
    let disconnected = false;
    pair.client.onMessage.addListener((message) => received.push(message));
    pair.client.onDisconnect.addListener(() => (disconnected = true));
    let vouch: (ok: boolean) => void = () => undefined;
    host.accept(pair.host, new Promise((resolve) => (vouch = resolve)));
    // Sent before the verdict: held, then dropped.
    pair.client.postMessage({ id: 1, method: 'list', args: [{ type: 'person' }] });
    await new Promise((resolve) => setTimeout(resolve, 10));
    vouch(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await store.put(createPerson({ displayName: 'Another' }, ctx));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(received).toEqual([]);
    expect(disconnected).toBe(true);
  });

  test('after close, calls are refused', async () => {
    const bridged = setUp().client();
    await bridged.close();
    await expect(bridged.all()).rejects.toMatchObject({ name: 'StoreClosedError' });
  });
});
