import 'fake-indexeddb/auto';
import { openIdbStore } from '@coaching-notes/shared/idb';
import { storeContract } from './contract';
import { idbAdapterSuite } from './idb-suite';

let counter = 0;
storeContract('IndexedDB (fake-indexeddb)', () => openIdbStore({ name: `contract-${++counter}` }));
idbAdapterSuite('fake-indexeddb');
