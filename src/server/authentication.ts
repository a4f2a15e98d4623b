import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
  ToBotFromBotOrEmulatorTokenValidationParameters,
  type AuthenticateRequestResult,
  type ClaimsIdentity,
  type ConnectorClientOptions,
  type ConnectorFactory,
  type ServiceClientCredentialsFactory,
  type UserTokenClient
} from 'botframework-connector';
import { JwtTokenExtractor } from 'botframework-connector/lib/auth/jwtTokenExtractor';
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { errorCode, formatError } from '../errors/catalog';
import { ReusedClients } from './reusedClients';
import {
  acquireSigningKeys,
  DEFAULT_SIGNING_KEY_TIMINGS,
  releaseSigningKeys,
  type SigningKey,
  type SigningKeys,
  type SigningKeyTimings
} from './signingKeys';
import { precheckToken, type TokenPolicy } from './tokenPrecheck';

/**
 * Errors jsonwebtoken throws for a token that is malformed, badly signed (or unsigned: `alg: none`), not yet valid
 * or expired. botbuilder passes all but the expired one on as they are, and its CloudAdapter answers anything that
 * is not an AuthenticationError with a 500, so a forged token would look like a server fault.
 */
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

export interface AuthenticationOptions {
  logger: Logger;
  /** How the token signing keys are fetched and kept (see signingKeys.ts); tests shorten the timings. */
  signingKeyTimings?: Partial<SigningKeyTimings>;
  /** How replies reach the connector (timeouts and retries, see src/bot/connectorTransport). */
  connectorClientOptions: ConnectorClientOptions;
  /** Outbound credentials; by default the app password is exchanged for a token at Microsoft Entra. */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/** The Emulator and Entra issuers botbuilder accepts as shipped, copied before any request can add to its list. */
const SHIPPED_EMULATOR_ISSUERS: readonly string[] = [...(ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[])];

/**
 * The issuers a token may name for this app: the channel service's always (Teams), and for Emulator and bot tokens
 * from Microsoft Entra, the Bot Framework tenants botbuilder ships for a multi-tenant app, or the app's own tenant
 * for a single-tenant app or managed identity (botbuilder adds that tenant's issuers when it meets them).
 */
export function tokenPolicy(config: Config): TokenPolicy {
  const tenant = config.microsoftAppTenantId;
  const entraIssuers =
    config.microsoftAppType === 'MultiTenant'
      ? SHIPPED_EMULATOR_ISSUERS
      : [
          `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV1}${tenant}/`,
          `${AuthenticationConstants.ValidTokenIssuerUrlTemplateV2}${tenant}/v2.0`
        ];
  return {
    issuers: new Set([AuthenticationConstants.ToBotFromChannelTokenIssuer, ...entraIssuers]),
    algorithms: new Set(AuthenticationConstants.AllowedSigningAlgorithms)
  };
}

/** botbuilder's settings, built from our configuration only: it must never read the environment by itself. */
function settings(config: Config): ConfigurationBotFrameworkAuthenticationOptions {
  if (!config.authenticationEnabled) {
    return { MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' };
  }
  const app = {
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    // botbuilder spells it UserAssignedMsi and compares case-insensitively.
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId
  };
  if (config.botOpenIdMetadataUrl === '') return app;
  // Once one endpoint is given botbuilder takes every endpoint from these settings, so the others are spelled out
  // with the public cloud's values. Both kinds of inbound token (channel and Emulator/Entra) are checked against
  // the keys at the test's URL, so no test token ever sends the bot to the internet for keys.
  return {
    ...app,
    ValidateAuthority: true,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
    CallerId: CallerIdConstants.PublicAzureChannel
  };
}

/**
 * botbuilder's JwtTokenExtractor takes its key source for a metadata URL from a process-wide map it fills itself
 * (`JwtTokenExtractor.openIdMetadataCache`, private in its typings, not exported from the package index). Putting
 * ours there is the one way to make botbuilder check signatures against keys fetched as signingKeys.ts fetches them
 * and not per request; `signingKeys.test.ts` fails if botbuilder stops asking it.
 */
type KeySourceMap = Map<string, { getKey(kid: string): Promise<SigningKey | null> }>;
const botbuilderKeySources = (JwtTokenExtractor as unknown as { openIdMetadataCache: KeySourceMap }).openIdMetadataCache;

/** What the edge does with a request's Authorization header before botbuilder sees it. */
export type Admission = { admitted: true } | { admitted: false; status: 401 } | { admitted: false; status: 503; retryAfterSeconds: number };

/**
 * botbuilder's own authentication, with every rejected token answered 401 and logged without the token, tokens
 * that no configured app could accept refused before botbuilder sees them, signing keys fetched once and kept
 * (signingKeys.ts), and the outbound clients made once instead of once per turn.
 */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ReusedClients();
  private readonly policy: TokenPolicy;
  /** Channel tokens (Teams) and Emulator/Entra tokens; one source when both URLs are the same. */
  private readonly channelKeys: SigningKeys | undefined;
  private readonly entraKeys: SigningKeys | undefined;

  constructor(
    private readonly config: Config,
    options: AuthenticationOptions,
    private readonly logger: Logger
  ) {
    const botbuilderSettings = settings(config);
    super(botbuilderSettings, options.credentialsFactory, undefined, undefined, options.connectorClientOptions);
    this.policy = tokenPolicy(config);
    if (config.authenticationEnabled) {
      const timings = { ...DEFAULT_SIGNING_KEY_TIMINGS, ...options.signingKeyTimings };
      const channelUrl = botbuilderSettings.ToBotFromChannelOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
      const entraUrl = botbuilderSettings.ToBotFromEmulatorOpenIdMetadataUrl ?? AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl;
      this.channelKeys = acquireSigningKeys(channelUrl, logger, timings);
      this.entraKeys = entraUrl === channelUrl ? this.channelKeys : acquireSigningKeys(entraUrl, logger, timings);
      for (const keys of new Set([this.channelKeys, this.entraKeys])) botbuilderKeySources.set(keys.metadataUrl, keys);
    }
  }

  /** Starts fetching the channel's keys, so the first request finds them and readiness says whether they can be had. */
  start(): void {
    this.channelKeys?.start();
  }

  stop(): void {
    for (const keys of new Set([this.channelKeys, this.entraKeys])) {
      if (keys && releaseSigningKeys(keys) && botbuilderKeySources.get(keys.metadataUrl) === keys) {
        botbuilderKeySources.delete(keys.metadataUrl);
      }
    }
  }

  /** False while the channel's signing keys cannot be had: every request with a token would be answered 503. */
  get ready(): boolean {
    return this.channelKeys?.available ?? true;
  }

  /**
   * Refuses (401) what no configured app could accept, and answers 503 while the keys to check a token cannot be
   * had, so that the channel retries instead of taking a 401 as final. Local mode admits everything.
   */
  async admit(authHeader: string): Promise<Admission> {
    if (!this.channelKeys || !this.entraKeys) return { admitted: true };
    const precheck = precheckToken(authHeader, this.policy, Math.floor(Date.now() / 1000));
    if (!precheck.ok) {
      this.refusal(precheck.reason);
      return { admitted: false, status: 401 };
    }
    const keys = precheck.token.issuer === AuthenticationConstants.ToBotFromChannelTokenIssuer ? this.channelKeys : this.entraKeys;
    const lookup = await keys.lookup(precheck.token.kid);
    if (lookup.outcome === 'unavailable') return { admitted: false, status: 503, retryAfterSeconds: lookup.retryAfterSeconds };
    if (lookup.outcome === 'unknown') {
      this.refusal(`no signing key with this token's kid at ${keys.metadataUrl}`);
      return { admitted: false, status: 401 };
    }
    return { admitted: true };
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (this.config.authenticationEnabled) {
      // admit() has run for requests from the edge; this keeps the guarantee for any other caller.
      const precheck = precheckToken(authHeader, this.policy, Math.floor(Date.now() / 1000));
      if (!precheck.ok) throw this.refusal(precheck.reason);
    }
    const result = await this.authenticated(activity, authHeader);
    const { claimsIdentity, connectorFactory } = result;
    return connectorFactory ? { ...result, connectorFactory: this.clients.connectorFactory(claimsIdentity, connectorFactory) } : result;
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.clients.connectorFactory(claimsIdentity, super.createConnectorFactory(claimsIdentity));
  }

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.clients.userTokenClient(claimsIdentity, () => super.createUserTokenClient(claimsIdentity));
  }

  private async authenticated(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await super.authenticateRequest(activity, authHeader);
    } catch (error) {
      // botbuilder also throws AuthenticationErrors with status 500 (key documents it could not load): not a refusal.
      const refused =
        (error instanceof AuthenticationError && error.statusCode < 500) ||
        (error instanceof Error && TOKEN_ERROR_NAMES.has(error.name));
      if (!refused) throw error;
      throw this.refusal(error.message);
    }
  }

  /** Logs why (CSP3007) and gives botbuilder the 401 to answer; the reason stays in the log. */
  private refusal(reason: string): AuthenticationError {
    this.logger.warn({ code: errorCode('authenticationFailed'), reason }, formatError('authenticationFailed', { reason }));
    return new AuthenticationError('Unauthorized', 401);
  }
}

export function botFrameworkAuthentication(config: Config, options: AuthenticationOptions): BotAuthentication {
  return new BotAuthentication(config, options, options.logger);
}
