import { describeAuthentication, loadConfig, redactedConfig, type Config } from '../config/config';
import { CatalogError } from '../errors/catalog';
import { createLogger } from './logger';
import { createServer, HEALTH_PATH, MESSAGES_PATH } from './server';

/** Open requests get this long to finish after SIGTERM/SIGINT before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

function readConfig(): Config {
  try {
    return loadConfig(process.env);
  } catch (error) {
    // The configured log level is unknown when the configuration itself is bad.
    const code = error instanceof CatalogError ? error.code : undefined;
    createLogger('info').fatal({ code }, error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

async function main(): Promise<void> {
  const config = readConfig();
  const logger = createLogger(config.logLevel);
  logger.info({ config: redactedConfig(config) }, describeAuthentication(config));

  const server = createServer(config, { logger });
  const url = await server.listen();
  const endpoint = `${url}${MESSAGES_PATH}`;
  logger.info(
    { endpoint, health: `${url}${HEALTH_PATH}` },
    config.authenticationEnabled
      ? `listening on ${endpoint}; point the Azure Bot's messaging endpoint here (through your HTTPS proxy or tunnel)`
      : `listening on ${endpoint}; talk to it with Microsoft 365 Agents Playground ` +
          `(agentsplayground -e ${endpoint} -c msteams) or POST a Bot Framework activity to it`
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: no new connections, waiting for open requests');
    setTimeout(() => {
      logger.warn('open requests did not finish in time; exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    server.close().then(() => {
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  const code = error instanceof CatalogError ? error.code : undefined;
  createLogger('info').fatal({ err: error, code }, 'could not start');
  process.exit(1);
});
