import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeAuthentication, loadConfig } from '../../src/config/config';
import { CatalogError } from '../../src/errors/catalog';

const app = { MicrosoftAppId: '3f0c1e2a-7d44-4c3b-9a61-2b8f5e0d9c17', MicrosoftAppPassword: 'not-a-real-secret' };

function problemsOf(env: NodeJS.ProcessEnv): string {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof CatalogError) return error.message;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('the hardening settings', () => {
  it('default to no question logging and a 4 s connector budget', () => {
    expect(loadConfig({})).toMatchObject({ logQuestions: false, connectorTimeoutMs: 4000, botOpenIdMetadataUrl: '' });
  });

  it('read LOG_QUESTIONS as true or false only', () => {
    expect(loadConfig({ LOG_QUESTIONS: 'TRUE' }).logQuestions).toBe(true);
    expect(problemsOf({ LOG_QUESTIONS: 'yes' })).toContain('LOG_QUESTIONS must be true or false');
  });

  it('bound CONNECTOR_TIMEOUT_MS', () => {
    expect(problemsOf({ CONNECTOR_TIMEOUT_MS: '0' })).toContain('CONNECTOR_TIMEOUT_MS must be at least 100');
  });

  it('take the token key document from BOT_OPENID_METADATA_URL on this machine, and say so at start', () => {
    const config = loadConfig({ ...app, BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4010/v1/.well-known/openidconfiguration' });

    expect(describeAuthentication(config)).toContain('token signing keys from http://127.0.0.1:4010');
  });

  it.each(['https://login.attacker.example/openid', 'http://10.0.0.5/keys', 'file:///tmp/keys.json', 'not a url'])(
    'refuse BOT_OPENID_METADATA_URL=%s: whoever serves it decides which tokens pass',
    (url) => {
      expect(problemsOf({ ...app, BOT_OPENID_METADATA_URL: url })).toContain('BOT_OPENID_METADATA_URL must be an http(s) URL on 127.0.0.1');
    }
  );

  it('refuse BOT_OPENID_METADATA_URL without MicrosoftAppId, where it would do nothing', () => {
    expect(problemsOf({ BOT_OPENID_METADATA_URL: 'http://127.0.0.1:4010/keys' })).toContain(
      'BOT_OPENID_METADATA_URL is set but MicrosoftAppId is empty'
    );
  });

  it('are all documented in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8');

    for (const variable of ['LOG_QUESTIONS', 'CONNECTOR_TIMEOUT_MS', 'BOT_OPENID_METADATA_URL']) {
      expect(example).toMatch(new RegExp(`^${variable}=`, 'm'));
    }
  });
});
