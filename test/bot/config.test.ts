import { describeAuthentication, loadConfig, redactedConfig } from '../../src/config/config';
import { CatalogError } from '../../src/errors/catalog';

const appId = '3f0c1e2a-7d44-4c3b-9a61-2b8f5e0d9c17';
const tenantId = '72f988bf-0000-4000-8000-00000000c5b0';
const secret = 'not-a-real-secret~value';

function failureOf(env: NodeJS.ProcessEnv): CatalogError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof CatalogError) return error;
    throw error;
  }
  throw new Error('loadConfig accepted the environment');
}

describe('the configuration', () => {
  it('runs in local mode without authentication when MicrosoftAppId is empty', () => {
    const config = loadConfig({ MicrosoftAppId: '' });

    expect(config).toMatchObject({ authenticationEnabled: false, port: 3978, maxQuestionLength: 500, logLevel: 'info' });
    expect(describeAuthentication(config)).toContain('local mode: no authentication');
  });

  it('listens on loopback only in local mode, and on every interface with authentication', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: secret }).host).toBe('0.0.0.0');
  });

  it('names the variable and the numbered error when a value is bad', () => {
    const error = failureOf({ PORT: 'eighty' });

    expect(error.code).toBe('CSP1001');
    expect(error.message).toMatch(/^CSP1001 .*PORT must be a whole number from 0 to 65535/);
  });

  it('names every bad variable at once', () => {
    const { message } = failureOf({ PORT: '70000', LOG_LEVEL: 'loud', MAX_QUESTION_LENGTH: '3' });

    expect(message).toContain('PORT must be at most 65535');
    expect(message).toContain('LOG_LEVEL must be one of');
    expect(message).toContain('MAX_QUESTION_LENGTH must be at least 20');
  });

  it('refuses a password without an app id rather than silently running without authentication', () => {
    const { message } = failureOf({ MicrosoftAppPassword: secret });

    expect(message).toContain('MicrosoftAppPassword is set but MicrosoftAppId is empty');
  });

  it('requires the tenant for a single-tenant app', () => {
    const { message } = failureOf({ MicrosoftAppId: appId, MicrosoftAppPassword: secret, MicrosoftAppType: 'SingleTenant' });

    expect(message).toContain('MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant');
  });

  it('refuses a password for a managed identity', () => {
    const { message } = failureOf({
      MicrosoftAppId: appId,
      MicrosoftAppPassword: secret,
      MicrosoftAppType: 'userassignedmsi',
      MicrosoftAppTenantId: tenantId
    });

    expect(message).toContain('MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI');
  });

  it('never shows the password in what it logs', () => {
    const config = loadConfig({ MicrosoftAppId: appId, MicrosoftAppPassword: secret });

    expect(JSON.stringify(redactedConfig(config))).not.toContain(secret);
    expect(describeAuthentication(config)).toContain('authentication on');
  });

  it('reads the allowed tenants as a trimmed, lower-case list', () => {
    const other = '11111111-0000-4000-8000-000000000001';

    expect(loadConfig({ ALLOWED_TENANT_IDS: ` ${tenantId.toUpperCase()} , ,${other} ` }).allowedTenantIds).toEqual([tenantId, other]);
  });
});
