import { loadConfig, redactedConfig } from '../../src/config/config';

const AZURITE = 'UseDevelopmentStorage=true';
const ACCOUNT = 'DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0LWtleQ==;EndpointSuffix=core.windows.net';

const problemsOf = (env: NodeJS.ProcessEnv) => {
  try {
    loadConfig(env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the configuration was accepted');
};

describe('storage configuration', () => {
  it('keeps the file store unless told otherwise', () => {
    expect(loadConfig({})).toMatchObject({ storage: 'file', azureStorageName: 'cspcommsbot', azureStorageConnectionString: '' });
  });

  it('takes the Azure store with a connection string and a table name', () => {
    expect(loadConfig({ STORAGE: 'Azure', AZURE_STORAGE_CONNECTION_STRING: ACCOUNT, AZURE_STORAGE_NAME: 'partnerBot1' })).toMatchObject({
      storage: 'azure',
      azureStorageConnectionString: ACCOUNT,
      azureStorageName: 'partnerBot1'
    });
    expect(loadConfig({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: AZURITE }).storage).toBe('azure');
  });

  it.each([
    [{ STORAGE: 'blob' }, 'CSP1001', 'STORAGE must be one of file, azure'],
    [{ STORAGE: 'azure' }, 'CSP1001', 'AZURE_STORAGE_CONNECTION_STRING is required when STORAGE is azure'],
    [{ AZURE_STORAGE_CONNECTION_STRING: ACCOUNT }, 'CSP1001', 'AZURE_STORAGE_CONNECTION_STRING is set but STORAGE is file'],
    [{ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: 'https://contoso.table.core.windows.net' }, 'CSP1001', 'must be an Azure Storage connection string'],
    [{ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: AZURITE, AZURE_STORAGE_NAME: 'csp-comms-bot' }, 'CSP1001', 'AZURE_STORAGE_NAME must be 3 to 63 letters and digits'],
    [{ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: AZURITE, AZURE_STORAGE_NAME: 'Tables' }, 'CSP1001', 'reserved by Azure']
  ])('refuses %j with a clear message', (env, code, message) => {
    const problems = problemsOf(env);
    expect(problems).toContain(code);
    expect(problems).toContain(message);
  });

  it('never shows the connection string in the logged configuration', () => {
    const shown = JSON.stringify(redactedConfig(loadConfig({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: ACCOUNT })));

    expect(shown).not.toContain('c2VjcmV0LWtleQ');
    expect(shown).toContain('"azureStorageConnectionStringSet":true');
  });
});
