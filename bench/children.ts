import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoadGenerator } from './load';

export type BotName = 'floor' | 'ours';

export interface BotLaunch {
  name: BotName;
  /** The built JavaScript the bot runs from, as in production: `node <script>`. */
  script: string;
  /** Extra node flags, e.g. --cpu-prof. */
  nodeFlags?: string[];
}

export interface Memory {
  rssMb: number;
  /** Peak resident set (VmHWM). */
  peakRssMb: number;
}

/**
 * Our bot's settings that the bench passes from its own environment to both bots (the floor reads none of them), so
 * that a run can compare settings. The port, host, data folder and authentication stay the bench's own.
 */
export const PASSED_SETTINGS = [
  'RECORD_UNANSWERED',
  'RECORDED_QUESTION_LENGTH',
  'RETENTION_DAYS',
  'LOG_LEVEL',
  'LOG_QUESTIONS',
  'MAX_QUESTION_LENGTH',
  'CONNECTOR_TIMEOUT_MS',
  'ALLOWED_TENANT_IDS',
  'FEEDBACK_SALT',
  'RATE_LIMIT_PER_USER',
  'RATE_LIMIT_PER_TENANT',
  'POLICY_STATUS_FILE',
  'STORAGE',
  'AZURE_STORAGE_CONNECTION_STRING',
  'AZURE_STORAGE_NAME'
] as const;
const SECRET_SETTINGS = new Set<string>(['FEEDBACK_SALT', 'AZURE_STORAGE_CONNECTION_STRING']);

/** Those of PASSED_SETTINGS set in the bench's environment. */
export function passedSettings(): Record<string, string> {
  return Object.fromEntries(PASSED_SETTINGS.flatMap((name) => (process.env[name] === undefined ? [] : [[name, process.env[name] as string]])));
}

/** The same for the results file and the terminal, with secrets only said to be set. */
export function describedSettings(): Record<string, string> {
  return Object.fromEntries(Object.entries(passedSettings()).map(([name, value]) => [name, SECRET_SETTINGS.has(name) ? '(set)' : value]));
}

const START_TIMEOUT_MS = 30_000;
/** Linux reports CPU time in ticks of 1/USER_HZ seconds; USER_HZ is 100 on every common kernel. */
const CLOCK_TICK_MS = 10;
const STOP_TIMEOUT_MS = 15_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Not listening yet: try again. */
const notYetListening = new Set(['ECONNREFUSED', 'ECONNRESET']);

/**
 * One bot in its own process on loopback, authentication off. Its log lines (ours writes JSON lines to stdout
 * at the production level, info) go to /dev/null: they are written, as in production, but nobody reads them here.
 */
export class BotProcess {
  served = 0;

  private constructor(
    readonly name: BotName,
    readonly port: number,
    private readonly child: ChildProcess,
    private readonly dataFolder: string,
    /** The last few kilobytes the bot wrote to stderr. */
    private readonly stderrTail: { text: string },
    /** From spawning the process to the first message answered (its reply card at the connector). */
    readonly coldStartMs: number
  ) {}

  static async start(launch: BotLaunch, load: LoadGenerator): Promise<BotProcess> {
    const port = await freePort();
    const dataFolder = mkdtempSync(join(tmpdir(), `csp-bench-${launch.name}-`));
    const env = {
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      // Our feedback store's folder; the floor ignores it. A fresh one per process, so nothing carries over.
      DATA_DIR: dataFolder,
      // The bench clicks feedback as fast as it can from a few users: it measures throughput, not the write limits.
      RATE_LIMIT_PER_USER: '10000',
      RATE_LIMIT_PER_TENANT: '1000000',
      // `RECORD_UNANSWERED=false npm run bench`, `STORAGE=azure AZURE_STORAGE_CONNECTION_STRING=… npm run bench`:
      // A/B runs of our bot's settings.
      ...passedSettings(),
      MicrosoftAppId: ''
    };
    const devNull = openSync('/dev/null', 'w');
    const started = performance.now();
    const child = spawn(process.execPath, [...(launch.nodeFlags ?? []), launch.script], {
      env,
      stdio: ['ignore', devNull, 'pipe']
    });
    closeSync(devNull);
    const stderr = { text: '' };
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr.text = (stderr.text + chunk.toString('utf8')).slice(-4000);
    });
    let exited: string | undefined;
    child.once('exit', (code, signal) => {
      exited = `exited with ${signal ?? code}`;
    });

    const failed = (problem: string) => {
      child.kill('SIGKILL');
      rmSync(dataFolder, { recursive: true, force: true });
      return new Error(`${launch.name} bot ${problem}: ${stderr.text}`);
    };
    for (;;) {
      if (exited) throw failed(`${exited} before answering`);
      if (performance.now() - started > START_TIMEOUT_MS) throw failed(`did not answer within ${START_TIMEOUT_MS} ms`);
      const outcome = await load.message({ port }, false);
      if (!('error' in outcome)) break;
      if (!notYetListening.has(outcome.error)) throw failed(`answered its first message with ${outcome.error}`);
      await sleep(2);
    }
    const bot = new BotProcess(launch.name, port, child, dataFolder, stderr, performance.now() - started);
    bot.served = 1;
    return bot;
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Errors the bot printed to stderr, if any (the last few kilobytes). */
  get stderr(): string {
    return this.stderrTail.text;
  }

  memory(): Memory {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kilobytes = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
    return { rssMb: Number((kilobytes('VmRSS') / 1024).toFixed(1)), peakRssMb: Number((kilobytes('VmHWM') / 1024).toFixed(1)) };
  }

  /** CPU time the process has used so far (user + system), from /proc/<pid>/stat, in clock ticks of 10 ms. */
  cpuMs(): number {
    const fields = readFileSync(`/proc/${this.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS;
  }

  /** SIGTERM, so a --cpu-prof profile is written on the way out; SIGKILL if it does not go. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await gone;
      clearTimeout(timer);
    }
    rmSync(this.dataFolder, { recursive: true, force: true });
  }
}
