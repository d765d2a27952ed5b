import type { Store, StoreChange, StoredRecord } from '@coaching-notes/shared';
import type { BridgePort } from './port';
import {
  BRIDGED_METHODS,
  decodeArgs,
  encodeError,
  type BridgeRequest,
  type BridgedMethod,
} from './protocol';

interface Client {
  port: BridgePort;
  /** Resolves to whether this client may be served at all (checked before any store call). */
  allowed: Promise<boolean>;
  /** Ids this client is writing right now: their change is its own, not a remote one. */
  writing: Map<string, number>;
}

const WRITES: ReadonlySet<BridgedMethod> = new Set(['put', 'putMany', 'delete']);

function writtenIds(method: BridgedMethod, args: unknown[]): string[] {
  if (!WRITES.has(method)) return [];
  const records = method === 'putMany' ? (args[0] as StoredRecord[]) : [args[0] as StoredRecord];
  return Array.isArray(records) ? records.map((record) => String(record?.id)) : [];
}

/**
 * Serves `BridgedStore` clients from one store (the background's IndexedDB store). It keeps no
 * note data itself: each call goes straight to the store, and every change is passed on to all
 * clients, marked `remote` for those that did not make it.
 */
export class StoreHost {
  private store: Promise<Store> | undefined;
  private readonly clients = new Set<Client>();

  constructor(private readonly open: () => Promise<Store>) {}

  /**
   * Serves `port` once `allowed` resolves to true; otherwise the port is closed without a single
   * call or change reaching it. Calls made meanwhile wait for the answer.
   */
  accept(port: BridgePort, allowed: Promise<boolean> = Promise.resolve(true)): void {
    const client: Client = { port, allowed: allowed.catch(() => false), writing: new Map() };
    port.onDisconnect.addListener(() => this.clients.delete(client));
    port.onMessage.addListener((message) => void this.serve(client, message as BridgeRequest));
    void client.allowed.then((ok) => {
      if (ok) this.clients.add(client);
      else port.disconnect();
    });
  }

  private openStore(): Promise<Store> {
    this.store ??= this.open().then(
      (store) => {
        store.subscribe((change) => this.broadcast(change));
        return store;
      },
      (error: unknown) => {
        this.store = undefined;
        throw error;
      },
    );
    return this.store;
  }

  private async serve(client: Client, request: BridgeRequest): Promise<void> {
    if (!(await client.allowed)) return;
    const { id, method } = request;
    if (typeof id !== 'number' || !(BRIDGED_METHODS as readonly string[]).includes(method)) return;
    const args = decodeArgs(Array.isArray(request.args) ? request.args : []);
    const ids = writtenIds(method, args);
    for (const recordId of ids)
      client.writing.set(recordId, (client.writing.get(recordId) ?? 0) + 1);
    try {
      const store = await this.openStore();
      const result =
        method === 'ping'
          ? true
          : await (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
      this.reply(client, { id, result });
    } catch (error) {
      if ((error as Error)?.name === 'StoreClosedError') this.store = undefined;
      this.reply(client, { id, error: encodeError(error) });
    } finally {
      for (const recordId of ids) {
        const left = (client.writing.get(recordId) ?? 1) - 1;
        if (left > 0) client.writing.set(recordId, left);
        else client.writing.delete(recordId);
      }
    }
  }

  private broadcast(change: StoreChange): void {
    for (const client of this.clients) {
      const own =
        !change.remote &&
        change.records.length > 0 &&
        change.records.every((r) => client.writing.has(r.id));
      this.reply(client, { change: { ...change, remote: !own } });
    }
  }

  private reply(client: Client, message: unknown): void {
    try {
      client.port.postMessage(message);
    } catch {
      this.clients.delete(client);
    }
  }
}
