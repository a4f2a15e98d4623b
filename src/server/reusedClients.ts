import {
  AuthenticationConstants,
  ConnectorFactory,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient
} from 'botframework-connector';
import { Kept } from '../common/kept';

/**
 * A service URL is one per Teams region, an audience one per cloud, an app id ours: a handful in practice.
 * The bound only matters where authentication is off and any caller may name any service URL.
 */
const MAX_CLIENTS = 64;

/** Kept promises; a rejected one is forgotten so the next turn tries again. */
function keptUnlessRejected<Value>(kept: Kept<Promise<Value>>, key: string, make: () => Promise<Value>): Promise<Value> {
  return kept.get(key, () => {
    const made = make();
    made.catch(() => kept.forget(key, made));
    return made;
  });
}

/** The app id the outbound clients act as: botbuilder reads it from the audience claim, or the appid claim (Emulator). */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
  return (
    claimsIdentity.getClaimValue(AuthenticationConstants.AudienceClaim) ??
    claimsIdentity.getClaimValue(AuthenticationConstants.AppIdClaim) ??
    ''
  );
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly appId: string,
    private readonly factory: ConnectorFactory,
    private readonly clients: Kept<Promise<ConnectorClient>>
  ) {
    super();
  }

  override create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${serviceUrl}\n${audience ?? ''}`;
    return keptUnlessRejected(this.clients, key, () => this.factory.create(serviceUrl, audience));
  }
}

/**
 * botbuilder builds a new ConnectorClient and a new UserTokenClient for every turn, each with its own HTTP pipeline
 * of a dozen policies: about a tenth of what a whole turn costs the floor bot (docs/PERFORMANCE.md). Neither keeps
 * anything of a turn (tokens are cached by app id and audience inside botframework-connector), so one client per
 * app id, service URL and audience serves every turn.
 */
export class ReusedClients {
  private readonly connectorClients = new Kept<Promise<ConnectorClient>>(MAX_CLIENTS);
  private readonly userTokenClients = new Kept<Promise<UserTokenClient>>(MAX_CLIENTS);

  connectorFactory(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
    return new ReusingConnectorFactory(appIdOf(claimsIdentity), factory, this.connectorClients);
  }

  userTokenClient(claimsIdentity: ClaimsIdentity, make: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return keptUnlessRejected(this.userTokenClients, appIdOf(claimsIdentity), make);
  }
}
