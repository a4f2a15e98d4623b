import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

const MAIN = join(__dirname, '../../src/server/main.ts');
/**
 * How long a bot may take to listen. tsx compiles it first: three bots started at once on a loaded 2-core machine
 * printed nothing at all within 30 s.
 */
export const BOT_START_TIMEOUT_MS = 60_000;

/** A port that was free a moment ago (the bot's PORT must be 1 or more, so it cannot pick its own). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
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
 * The bot as `npm start` runs it, in a process of its own (through tsx, so no build is needed), on loopback.
 * Resolves once it listens; rejects with its log when it exits first.
 */
export async function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    env: { PATH: process.env.PATH, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const logs: Record<string, unknown>[] = [];
  let text = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const listening = new Promise<void>((resolve, reject) => {
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
          if (typeof parsed.endpoint === 'string') {
            clearTimeout(timer);
            resolve();
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
  await listening;
  return { url: `http://127.0.0.1:${port}`, process: child, logs, exited };
}

/** Ends the process (SIGKILL unless told otherwise) and waits until it is gone. */
export async function stopBotProcess(bot: BotProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (bot.process.exitCode === null && bot.process.signalCode === null) bot.process.kill(signal);
  await bot.exited;
}
