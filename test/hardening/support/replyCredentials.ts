import { ConfigurationServiceClientCredentialFactory } from 'botbuilder';
import type { ServiceClientCredentials } from 'botframework-connector';
import { BOT } from '../../bot/support/activities';

/** The app id the hardening tests configure, and that their tokens name as audience. */
export const APP_ID = BOT.id.slice('28:'.length);
export const OUTBOUND_TOKEN = 'outbound-token-issued-by-this-test';

/**
 * Outbound credentials that sign replies with a token this test issues instead of one from Microsoft Entra,
 * keeping botbuilder's own app id check (the audience check of inbound tokens goes through it).
 */
export class TestReplyCredentials extends ConfigurationServiceClientCredentialFactory {
  constructor() {
    super({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', MicrosoftAppType: 'MultiTenant' });
  }

  override async createCredentials(): Promise<ServiceClientCredentials> {
    return {
      async signRequest(resource) {
        resource.headers.set('authorization', `Bearer ${OUTBOUND_TOKEN}`);
        return resource;
      }
    };
  }
}
