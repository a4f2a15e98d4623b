import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext
} from 'botbuilder';
import type { Logger } from 'pino';
import restify from 'restify';
import { z } from 'zod';
import { CspBot } from '../bot/cspBot';
import { cardActivity } from '../bot/outbound';
import type { Config } from '../config/config';
import { createConversation, errorNotice } from '../conversation/conversation';
import { CatalogError, errorCode, formatError } from '../errors/catalog';
import { languageOfLocale } from '../language/language';
import { createLogger } from './logger';

export const MESSAGES_PATH = '/api/messages';
export const HEALTH_PATH = '/healthz';

/** Teams activities are a few kilobytes; a card submit with our largest payload stays far below this. */
export const MAX_BODY_BYTES = 256 * 1024;

/**
 * The least an activity needs before botbuilder sees it. botbuilder itself answers a body without `type`
 * with a thrown error (a 500), and one without `conversation` or `from` fails deep inside the turn.
 */
const activityEnvelopeSchema = z.looseObject({
  type: z.string().min(1),
  channelId: z.string().min(1),
  serviceUrl: z.string().min(1),
  conversation: z.looseObject({ id: z.string().min(1) }),
  from: z.looseObject({ id: z.string().min(1) }),
  recipient: z.looseObject({ id: z.string().min(1) })
});

export interface BotServer {
  /** Starts listening; port 0 picks a free port. Resolves to the base URL, e.g. http://127.0.0.1:3978. */
  listen(port?: number): Promise<string>;
  /** Stops accepting connections and resolves when open requests have finished. */
  close(): Promise<void>;
}

export interface ServerOptions {
  logger?: Logger;
}

/** botbuilder's settings, built from our configuration only: it must never read the environment by itself. */
function botFrameworkAuthentication(config: Config): ConfigurationBotFrameworkAuthentication {
  const options: ConfigurationBotFrameworkAuthenticationOptions = config.authenticationEnabled
    ? {
        MicrosoftAppId: config.microsoftAppId,
        MicrosoftAppPassword: config.microsoftAppPassword,
        // botbuilder spells it UserAssignedMsi and compares case-insensitively.
        MicrosoftAppType: config.microsoftAppType,
        MicrosoftAppTenantId: config.microsoftAppTenantId
      }
    : { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
  return new ConfigurationBotFrameworkAuthentication(options);
}

export function createServer(config: Config, options: ServerOptions = {}): BotServer {
  const logger = options.logger ?? createLogger(config.logLevel);
  const adapter = new CloudAdapter(botFrameworkAuthentication(config));
  const conversation = createConversation({
    maxQuestionLength: config.maxQuestionLength,
    allowedTenantIds: config.allowedTenantIds,
    logger
  });
  const bot = new CspBot(conversation, logger);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { code: errorCode('unhandledTurnError'), err: error, activityType: context.activity.type },
      formatError('unhandledTurnError')
    );
    try {
      await context.sendActivity(cardActivity(errorNotice(languageOfLocale(context.activity.locale) ?? 'en')));
    } catch (sendError) {
      logger.error({ code: errorCode('errorNoticeFailed'), err: sendError }, formatError('errorNoticeFailed'));
    }
  };

  const server = restify.createServer({ name: 'csp-comms-bot' });

  server.post(
    MESSAGES_PATH,
    restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }),
    // `bodyReader: true` tells the parser the body has been read already (by the size-limited reader above).
    restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }),
    async (req: restify.Request, res: restify.Response) => {
      if (!activityEnvelopeSchema.safeParse(req.body).success) {
        res.send(400, { code: 'BadRequest', message: 'The body must be a Bot Framework activity in JSON.' });
        return;
      }
      await adapter.process(req, res, (context) => bot.run(context));
    }
  );

  server.get(HEALTH_PATH, async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  });

  server.on('after', (req: restify.Request, res: restify.Response) => {
    logger.debug({ method: req.method, path: req.path(), status: res.statusCode }, 'request');
  });

  return {
    listen(port = config.port) {
      return new Promise((resolve, reject) => {
        const onError = (error: Error) => {
          const params = { host: config.host, port, reason: error.message };
          reject(new CatalogError('serverListenFailed', params, { cause: error }));
        };
        server.once('error', onError);
        server.listen(port, config.host, () => {
          server.removeListener('error', onError);
          const address = server.address() as AddressInfo;
          const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    }
  };
}
