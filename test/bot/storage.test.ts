import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CatalogError } from '../../src/errors/catalog';
import { FileStorage, LOCK_FILE_NAME } from '../../src/storage/fileStorage';

let folder: string;
const opened: FileStorage[] = [];

function open(at = folder): FileStorage {
  const storage = FileStorage.open(at);
  opened.push(storage);
  return storage;
}

function failureOf(action: () => unknown): CatalogError {
  try {
    action();
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('it did not fail');
}

/** A process that runs until killed, and one that has already ended. */
function startIdleProcess(): ChildProcess {
  return spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
}

async function endedProcessId(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  await new Promise((resolve) => child.once('exit', resolve));
  if (child.pid === undefined) throw new Error('no pid');
  return child.pid;
}

function lockHeldBy(pid: number, host = hostname()): void {
  writeFileSync(join(folder, LOCK_FILE_NAME), JSON.stringify({ pid, host, since: new Date().toISOString() }));
}

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'csp-bot-store-'));
});

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
  rmSync(folder, { recursive: true, force: true });
});

describe('the file store', () => {
  it('reads back what it wrote after it was closed and opened again, as a restart does', async () => {
    const first = open();
    await first.write({ 'feedback/1': { helpful: true, rules: ['applies-to'] } });
    await first.close();

    const items = await open().read(['feedback/1']);

    expect(items['feedback/1']).toMatchObject({ helpful: true, rules: ['applies-to'], eTag: expect.any(String) });
  });

  it('leaves out keys that have no item', async () => {
    const storage = open();
    await storage.write({ present: { value: 1 } });

    expect(Object.keys(await storage.read(['present', 'absent']))).toEqual(['present']);
  });

  it('keeps every one of many writes made at once', async () => {
    const storage = open();
    const keys = Array.from({ length: 100 }, (_, index) => `feedback/${index}`);

    await Promise.all(keys.map((key, index) => storage.write({ [key]: { index } })));

    const items = await storage.read(keys);
    expect(keys.map((key) => items[key]?.index)).toEqual(keys.map((_, index) => index));
  });

  it('keeps keys that look like paths inside its folder', async () => {
    const storage = open();
    const keys = ['../outside', '/etc/absolute', 'feedback/ä €/..', '.'];

    await storage.write(Object.fromEntries(keys.map((key) => [key, { key }])));

    expect(Object.keys(await storage.read(keys)).sort()).toEqual([...keys].sort());
    expect(readdirSync(join(folder, '..')).filter((name) => name === 'outside')).toEqual([]);
  });

  it('writes over an item when given its current eTag', async () => {
    const storage = open();
    await storage.write({ counter: { value: 1 } });
    const { counter } = await storage.read(['counter']);

    await storage.write({ counter: { value: 2, eTag: counter?.eTag } });

    expect((await storage.read(['counter'])).counter?.value).toBe(2);
  });

  it('refuses a write with a stale eTag, and writes none of the items given with it', async () => {
    const storage = open();
    await storage.write({ counter: { value: 1 } });
    const { counter } = await storage.read(['counter']);
    await storage.write({ counter: { value: 2 } });

    const write = storage.write({ other: { value: 'new' }, counter: { value: 3, eTag: counter?.eTag } });

    await expect(write).rejects.toMatchObject({ code: 'CSP5004' });
    expect(await storage.read(['other', 'counter'])).toEqual({ counter: expect.objectContaining({ value: 2 }) });
  });

  it('deletes items, and deleting a key without one is no error', async () => {
    const storage = open();
    await storage.write({ gone: { value: 1 } });

    await storage.delete(['gone', 'never-there']);

    expect(await storage.read(['gone'])).toEqual({});
  });

  it('refuses to be used after it was closed', async () => {
    const storage = open();
    await storage.close();

    await expect(storage.write({ late: { value: 1 } })).rejects.toMatchObject({ code: 'CSP5006' });
  });
});

describe('the data folder lock', () => {
  it('refuses a second store on a folder this process already holds, naming the holder', () => {
    open();

    const error = failureOf(() => open());

    expect(error.code).toBe('CSP5001');
    expect(error.message).toContain(`in use by process ${process.pid}`);
  });

  it('refuses a folder that another running process holds', async () => {
    const other = startIdleProcess();
    try {
      lockHeldBy(other.pid ?? 0);

      expect(failureOf(() => open()).message).toContain(`in use by process ${other.pid}`);
    } finally {
      other.kill();
    }
  });

  it('refuses a folder held from another host, whose process it cannot check', () => {
    lockHeldBy(process.pid, 'another-host.example');

    expect(failureOf(() => open()).message).toContain('on another-host.example');
  });

  it('takes over the lock of a process that has ended', async () => {
    lockHeldBy(await endedProcessId());

    const storage = open();

    await storage.write({ after: { value: 1 } });
    expect(Object.keys(await storage.read(['after']))).toEqual(['after']);
  });

  it('takes over a lock naming this process that it does not hold, as left before a container restart', async () => {
    lockHeldBy(process.pid);

    const storage = open();

    await storage.write({ after: { value: 1 } });
    expect(Object.keys(await storage.read(['after']))).toEqual(['after']);
  });

  it('gives the folder free when the store is closed', async () => {
    await open().close();

    expect(existsSync(join(folder, LOCK_FILE_NAME))).toBe(false);
    expect(() => open()).not.toThrow();
  });

  it('says clearly when the folder cannot be made', () => {
    const file = join(folder, 'a-file');
    writeFileSync(file, '');

    const error = failureOf(() => open(join(file, 'data')));

    expect(error.code).toBe('CSP5002');
    expect(error.message).toContain('DATA_DIR');
  });
});
