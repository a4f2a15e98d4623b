import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { message } from '../bot/support/activities';
import { FaultyConnector } from './support/connector';
import { listeningPort } from '../support/botProcess';
import { UNANSWERED_KEY_PREFIX } from '../../src/records/unanswered';
import { FileStorage } from '../../src/storage/fileStorage';

/** The bot as it runs in production: its own process, started from main.ts, stopped by a signal. */
const ROOT = join(__dirname, '..', '..');
const EXIT_BOUND_MS = 10_000;

/** The bot's address, from its "listening on" line (it is started on PORT=0: the system picks the port as it listens). */
async function listeningUrl(child: ChildProcess, output: () => string): Promise<string> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode} before it listened:\n${output()}`);
    // The last piece may be a line still being written.
    for (const line of output().split('\n').slice(0, -1)) {
      if (!line.startsWith('{')) continue;
      const port = listeningPort(JSON.parse(line) as Record<string, unknown>);
      if (port !== undefined) return `http://127.0.0.1:${port}`;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function waitUntilReady(url: string, child: ChildProcess): Promise<void> {
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the bot exited with ${child.exitCode} before it was ready`);
    try {
      if ((await fetch(`${url}/readyz`)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; at: number }> {
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, at: Date.now() })));
}

let connector: FaultyConnector;
let dataDir: string;
let child: ChildProcess | undefined;

beforeAll(async () => {
  connector = await FaultyConnector.start();
  dataDir = mkdtempSync(join(tmpdir(), 'csp-shutdown-'));
});
afterAll(async () => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  await connector.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('on SIGTERM', () => {
  it('stops accepting, finishes the turn in flight, writes its record, and exits 0 within 10 s', async () => {
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
    });
    const exited = exitOf(child);
    const url = await listeningUrl(child, () => output);
    await waitUntilReady(url, child);

    connector.delayMs = 2000;
    const inFlight = fetch(`${url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // A question the policy does not cover: its record for the owners is written after the reply, before the exit.
      body: JSON.stringify(message('What is the weather in Berlin tomorrow?', { serviceUrl: connector.serviceUrl }))
    });
    while (connector.attempts.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));
    const signalled = Date.now();
    child.kill('SIGTERM');
    while (!output.includes('shutting down')) await new Promise((resolve) => setTimeout(resolve, 20));

    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    expect((await inFlight).status).toBe(200);
    expect(connector.replies).toHaveLength(1);
    const { code, at } = await exited;
    expect(code).toBe(0);
    expect(at - signalled).toBeLessThan(EXIT_BOUND_MS);
    expect(output).toContain('"msg":"stopped"');
    const files = FileStorage.open(dataDir);
    try {
      expect(Object.values(await files.list(UNANSWERED_KEY_PREFIX))).toEqual([expect.objectContaining({ question: 'What is the weather in Berlin tomorrow?' })]);
    } finally {
      await files.close();
    }
  }, 40_000);
});
