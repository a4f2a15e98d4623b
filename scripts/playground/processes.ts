import type { ChildProcess } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';

/** How a child process ended, e.g. "exit code 1" or "signal SIGTERM". */
export type ExitStatus = string;

/** A child process we started and must stop: its exit is recorded from the moment it is spawned. */
export interface Supervised {
  readonly name: string;
  readonly child: ChildProcess;
  /** Resolves once, when the process has ended, however that happened. */
  readonly exited: Promise<ExitStatus>;
  /** SIGTERM, then SIGKILL if it is still running after the grace period; resolves when it has ended. */
  stop(): Promise<void>;
}

/** A process that ignores SIGTERM this long is killed: Ctrl+C must never leave a port taken. */
const STOP_GRACE_MS = 5_000;

const POLL_INTERVAL_MS = 100;

export function supervise(name: string, child: ChildProcess): Supervised {
  let ended = false;
  const exited = new Promise<ExitStatus>((resolve) => {
    child.once('exit', (code, signal) => {
      ended = true;
      resolve(signal ? `signal ${signal}` : `exit code ${code}`);
    });
    // A process that cannot be spawned at all emits 'error' and never 'exit'. Listening for good (not once) also
    // keeps a later 'error', such as a failed kill, from crashing this process.
    child.on('error', (error) => {
      ended = true;
      resolve(`spawn failure (${error.message})`);
    });
  });
  return {
    name,
    child,
    exited,
    async stop() {
      if (ended) return;
      child.kill('SIGTERM');
      const grace = new AbortController();
      const stopped = await Promise.race([
        exited.then(() => true),
        sleep(STOP_GRACE_MS, false, { signal: grace.signal }).catch(() => false)
      ]);
      // A pending grace timer would keep the process (or a test run) alive for nothing.
      grace.abort();
      if (!stopped) {
        child.kill('SIGKILL');
        await exited;
      }
    }
  };
}

/**
 * Polls `url` until it answers with a 2xx status. Fails with the reason when the process serving it ends first,
 * or when `timeoutMs` passes; `failure` turns that reason into the error the caller throws.
 */
export async function waitForHttp(
  url: string,
  server: Supervised,
  timeoutMs: number,
  failure: (reason: string) => Error
): Promise<void> {
  let exitStatus: ExitStatus | undefined;
  void server.exited.then((status) => {
    exitStatus = status;
  });
  const deadline = Date.now() + timeoutMs;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitStatus !== undefined) throw failure(`${server.name} ended (${exitStatus}) before ${url} answered`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      if (response.ok) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await sleep(POLL_INTERVAL_MS);
  }
  throw failure(`${url} did not answer within ${timeoutMs} ms (${lastProblem})`);
}
