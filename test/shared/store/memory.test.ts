import { createMemoryStore } from '../../../shared/src/store';
import { storeContract } from './contract';

storeContract('memory', async () => createMemoryStore());
