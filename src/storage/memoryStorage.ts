import { randomUUID } from 'node:crypto';
import { CatalogError } from '../errors/catalog';
import { checkKey, type Storage, type StoreItem, type StoreItems } from './storage';

/**
 * Items in this process's memory, gone when it ends: for tests and for a server started without a store.
 * It keeps copies (as JSON), so a caller changing an object after writing or reading it changes nothing stored.
 */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  async read(keys: string[]): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const key of keys) {
      const stored = this.items.get(key);
      if (stored !== undefined) found[key] = JSON.parse(stored) as StoreItem;
    }
    return found;
  }

  async write(changes: StoreItems): Promise<void> {
    const entries = Object.entries(changes);
    for (const [key] of entries) checkKey(key);
    // Every eTag is checked before anything is written, so a conflict writes nothing, as in the other stores.
    for (const [key, change] of entries) {
      if (change.eTag === undefined || change.eTag === '*') continue;
      const stored = this.items.get(key);
      if (stored === undefined || (JSON.parse(stored) as StoreItem).eTag !== change.eTag) {
        throw new CatalogError('storageETagConflict', { key });
      }
    }
    for (const [key, change] of entries) this.items.set(key, JSON.stringify({ ...change, eTag: randomUUID() }));
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  async list(prefix: string): Promise<StoreItems> {
    const found: StoreItems = {};
    for (const [key, stored] of this.items) {
      if (key.startsWith(prefix)) found[key] = JSON.parse(stored) as StoreItem;
    }
    return found;
  }
}
