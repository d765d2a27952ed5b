import type { Store, StoreChange } from '../port';
import {
  parseCall,
  parseRequest,
  writtenRecords,
  type CallRules,
  type RemoteCall,
} from './requests';
import { decodeArgs, encodeError, type RemoteReply, type ServedLink } from './wire';

export interface ServeOptions extends CallRules {
  /**
   * The shell's own rule for a checked call (e.g. a webview may write only its session);
   * throwing refuses the call with that error. Runs before the store sees the call.
   */
  check?(call: RemoteCall): void | Promise<void>;
}

export interface StoreServer {
  /**
   * Serves `link` once `allowed` resolves to true; otherwise the link is closed without a single
   * call or change reaching it. Calls made meanwhile wait for the answer.
   */
  accept(link: ServedLink, allowed?: Promise<boolean>): void;
  /** Stops passing on changes; clients still connected get no more answers. */
  close(): void;
}

interface Client {
  link: ServedLink;
  allowed: Promise<boolean>;
  /** Ids this client is writing right now: their change is its own, not a remote one. */
  writing: Map<string, number>;
}

/**
 * Serves `RemoteStore` clients from one store. It keeps no note data itself: each checked call
 * goes straight to the store, and every change is passed on to all clients, marked `remote` for
 * those that did not make it. Given a function, the store is opened at the first call, and again
 * after it reports itself closed (a browser may close IndexedDB under a worker).
 */
export function serveStore(
  source: Store | (() => Promise<Store>),
  options: ServeOptions,
): StoreServer {
  const clients = new Set<Client>();
  let opened: Promise<Store> | undefined;
  let unsubscribe: (() => void) | undefined;
  let closed = false;

  const watch = (store: Store): Store => {
    unsubscribe?.();
    unsubscribe = store.subscribe(broadcast);
    return store;
  };
  const open = (): Promise<Store> => {
    opened ??=
      typeof source === 'function'
        ? source().then(watch, (error: unknown) => {
            opened = undefined;
            throw error;
          })
        : Promise.resolve(source);
    return opened;
  };
  if (typeof source !== 'function') watch(source);

  function reply(client: Client, message: RemoteReply): void {
    try {
      client.link.send(message);
    } catch {
      clients.delete(client);
    }
  }

  function broadcast(change: StoreChange): void {
    for (const client of clients) {
      const own =
        !change.remote &&
        change.records.length > 0 &&
        change.records.every((r) => client.writing.has(r.id));
      reply(client, { change: { ...change, remote: !own } });
    }
  }

  async function run(store: Store, call: RemoteCall): Promise<unknown> {
    if (call.method === 'ping') return true;
    return (store[call.method] as (...args: unknown[]) => Promise<unknown>).apply(store, call.args);
  }

  async function serve(client: Client, message: unknown): Promise<void> {
    if (!(await client.allowed) || closed) return;
    const request = parseRequest(message);
    if (!request) return; // no id to answer to
    const parsed = parseCall({ ...request, args: decodeArgs(request.args) }, options);
    if (!parsed.ok) {
      reply(client, { id: request.id, error: encodeError(parsed.error) });
      return;
    }
    const ids = writtenRecords(parsed.call).map((record) => record.id);
    for (const id of ids) client.writing.set(id, (client.writing.get(id) ?? 0) + 1);
    try {
      await options.check?.(parsed.call);
      const result = await run(await open(), parsed.call);
      reply(client, { id: request.id, result });
    } catch (error) {
      if ((error as Error)?.name === 'StoreClosedError' && typeof source === 'function')
        opened = undefined;
      reply(client, { id: request.id, error: encodeError(error) });
    } finally {
      for (const id of ids) {
        const left = (client.writing.get(id) ?? 1) - 1;
        if (left > 0) client.writing.set(id, left);
        else client.writing.delete(id);
      }
    }
  }

  return {
    accept(link, allowed = Promise.resolve(true)) {
      const client: Client = { link, allowed: allowed.catch(() => false), writing: new Map() };
      link.onClose(() => clients.delete(client));
      link.onMessage((message) => void serve(client, message));
      void client.allowed.then((ok) => {
        if (ok && !closed) clients.add(client);
        else link.close();
      });
    },
    close() {
      closed = true;
      unsubscribe?.();
      clients.clear();
    },
  };
}
