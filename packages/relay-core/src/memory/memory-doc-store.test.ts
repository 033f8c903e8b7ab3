import { docStoreContract } from '@tandem/test-kit';
import { createMemoryDocStore } from './memory-doc-store';

docStoreContract('MemoryDocStore', async () => ({ store: createMemoryDocStore(Date.now), cleanup: async () => undefined }));
