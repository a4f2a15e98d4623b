/**
 * `npm run playground`: chat with the bot in a Teams-like client on this machine. Starts the built bot in local mode
 * on 127.0.0.1 and Microsoft 365 Agents Playground next to it, and prints the address to open. Ctrl+C stops both.
 * (The npm script builds first.)
 */
import { join, relative } from 'node:path';
import { loadConfig } from '../../src/config/config';
import { localModeEnvironment, startBotProcess, type RunningBot } from './bot-process';
import { DEFAULT_PLAYGROUND_PORT, repositoryRoot, startPlayground, type RunningPlayground } from './playground';
import { PlaygroundError } from './playground-error';

/** The Playground's own default place, kept out of git by .gitignore. */
const logFile = join(repositoryRoot, 'devTools', 'm365agentsplayground.log');

function describe(bot: RunningBot, playground: RunningPlayground): string {
  const address = `http://localhost:${playground.port}`;
  const portNote = playground.port === DEFAULT_PLAYGROUND_PORT ? '' : ` (port ${DEFAULT_PLAYGROUND_PORT} was taken)`;
  return [
    '',
    `  Open ${address} in a browser${portNote} to chat with CSP Comms Bot.`,
    '  Personal Chat answers everything you type; in Partner Desk (group chat) and the team channels,',
    '  start with @CSP Comms Bot as you would in Teams. No Microsoft account is needed.',
    '',
    `  Bot:            ${bot.endpoint} (local mode: no authentication, this machine only)`,
    `  Playground log: ${relative(process.cwd(), playground.logFile)}`,
    '  Ctrl+C stops both.',
    ''
  ].join('\n');
}

async function main(): Promise<number> {
  const { port } = loadConfig({ ...process.env, ...localModeEnvironment });
  const bot = await startBotProcess(port);
  let playground: RunningPlayground;
  try {
    playground = await startPlayground({ botEndpoint: bot.endpoint, port: DEFAULT_PLAYGROUND_PORT, logFile });
  } catch (error) {
    await bot.stop();
    throw error;
  }
  console.log(describe(bot, playground));

  const running = [playground, bot];
  return new Promise<number>((resolve) => {
    let stopping = false;
    const stopAll = async (exitCode: number) => {
      if (stopping) return;
      stopping = true;
      await Promise.all(running.map((service) => service.stop()));
      resolve(exitCode);
    };
    process.once('SIGINT', () => void stopAll(0));
    process.once('SIGTERM', () => void stopAll(0));
    for (const service of running) {
      void service.exited.then((status) => {
        if (stopping) return;
        const hint = service === playground ? ` Its log: ${playground.logFile}` : '';
        console.error(new PlaygroundError('PLG003', `${service.name} ended (${status}); stopping the rest.${hint}`).message);
        void stopAll(1);
      });
    }
  });
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
);
