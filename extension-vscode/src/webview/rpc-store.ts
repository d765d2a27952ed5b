import type { Store, StoreChange, StoreListener } from '@coaching-notes/shared';
import type { HostMessage, RpcMethod, WebviewMessage } from './protocol';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The webview's Store: every call is a message to the extension host, which runs it on the
 * real store after checking it. Change events come back as `store-change` messages.
 */
export class RpcStore implements Store {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<StoreListener>();

  constructor(private readonly send: (message: WebviewMessage) => void) {}

  /** Feed every message from the host here. */
  receive(message: HostMessage): void {
    if (message.type === 'rpc-result') {
      const waiting = this.pending.get(message.id);
      if (!waiting) return;
      this.pending.delete(message.id);
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(message.error));
    } else if (message.type === 'store-change') {
      for (const listener of this.listeners) listener(message.change);
    }
  }

  private call<T>(method: RpcMethod, ...args: unknown[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.send({ type: 'rpc', id, method, args });
    });
  }

  get: Store['get'] = (type, id) => this.call('get', type, id);
  getStored: Store['getStored'] = (type, id) => this.call('getStored', type, id);
  list: Store['list'] = (query) => this.call('list', query);
  put: Store['put'] = (record) => this.call('put', record);
  putMany: Store['putMany'] = (records, cause?: StoreChange['cause']) =>
    this.call('putMany', records, ...(cause ? [cause] : []));
  delete: Store['delete'] = (tombstone) => this.call('delete', tombstone);

  /** Not part of a debrief: the host refuses them, so the proxy does not offer them. */
  all: Store['all'] = () => Promise.reject(new Error('not available in the debrief'));
  erasePerson: Store['erasePerson'] = () =>
    Promise.reject(new Error('not available in the debrief'));
  purgeOlderThan: Store['purgeOlderThan'] = () =>
    Promise.reject(new Error('not available in the debrief'));

  subscribe(listener: StoreListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async close(): Promise<void> {
    for (const waiting of this.pending.values()) waiting.reject(new Error('closed'));
    this.pending.clear();
    this.listeners.clear();
  }
}
