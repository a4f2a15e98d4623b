import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../src/storage/fileStorage';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { describeStoreContract } from './storeContract';

describeStoreContract('file store', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'csp-bot-contract-'));
  const storage = FileStorage.open(folder);
  return {
    storage,
    async close() {
      await storage.close();
      rmSync(folder, { recursive: true, force: true });
    }
  };
});

describeStoreContract('memory store', async () => ({ storage: new MemoryStorage(), close: async () => undefined }));
