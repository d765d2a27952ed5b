import type { Id, RecordOf, RecordType, StoredRecord, Tombstone } from '@coaching-notes/shared';
import { StoreClosedError } from '@coaching-notes/shared';
import type {
  EraseReport,
  PurgeReport,
  Store,
  StoreChange,
  StoreListener,
  StoreQuery,
} from '@coaching-notes/shared';
import { ext } from '../api';
import type { BridgePort } from './port';
import {
  STORE_PORT,
  decodeError,
  encodeArgs,
  type BridgeReply,
  type BridgedMethod,
} from './protocol';

const KEEP_ALIVE_MS = 20_000;

interface Pending {
  method: BridgedMethod;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
  retried: boolean;
}

/**
 * A `Store` whose calls run in the background, on the extension's own IndexedDB.
 *
 * Why: the overlay's panel is an extension frame inside a web page, i.e. a third-party context.
 * Browsers that block third-party cookies deny it IndexedDB and localStorage, and browsers that
 * partition storage would give it a separate database per site. The background is first-party,
 * so every surface (overlay, side panel, dashboard) works on the same notes.
 *
 * The worker may be stopped by the browser: the port then closes, and the next call reconnects
 * (calls in flight are sent once more; writes are idempotent). While open, a ping every 20 s keeps
 * the worker, and with it the change feed, alive.
 */
export class BridgedStore implements Store {
  private port: BridgePort | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<StoreListener>();
  private closed = false;
  private readonly keepAlive: ReturnType<typeof setInterval>;

  constructor(
    private readonly connect: () => BridgePort = () => ext.runtime.connect({ name: STORE_PORT }),
  ) {
    this.keepAlive = setInterval(
      () => void this.call('ping', []).catch(() => undefined),
      KEEP_ALIVE_MS,
    );
  }

  get<T extends RecordType>(type: T, id: Id): Promise<RecordOf<T> | undefined> {
    return this.call('get', [type, id]) as Promise<RecordOf<T> | undefined>;
  }
  getStored(type: RecordType, id: Id): Promise<StoredRecord | undefined> {
    return this.call('getStored', [type, id]) as Promise<StoredRecord | undefined>;
  }
  list<T extends RecordType>(query: StoreQuery<T>): Promise<RecordOf<T>[]> {
    return this.call('list', [query]) as Promise<RecordOf<T>[]>;
  }
  all(): Promise<StoredRecord[]> {
    return this.call('all', []) as Promise<StoredRecord[]>;
  }
  async put(record: StoredRecord): Promise<void> {
    await this.call('put', [record]);
  }
  async putMany(records: StoredRecord[], cause?: StoreChange['cause']): Promise<void> {
    await this.call('putMany', cause === undefined ? [records] : [records, cause]);
  }
  async delete(tombstone: Tombstone): Promise<void> {
    await this.call('delete', [tombstone]);
  }
  erasePerson(personId: Id, actor: string, now: Date): Promise<EraseReport> {
    return this.call('erasePerson', [personId, actor, now]) as Promise<EraseReport>;
  }
  purgeOlderThan(months: number, actor: string, now: Date): Promise<PurgeReport> {
    return this.call('purgeOlderThan', [months, actor, now]) as Promise<PurgeReport>;
  }

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    this.ensurePort();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.keepAlive);
    this.port?.disconnect();
    this.port = undefined;
    for (const call of this.pending.values()) call.reject(new StoreClosedError('closed'));
    this.pending.clear();
  }

  private call(method: BridgedMethod, args: unknown[]): Promise<unknown> {
    if (this.closed) return Promise.reject(new StoreClosedError('closed'));
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { method, args, resolve, reject, retried: false });
      this.send(id);
    });
  }

  private send(id: number): void {
    const call = this.pending.get(id);
    if (!call) return;
    try {
      this.ensurePort().postMessage({ id, method: call.method, args: encodeArgs(call.args) });
    } catch {
      // The port died between connect and send: the disconnect handler retries or rejects.
      this.onDisconnect();
    }
  }

  private ensurePort(): BridgePort {
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((message) => this.onReply(message as BridgeReply));
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.onDisconnect();
    });
    this.port = port;
    return port;
  }

  private onDisconnect(): void {
    this.port = undefined;
    if (this.closed) return;
    for (const [id, call] of [...this.pending]) {
      if (call.retried) {
        this.pending.delete(id);
        call.reject(new StoreClosedError('terminated'));
      } else {
        call.retried = true;
        this.send(id);
      }
    }
  }

  private onReply(reply: BridgeReply): void {
    if ('change' in reply) {
      for (const listener of this.listeners) listener(reply.change as StoreChange);
      return;
    }
    const call = this.pending.get(reply.id);
    if (!call) return;
    this.pending.delete(reply.id);
    if ('error' in reply) call.reject(decodeError(reply.error));
    else call.resolve(reply.result);
  }
}

/** The notes store for the overlay's panel (see `BridgedStore` for why not IndexedDB directly). */
export function openBridgedStore(): Store {
  return new BridgedStore();
}
