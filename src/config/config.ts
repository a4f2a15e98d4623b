import { z } from 'zod';
import { CatalogError } from '../errors/catalog';

/**
 * The bot's whole configuration, read from the environment once at start.
 * Nothing else reads process.env: the SDK's own settings are built from this (see src/server),
 * so a variable the SDK would read by another name can never switch authentication on or off behind our back.
 */

export const appTypes = ['MultiTenant', 'SingleTenant', 'UserAssignedMSI'] as const;
export type AppType = (typeof appTypes)[number];

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
}

/** `VAR=` in an .env file means "not set", as it does for most tools that read one. */
const unsetWhenBlank = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

const text = () => z.preprocess(unsetWhenBlank, z.string().trim().optional()).transform((value) => value ?? '');

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

const tenantList = z.preprocess(
  unsetWhenBlank,
  z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter((id) => id !== '')
    )
);

const environmentSchema = z
  .object({
    MicrosoftAppId: text(),
    MicrosoftAppPassword: text(),
    MicrosoftAppType: appType,
    MicrosoftAppTenantId: text(),
    PORT: wholeNumber(3978, 1, 65535),
    HOST: text(),
    LOG_LEVEL: logLevel,
    MAX_QUESTION_LENGTH: wholeNumber(500, 20, 5000),
    ALLOWED_TENANT_IDS: tenantList
  })
  .superRefine((env, context) => {
    const problem = (variable: keyof typeof env, message: string) =>
      context.addIssue({ code: 'custom', path: [variable], message });
    const type = env.MicrosoftAppType ?? 'MultiTenant';
    if (env.MicrosoftAppId === '') {
      // Each of these means someone meant to switch authentication on; running without it would be a silent downgrade.
      const setWithoutAppId = [
        env.MicrosoftAppPassword !== '' && 'MicrosoftAppPassword',
        env.MicrosoftAppTenantId !== '' && 'MicrosoftAppTenantId',
        env.MicrosoftAppType !== undefined && 'MicrosoftAppType'
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
    allowedTenantIds: settings.ALLOWED_TENANT_IDS
  };
}

/** The configuration as it may appear in a log: the password replaced by whether it is set. */
export function redactedConfig(config: Config): Record<string, unknown> {
  const { microsoftAppPassword, ...shown } = config;
  return { ...shown, microsoftAppPasswordSet: microsoftAppPassword !== '' };
}

/** One sentence for the start-up log: which authentication mode the bot runs in. */
export function describeAuthentication(config: Config): string {
  if (!config.authenticationEnabled) {
    return 'local mode: no authentication (MicrosoftAppId is empty); anyone who can reach the port can talk to the bot';
  }
  const app = `${config.microsoftAppType} app ${config.microsoftAppId}`;
  return `authentication on: ${app}; requests without a valid Bot Framework token are rejected`;
}
