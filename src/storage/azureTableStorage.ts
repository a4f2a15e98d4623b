import { RestError, TableClient, odata, type TableEntity, type TransactionAction } from '@azure/data-tables';
import { CatalogError } from '../errors/catalog';
import { checkKey, type Storage, type StoreItem, type StoreItems } from './storage';

/**
 * All items live in one partition: Azure Tables' transactions (and so eTag checks that write all or nothing)
 * and range queries (listing by prefix) work within a partition. One partition takes about 2,000 entities a
 * second, far above what people clicking feedback buttons write.
 */
const PARTITION = 'items';
/**
 * An entity's binary property holds at most 64 KiB, an entity at most 1 MiB. The JSON goes in as UTF-8 bytes
 * (sent as base64): as strings, Azurite 3.37 garbled a character now and then in long non-ASCII text (measured:
 * 32,000 'Ä' came back as 32,001 characters).
 */
const CHUNK_BYTES = 60_000;
const MAX_CHUNKS = 15;
export const MAX_ITEM_JSON_BYTES = CHUNK_BYTES * MAX_CHUNKS;
/** The shape of the eTags Azure Tables issues; any other cannot match a stored item. */
const AZURE_ETAG = /^W\/"datetime'[^']+'"$/;
/** One request, retries included, gives up after this long: a feedback click must not hang on a lost store. */
const REQUEST_TIMEOUT_MS = 5_000;
/** While the store answers, reachability follows the requests; this probe notices an outage and the recovery. */
const PROBE_INTERVAL_MS = 5_000;
/** Azure takes at most 100 actions per transaction. */
const TRANSACTION_LIMIT = 100;

/**
 * Row keys may not hold / \\ # ? or control characters, and keys are ours to choose, so those (and % itself) are
 * percent-encoded one character at a time: the encoding of a prefix is a prefix of the encoding, so listing by
 * prefix stays a range query, and decoding gives the key back exactly.
 */
const ROW_KEY_UNSAFE = /[%/\\#?\u0000-\u001f\u007f-\u009f]/g;
const rowKeyOf = (key: string) => key.replace(ROW_KEY_UNSAFE, (character) => encodeURIComponent(character));
const keyOfRowKey = (rowKey: string) => rowKey.replace(/%[0-9A-F]{2}/g, (escape) => decodeURIComponent(escape));

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

type ItemEntity = TableEntity<{ [chunk: `json${number}`]: Uint8Array }>;

function entityOf(key: string, item: StoreItem): ItemEntity {
  const { eTag: _eTag, ...fields } = item;
  const json = Buffer.from(JSON.stringify(fields), 'utf8');
  if (json.length > MAX_ITEM_JSON_BYTES) {
    throw new CatalogError('storedItemTooLarge', { key, length: json.length, max: MAX_ITEM_JSON_BYTES });
  }
  const entity: ItemEntity = { partitionKey: PARTITION, rowKey: rowKeyOf(key) };
  for (let index = 0; index * CHUNK_BYTES < json.length; index += 1) {
    entity[`json${index}`] = json.subarray(index * CHUNK_BYTES, (index + 1) * CHUNK_BYTES);
  }
  return entity;
}

function itemOf(entity: Record<string, unknown>): StoreItem {
  const chunks: Uint8Array[] = [];
  for (let index = 0; entity[`json${index}`] instanceof Uint8Array; index += 1) chunks.push(entity[`json${index}`] as Uint8Array);
  return { ...(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>), eTag: entity.etag as string };
}

const statusOf = (error: unknown) => (error instanceof RestError ? error.statusCode : undefined);

/** No answer, or the service's own failure: the store is down. 4xx answers come from a store that works. */
const isOutage = (error: unknown) => {
  const status = statusOf(error);
  return status === undefined || status >= 500 || status === 408;
};

/**
 * The shared store for several instances: Azure Table Storage through Microsoft's @azure/data-tables.
 * Each key is one entity; the item is kept as JSON (split over properties where long), so any JSON item round-trips
 * exactly. eTags are Azure's own, checked by the service (If-Match), so two instances cannot both update one item.
 */
export class AzureTableStorage implements Storage {
  private reachableNow = true;
  private readonly probe: NodeJS.Timeout;
  private probing = false;

  private constructor(
    private readonly client: TableClient,
    readonly endpoint: string
  ) {
    this.probe = setInterval(() => void this.checkReachable(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  /**
   * Connects and creates the table if it is missing; throws CSP5007 when the account cannot be reached or refuses,
   * so a bot with a wrong connection string stops at start instead of losing the first feedback.
   */
  static async open(connectionString: string, tableName: string): Promise<AzureTableStorage> {
    let endpoint = '(unparsable connection string)';
    const unreachable = (reason: string, cause?: unknown) =>
      new CatalogError('azureStoreUnreachable', { table: tableName, endpoint, reason }, { cause });
    let client: TableClient;
    try {
      endpoint = new URL(TableClient.fromConnectionString(connectionString, tableName).url).origin;
      const url = new URL(endpoint);
      // Plain HTTP only to an emulator on this machine; a real account is reached over HTTPS.
      const insecure = url.protocol === 'http:';
      if (insecure && !loopbackHosts.has(url.hostname)) throw unreachable('plain http is only allowed to 127.0.0.1 or localhost');
      client = TableClient.fromConnectionString(connectionString, tableName, {
        allowInsecureConnection: insecure,
        retryOptions: { maxRetries: 2, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 }
      });
    } catch (error) {
      if (error instanceof CatalogError) throw error;
      throw unreachable((error as Error).message, error);
    }
    try {
      await client.createTable({ abortSignal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    } catch (error) {
      throw unreachable(reasonOf(error), error);
    }
    return new AzureTableStorage(client, endpoint);
  }

  /** False from a failed request or probe until one succeeds: what /readyz reports. */
  get reachable(): boolean {
    return this.reachableNow;
  }

  async read(keys: string[]): Promise<StoreItems> {
    keys.forEach(checkKey);
    const found = await Promise.all(
      keys.map(async (key) => {
        try {
          const entity = await this.call(() => this.client.getEntity(PARTITION, rowKeyOf(key), this.requestOptions()));
          return [key, itemOf(entity)] as const;
        } catch (error) {
          if (statusOf(error) === 404) return undefined;
          throw failure('read', error);
        }
      })
    );
    return Object.fromEntries(found.filter((entry) => entry !== undefined));
  }

  async write(changes: StoreItems): Promise<void> {
    const actions: TransactionAction[] = Object.entries(changes).map(([key, change]) => {
      checkKey(key);
      const conditional = change.eTag !== undefined && change.eTag !== '*';
      if (conditional && !AZURE_ETAG.test(change.eTag as string)) throw new CatalogError('storageETagConflict', { key });
      const entity = entityOf(key, change);
      return !conditional
        ? ['upsert', entity, 'Replace']
        : ['update', entity, 'Replace', { etag: change.eTag }];
    });
    for (let start = 0; start < actions.length; start += TRANSACTION_LIMIT) {
      await this.submit(actions.slice(start, start + TRANSACTION_LIMIT));
    }
  }

  async delete(keys: string[]): Promise<void> {
    keys.forEach(checkKey);
    await Promise.all(
      keys.map(async (key) => {
        try {
          await this.call(() => this.client.deleteEntity(PARTITION, rowKeyOf(key), this.requestOptions()));
        } catch (error) {
          if (statusOf(error) !== 404) throw failure('delete', error);
        }
      })
    );
  }

  async list(prefix: string): Promise<StoreItems> {
    const from = rowKeyOf(prefix);
    // Every row key with the prefix sorts at or after it and before the prefix with its last unit raised by one.
    const filter =
      from === ''
        ? odata`PartitionKey eq ${PARTITION}`
        : odata`PartitionKey eq ${PARTITION} and RowKey ge ${from} and RowKey lt ${upperBound(from)}`;
    const found: StoreItems = {};
    try {
      await this.call(async () => {
        for await (const entity of this.client.listEntities({ queryOptions: { filter }, ...this.requestOptions() })) {
          const key = keyOfRowKey(entity.rowKey as string);
          if (key.startsWith(prefix)) found[key] = itemOf(entity);
        }
      });
    } catch (error) {
      throw failure('list', error);
    }
    return found;
  }

  /** Stops the reachability probe; requests under way finish. */
  async close(): Promise<void> {
    clearInterval(this.probe);
  }

  private async submit(actions: TransactionAction[]): Promise<void> {
    const [only] = actions;
    try {
      // A single change skips the transaction envelope: one plain request, the common case (a feedback record).
      if (actions.length === 1 && only) {
        const [kind, entity, mode, options] = only as ['upsert' | 'update', ItemEntity, 'Replace', { etag?: string }?];
        await this.call(() =>
          kind === 'upsert'
            ? this.client.upsertEntity(entity, mode, this.requestOptions())
            : this.client.updateEntity(entity, mode, { ...this.requestOptions(), etag: options?.etag })
        );
      } else {
        await this.call(() => this.client.submitTransaction(actions, this.requestOptions()));
      }
    } catch (error) {
      // 412: the eTag no longer matches; 404: an eTag was given for a key that has no item.
      const status = statusOf(error);
      if (status === 412 || status === 404) {
        throw new CatalogError('storageETagConflict', { key: conflictingKey(actions, error) }, { cause: error });
      }
      throw failure('write', error);
    }
  }

  /** Runs one request and notes whether the store answered. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      const result = await request();
      this.reachableNow = true;
      return result;
    } catch (error) {
      this.reachableNow = !isOutage(error);
      throw error;
    }
  }

  private requestOptions() {
    return { abortSignal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) };
  }

  private async checkReachable(): Promise<void> {
    if (this.probing) return;
    this.probing = true;
    try {
      await this.call(() => this.client.getEntity(PARTITION, 'reachability-probe', this.requestOptions()));
    } catch {
      // A 404 is the expected answer and has already marked the store reachable; an outage has marked it down.
    } finally {
      this.probing = false;
    }
  }
}

function upperBound(prefix: string): string {
  return prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
}

function reasonOf(error: unknown): string {
  if (error instanceof RestError) return `${error.statusCode ?? 'no answer'} ${error.code ?? ''} ${error.message.split('\n')[0]}`.trim();
  return error instanceof Error ? error.message : String(error);
}

function failure(operation: string, error: unknown): CatalogError {
  if (error instanceof CatalogError) return error;
  return new CatalogError('azureStoreFailed', { operation, reason: reasonOf(error) }, { cause: error });
}

/** The key of the action the service refused: a transaction's error names its index in the message's first line. */
function conflictingKey(actions: TransactionAction[], error: unknown): string {
  const index = /^(\d+):/.exec((error as Error).message)?.[1];
  const action = actions[index === undefined ? 0 : Number(index)] ?? actions[0];
  return action ? keyOfRowKey((action[1] as ItemEntity).rowKey) : 'unknown';
}
