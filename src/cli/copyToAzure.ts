import { loadConfig } from '../config/config';
import { CatalogError } from '../errors/catalog';
import { AzureTableStorage } from '../storage/azureTableStorage';
import { FileStorage } from '../storage/fileStorage';
import type { StoreItems } from '../storage/storage';

/**
 * `npm run storage:copy-to-azure`: copies every record from the file store (DATA_DIR) into the Azure table
 * (STORAGE=azure, AZURE_STORAGE_CONNECTION_STRING, AZURE_STORAGE_NAME), the move from one instance to several.
 * Keys are kept, so running it again rewrites the same records instead of adding copies. The file store's lock
 * makes it refuse (CSP5001) while a bot still runs on the folder: stop the bot first, so nothing is missed.
 */
const BATCH = 100;

async function main(): Promise<number> {
  const config = loadConfig(process.env);
  if (config.storage !== 'azure') {
    process.stderr.write('Set STORAGE=azure and AZURE_STORAGE_CONNECTION_STRING (and AZURE_STORAGE_NAME) to say where to copy to.\n');
    return 2;
  }
  const files = FileStorage.open(config.dataDir);
  try {
    const azure = await AzureTableStorage.open(config.azureStorageConnectionString, config.azureStorageName);
    try {
      const records = await files.list('');
      const entries = Object.entries(records).map(([key, { eTag: _eTag, ...item }]) => [key, item] as const);
      for (let start = 0; start < entries.length; start += BATCH) {
        await azure.write(Object.fromEntries(entries.slice(start, start + BATCH)) as StoreItems);
      }
      const copied = await azure.read(entries.map(([key]) => key));
      const missing = entries.filter(([key]) => copied[key] === undefined).length;
      if (missing > 0) {
        process.stderr.write(`${missing} of ${entries.length} records are not in the Azure table after copying; run it again.\n`);
        return 1;
      }
      process.stdout.write(
        `Copied ${entries.length} records from ${files.folder} to the Azure table ${config.azureStorageName} at ${azure.endpoint}.\n`
      );
      return 0;
    } finally {
      await azure.close();
    }
  } finally {
    await files.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof CatalogError || error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
);
