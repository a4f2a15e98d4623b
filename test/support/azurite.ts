import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's fixed development account (public, documented by Microsoft); only an emulator accepts it. */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
/** The all-services entry: only it reports the port it got when given port 0 (the table-only one says ":0"). */
const AZURITE = require.resolve('azurite/dist/src/azurite.js');
const STARTUP_TIMEOUT_MS = 30_000;
/**
 * What a jest hook or test that starts Azurite should allow for it: the wait for the emulator to listen and some
 * room for the rest, so a slow start on a loaded 2-core machine (CI) fails with startAzurite's own message.
 */
export const START_AZURITE_BUDGET_MS = STARTUP_TIMEOUT_MS + 10_000;

/** The connection string for the emulator's table service at this loopback port (its own, or a relay's). */
export function azuriteConnectionString(port: number): string {
  return (
    `DefaultEndpointsProtocol=http;AccountName=${ACCOUNT};AccountKey=${ACCOUNT_KEY};` +
    `TableEndpoint=http://127.0.0.1:${port}/${ACCOUNT};`
  );
}

export interface RunningAzurite {
  /** The connection string a bot gets as AZURE_STORAGE_CONNECTION_STRING. */
  connectionString: string;
  port: number;
  /** Where it keeps its data. */
  folder: string;
  process: ChildProcess;
  /** Kills it; its folder is removed unless kept (to start it again on the same data, as after an outage). */
  stop(options?: { keepFolder?: boolean }): Promise<void>;
}

export interface AzuriteOptions {
  /**
   * Default: a fresh temporary folder. There is no port to choose: the OS picks a free one each time, and a test
   * that needs the store to come back where it was puts a relay in front (./relay), since a port given up can be
   * taken by another process before it is asked for again.
   */
  folder?: string;
}

/**
 * Microsoft's storage emulator (Table service), started for a test on a free loopback port with a fresh folder,
 * and gone with everything it stored when stopped. Telemetry is off: tests reach nothing but loopback.
 */
export async function startAzurite(options: AzuriteOptions = {}): Promise<RunningAzurite> {
  const folder = options.folder ?? mkdtempSync(join(tmpdir(), 'csp-bot-azurite-'));
  const child = spawn(
    process.execPath,
    [AZURITE, '--blobPort', '0', '--queuePort', '0', '--tablePort', '0', '--location', folder, '--silent', '--disableTelemetry'],
    { stdio: ['ignore', 'pipe', 'pipe'] }
  );
  let output = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running: an emulator still starting would keep jest from exiting after the failure.
      child.kill('SIGKILL');
      reject(new Error(`Azurite did not start within ${STARTUP_TIMEOUT_MS} ms: ${output}`));
    }, STARTUP_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const listening = /Table service is successfully listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve(Number(listening[1]));
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    // 'close', not 'exit': after 'exit' the last output (why it stopped) may still be unread.
    child.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} before listening: ${output}`));
    });
  });
  return {
    connectionString: azuriteConnectionString(port),
    port,
    folder,
    process: child,
    async stop({ keepFolder = false } = {}) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGKILL');
        await exited;
      }
      if (!keepFolder) rmSync(folder, { recursive: true, force: true });
    }
  };
}
