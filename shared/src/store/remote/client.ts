import type { Id, RecordOf, RecordType, StoredRecord, Tombstone } from '../../model/types';
import { StoreClosedError } from '../errors';
import type {
  EraseReport,
  PurgeReport,
  Store,
  StoreChange,
  StoreListener,
  StoreQuery,
} from '../port';
import {
  decodeError,
  encodeArgs,
  type RemoteLink,
  type RemoteMethod,
  type WireError,
} from './wire';

export interface RemoteStoreOptions {
  /** Ping this often while open, so that a serving worker (and its change feed) stays alive. */
  keepAliveMs?: number;
}

interface Pending {
  method: RemoteMethod;
  args: unknown[];
  resolve(value: unknown): void;
  reject(error: Error): void;
  retried: boolean;
}

/**
 * A `Store` whose calls run elsewhere, on the other end of a `RemoteLink`; see `serveStore`.
 *
 * When the link closes, the next call connects again; calls in flight are sent once more
 * (writes are idempotent), and fail with `StoreClosedError('terminated')` if that link closes too.
 */
export class RemoteStore implements Store {
  private link: RemoteLink | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<StoreListener>();
  private closed = false;
  private readonly keepAlive: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly connect: () => RemoteLink,
    options: RemoteStoreOptions = {},
  ) {
    this.keepAlive =
      options.keepAliveMs === undefined
        ? undefined
        : setInterval(() => void this.call('ping', []).catch(() => undefined), options.keepAliveMs);
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
    if (!this.closed) this.ensureLink();
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.keepAlive !== undefined) clearInterval(this.keepAlive);
    this.link?.close();
    this.link = undefined;
    for (const call of this.pending.values()) call.reject(new StoreClosedError('closed'));
    this.pending.clear();
    this.listeners.clear();
  }

  private call(method: RemoteMethod, args: unknown[]): Promise<unknown> {
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
      this.ensureLink().send({ id, method: call.method, args: encodeArgs(call.args) });
    } catch {
      // The link died between connect and send: the close handler retries or rejects.
      this.onClose();
    }
  }

  private ensureLink(): RemoteLink {
    if (this.link) return this.link;
    const link = this.connect();
    link.onMessage((message) => this.onReply(message));
    link.onClose(() => {
      if (this.link === link) this.onClose();
    });
    this.link = link;
    return link;
  }

  private onClose(): void {
    this.link = undefined;
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

  private onReply(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    if ('change' in message) {
      for (const listener of this.listeners) listener(message.change as StoreChange);
      return;
    }
    const reply = message as { id?: unknown; result?: unknown; error?: WireError };
    const call = typeof reply.id === 'number' ? this.pending.get(reply.id) : undefined;
    if (!call) return;
    this.pending.delete(reply.id as number);
    if (reply.error !== undefined) call.reject(decodeError(reply.error));
    else call.resolve(reply.result);
  }
}
