import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeAuthentication, loadConfig } from '../../src/config/config';
import { CatalogError } from '../../src/errors/catalog';

const TENANT_GUID = '72f988bf-0000-4000-8000-00000000c5b0';
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

/**
 * Each row: a variable, a wrong value and what the refusal must say. Every wrong value stops the start with CSP1001
 * naming the variable; none of them may fall back to a default that opens the door (every tenant, the public salt,
 * local mode).
 */
const ANOTHER_GUID = '11111111-0000-4000-8000-000000000001';
const wrongValues: Array<[string, NodeJS.ProcessEnv, string]> = [
  ['MicrosoftAppId', { MicrosoftAppId: 'my-bot', MicrosoftAppPassword: 'not-a-real-secret' }, 'MicrosoftAppId must be a GUID'],
  ['MicrosoftAppId', { MicrosoftAppId: '   ', MicrosoftAppPassword: 'not-a-real-secret' }, 'MicrosoftAppId is only whitespace'],
  ['MicrosoftAppPassword', { MicrosoftAppPassword: 'not-a-real-secret' }, 'MicrosoftAppPassword is set but MicrosoftAppId is empty'],
  ['MicrosoftAppType', { ...app, MicrosoftAppType: 'Personal' }, 'MicrosoftAppType must be one of'],
  [
    'MicrosoftAppTenantId',
    { ...app, MicrosoftAppType: 'SingleTenant', MicrosoftAppTenantId: 'contoso' },
    'MicrosoftAppTenantId must be a GUID'
  ],
  ['PORT', { PORT: '80a' }, 'PORT must be a whole number'],
  ['HOST', { HOST: 'two words' }, 'HOST must be a host name or an IP address'],
  ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of'],
  ['MAX_QUESTION_LENGTH', { MAX_QUESTION_LENGTH: '1e3' }, 'MAX_QUESTION_LENGTH must be a whole number'],
  ['ALLOWED_TENANT_IDS', { ALLOWED_TENANT_IDS: ', ,' }, 'ALLOWED_TENANT_IDS lists no tenant id'],
  ['ALLOWED_TENANT_IDS', { ALLOWED_TENANT_IDS: 'garbage' }, 'ALLOWED_TENANT_IDS must be tenant ids (GUIDs) separated by commas: "garbage"'],
  [
    'ALLOWED_TENANT_IDS',
    { ALLOWED_TENANT_IDS: `${TENANT_GUID};${ANOTHER_GUID}` },
    'ALLOWED_TENANT_IDS must be tenant ids (GUIDs) separated by commas'
  ],
  ['BOT_OPENID_METADATA_URL', { ...app, BOT_OPENID_METADATA_URL: 'http://10.0.0.5/keys' }, 'BOT_OPENID_METADATA_URL must be an http(s) URL'],
  ['CONNECTOR_TIMEOUT_MS', { CONNECTOR_TIMEOUT_MS: '-1' }, 'CONNECTOR_TIMEOUT_MS must be a whole number'],
  ['LOG_QUESTIONS', { LOG_QUESTIONS: '1' }, 'LOG_QUESTIONS must be true or false'],
  ['STORAGE', { STORAGE: 'blob' }, 'STORAGE must be one of file, azure'],
  ['AZURE_STORAGE_CONNECTION_STRING', { STORAGE: 'azure' }, 'AZURE_STORAGE_CONNECTION_STRING is required when STORAGE is azure'],
  [
    'AZURE_STORAGE_CONNECTION_STRING',
    { STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'https://contoso.table.core.windows.net' },
    'AZURE_STORAGE_CONNECTION_STRING must be an Azure Storage connection string'
  ],
  [
    'AZURE_STORAGE_NAME',
    { STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AZURE_STORAGE_NAME: 'csp-bot' },
    'AZURE_STORAGE_NAME must be 3 to 63 letters and digits'
  ],
  ['DATA_DIR', { DATA_DIR: 'data\u0000dir' }, 'DATA_DIR must be a folder path'],
  ['POLICY_STATUS_FILE', { POLICY_STATUS_FILE: '/var/lib/csp-comms-bot/' }, 'POLICY_STATUS_FILE must be a file path, not a folder'],
  ['FEEDBACK_SALT', { FEEDBACK_SALT: ' '.repeat(16) }, 'FEEDBACK_SALT is only whitespace'],
  ['FEEDBACK_SALT', { FEEDBACK_SALT: 'short' }, 'FEEDBACK_SALT must be at least 16 characters'],
  ['RECORD_UNANSWERED', { RECORD_UNANSWERED: 'no' }, 'RECORD_UNANSWERED must be true or false'],
  ['RECORDED_QUESTION_LENGTH', { RECORDED_QUESTION_LENGTH: '10' }, 'RECORDED_QUESTION_LENGTH must be at least 20'],
  ['RETENTION_DAYS', { RETENTION_DAYS: '0' }, 'RETENTION_DAYS must be at least 1'],
  ['RATE_LIMIT_PER_USER', { RATE_LIMIT_PER_USER: '0' }, 'RATE_LIMIT_PER_USER must be at least 1'],
  ['RATE_LIMIT_PER_TENANT', { RATE_LIMIT_PER_TENANT: 'lots' }, 'RATE_LIMIT_PER_TENANT must be a whole number'],
  ['RETENTION_DAYS', { RETENTION_DAYS: '90d' }, 'RETENTION_DAYS must be a whole number from 1 to 3650']
];

describe('a wrong value stops the start with CSP1001 naming the variable', () => {
  it.each(wrongValues)('%s (%j)', (_variable, env, expected) => {
    const problems = problemsOf(env);

    expect(problems).toMatch(/^CSP1001 /);
    expect(problems).toContain(expected);
  });

  it('covers every variable in .env.example', () => {
    const example = readFileSync(join(__dirname, '..', '..', '.env.example'), 'utf8');
    const documented = [...example.matchAll(/^([A-Za-z_]+)=/gm)].map((match) => match[1]);

    expect(new Set(wrongValues.map(([variable]) => variable))).toEqual(new Set(documented));
  });

  it('still reads a tenant list with spaces and any case, and an empty value as every tenant', () => {
    expect(loadConfig({ ALLOWED_TENANT_IDS: ` ${TENANT_GUID.toUpperCase()} , ${ANOTHER_GUID}` }).allowedTenantIds).toEqual([
      TENANT_GUID,
      ANOTHER_GUID
    ]);
    expect(loadConfig({ ALLOWED_TENANT_IDS: '' }).allowedTenantIds).toEqual([]);
  });
});

describe('the bot process given a wrong configuration', () => {
  it('exits 1 without listening, with one fatal CSP1001 line naming each wrong variable', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: join(__dirname, '..', '..'),
      env: { PATH: process.env.PATH, ALLOWED_TENANT_IDS: ', ,', FEEDBACK_SALT: ' '.repeat(16), HOST: '127.0.0.1', PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const code = await new Promise((resolve) => child.once('exit', resolve));

    const lines = output.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(code).toBe(1);
    expect(lines).toEqual([expect.objectContaining({ level: 60, code: 'CSP1001' })]);
    expect(lines[0]?.msg).toContain('ALLOWED_TENANT_IDS lists no tenant id');
    expect(lines[0]?.msg).toContain('FEEDBACK_SALT is only whitespace');
  });
});
