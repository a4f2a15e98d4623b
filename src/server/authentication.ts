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
import type { Logger } from 'pino';
import type { Config } from '../config/config';
import { errorCode, formatError } from '../errors/catalog';
import { ReusedClients } from './reusedClients';
import { precheckToken, type TokenPolicy } from './tokenPrecheck';

/**
 * Errors jsonwebtoken throws for a token that is malformed, badly signed (or unsigned: `alg: none`), not yet valid
 * or expired. botbuilder passes all but the expired one on as they are, and its CloudAdapter answers anything that
 * is not an AuthenticationError with a 500, so a forged token would look like a server fault.
 */
const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

export interface AuthenticationOptions {
  logger: Logger;
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
 * botbuilder's own authentication, with every rejected token answered 401 and logged without the token, tokens
 * that no configured app could accept refused before botbuilder sees them, and the outbound clients made once
 * instead of once per turn.
 */
export class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ReusedClients();
  private readonly policy: TokenPolicy;

  constructor(
    private readonly config: Config,
    options: AuthenticationOptions,
    private readonly logger: Logger
  ) {
    super(settings(config), options.credentialsFactory, undefined, undefined, options.connectorClientOptions);
    this.policy = tokenPolicy(config);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    if (this.config.authenticationEnabled) {
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
