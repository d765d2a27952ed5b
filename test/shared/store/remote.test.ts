import { describe, expect, test } from 'vitest';
import {
  REMOTE_METHODS,
  RemoteStore,
  StoreQuotaError,
  createMemoryStore,
  createObservation,
  createPerson,
  createSession,
  createTrack,
  pairProgrammingSession,
  parseCall,
  serveStore,
  startSession,
  tombstoneOf,
  type ServeOptions,
  type Store,
  type StoreChange,
} from '@coaching-notes/shared';
import { linkPair } from './link-pair';

function setUp(
  store: Store = createMemoryStore(),
  options: ServeOptions = { methods: REMOTE_METHODS },
) {
  const server = serveStore(async () => store, options);
  const pairs: ReturnType<typeof linkPair>[] = [];
  const connect = () => {
    const pair = linkPair();
    pairs.push(pair);
    server.accept(pair.host);
    return pair.client;
  };
  return { store, server, pairs, client: () => new RemoteStore(connect) };
}

const tick = (ms = 5) => new Promise((resolve) => setTimeout(resolve, ms));
const ctx = { actor: 'actor-1', now: new Date('2026-03-01T09:00:00Z') };

function sessionFixture() {
  const person = createPerson({ displayName: 'Sam' }, ctx);
  const track = createTrack(
    { kind: 'pair-programming', title: 'Pairing', coacheeIds: [person.id], coachIds: [] },
    ctx,
  );
  const session = startSession(
    createSession({ template: pairProgrammingSession, track }, ctx),
    ctx,
  );
  const note = createObservation(session, { kind: 'top', text: 'Clear opening' }, ctx);
  return { person, session, note };
}

describe('remote store (a Store over messages, served by serveStore)', () => {
  test('reads and writes reach the host store', async () => {
    const { store, client } = setUp();
    const remote = client();
    const person = createPerson({ displayName: 'Sam' }, ctx);
    await remote.put(person);
    expect(await store.get('person', person.id)).toEqual(person);
    expect(await remote.get('person', person.id)).toEqual(person);
    expect(await remote.list({ type: 'person' })).toEqual([person]);
    expect(await remote.all()).toEqual([person]);
    expect(await remote.get('person', 'missing')).toBeUndefined();
    await remote.close();
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
    await tick();
    expect(seenA).toEqual([{ records: [person], cause: 'put', remote: false }]);
    expect(seenB).toEqual([{ records: [person], cause: 'put', remote: true }]);

    const other = createPerson({ displayName: 'Written elsewhere' }, ctx);
    await store.put(other);
    await tick();
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
    const remote = setUp(spy).client();
    const now = new Date('2026-04-02T12:30:00Z');
    await remote.erasePerson('nobody', 'actor-1', now);
    expect(receivedNow).toBeInstanceOf(Date);
    expect((receivedNow as Date).toISOString()).toBe(now.toISOString());
    const failure = await remote
      .put(createPerson({ displayName: 'Too much' }, ctx))
      .catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(StoreQuotaError);
  });

  test('when the link closes, calls in flight are sent again on a new connection', async () => {
    const { pairs, client } = setUp();
    const remote = client();
    await remote.all();
    const person = createPerson({ displayName: 'Survives a restart' }, ctx);
    const writing = remote.put(person);
    pairs[0]!.cut();
    await writing;
    expect(pairs).toHaveLength(2);
    expect(await remote.get('person', person.id)).toEqual(person);
  });

  test('a client the host does not vouch for gets no answer, no change and is disconnected', async () => {
    const store = createMemoryStore();
    await store.put(createPerson({ displayName: 'Private coachee' }, ctx));
    const server = serveStore(async () => store, { methods: REMOTE_METHODS });
    const pair = linkPair();
    const received: unknown[] = [];
    let disconnected = false;
    pair.client.onMessage((message) => received.push(message));
    pair.client.onClose(() => (disconnected = true));
    let vouch: (ok: boolean) => void = () => undefined;
    server.accept(pair.host, new Promise((resolve) => (vouch = resolve)));
    // Sent before the verdict: held, then dropped.
    pair.client.send({ id: 1, method: 'list', args: [{ type: 'person' }] });
    await tick(10);
    vouch(false);
    await tick(10);
    await store.put(createPerson({ displayName: 'Another' }, ctx));
    await tick(10);
    expect(received).toEqual([]);
    expect(disconnected).toBe(true);
  });

  test('after close, calls are refused', async () => {
    const remote = setUp().client();
    await remote.close();
    await expect(remote.all()).rejects.toMatchObject({ name: 'StoreClosedError' });
  });

  test('a method the host does not offer is refused with an error, not left hanging', async () => {
    const { store, client } = setUp(createMemoryStore(), { methods: ['get', 'list'] });
    const person = createPerson({ displayName: 'Kept' }, ctx);
    await store.put(person);
    const remote = client();
    await expect(remote.all()).rejects.toThrow('all is not available here');
    await expect(remote.erasePerson(person.id, 'actor-1', ctx.now)).rejects.toThrow(
      'erasePerson is not available here',
    );
    expect(await store.get('person', person.id)).toEqual(person);
  });

  test('an invalid record is refused as InvalidRecordError before the store sees it', async () => {
    const { store, client } = setUp();
    const person = createPerson({ displayName: 'Sam' }, ctx);
    const remote = client();
    await expect(remote.put({ ...person, displayName: 7 } as never)).rejects.toMatchObject({
      name: 'InvalidRecordError',
    });
    expect(await store.all()).toEqual([]);
  });

  test("the shell's check refuses a call with its own error and nothing is written", async () => {
    const { store, client } = setUp(createMemoryStore(), {
      methods: REMOTE_METHODS,
      check: (call) => {
        if (call.method === 'put') throw new Error('not yours');
      },
    });
    const remote = client();
    await expect(remote.put(createPerson({ displayName: 'Sam' }, ctx))).rejects.toThrow(
      'not yours',
    );
    expect(await store.all()).toEqual([]);
  });

  test('requests without a usable id are ignored; malformed envelopes get no answer', async () => {
    const server = serveStore(createMemoryStore(), { methods: REMOTE_METHODS });
    const pair = linkPair();
    const received: unknown[] = [];
    pair.client.onMessage((message) => received.push(message));
    server.accept(pair.host);
    await tick();
    for (const bad of [
      'hello',
      { id: -1, method: 'get', args: [] },
      { id: 1, method: 'eval', args: [] },
      { id: 1, method: 'get', args: [1, 2, 3, 4] },
      { id: 1, method: 'get', args: [], extra: 1 },
    ])
      pair.client.send(bad as never);
    await tick(10);
    expect(received).toEqual([]);
  });
});

describe('request checks (parseCall)', () => {
  const all = { methods: REMOTE_METHODS };
  const ok = (method: string, args: unknown[], rules = all) =>
    parseCall({ id: 1, method: method as never, args }, rules).ok;

  test('checks arguments per method', () => {
    const { note } = sessionFixture();
    expect(ok('get', ['observation', note.id])).toBe(true);
    expect(ok('get', ['secrets', note.id])).toBe(false);
    expect(ok('get', ['observation', note.id, 'extra'])).toBe(false);
    expect(ok('list', [{ type: 'observation', sessionId: 'x' }])).toBe(true);
    expect(ok('list', [{ type: 'observation', sessionId: 'x', hack: 1 }])).toBe(false);
    expect(ok('put', [note])).toBe(true);
    expect(ok('put', [{ ...note, text: 7 }])).toBe(false);
    expect(ok('put', [JSON.parse('{"__proto__":{"polluted":true}}')])).toBe(false);
    expect(ok('delete', [note])).toBe(false);
    expect(ok('delete', [tombstoneOf(note, ctx)])).toBe(true);
    expect(ok('putMany', [[note], 'import'])).toBe(true);
    expect(ok('putMany', [[note], 'sneaky'])).toBe(false);
    expect(ok('putMany', ['nope'])).toBe(false);
    expect(ok('erasePerson', ['p', 'actor-1', new Date()])).toBe(true);
    expect(ok('erasePerson', ['p', 'actor-1', '2026-01-01'])).toBe(false);
    expect(ok('purgeOlderThan', [12, 'actor-1', new Date('x')])).toBe(false);
  });

  test('a host may limit causes and batch size', () => {
    const { note } = sessionFixture();
    const rules = { methods: REMOTE_METHODS, causes: ['put'] as const, maxBatch: 2 };
    expect(ok('putMany', [[note], 'put'], rules)).toBe(true);
    expect(ok('putMany', [[note]], rules)).toBe(true);
    expect(ok('putMany', [[note], 'import'], rules)).toBe(false);
    expect(ok('putMany', [[note, note, note]], rules)).toBe(false);
  });
});
