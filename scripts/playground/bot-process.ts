import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { HEALTH_PATH, MESSAGES_PATH } from '../../src/server/server';
import { PlaygroundError } from './playground-error';
import { repositoryRoot } from './playground';
import { supervise, waitForHttp, type Supervised } from './processes';

const builtServer = join(repositoryRoot, 'dist', 'server', 'main.js');

const STARTUP_TIMEOUT_MS = 30_000;

/**
 * The Playground sends no Bot Framework token and uses its own made-up tenant, so the bot runs in local mode
 * (no authentication, loopback only) and accepts every tenant, whatever the person's shell has exported.
 */
export const localModeEnvironment: NodeJS.ProcessEnv = {
  MicrosoftAppId: '',
  MicrosoftAppPassword: '',
  MicrosoftAppType: '',
  MicrosoftAppTenantId: '',
  ALLOWED_TENANT_IDS: '',
  HOST: '127.0.0.1'
};

export interface RunningBot extends Supervised {
  /** e.g. http://127.0.0.1:3978/api/messages */
  endpoint: string;
}

/** Another program on the port would answer the health check in our bot's place, so a taken port is refused up front. */
function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** The built bot (`npm run build`), exactly as `npm start` runs it, its log lines on this terminal. */
export async function startBotProcess(port: number): Promise<RunningBot> {
  if (!existsSync(builtServer)) throw new PlaygroundError('PLG001', `${builtServer} is missing; run npm run build`);
  if (!(await portIsFree(port))) {
    throw new PlaygroundError('PLG001', `port ${port} on 127.0.0.1 is in use; stop what uses it, or set PORT to a free port`);
  }
  const child = spawn(process.execPath, [builtServer], {
    env: { ...process.env, ...localModeEnvironment, PORT: String(port) },
    stdio: ['ignore', 'inherit', 'inherit']
  });
  const bot = supervise('the bot', child);
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}${HEALTH_PATH}`, bot, STARTUP_TIMEOUT_MS, (reason) => new PlaygroundError('PLG001', reason));
  } catch (error) {
    await bot.stop();
    throw error;
  }
  return { ...bot, endpoint: `${base}${MESSAGES_PATH}` };
}
