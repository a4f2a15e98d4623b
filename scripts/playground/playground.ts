/**
 * Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground): a Teams-like web client that talks to the bot
 * on this machine, with no Microsoft account and no tunnel. Used by `npm run playground` and by the browser tests.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PlaygroundError } from './playground-error';
import { supervise, waitForHttp, type Supervised } from './processes';

export const repositoryRoot = join(__dirname, '..', '..');

/**
 * Our names for the bot, the chats and the team. Passed explicitly; the Playground also finds the file by itself
 * when someone runs `npx agentsplayground` from the repository root.
 */
export const playgroundConfigFile = join(repositoryRoot, '.m365agentsplayground.yml');

/** The Playground's own default; `npm run playground` asks for it, the tests take any free port. */
export const DEFAULT_PLAYGROUND_PORT = 56150;

const playgroundCli = require.resolve('@microsoft/m365agentsplayground/cli.js');
const loopbackOnly = join(__dirname, 'loopback-only.cjs');

/** It answers within half a second here; a slow CI machine gets ample room. */
const STARTUP_TIMEOUT_MS = 30_000;

/** How much of the Playground's own output and log an error message quotes. */
const OUTPUT_KEPT_CHARS = 4_000;
const LOG_LINES_QUOTED = 15;

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages */
  botEndpoint: string;
  /** 0 for any free port. When the port is taken the Playground picks another one: read `url`. */
  port: number;
  /** The Playground writes its log here (its default would be devTools/ in the working directory). */
  logFile: string;
  /**
   * Where its stdout and stderr are copied as they come, all of them (an error message quotes only their end); the
   * browser tests keep them beside a failed test's pictures.
   */
  outputFile?: string;
}

export interface RunningPlayground extends Supervised {
  /** The web UI on loopback, e.g. http://127.0.0.1:56150 */
  url: string;
  port: number;
  logFile: string;
}

/** Its configuration errors (a bad .m365agentsplayground.yml) appear only in its log file, never on stdout. */
function logTail(logFile: string): string {
  if (!existsSync(logFile)) return '(no log file)';
  const lines = readFileSync(logFile, 'utf8').trimEnd().split('\n');
  return lines.slice(-LOG_LINES_QUOTED).join('\n');
}

export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  mkdirSync(dirname(options.logFile), { recursive: true });
  const child = spawn(
    process.execPath,
    [
      '--require',
      loopbackOnly,
      playgroundCli,
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry'
    ],
    {
      env: {
        ...process.env,
        // Otherwise it runs xdg-open on the UI address.
        TEAMSAPPTESTER_BROWSER: 'none',
        // --disable-telemetry alone still leaves the SDK's statsbeat probing Azure (169.254.169.254 and a DNS name).
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        M365_AGENTS_PLAYGROUND_LOGFILE: options.logFile,
        M365_AGENTS_PLAYGROUND_CONFIG_PATH: playgroundConfigFile
      },
      stdio: ['ignore', 'pipe', 'pipe']
    }
  );
  const playground = supervise('Microsoft 365 Agents Playground', child);

  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEPT_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  if (options.outputFile !== undefined) {
    const copy = createWriteStream(options.outputFile);
    // A copy that cannot be written must not end the run; the output is still quoted in an error.
    copy.on('error', () => undefined);
    child.stdout?.on('data', (chunk: Buffer) => copy.write(chunk));
    child.stderr?.on('data', (chunk: Buffer) => copy.write(chunk));
    // 'close' comes after the last output, which may follow the exit.
    child.once('close', () => copy.end());
  }
  const failure = (reason: string) =>
    new PlaygroundError(
      'PLG002',
      `${reason}\n--- its output ---\n${output.trim() || '(none)'}\n--- end of its log (${options.logFile}) ---\n${logTail(options.logFile)}`
    );

  try {
    const port = await listeningPort(() => output, playground, failure);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(`${url}/`, playground, STARTUP_TIMEOUT_MS, failure);
    return { ...playground, url, port, logFile: options.logFile };
  } catch (error) {
    await playground.stop();
    throw error;
  }
}

/** The Playground prints "Listening on <port>" once it listens; with --port 0 or a taken port, that is the only way to know it. */
async function listeningPort(
  output: () => string,
  playground: Supervised,
  failure: (reason: string) => Error
): Promise<number> {
  const stdout = playground.child.stdout;
  if (!stdout) throw failure('its output is not readable');
  return new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanUp();
      reject(failure(`it did not say which port it listens on within ${STARTUP_TIMEOUT_MS} ms`));
    }, STARTUP_TIMEOUT_MS);
    const onData = () => {
      const match = /Listening on (\d+)/.exec(output());
      if (!match) return;
      cleanUp();
      resolve(Number(match[1]));
    };
    const cleanUp = () => {
      clearTimeout(timer);
      stdout.off('data', onData);
    };
    // Registered after the collector above, so output() already holds the chunk that arrived.
    stdout.on('data', onData);
    void playground.exited.then((status) => {
      cleanUp();
      reject(failure(`it ended (${status}) before listening`));
    });
  });
}
