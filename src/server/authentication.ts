import {
  CallerIdConstants,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions
} from 'botbuilder';
import {
  AuthenticationConstants,
  AuthenticationError,
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
 * botbuilder's own authentication, with every rejected token answered 401 and logged without the token, and the
 * outbound clients made once instead of once per turn.
 */
class BotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly clients = new ReusedClients();

  constructor(
    config: Config,
    options: AuthenticationOptions,
    private readonly logger: Logger
  ) {
    super(settings(config), options.credentialsFactory, undefined, undefined, options.connectorClientOptions);
  }

  override async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
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
      const refusal =
        error instanceof AuthenticationError
          ? error
          : error instanceof Error && TOKEN_ERROR_NAMES.has(error.name)
            ? new AuthenticationError(`Unauthorized. ${error.message}`, 401)
            : undefined;
      if (!refusal) throw error;
      this.logger.warn(
        { code: errorCode('authenticationFailed'), reason: refusal.message },
        formatError('authenticationFailed', { reason: refusal.message })
      );
      throw refusal;
    }
  }
}

export function botFrameworkAuthentication(config: Config, options: AuthenticationOptions): ConfigurationBotFrameworkAuthentication {
  return new BotAuthentication(config, options, options.logger);
}
