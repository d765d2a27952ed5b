import { openIdbStore } from '@coaching-notes/shared/idb';
import { storeContract } from './contract';
import { idbAdapterSuite } from './idb-suite';

// Real IndexedDB and BroadcastChannel of Chromium (Vitest browser mode).
let counter = 0;
storeContract('IndexedDB (Chromium)', () =>
  openIdbStore({ name: `contract-${Date.now()}-${++counter}` }),
);
idbAdapterSuite('Chromium');
