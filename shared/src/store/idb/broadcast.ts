import type { StoredRecord } from '../../model/types';
import type { StoreChange } from '../port';

interface ChangeMessage {
  kind: 'coaching-notes/store-change';
  cause: StoreChange['cause'];
  records: StoredRecord[];
}

/**
 * Tells other connections of the same origin (tabs, the panel and the dashboard) about
 * committed writes. IndexedDB itself has no change events, so each connection posts its own.
 * BroadcastChannel never delivers to the channel object that posted, so writes are not
 * announced twice; it is same-origin only, so note text never reaches a web page.
 */
export interface ChangeChannel {
  post(change: StoreChange): void;
  close(): void;
}

export function openChangeChannel(
  dbName: string,
  onRemote: (cause: StoreChange['cause'], records: unknown[]) => void,
): ChangeChannel {
  if (typeof BroadcastChannel === 'undefined') return { post() {}, close() {} };
  const channel = new BroadcastChannel(`coaching-notes-store:${dbName}`);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const data = event.data as Partial<ChangeMessage> | null;
    if (data?.kind !== 'coaching-notes/store-change' || !Array.isArray(data.records)) return;
    onRemote(data.cause ?? 'put', data.records);
  };
  return {
    post(change) {
      const message: ChangeMessage = {
        kind: 'coaching-notes/store-change',
        cause: change.cause,
        records: change.records,
      };
      channel.postMessage(message);
    },
    close() {
      channel.close();
    },
  };
}
