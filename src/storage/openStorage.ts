import type { Config } from '../config/config';
import { formatError } from '../errors/catalog';
import { FileStorage } from './fileStorage';
import type { Storage } from './storage';

export interface OpenedStorage {
  storage: Storage;
  /** For the start-up log: where records go. */
  description: string;
  /** Why the store cannot be used now (a catalog message starting with its code), or undefined; /readyz reports it. */
  problem(): string | undefined;
  close(): Promise<void>;
}

/**
 * The store the configuration names. The file store takes its folder's lock (CSP5001 when another process holds
 * it); the Azure store connects and creates its table (CSP5007 when it cannot), so a bad setting stops the start.
 * The Azure SDK is loaded only when the Azure store is chosen: loading it is about a tenth of a start with the file store.
 */
export async function openStorage(config: Config): Promise<OpenedStorage> {
  if (config.storage === 'azure') {
    const { AzureTableStorage } = await import('./azureTableStorage');
    const storage = await AzureTableStorage.open(config.azureStorageConnectionString, config.azureStorageName);
    return {
      storage,
      description: `Azure table ${config.azureStorageName} at ${storage.endpoint}`,
      problem: () =>
        storage.reachable
          ? undefined
          : formatError('azureStoreUnreachable', { table: config.azureStorageName, endpoint: storage.endpoint, reason: 'its last call failed' }),
      close: () => storage.close()
    };
  }
  const storage = FileStorage.open(config.dataDir);
  return { storage, description: storage.folder, problem: () => storage.problem(), close: () => storage.close() };
}
