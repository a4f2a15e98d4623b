import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage, LOCK_FILE_NAME } from '../../src/storage/fileStorage';
import { createServer, type BotServer } from '../../src/server/server';
import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/server/logger';

// The module object itself (not an import namespace, whose properties are fixed), so the test can watch open().
const fsPromises = require('node:fs/promises') as typeof import('node:fs/promises');

/**
 * The file store on a bad day: its folder deleted or made unusable while the bot runs, its lock deleted or naming
 * a process id that another program now has, a DATA_DIR that cannot be a folder at all.
 */
const ROOT = join(__dirname, '..', '..');

let folder: string;
const opened: FileStorage[] = [];
const children: ChildProcess[] = [];

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'csp-store-'));
});
afterEach(async () => {
  for (const store of opened.splice(0)) await store.close();
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(folder, { recursive: true, force: true });
});

function open(): FileStorage {
  const store = FileStorage.open(folder);
  opened.push(store);
  return store;
}

const record = (n: number) => ({ [`feedback/${n}`]: { helpful: true, n } });

describe('the items folder deleted while the bot runs', () => {
  it('is made again at the next write, and nothing acknowledged after that is lost', async () => {
    const store = open();
    await store.write(record(1));

    rmSync(join(folder, 'items'), { recursive: true, force: true });
    await store.write(record(2));

    expect(await store.read(['feedback/2'])).toEqual({ 'feedback/2': expect.objectContaining({ n: 2 }) });
    expect(store.problem()).toBeUndefined();
  });
});

describe('a data folder the store cannot write to', () => {
  it('makes /readyz answer 503 with the storage code and logs an error, until it can write again', async () => {
    const store = open();
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line)) });
    const server: BotServer = createServer(loadConfig({ HOST: '127.0.0.1' }), { logger, storage: store, storageProblem: () => store.problem() });
    const url = await server.listen(0);
    try {
      rmSync(join(folder, 'items'), { recursive: true, force: true });
      writeFileSync(join(folder, 'items'), 'a file where the folder was');

      const broken = await fetch(`${url}/readyz`);
      expect(broken.status).toBe(503);
      expect(await broken.json()).toMatchObject({ reason: 'CSP5002' });
      expect(logs.filter((line) => line.code === 'CSP5002' && line.level === 50)).toHaveLength(1);
      await expect(store.write(record(3))).rejects.toThrow();

      unlinkSync(join(folder, 'items'));
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
      await store.write(record(4));
    } finally {
      await server.close();
    }
  });
});

describe('the lock', () => {
  it('is put back by its holder when deleted, so a second store still refuses the folder', async () => {
    const store = open();

    unlinkSync(join(folder, LOCK_FILE_NAME));
    expect(store.problem()).toBeUndefined();

    expect(() => FileStorage.open(folder)).toThrow(/CSP5001/);
  });

  it('lost to another process makes the holder stop writing and say so', async () => {
    const store = open();
    const other = spawn('sleep', ['30']);
    children.push(other);
    const lock = JSON.parse(readFileSync(join(folder, LOCK_FILE_NAME), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(folder, LOCK_FILE_NAME), JSON.stringify({ ...lock, pid: other.pid, startTime: startTimeOf(other.pid!) }));

    await expect(store.write(record(5))).rejects.toThrow(/CSP5010/);
    expect(store.problem()).toMatch(/^CSP5010/);
  });

  it('naming a process id that a program other than the bot now has is taken over', () => {
    const other = spawn('sleep', ['30']);
    children.push(other);
    // What a bot that has since died left: its process id, which the sleep now has, and the bot's own start time.
    writeFileSync(
      join(folder, LOCK_FILE_NAME),
      JSON.stringify({ pid: other.pid, host: hostname(), since: new Date(Date.now() - 3_600_000).toISOString(), startTime: 'boot-1:12345' })
    );

    expect(() => open()).not.toThrow();
  });

  it('naming a running process with its start time still refuses the folder', () => {
    const other = spawn('sleep', ['30']);
    children.push(other);
    writeFileSync(
      join(folder, LOCK_FILE_NAME),
      JSON.stringify({ pid: other.pid, host: hostname(), since: new Date().toISOString(), startTime: startTimeOf(other.pid!) })
    );

    expect(() => FileStorage.open(folder)).toThrow(/CSP5001/);
  });
});

/** As the store reads it: the boot id and the process's start in clock ticks since boot (Linux). */
function startTimeOf(pid: number): string {
  const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return `${boot}:${stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19]}`;
}

describe('a DATA_DIR that cannot be a folder', () => {
  it.each(['/proc/self/nope', '/dev/null/data'])('%s stops the start with CSP5002 instead of hanging', async (dataDir) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      // Should it listen after all, then on a port the system picks (never one another test was given).
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await new Promise((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    clearTimeout(timer);

    expect(code).toBe(1);
    expect(output).toContain('"code":"CSP5002"');
  }, 20_000);
});

describe('a write', () => {
  it('syncs the items folder after the rename, so the new entry survives a power cut', async () => {
    const store = open();
    const opened: Array<[string, string]> = [];
    const synced: string[] = [];
    const realOpen = fsPromises.open;
    const spy = jest.spyOn(fsPromises, 'open').mockImplementation(async (path, flags) => {
      const handle = await realOpen(path, flags);
      opened.push([String(path), String(flags)]);
      const realSync = handle.sync.bind(handle);
      handle.sync = async () => {
        synced.push(String(path));
        return realSync();
      };
      return handle;
    });
    try {
      await store.write(record(6));
    } finally {
      spy.mockRestore();
    }

    const items = join(folder, 'items');
    expect(opened).toContainEqual([items, 'r']);
    expect(synced.at(-1)).toBe(items);
  });
});
