/**
 * Key-value storage in the shape of botbuilder's (and the Microsoft 365 Agents SDK's) `Storage`, declared here so
 * the conversation core needs no SDK: any of their stores fits where this is asked for. Keys are our own,
 * never SDK turn state. The file store in this folder serves one process; a later issue adds a distributed store
 * for more than one instance (botbuilder-azure-blobs' BlobsStorage has this shape).
 */
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
}
