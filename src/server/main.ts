// First: every module loaded after this one is compiled from the compile cache when it can be.
import './compileCache';
import { describeAuthentication, loadConfig, redactedConfig, type Config } from '../config/config';
import { CatalogError, errorCode, formatError } from '../errors/catalog';
import { openStorage } from '../storage/openStorage';
import { createLogger } from './logger';
import { createServer, HEALTH_PATH, MESSAGES_PATH, READY_PATH } from './server';

/**
 * Open requests get this long to finish after SIGTERM/SIGINT before the process exits anyway. A turn ends within
 * twice CONNECTOR_TIMEOUT_MS (the reply, then the error notice), 8 s by default, so in-flight turns fit.
 */
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

  // Opened before the port: a second bot on the same data folder stops here (CSP5001 naming the holder), and so
  // does a bot whose Azure store cannot be reached (CSP5007).
  const opened = await openStorage(config);
  logger.info({ storage: config.storage, store: opened.description }, `feedback is stored in ${opened.description}`);
  const server = createServer(config, { logger, storage: opened.storage, storageProblem: opened.problem });
  const url = await server.listen();
  const endpoint = `${url}${MESSAGES_PATH}`;
  logger.info(
    { endpoint, health: `${url}${HEALTH_PATH}`, readiness: `${url}${READY_PATH}` },
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
      const params = { graceMs: SHUTDOWN_GRACE_MS, signal };
      logger.error({ code: errorCode('shutdownTimedOut'), ...params }, formatError('shutdownTimedOut', params));
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    server.close().then(async () => {
      await opened.close();
      logger.info('stopped');
      process.exit(0);
    });
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  // Node would print these as plain text and exit; as a log line they reach the same place as every other error.
  const crash = (kind: string) => (error: unknown) => {
    logger.fatal({ code: errorCode('processCrashed'), err: error }, formatError('processCrashed', { kind }));
    process.exit(1);
  };
  process.on('uncaughtException', crash('exception'));
  process.on('unhandledRejection', crash('promise rejection'));
}

main().catch((error: unknown) => {
  const code = error instanceof CatalogError ? error.code : undefined;
  createLogger('info').fatal({ err: error, code }, 'could not start');
  process.exit(1);
});
