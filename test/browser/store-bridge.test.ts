import { describe, expect, test } from 'vitest';
import {
  REMOTE_METHODS,
  RemoteStore,
  createMemoryStore,
  createPerson,
  serveStore,
  type RemoteLink,
  type ServedLink,
} from '@coaching-notes/shared';
import { linkOf, type BridgePort } from '../../extension-browser/src/common/store-bridge/port';
import { linkPair } from '../shared/store/link-pair';

/** A pair of runtime ports, made of the test's link pair (the inverse of `linkOf`). */
function portPair(): { client: BridgePort; host: BridgePort; cut(): void } {
  const links = linkPair();
  const port = (link: ServedLink | RemoteLink): BridgePort => ({
    postMessage: (message) => link.send(message as never),
    disconnect: () => link.close(),
    onMessage: { addListener: (listener) => link.onMessage(listener) },
    onDisconnect: { addListener: (listener) => link.onClose(listener) },
  });
  return { client: port(links.client), host: port(links.host), cut: links.cut };
}

const ctx = { actor: 'actor-1', now: new Date('2026-03-01T09:00:00Z') };

describe('store bridge (overlay panel → background IndexedDB over runtime ports)', () => {
  test('a stopped worker (port disconnected) is reconnected and the write in flight lands', async () => {
    const store = createMemoryStore();
    const server = serveStore(async () => store, { methods: REMOTE_METHODS });
    const pairs: ReturnType<typeof portPair>[] = [];
    const bridged = new RemoteStore(() => {
      const pair = portPair();
      pairs.push(pair);
      server.accept(linkOf(pair.host));
      return linkOf(pair.client);
    });
    await bridged.all();
    const person = createPerson({ displayName: 'Survives a restart' }, ctx);
    const writing = bridged.put(person);
    pairs[0]!.cut();
    await writing;
    expect(pairs).toHaveLength(2);
    expect(await store.get('person', person.id)).toEqual(person);
    await bridged.close();
  });

  test('a refused port is disconnected by the host', async () => {
    const server = serveStore(createMemoryStore(), { methods: REMOTE_METHODS });
    const pair = portPair();
    let disconnected = false;
    pair.client.onDisconnect.addListener(() => (disconnected = true));
    server.accept(linkOf(pair.host), Promise.resolve(false));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(disconnected).toBe(true);
  });
});
