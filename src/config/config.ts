import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { CatalogError } from '../errors/catalog';

/**
 * The bot's whole configuration, read from the environment once at start.
 * Nothing else reads process.env: the SDK's own settings are built from this (see src/server),
 * so a variable the SDK would read by another name can never switch authentication on or off behind our back.
 */

export const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof appTypes)[number];

export const storageKinds = ['file', 'azure'] as const;
export type StorageKind = (typeof storageKinds)[number];

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof logLevels)[number];

export interface Config {
  /** Empty: local mode, requests are not authenticated. */
  microsoftAppId: string;
  microsoftAppPassword: string;
  microsoftAppType: AppType;
  microsoftAppTenantId: string;
  /** True when MicrosoftAppId is set: every request must carry a valid Bot Framework token. */
  authenticationEnabled: boolean;
  port: number;
  host: string;
  logLevel: LogLevel;
  /** Longer questions are answered on their first this-many characters, and the card says so. */
  maxQuestionLength: number;
  /** Tenants allowed to use the bot; empty: every tenant. */
  allowedTenantIds: string[];
  /** Where inbound token signing keys come from; empty: Bot Framework's own. Only tests set it (loopback only). */
  botOpenIdMetadataUrl: string;
  /** Each reply to the connector, retries included, gives up after this long. */
  connectorTimeoutMs: number;
  /** Log what users type and their names; off unless an operator switches it on to investigate. */
  logQuestions: boolean;
  /** file: the embedded store under dataDir, one process; azure: an Azure table shared by every instance. */
  storage: StorageKind;
  /** The folder of the embedded store (feedback records); one bot process per folder. */
  dataDir: string;
  /** Azure Storage account connection string (a secret); set exactly when storage is azure. */
  azureStorageConnectionString: string;
  /** The table in that account. */
  azureStorageName: string;
  /** Key of the hash that stands for a user in feedback records. */
  feedbackSalt: string;
  /** Record what the bot could not answer (not covered, "did you mean…?", low confidence, "Not helpful"). */
  recordUnanswered: boolean;
  /** Recorded questions are kept to this many characters. */
  recordedQuestionLength: number;
  /** Feedback, unanswered questions and closed expert questions older than this many days are deleted. */
  retentionDays: number;
  /** Feedback clicks (and, separately, expert questions) one person may send per minute. */
  rateLimitPerUser: number;
  /** ... and one organisation (tenant) together. */
  rateLimitPerTenant: number;
  /** What the last policy drift check found (written by npm run policy:check); answers warn while the page has changed. */
  policyStatusFile: string;
}

/**
 * Used when FEEDBACK_SALT is not set. It is public, so anyone holding a user's id could recompute their hash:
 * set FEEDBACK_SALT to a long random secret in production (the start-up log says which one is in use).
 */
export const DEFAULT_FEEDBACK_SALT = 'csp-comms-bot-feedback-v1';

/** `VAR=` in an .env file means "not set", as it does for most tools that read one. */
const unsetWhenBlank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const text = () => z.preprocess(unsetWhenBlank, z.string().trim().optional()).transform((value) => value ?? '');

/**
 * A value that must not be read as "not set" by mistake: empty is unset, but spaces only are refused, because
 * for these variables "not set" opens a door (local mode without authentication, the public salt).
 */
const unsetWhenEmpty = (value: unknown) => (value === '' ? undefined : value);
const notOnlyWhitespace = (schema: z.ZodString) =>
  schema.refine((value) => value.trim() !== '', 'is only whitespace; leave it empty to leave it unset');

/** Microsoft Entra ids (apps, tenants) are GUIDs; anything else is a typo that would fail at the first token. */
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const entraId = () =>
  z.preprocess(
    unsetWhenEmpty,
    notOnlyWhitespace(z.string())
      .transform((value) => value.trim())
      .refine((value) => GUID.test(value), 'must be a GUID such as 00000000-0000-0000-0000-000000000000')
      .optional()
      .transform((value) => value ?? '')
  );

const wholeNumber = (fallback: number, min: number, max: number) =>
  z.preprocess(
    unsetWhenBlank,
    z
      .string()
      .trim()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback)
  );

/** Case-insensitive, so "multitenant" and botbuilder's own spelling "UserAssignedMsi" are accepted too. */
const appType = z.preprocess(
  (value) => {
    const given = unsetWhenBlank(value);
    if (typeof given !== 'string') return given;
    return appTypes.find((name) => name.toLowerCase() === given.trim().toLowerCase()) ?? given;
  },
  z.enum(appTypes, { error: `must be one of ${appTypes.join(', ')}` }).optional()
);

const logLevel = z.preprocess(
  (value) => (typeof unsetWhenBlank(value) === 'string' ? String(value).trim().toLowerCase() : undefined),
  z.enum(logLevels, { error: `must be one of ${logLevels.join(', ')}` }).default('info')
);

/**
 * Unset or empty: every tenant. Anything else must list at least one tenant id, and only tenant ids: a value that
 * parses to nothing (", ,") or to something else (a name, a semicolon list) would otherwise let every tenant in.
 */
const tenantList = z.preprocess(
  unsetWhenEmpty,
  z
    .string()
    .transform((value, context) => {
      const ids = value
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter((id) => id !== '');
      if (ids.length === 0) {
        context.addIssue({ code: 'custom', message: 'lists no tenant id; leave it empty to allow every tenant' });
        return z.NEVER;
      }
      const wrong = ids.filter((id) => !GUID.test(id));
      if (wrong.length > 0) {
        const shown = wrong.slice(0, 3).map((id) => JSON.stringify(id.slice(0, 80))).join(', ');
        context.addIssue({ code: 'custom', message: `must be tenant ids (GUIDs) separated by commas: ${shown}` });
        return z.NEVER;
      }
      return ids;
    })
    .optional()
    .transform((ids) => ids ?? [])
);

/** A name or an IP address to listen on: no spaces, no scheme, no port. */
const HOST_NAME = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const host = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .trim()
    .refine((value) => isIP(value) !== 0 || HOST_NAME.test(value), 'must be a host name or an IP address, e.g. 0.0.0.0 or ::')
    .optional()
    .transform((value) => value ?? '')
);

/** A NUL byte would make every file call fail at the first feedback click instead of at start. */
const folder = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .trim()
    .refine((value) => !value.includes('\u0000'), 'must be a folder path (it holds a NUL character)')
    .default('.data')
);

/** A file the bot reads; unset: the default in DATA_DIR. */
const filePath = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .trim()
    .refine((value) => !value.includes('\u0000'), 'must be a file path (it holds a NUL character)')
    .refine((value) => !/[\\/]$/.test(value), 'must be a file path, not a folder')
    .optional()
    .transform((value) => value ?? '')
);

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A replacement for Bot Framework's OpenID metadata, for tests that sign their own tokens.
 * Anyone who controls this document decides which tokens the bot accepts, so it may only point at this machine.
 */
const loopbackUrl = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .trim()
    .refine((value) => {
      try {
        const url = new URL(value);
        return (url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname);
      } catch {
        return false;
      }
    }, 'must be an http(s) URL on 127.0.0.1, localhost or [::1] (it is for tests only)')
    .optional()
    .transform((value) => value ?? '')
);

const flag = z.preprocess(
  (value) => (typeof unsetWhenBlank(value) === 'string' ? String(value).trim().toLowerCase() : undefined),
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false')
    .transform((value) => value === 'true')
);

/** A flag that is on unless set to false. */
const flagOn = z.preprocess(
  (value) => (typeof unsetWhenBlank(value) === 'string' ? String(value).trim().toLowerCase() : undefined),
  z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('true')
    .transform((value) => value === 'true')
);

const storageKind = z.preprocess(
  (value) => (typeof unsetWhenBlank(value) === 'string' ? String(value).trim().toLowerCase() : undefined),
  z.enum(storageKinds, { error: `must be one of ${storageKinds.join(', ')}` }).default('file')
);

/** Azure's rule for table names; Azure would refuse any other name at start. */
const tableName = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .trim()
    .regex(/^[A-Za-z][A-Za-z0-9]{2,62}$/, 'must be 3 to 63 letters and digits, starting with a letter (an Azure table name)')
    .refine((name) => name.toLowerCase() !== 'tables', 'must not be "tables" (reserved by Azure)')
    .default('cspcommsbot')
);

/** `Name=value;` pairs naming an account or a table endpoint, as the Azure portal and Azurite give them. */
const connectionString = text().refine(
  (value) =>
    value === '' ||
    (value.split(';').every((part) => part.trim() === '' || /^[A-Za-z]+=./.test(part.trim())) &&
      /(^|;)\s*(AccountName|TableEndpoint|UseDevelopmentStorage)=/i.test(value)),
  'must be an Azure Storage connection string (Name=value; pairs with AccountName or TableEndpoint)'
);

const environmentSchema = z
  .object({
    MicrosoftAppId: entraId(),
    MicrosoftAppPassword: text(),
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: entraId(),
    // 0: a port the system picks, named in the "listening on" line (how the tests start the bot without a race).
    PORT: wholeNumber(3978, 0, 65535),
    HOST: host,
    LOG_LEVEL: logLevel,
    MAX_QUESTION_LENGTH: wholeNumber(500, 20, 5000),
    ALLOWED_TENANT_IDS: tenantList,
    BOT_OPENID_METADATA_URL: loopbackUrl,
    CONNECTOR_TIMEOUT_MS: wholeNumber(4000, 100, 60000),
    LOG_QUESTIONS: flag,
    STORAGE: storageKind,
    DATA_DIR: folder,
    POLICY_STATUS_FILE: filePath,
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    AZURE_STORAGE_NAME: tableName,
    FEEDBACK_SALT: z.preprocess(
      unsetWhenEmpty,
      notOnlyWhitespace(z.string())
        .pipe(z.string().min(16, 'must be at least 16 characters (use a long random secret)'))
        .default(DEFAULT_FEEDBACK_SALT)
    ),
    RECORD_UNANSWERED: flagOn,
    RECORDED_QUESTION_LENGTH: wholeNumber(500, 20, 5000),
    RETENTION_DAYS: wholeNumber(90, 1, 3650),
    RATE_LIMIT_PER_USER: wholeNumber(20, 1, 10000),
    RATE_LIMIT_PER_TENANT: wholeNumber(600, 1, 1000000)
  })
  .superRefine((env, context) => {
    const problem = (variable: keyof typeof env, message: string) =>
      context.addIssue({ code: 'custom', path: [variable], message });
    if (env.STORAGE === 'azure' && env.AZURE_STORAGE_CONNECTION_STRING === '') {
      problem('AZURE_STORAGE_CONNECTION_STRING', 'is required when STORAGE is azure');
    }
    if (env.STORAGE === 'file' && env.AZURE_STORAGE_CONNECTION_STRING !== '') {
      // Someone meant to share the store; one instance quietly writing to its own folder would lose that intent.
      problem('AZURE_STORAGE_CONNECTION_STRING', 'is set but STORAGE is file; set STORAGE=azure to use it, or unset it');
    }
    const type = env.MicrosoftAppType ?? 'MultiTenant';
    if (env.MicrosoftAppId === '') {
      // Each of these means someone meant to switch authentication on; running without it would be a silent downgrade.
      const setWithoutAppId = [
        env.MicrosoftAppPassword !== '' && 'MicrosoftAppPassword',
        env.MicrosoftAppTenantId !== '' && 'MicrosoftAppTenantId',
        env.MicrosoftAppType !== undefined && 'MicrosoftAppType',
        env.BOT_OPENID_METADATA_URL !== '' && 'BOT_OPENID_METADATA_URL'
      ] as const;
      for (const variable of setWithoutAppId) {
        if (variable) {
          problem(variable, 'is set but MicrosoftAppId is empty; set MicrosoftAppId, or unset it to run in local mode');
        }
      }
      return;
    }
    if (type !== 'UserAssignedMSI' && env.MicrosoftAppPassword === '') {
      problem('MicrosoftAppPassword', `is required when MicrosoftAppId is set and MicrosoftAppType is ${type}`);
    }
    if (type === 'UserAssignedMSI' && env.MicrosoftAppPassword !== '') {
      problem('MicrosoftAppPassword', 'must be empty when MicrosoftAppType is UserAssignedMSI (it has no password)');
    }
    if (type !== 'MultiTenant' && env.MicrosoftAppTenantId === '') {
      problem('MicrosoftAppTenantId', `is required when MicrosoftAppType is ${type}`);
    }
  });

/** Where the policy drift check writes its finding when POLICY_STATUS_FILE is not set. */
export function policyStatusFileIn(dataDir: string): string {
  return join(dataDir, 'policy-status.json');
}

/** Reads and checks the configuration; throws CSP1001 naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`).join('; ');
    throw new CatalogError('invalidConfiguration', { problems });
  }
  const settings = parsed.data;
  const authenticationEnabled = settings.MicrosoftAppId !== '';
  return {
    microsoftAppId: settings.MicrosoftAppId,
    microsoftAppPassword: settings.MicrosoftAppPassword,
    microsoftAppType: settings.MicrosoftAppType ?? 'MultiTenant',
    microsoftAppTenantId: settings.MicrosoftAppTenantId,
    authenticationEnabled,
    port: settings.PORT,
    // Without authentication anyone who can reach the port can use the bot: local mode stays on this machine unless told.
    host: settings.HOST || (authenticationEnabled ? '0.0.0.0' : '127.0.0.1'),
    logLevel: settings.LOG_LEVEL,
    maxQuestionLength: settings.MAX_QUESTION_LENGTH,
    allowedTenantIds: settings.ALLOWED_TENANT_IDS,
    botOpenIdMetadataUrl: settings.BOT_OPENID_METADATA_URL,
    connectorTimeoutMs: settings.CONNECTOR_TIMEOUT_MS,
    logQuestions: settings.LOG_QUESTIONS,
    storage: settings.STORAGE,
    dataDir: settings.DATA_DIR,
    azureStorageConnectionString: settings.AZURE_STORAGE_CONNECTION_STRING,
    azureStorageName: settings.AZURE_STORAGE_NAME,
    feedbackSalt: settings.FEEDBACK_SALT,
    recordUnanswered: settings.RECORD_UNANSWERED,
    recordedQuestionLength: settings.RECORDED_QUESTION_LENGTH,
    retentionDays: settings.RETENTION_DAYS,
    rateLimitPerUser: settings.RATE_LIMIT_PER_USER,
    rateLimitPerTenant: settings.RATE_LIMIT_PER_TENANT,
    policyStatusFile: settings.POLICY_STATUS_FILE || policyStatusFileIn(settings.DATA_DIR)
  };
}

/** The configuration as it may appear in a log: the secrets replaced by whether they are set. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const { microsoftAppPassword, feedbackSalt, azureStorageConnectionString, ...shown } = config;
  return {
    ...shown,
    microsoftAppPasswordSet: microsoftAppPassword !== '',
    azureStorageConnectionStringSet: azureStorageConnectionString !== '',
    feedbackSaltSet: feedbackSalt !== DEFAULT_FEEDBACK_SALT
  };
}

/** One sentence for the start-up log: which authentication mode the bot runs in. */
export function describeAuthentication(config: Config): string {
  if (!config.authenticationEnabled) {
    return 'local mode: no authentication (MicrosoftAppId is empty); anyone who can reach the port can talk to the bot';
  }
  const app = `${config.microsoftAppType} app ${config.microsoftAppId}`;
  const keys = config.botOpenIdMetadataUrl
    ? `; token signing keys from ${config.botOpenIdMetadataUrl} (BOT_OPENID_METADATA_URL, a test setting)`
    : '';
  return `authentication on: ${app}; requests without a valid Bot Framework token are rejected${keys}`;
}
