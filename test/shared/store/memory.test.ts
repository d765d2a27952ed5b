import { createMemoryStore } from '@coaching-notes/shared';
import { storeContract } from './contract';

storeContract('memory', async () => createMemoryStore());
