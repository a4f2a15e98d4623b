import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationError, type ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Logger } from 'pino';
import getRawBody from 'raw-body';
import restify from 'restify';
import { z } from 'zod';
import { createConnectorHttpClient } from '../bot/connectorTransport';
import { CspBot } from '../bot/cspBot';
import { originOf } from '../bot/inbound';
import { cardActivity } from '../bot/outbound';
import { tenantGuard } from '../bot/tenantGuard';
import { DEFAULT_FEEDBACK_SALT, type Config } from '../config/config';
import { createConversation, errorNotice } from '../conversation/conversation';
import { createFeedbackLog } from '../conversation/feedback';
import { createProactiveMessenger } from '../bot/proactive';
import { createExperts } from '../experts/experts';
import { ExpertsStore } from '../experts/store';
import { deleteExpired } from '../records/retention';
import { createAnswerCounter, type AnswerCounter } from '../records/answerCounts';
import { createUnansweredLog } from '../records/unanswered';
import { conversationTypeSchema } from '../conversation/turn';
import { Kept } from '../common/kept';
import { CatalogError, errorCode, formatError } from '../errors/catalog';
import { languageOfLocale } from '../language/language';
import { pageStatusWatch } from '../policy/pageStatus';
import { MemoryStorage } from '../storage/memoryStorage';
import type { Storage } from '../storage/storage';
import { botFrameworkAuthentication } from './authentication';
import { createLogger } from './logger';
import { recordAnswer, runInRequest, type RequestContext } from './requestContext';
import { refusalByHeaders, type Refusal } from './requestGuards';
import type { SigningKeyTimings } from './signingKeys';

export const MESSAGES_PATH = '/api/messages';
export const HEALTH_PATH = '/healthz';
export const READY_PATH = '/readyz';

/** Teams activities are a few kilobytes; a card submit with our largest payload stays far below this. */
export const MAX_BODY_BYTES = 256 * 1024;

/** An optional text field: Teams leaves it out or sends a string (null is read as left out). */
const optionalText = z.string().nullish();

const channelAccountSchema = z.looseObject({
  id: z.string().min(1),
  name: optionalText,
  aadObjectId: optionalText,
  role: optionalText
});

/** Bot Framework posts from https; http is for the Emulator, Agents Playground and tests on this machine. */
function isServiceUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/** An instance hears from a handful of service URLs (one per region), every one many times: each is parsed once. */
const checkedServiceUrls = new Kept<boolean>(64);

const serviceUrlSchema = z.string().refine((value) => checkedServiceUrls.get(value, () => isServiceUrl(value)));

/**
 * What an activity must have before botbuilder sees it: botbuilder answers a body without `type` with a thrown
 * error (a 500), and one without `conversation` or `from` fails deep inside the turn. The fields botbuilder copies
 * from the activity into every reply are checked too: one of the wrong type (a numeric id, a locale that is an
 * object) makes each reply, the error notice included, fail to serialize, so the user would get nothing back.
 */
const activityEnvelopeSchema = z.looseObject({
  type: z.string().min(1),
  id: optionalText,
  channelId: z.string().min(1),
  serviceUrl: serviceUrlSchema,
  locale: optionalText,
  conversation: z.looseObject({
    id: z.string().min(1),
    name: optionalText,
    conversationType: optionalText,
    tenantId: optionalText,
    isGroup: z.boolean().nullish()
  }),
  from: channelAccountSchema,
  recipient: channelAccountSchema
});

export interface BotServer {
  /** Starts listening; port 0 picks a free port. Resolves to the base URL, e.g. http://127.0.0.1:3978. */
  listen(port?: number): Promise<string>;
  /**
   * Stops accepting connections, reports not ready, and resolves when open requests have finished and every record
   * they queued (unanswered questions, answer counts) is written.
   */
  close(): Promise<void>;
  /** Resolves once every unanswered-question record queued so far is written (or its failure logged). */
  recordsSettled(): Promise<void>;
}

/** A connector call is attempted at most this often (see src/bot/connectorTransport). */
const CONNECTOR_ATTEMPTS = 3;
/** No client needs longer to send its headers, or a body of at most MAX_BODY_BYTES (slow-client protection). */
export const DEFAULT_TIMEOUTS: ServerTimeouts = { headersMs: 15_000, requestMs: 30_000 };
/**
 * Node enforces the two timeouts above only when it checks its connections, every 30 s by default, so a slow client
 * could hold a connection up to 30 s longer than configured; checked every second they hold within a second.
 */
const CONNECTIONS_CHECKING_INTERVAL_MS = 1_000;

export interface ServerTimeouts {
  /** A client must have sent its request headers within this (idle new connections included). */
  headersMs: number;
  /** ... and its whole request, body included, within this. */
  requestMs: number;
}
/** What a user typed is logged (with LOG_QUESTIONS=true) up to this length. */
const LOGGED_TEXT_LIMIT = 1000;

type ServerState = 'starting' | 'ready' | 'stopping';

/** Where a request's record rides on the request itself (a WeakMap of every request in flight costs the GC more). */
const REQUEST_RECORD = Symbol('csp-comms-bot request record');

interface RequestRecord {
  context: RequestContext;
  started: bigint;
  /** What the request line says about the activity, once it has passed the envelope check. */
  activity?: Record<string, unknown>;
}

export interface ServerOptions {
  logger?: Logger;
  /**
   * Where feedback is recorded. The bot process (main.ts) passes the file store under DATA_DIR, which it opens
   * before and closes after the server; without one, feedback is kept in memory only, as for tests that start
   * many servers at once and must not contend for one data folder.
   */
  storage?: Storage;
  /**
   * Why that store cannot write now (a catalog message starting with its code), or undefined when it can; /readyz
   * answers 503 meanwhile, so that a load balancer sends no traffic here, and the first such answer logs an error.
   */
  storageProblem?: () => string | undefined;
  /** Outbound credentials instead of the app password's token from Microsoft Entra; tests sign replies with their own. */
  credentialsFactory?: ServiceClientCredentialsFactory;
  /** How token signing keys are fetched and kept; tests shorten the timings. */
  signingKeys?: Partial<SigningKeyTimings>;
  /** Slow-client timeouts; tests shorten them. */
  timeouts?: Partial<ServerTimeouts>;
  /** How long this instance trusts its last read of a tenant's experts' channel (EXPERTS_CHANNEL_CACHE_MS); tests shorten it. */
  expertsChannelCacheMs?: number;
}

function refuse(res: restify.Response, refusal: Refusal): void {
  res.send(refusal.status, { code: refusal.code, message: refusal.message });
}

const KEYS_UNAVAILABLE: Refusal = {
  status: 503,
  code: 'ServiceUnavailable',
  message: 'The bot cannot check tokens right now; retry later.'
};
const UNAUTHORIZED: Refusal = { status: 401, code: 'Unauthorized', message: 'A valid Bot Framework token is required.' };
const INTERNAL_ERROR: Refusal = { status: 500, code: 'InternalError', message: 'The bot could not handle this request.' };

/**
 * The response as CloudAdapter.process writes it (status, then body, then end), except that botbuilder's bodies
 * for 401 and 5xx, which carry its internal reasons (which key was missing, which claim failed), are replaced by
 * ours. The reasons are logged (CSP3007, CSP4003).
 */
function adapterResponse(res: restify.Response): restify.Response {
  let refusal: Refusal | undefined;
  const response = {
    status(code: number) {
      refusal = code === 401 ? UNAUTHORIZED : code >= 500 ? INTERNAL_ERROR : undefined;
      return res.status(code);
    },
    header: res.header.bind(res),
    send(body?: unknown) {
      return refusal ? refuse(res, refusal) : res.send(body);
    },
    end() {
      if (!res.headersSent && refusal) return refuse(res, refusal);
      return res.end();
    }
  };
  return response as unknown as restify.Response;
}

/**
 * botbuilder's CloudAdapter with the turn started from an activity that is already parsed and checked.
 * `CloudAdapter.process(req, res, logic)` checks its arguments with zod schemas it builds anew on every request
 * (`z.record(z.unknown())` twice over the whole activity, `z.string()` for the header, the response and logic
 * shapes): some 20 µs of CPU a message that tell us nothing, since readJsonBody and the envelope schema have checked
 * the body and restify gives the response (docs/PERFORMANCE.md, 2026-12-05/06). `processParsed` does what `process`
 * does after those checks, in the same order and with the same answers: the activity's time stamps read as dates,
 * `processActivity` (authentication, the turn), then the status and body of its invoke response, or 401/500 with
 * the error logged to the console as botbuilder does.
 */
class ParsedActivityAdapter extends CloudAdapter {
  async processParsed(res: restify.Response, activity: Record<string, unknown>, authHeader: string, logic: (context: TurnContext) => Promise<void>): Promise<void> {
    const end = (status: number, body?: unknown) => {
      res.status(status);
      if (body) res.send(body);
      res.end();
    };
    let invokeResponse: InvokeResponse | undefined;
    try {
      invokeResponse = await this.processActivity(authHeader, withDates(activity), logic);
    } catch (error) {
      // As CloudAdapter.process answers a failed turn (the body is replaced by adapterResponse).
      console.error(error);
      const { message } = error as { message?: unknown };
      return end(error instanceof AuthenticationError ? 401 : 500, message ?? error);
    }
    return end(invokeResponse?.status ?? 200, invokeResponse?.body);
  }
}

/** What botbuilder's validateAndFixActivity does to an activity: its time stamps become dates, the text kept beside. */
function withDates(activity: Record<string, unknown>): Activity {
  if (typeof activity.timestamp === 'string') {
    activity.rawTimestamp = activity.timestamp;
    activity.timestamp = new Date(activity.timestamp);
  }
  if (typeof activity.expiration === 'string') {
    activity.rawExpiration = activity.expiration;
    activity.expiration = new Date(activity.expiration);
  }
  if (typeof activity.localTimestamp === 'string') {
    activity.rawLocalTimestamp = activity.localTimestamp;
    activity.localTimestamp = new Date(activity.localTimestamp);
  }
  return activity as unknown as Activity;
}

const BAD_JSON: Refusal = { status: 400, code: 'BadRequest', message: 'The body must be a Bot Framework activity in JSON.' };
const TOO_LARGE: Refusal = { status: 413, code: 'PayloadTooLarge', message: `Request body size exceeds ${MAX_BODY_BYTES} bytes.` };

/**
 * Reads the body as UTF-8 JSON into req.body, refusing it (413) the moment it passes MAX_BODY_BYTES, chunked or not,
 * and closing the connection, so that the rest is never read. The headers have been checked (refusalByHeaders):
 * JSON, no encoding but identity.
 */
function readJsonBody(req: restify.Request, res: restify.Response, next: restify.Next): void {
  const options = { limit: MAX_BODY_BYTES, length: req.headers['content-length'], encoding: 'utf8' };
  getRawBody(req, options, (error, text) => {
    if (error) {
      if (error.type === 'request.aborted') return next(false);
      res.setHeader('connection', 'close');
      refuse(res, error.type === 'entity.too.large' ? TOO_LARGE : BAD_JSON);
      return next(false);
    }
    try {
      req.body = JSON.parse(text);
    } catch {
      refuse(res, BAD_JSON);
      return next(false);
    }
    return next();
  });
}

/** As botbuilder reads it: a missing header is an empty one. */
function authorizationOf(req: restify.Request): string {
  const header = req.headers.authorization;
  return typeof header === 'string' ? header : '';
}

/** The log fields of an activity, read defensively: only the envelope has been checked. */
function activityFields(body: Record<string, unknown>, logQuestions: boolean): Record<string, unknown> {
  const name = typeof body.name === 'string' ? body.name.slice(0, 100) : undefined;
  if (!logQuestions) return { invoke: name };
  const from = body.from as { name?: unknown };
  return {
    invoke: name,
    question: typeof body.text === 'string' ? body.text.slice(0, LOGGED_TEXT_LIMIT) : undefined,
    userName: typeof from.name === 'string' ? from.name.slice(0, 200) : undefined
  };
}

/** Expired records are looked for at start and then this often; each instance sweeps, deletes are idempotent. */
const RETENTION_SWEEP_MS = 6 * 60 * 60 * 1000;
/** Answer counts are written this often (and when the server closes). */
const COUNTS_FLUSH_MS = 60 * 1000;

/**
 * Keeps the records: writes the answer counts every minute, and deletes records older than RETENTION_DAYS now and
 * every few hours. A failed write or sweep is logged and tried again at the next interval.
 */
function startRecordKeeping(storage: Storage, counter: AnswerCounter, days: number, logger: Logger): { stop(): Promise<void> } {
  let sweeping: Promise<void> = Promise.resolve();
  const sweep = () => {
    sweeping = deleteExpired(storage, days).then(
      (deleted) => {
        if (deleted > 0) logger.info({ event: 'retention', deleted, days }, `deleted ${deleted} records older than ${days} days`);
      },
      (error: unknown) => logger.error({ code: errorCode('retentionFailed'), err: error }, formatError('retentionFailed', { days }))
    );
  };
  const flush = () =>
    counter.flush().catch((error: unknown) => logger.error({ code: errorCode('countsNotStored'), err: error }, formatError('countsNotStored')));
  sweep();
  const timers = [setInterval(sweep, RETENTION_SWEEP_MS), setInterval(flush, COUNTS_FLUSH_MS)];
  for (const timer of timers) timer.unref();
  return {
    async stop() {
      for (const timer of timers) clearInterval(timer);
      await Promise.all([sweeping, flush()]);
    }
  };
}

export function createServer(config: Config, options: ServerOptions = {}): BotServer {
  const logger = options.logger ?? createLogger(config.logLevel);
  const connectorClientOptions = {
    httpClient: createConnectorHttpClient({ budgetMs: config.connectorTimeoutMs, maxAttempts: CONNECTOR_ATTEMPTS }, logger)
  };
  const authentication = botFrameworkAuthentication(config, {
    logger,
    connectorClientOptions,
    credentialsFactory: options.credentialsFactory,
    signingKeyTimings: options.signingKeys
  });
  const adapter = new ParsedActivityAdapter(authentication);
  adapter.use(tenantGuard(config.allowedTenantIds, logger));
  if (config.authenticationEnabled && config.feedbackSalt === DEFAULT_FEEDBACK_SALT) {
    logger.warn('FEEDBACK_SALT is not set: feedback records hash user ids with the public default salt; set a long random secret');
  }
  const storage = options.storage ?? new MemoryStorage();
  const pageChangedOn = pageStatusWatch(config.policyStatusFile, (problem) => {
    const params = { file: config.policyStatusFile, problem };
    logger.warn({ code: errorCode('policyStatusUnreadable'), ...params }, formatError('policyStatusUnreadable', params));
  });
  const counter = createAnswerCounter(storage);
  const unanswered = createUnansweredLog(storage, {
    enabled: config.recordUnanswered,
    salt: config.feedbackSalt,
    questionLength: config.recordedQuestionLength,
    logger
  });
  const conversation = createConversation({
    pageChangedOn,
    maxQuestionLength: config.maxQuestionLength,
    allowedTenantIds: config.allowedTenantIds,
    rateLimits: { perUser: config.rateLimitPerUser, perTenant: config.rateLimitPerTenant, windowMs: 60_000 },
    feedback: createFeedbackLog(storage, config.feedbackSalt),
    unanswered,
    experts: createExperts({
      store: new ExpertsStore(storage),
      messenger: createProactiveMessenger(adapter, config.microsoftAppId),
      logger,
      ...(options.expertsChannelCacheMs === undefined ? {} : { channelCacheMs: options.expertsChannelCacheMs })
    }),
    recordAnswer: (answered) => {
      recordAnswer(answered);
      counter.count(answered.verdict);
    },
    logger
  });
  const recordKeeping = startRecordKeeping(storage, counter, config.retentionDays, logger);
  const bot = new CspBot(conversation, logger);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error(
      { code: errorCode('unhandledTurnError'), err: error, activityType: context.activity.type },
      formatError('unhandledTurnError')
    );
    try {
      await context.sendActivity(cardActivity(errorNotice(languageOfLocale(originOf(context.activity).locale) ?? 'en')));
    } catch (sendError) {
      logger.error({ code: errorCode('errorNoticeFailed'), err: sendError }, formatError('errorNoticeFailed'));
    }
  };

  let state: ServerState = 'starting';
  /** Made by the first handler of every request, found by the later ones and the request log. */
  const recordOf = (req: restify.Request): RequestRecord => {
    const carrier = req as restify.Request & { [REQUEST_RECORD]?: RequestRecord };
    return (carrier[REQUEST_RECORD] ??= { context: { requestId: randomUUID() }, started: process.hrtime.bigint() });
  };
  const server = restify.createServer({ name: 'csp-comms-bot' });
  const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
  server.server.headersTimeout = timeouts.headersMs;
  server.server.requestTimeout = timeouts.requestMs;
  // Read by Node when the server starts listening (http.Server's setupConnectionsTracking), so setting it here holds;
  // restify creates its http.Server without options, and the typings do not list this property.
  Object.assign(server.server, { connectionsCheckingInterval: CONNECTIONS_CHECKING_INTERVAL_MS });

  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.setHeader('x-request-id', recordOf(req).context.requestId);
    // A client that keeps its connection open must not send more requests to a server that is going away,
    // and an idle kept-alive connection would hold the close up for the keep-alive timeout.
    if (state === 'stopping') res.setHeader('connection', 'close');
    next();
  });

  server.post(
    MESSAGES_PATH,
    (req: restify.Request, res: restify.Response, next: restify.Next) => {
      if (state === 'stopping') {
        refuse(res, { status: 503, code: 'ServiceUnavailable', message: 'The bot is shutting down.' });
        return next(false);
      }
      const refusal = refusalByHeaders(req, MAX_BODY_BYTES);
      if (refusal) {
        res.setHeader('connection', 'close');
        refuse(res, refusal);
        return next(false);
      }
      return next();
    },
    readJsonBody,
    async (req: restify.Request, res: restify.Response) => {
      const envelope = activityEnvelopeSchema.safeParse(req.body);
      if (!envelope.success) {
        refuse(res, { status: 400, code: 'BadRequest', message: 'The body must be a Bot Framework activity in JSON.' });
        return;
      }
      const record = recordOf(req);
      record.context.activityType = envelope.data.type.slice(0, 50);
      record.context.conversationType = conversationTypeSchema.safeParse(envelope.data.conversation.conversationType).data;
      record.activity = activityFields(envelope.data, config.logQuestions);
      const admission = await authentication.admit(authorizationOf(req));
      if (!admission.admitted) {
        if (admission.status === 503) {
          res.setHeader('retry-after', String(admission.retryAfterSeconds));
          refuse(res, KEYS_UNAVAILABLE);
        } else {
          refuse(res, UNAUTHORIZED);
        }
        return;
      }
      await runInRequest(record.context, () =>
        adapter.processParsed(adapterResponse(res), req.body as Record<string, unknown>, authorizationOf(req), (turn) => bot.run(turn))
      );
    }
  );

  server.get(HEALTH_PATH, (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  let storageProblemLogged: string | undefined;
  /** What the store says is wrong, logged at error once per problem (readiness is polled every few seconds). */
  const storageProblem = (): string | undefined => {
    const problem = options.storageProblem?.();
    if (problem !== undefined && problem !== storageProblemLogged) {
      logger.error({ code: problem.split(' ', 1)[0] }, problem);
    } else if (problem === undefined && storageProblemLogged !== undefined) {
      logger.info('the store can write again');
    }
    storageProblemLogged = problem;
    return problem;
  };
  server.get(READY_PATH, (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    const problem = state === 'ready' ? storageProblem() : undefined;
    if (state !== 'ready') res.send(503, { status: state });
    // Teams' requests all carry tokens: without keys to check them, every one would be answered 503.
    else if (!authentication.ready) res.send(503, { status: 'not ready', reason: errorCode('signingKeysUnavailable') });
    // Feedback and expert questions would fail here.
    else if (problem !== undefined) res.send(503, { status: 'not ready', reason: problem.split(' ', 1)[0] });
    else res.send(200, { status: state });
    next();
  });

  // restify says 'after' once a response has gone out and its handlers are done.
  server.on('after', (req: restify.Request, res: restify.Response) => {
    if (state === 'stopping') setImmediate(() => server.server.closeIdleConnections());
    const record = recordOf(req);
    const status = res.statusCode;
    const fields = {
      event: 'request',
      ...record.context,
      method: req.method,
      path: req.path(),
      status,
      latencyMs: Number((process.hrtime.bigint() - record.started) / 1000n) / 1000,
      ...record.activity
    };
    if (status >= 500 && status !== 503) {
      logger.error({ code: errorCode('requestFailed'), ...fields }, formatError('requestFailed'));
    } else if (req.path() !== MESSAGES_PATH) {
      logger.debug(fields, 'request');
    } else if (status >= 400 && record.activity === undefined) {
      // Refused before any turn: not JSON, not an activity, too large, compressed, or the server is stopping.
      logger.info({ code: errorCode('requestRefused'), ...fields }, formatError('requestRefused', { status }));
    } else {
      logger.info(fields, 'request');
    }
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
          // Templates and policy are parsed when their modules load, so a listening server has them.
          state = 'ready';
          authentication.start();
          const address = server.address() as AddressInfo;
          const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve(`http://${host}:${address.port}`);
        });
      });
    },
    async close() {
      state = 'stopping';
      await new Promise<void>((resolve) => server.close(() => resolve()));
      authentication.stop();
      // After the last request, so its answer is counted and its miss recorded.
      await Promise.all([unanswered.settled(), recordKeeping.stop()]);
    },
    recordsSettled() {
      return unanswered.settled();
    }
  };
}
