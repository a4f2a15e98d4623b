import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../src/server/main.ts');
/**
 * How long a bot may take to listen. tsx compiles it first: three bots started at once on a loaded 2-core machine
 * printed nothing at all within 30 s.
 */
export const BOT_START_TIMEOUT_MS = 60_000;

/**
 * The port the bot reports in its "listening on" line (`endpoint`). The bots are started with PORT=0 and the system
 * picks a free port as the bot listens: a port found free beforehand and handed over could be taken in between.
 */
export function listeningPort(line: Record<string, unknown>): number | undefined {
  if (typeof line.endpoint !== 'string') return undefined;
  const port = Number(new URL(line.endpoint).port);
  return Number.isInteger(port) && port > 0 ? port : undefined;
}

export interface BotProcess {
  url: string;
  process: ChildProcess;
  /** Log lines written so far, parsed. */
  logs: Record<string, unknown>[];
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/**
 * The bot as `npm start` runs it, in a process of its own (through tsx, so no build is needed), on loopback, on a
 * port the system picks. Resolves once it listens, with its address; rejects with its log when it exits first.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const logs: Record<string, unknown>[] = [];
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: a bot still starting would keep jest from exiting after the failure (it hung for minutes).
      child.kill('SIGKILL');
      reject(new Error(`the bot did not listen within ${BOT_START_TIMEOUT_MS} ms:\n${text}`));
    }, BOT_START_TIMEOUT_MS);
    let partial = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      const lines = (partial + chunk.toString()).split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        try {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          logs.push(parsed);
          const port = listeningPort(parsed);
          if (port !== undefined) {
            clearTimeout(timer);
            resolve(port);
          }
        } catch {
          // Not a log line.
        }
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (text += chunk.toString()));
    // 'close', not 'exit': Node may report the exit before the last output has been read (its docs say the stdio
    // streams may still be open then), and the reason the bot gives for exiting is in that last line.
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited with ${code} before listening:\n${text}`));
    });
  });
  const port = await listening;
  return { url: `http://127.0.0.1:${port}`, process: child, logs, exited };
}

/** Ends the process (SIGKILL unless told otherwise) and waits until it is gone. */
export async function stopBotProcess(bot: BotProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (bot.process.exitCode === null && bot.process.signalCode === null) bot.process.kill(signal);
  await bot.exited;
}
