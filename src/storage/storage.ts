/**
 * Key-value storage in the shape of botbuilder's (and the Microsoft 365 Agents SDK's) `Storage`, declared here so
 * the conversation core needs no SDK. Keys are our own, never SDK turn state. Beyond the SDK's three methods it
 * lists by key prefix, which reports need and the SDK's stores cannot do. The file store serves one process;
 * several instances share the Azure store.
 */
import { CatalogError } from '../errors/catalog';

/** Longer keys are refused by every store (CSP5005); Azure's own limits are higher. */
export const MAX_KEY_LENGTH = 512;

/** Throws CSP5005 for a key no store accepts. */
export function checkKey(key: string): void {
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new CatalogError('storageKeyInvalid', { max: MAX_KEY_LENGTH, length: key.length });
  }
}

export interface StoreItem {
  /**
   * Set by the store on every write. A write that names one succeeds only while the stored item still has it;
   * '*' or none overwrites.
   */
  eTag?: string;
  [field: string]: unknown;
}

export type StoreItems = Record<string, StoreItem>;

export interface Storage {
  /** The items found; keys without an item are left out. */
  read(keys: string[]): Promise<StoreItems>;
  write(changes: StoreItems): Promise<void>;
  /** Deleting a key without an item is not an error. */
  delete(keys: string[]): Promise<void>;
  /** Every item whose key starts with the prefix ('' lists all); the caller sorts if order matters. */
  list(prefix: string): Promise<StoreItems>;
}

