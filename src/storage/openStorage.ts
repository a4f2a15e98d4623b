import type { Config } from '../config/config';
import { AzureTableStorage } from './azureTableStorage';
import { FileStorage } from './fileStorage';
import type { Storage } from './storage';

export interface OpenedStorage {
  storage: Storage;
  /** For the start-up log: where records go. */
  description: string;
  /** False while the store cannot be reached; /readyz reports it. */
  reachable(): boolean;
  close(): Promise<void>;
}

/**
 * The store the configuration names. The file store takes its folder's lock (CSP5001 when another process holds
 * it); the Azure store connects and creates its table (CSP5007 when it cannot), so a bad setting stops the start.
 */
export async function openStorage(config: Config): Promise<OpenedStorage> {
  if (config.storage === 'azure') {
    const storage = await AzureTableStorage.open(config.azureStorageConnectionString, config.azureStorageName);
    return {
      storage,
      description: `Azure table ${config.azureStorageName} at ${storage.endpoint}`,
      reachable: () => storage.reachable,
      close: () => storage.close()
    };
  }
  const storage = FileStorage.open(config.dataDir);
  return { storage, description: storage.folder, reachable: () => true, close: () => storage.close() };
}
