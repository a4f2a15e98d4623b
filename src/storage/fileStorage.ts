import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { linkSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { CatalogError } from '../errors/catalog';
import type { Storage, StoreItem, StoreItems } from './storage';

/** The lock file in the data folder: the process that holds the folder, as JSON. */
export const LOCK_FILE_NAME = 'csp-comms-bot.lock';
const ITEMS_FOLDER = 'items';
const TEMP_SUFFIX = '.tmp';
const MAX_KEY_LENGTH = 512;

/** How often the holder makes sure its lock is still there (and puts it back when someone deleted it). */
const LOCK_CHECK_INTERVAL_MS = 1_000;

const lockOwnerSchema = z.object({
  pid: z.number().int().positive(),
  host: z.string().min(1),
  /** Boot id and start of the process (Linux), so a process id reused after the bot died is told apart. */
  startTime: z.string().optional()
});
type LockOwner = z.infer<typeof lockOwnerSchema>;

const storedFileSchema = z.object({ key: z.string(), item: z.record(z.string(), z.unknown()) });

const errorCodeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.code;

const randomSuffix = () => randomBytes(6).toString('hex');

function readOwner(lockFile: string): LockOwner | undefined {
  try {
    const owner = lockOwnerSchema.safeParse(JSON.parse(readFileSync(lockFile, 'utf8')));
    return owner.success ? owner.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Which start of a process this is: the boot id and the process's start in clock ticks since boot (Linux /proc).
 * Undefined where /proc is not there; the lock then relies on the process id alone.
 */
function startTimeOf(pid: number): string | undefined {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22 (starttime); the command name before it is in parentheses and may hold spaces.
    const ticks = stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
    return ticks ? `${boot}:${ticks}` : undefined;
  } catch {
    return undefined;
  }
}

const ownStartTime = startTimeOf(process.pid);

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCodeOf(error) === 'EPERM';
  }
}

/** Lock files this process holds, so that a lock naming this process's id can be told apart from a leftover. */
const heldHere = new Set<string>();

/**
 * A lock is stale when its process is gone. A lock naming this very process that this process does not hold was
 * left by an earlier process with the same id, as after a container restart where the bot is always process 1.
 * A lock from another host cannot be checked, so it is never stale.
 */
function isStale(owner: LockOwner | undefined, lockFile: string): boolean {
  if (owner === undefined) return true;
  if (owner.host !== hostname()) return false;
  if (owner.pid === process.pid) return !heldHere.has(lockFile) || (owner.startTime !== undefined && owner.startTime !== ownStartTime);
  if (!isRunning(owner.pid)) return true;
  // The process id is in use; by the process that wrote the lock only if it started when the lock says.
  const running = startTimeOf(owner.pid);
  return owner.startTime !== undefined && running !== undefined && running !== owner.startTime;
}

const isOwnLock = (owner: LockOwner | undefined) =>
  owner !== undefined && owner.pid === process.pid && owner.host === hostname() && owner.startTime === ownStartTime;

/**
 * Makes a folder and its missing parents. Not mkdirSync's `recursive`, which loops forever on a path under /proc
 * (Node 24: DATA_DIR=/proc/self/nope hung the start); each level is tried once.
 */
function makeFolder(folder: string): void {
  try {
    mkdirSync(folder);
    return;
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EEXIST') {
      if (!statSync(folder).isDirectory()) throw new Error(`${folder} exists and is not a folder`);
      return;
    }
    if (code !== 'ENOENT' || dirname(folder) === folder) throw error;
  }
  makeFolder(dirname(folder));
  mkdirSync(folder);
}

/**
 * Takes the folder's lock or throws CSP5001 naming the holder. The lock is created by hard-linking a complete
 * file into place, which fails when a lock exists, so no reader ever sees a half-written lock. A stale lock is
 * first renamed aside, which only one of two processes taking over can do; the one that moved it checks again
 * what it moved and gives a live lock back.
 */
function takeLock(folder: string): string {
  const lockFile = join(folder, LOCK_FILE_NAME);
  const locked = (owner: LockOwner | undefined) =>
    new CatalogError('dataFolderLocked', {
      folder,
      pid: owner?.pid ?? 'unknown',
      host: owner?.host ?? 'unknown',
      lockFile
    });
  const draft = `${lockFile}.${process.pid}.${randomSuffix()}`;
  writeFileSync(draft, JSON.stringify({ pid: process.pid, host: hostname(), startTime: ownStartTime, since: new Date().toISOString() }));
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      try {
        linkSync(draft, lockFile);
        heldHere.add(lockFile);
        return lockFile;
      } catch (error) {
        if (errorCodeOf(error) !== 'EEXIST') throw error;
      }
      const owner = readOwner(lockFile);
      if (!isStale(owner, lockFile)) throw locked(owner);
      const aside = `${lockFile}.stale.${process.pid}.${randomSuffix()}`;
      try {
        renameSync(lockFile, aside);
      } catch (error) {
        if (errorCodeOf(error) === 'ENOENT') continue;
        throw error;
      }
      const moved = readOwner(aside);
      if (!isStale(moved, lockFile)) {
        try {
          linkSync(aside, lockFile);
        } catch {
          // A third process has locked the folder meanwhile: it holds the folder now, and this one still refuses.
        } finally {
          unlinkSync(aside);
        }
        throw locked(moved);
      }
      unlinkSync(aside);
    }
    throw locked(readOwner(lockFile));
  } finally {
    unlinkSync(draft);
  }
}

/**
 * The embedded store: one JSON file per key under DATA_DIR/items, named by the key's SHA-256 (safe on every
 * file system, whatever the key), holding the key and the item. Writes go to a temporary file that is flushed
 * and renamed over the old one, so a crash leaves the old item or the new one, never half of one.
 * One process only: a lock file makes a second process refuse the folder, because two processes writing one
 * folder lose updates. Within the process, writes and deletes run one at a time, which makes eTag checks exact.
 */
export class FileStorage implements Storage {
  private queue: Promise<void> = Promise.resolve();
  private closed = false;
  /** Set when a write failed for a reason other than a missing folder; cleared when a probe write succeeds. */
  private writeFailure: string | undefined;
  private readonly lockTimer: NodeJS.Timeout;

  private constructor(
    readonly folder: string,
    private readonly items: string,
    private readonly lockFile: string
  ) {
    // Someone deleting the lock must not let a second process in for long: the holder puts it back.
    this.lockTimer = setInterval(() => this.problem(), LOCK_CHECK_INTERVAL_MS);
    this.lockTimer.unref();
  }

  /** Creates the folder if needed and takes its lock; throws CSP5001 when another live process holds it. */
  static open(folder: string): FileStorage {
    const absolute = resolve(folder);
    const items = join(absolute, ITEMS_FOLDER);
    let lockFile: string;
    try {
      makeFolder(items);
      lockFile = takeLock(absolute);
    } catch (error) {
      if (error instanceof CatalogError) throw error;
      throw new CatalogError('dataFolderUnusable', { folder: absolute, reason: (error as Error).message }, { cause: error });
    }
    // Left by a write that a crash interrupted; with the lock held, no other writer can own them.
    for (const name of readdirSync(items)) {
      if (name.endsWith(TEMP_SUFFIX)) unlinkSync(join(items, name));
    }
    return new FileStorage(absolute, items, lockFile);
  }

  async read(keys: string[]): Promise<StoreItems> {
    this.ensureOpen();
    const found: StoreItems = {};
    for (const key of keys) {
      const item = await this.get(key);
      if (item) found[key] = item;
    }
    return found;
  }

  write(changes: StoreItems): Promise<void> {
    return this.exclusive(async () => {
      this.holdLock();
      const entries = Object.entries(changes);
      // Every eTag is checked before anything is written, so a conflict writes nothing.
      for (const [key, change] of entries) {
        if (change.eTag === undefined || change.eTag === '*') continue;
        const stored = await this.get(key);
        if (stored?.eTag !== change.eTag) throw new CatalogError('storageETagConflict', { key });
      }
      // The files of one write are written side by side: their syncs then share the file system's journal commits.
      // One after the other, each paid its own: a call of 10 records costs about half the CPU this way, of 3 about a
      // fifth less (docs/PERFORMANCE.md). A failure is thrown once the others have finished; as before, a write that fails
      // part way may leave some of its files written.
      const puts = await Promise.allSettled(entries.map(([key, change]) => this.put(key, { ...change, eTag: randomUUID() })));
      const failed = puts.find((put): put is PromiseRejectedResult => put.status === 'rejected');
      if (failed) throw failed.reason;
      // Once for the whole write rather than after each rename: a batch of records costs one folder sync.
      try {
        await this.syncFolder();
      } catch (error) {
        this.writeFailure = (error as Error).message;
        throw error;
      }
      this.writeFailure = undefined;
    });
  }

  delete(keys: string[]): Promise<void> {
    return this.exclusive(async () => {
      for (const key of keys) {
        try {
          await unlink(this.fileOf(key));
        } catch (error) {
          if (errorCodeOf(error) !== 'ENOENT') throw error;
        }
      }
    });
  }

  /**
   * File names are hashes, so listing reads every item file and keeps those whose stored key has the prefix:
   * linear in the number of items, which suits a report over thousands of records.
   */
  async list(prefix: string): Promise<StoreItems> {
    this.ensureOpen();
    const found: StoreItems = {};
    for (const name of await readdir(this.items)) {
      if (!name.endsWith('.json')) continue;
      const stored = await this.readStored(join(this.items, name));
      if (stored?.key.startsWith(prefix)) found[stored.key] = stored.item;
    }
    return found;
  }

  /**
   * Why the store cannot write now, as a catalog message (CSP5002 folder unusable, CSP5008 lock lost), or undefined
   * when it can. Puts back a deleted items folder or lock; after a failed write, tries a write to see if the disk
   * has come back. Synchronous and cheap: /readyz asks it.
   */
  problem(): string | undefined {
    if (this.closed) return undefined;
    try {
      this.holdLock();
      makeFolder(this.items);
      if (this.writeFailure !== undefined) {
        const probe = join(this.items, `readiness-probe.${randomSuffix()}${TEMP_SUFFIX}`);
        writeFileSync(probe, '{}', { flush: true });
        unlinkSync(probe);
        this.writeFailure = undefined;
      }
      return undefined;
    } catch (error) {
      if (error instanceof CatalogError) return error.message;
      return new CatalogError('dataFolderUnusable', { folder: this.folder, reason: this.writeFailure ?? (error as Error).message }).message;
    }
  }

  /**
   * Throws CSP5008 when another process holds the lock now; puts the lock back when it is gone (deleted by hand),
   * so that a second process still refuses the folder.
   */
  private holdLock(): void {
    const owner = readOwner(this.lockFile);
    if (isOwnLock(owner)) return;
    if (owner !== undefined) {
      throw new CatalogError('dataFolderLost', { folder: this.folder, pid: owner.pid, host: owner.host });
    }
    heldHere.delete(this.lockFile);
    takeLock(this.folder);
  }

  /** Waits for writes under way, then gives the folder free for the next process. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.lockTimer);
    await this.queue;
    heldHere.delete(this.lockFile);
    if (isOwnLock(readOwner(this.lockFile))) unlinkSync(this.lockFile);
  }

  private ensureOpen(): void {
    if (this.closed) throw new CatalogError('storageClosed', { folder: this.folder });
  }

  private exclusive(work: () => Promise<void>): Promise<void> {
    try {
      this.ensureOpen();
    } catch (error) {
      return Promise.reject(error);
    }
    const done = this.queue.then(work);
    this.queue = done.catch(() => undefined);
    return done;
  }

  private fileOf(key: string): string {
    if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
      throw new CatalogError('storageKeyInvalid', { max: MAX_KEY_LENGTH, length: key.length });
    }
    return join(this.items, `${createHash('sha256').update(key, 'utf8').digest('hex')}.json`);
  }

  private async get(key: string): Promise<StoreItem | undefined> {
    const file = this.fileOf(key);
    const stored = await this.readStored(file, key);
    if (stored && stored.key !== key) throw new CatalogError('storedItemUnreadable', { key, file });
    return stored?.item;
  }

  /** The key and item in a file; undefined when the file is gone (deleted meanwhile). */
  private async readStored(file: string, key = '(whose key cannot be read)'): Promise<z.infer<typeof storedFileSchema> | undefined> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (errorCodeOf(error) === 'ENOENT') return undefined;
      throw error;
    }
    let parsed: ReturnType<typeof storedFileSchema.safeParse> | undefined;
    try {
      parsed = storedFileSchema.safeParse(JSON.parse(text));
    } catch {
      parsed = undefined;
    }
    if (!parsed?.success) throw new CatalogError('storedItemUnreadable', { key, file });
    return parsed.data;
  }

  private async put(key: string, item: StoreItem): Promise<void> {
    const file = this.fileOf(key);
    const temp = `${file}.${randomSuffix()}${TEMP_SUFFIX}`;
    try {
      const handle = await this.createTemp(temp);
      try {
        await handle.writeFile(JSON.stringify({ key, item }));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, file);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      this.writeFailure = (error as Error).message;
      throw error;
    }
  }

  /** The items folder deleted while running is made again rather than failing every write until a restart. */
  private async createTemp(temp: string) {
    try {
      return await open(temp, 'wx');
    } catch (error) {
      if (errorCodeOf(error) !== 'ENOENT') throw error;
      makeFolder(this.items);
      return open(temp, 'wx');
    }
  }

  /**
   * The rename is durable only once the folder's entry is on disk: fsync the folder. Platforms that cannot open
   * a folder for that (Windows) say so with EISDIR, EPERM or EINVAL; there the rename is as durable as they make it.
   */
  private async syncFolder(): Promise<void> {
    let folder;
    try {
      folder = await open(this.items, 'r');
    } catch (error) {
      if (['EISDIR', 'EPERM', 'EINVAL'].includes(errorCodeOf(error) ?? '')) return;
      throw error;
    }
    try {
      await folder.sync();
    } catch (error) {
      if (!['EISDIR', 'EPERM', 'EINVAL'].includes(errorCodeOf(error) ?? '')) throw error;
    } finally {
      await folder.close();
    }
  }
}
