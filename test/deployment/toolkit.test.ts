import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';

const root = join(__dirname, '../..');
const schema = JSON.parse(readFileSync(join(__dirname, 'schema/m365agents-yaml-v1.11.schema.json'), 'utf8')) as object;
const toolkitFiles = ['m365agents.yml', 'm365agents.local.yml'];

type Action = { uses: string; with?: Record<string, unknown>; env?: Record<string, string> };
const projectOf = (file: string) => parse(readFileSync(join(root, file), 'utf8')) as Record<string, Action[] | unknown>;
const actionsOf = (file: string) =>
  ['provision', 'deploy', 'publish'].flatMap((stage) => (projectOf(file)[stage] as Action[] | undefined) ?? []);

describe('Microsoft 365 Agents Toolkit project files', () => {
  it.each(toolkitFiles)('%s is valid against the toolkit’s own YAML schema (v1.11)', (file) => {
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

    const valid = validate(projectOf(file));

    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it.each(toolkitFiles)('%s builds the app package with npm run package from manifest/, not from a copy', (file) => {
    const actions = actionsOf(file);
    const packaging = actions.filter((action) => action.uses === 'script');

    expect(packaging.length).toBeGreaterThan(0);
    for (const action of packaging) {
      expect(action.with?.run).toBe('npm run package');
      expect(action.env).toMatchObject({ MicrosoftAppId: '${{BOT_ID}}', TEAMS_APP_ID: '${{TEAMS_APP_ID}}' });
    }
    expect(actions.some((action) => action.uses === 'teamsApp/zipAppPackage')).toBe(false);
    for (const action of actions.filter((action) => typeof action.with?.appPackagePath === 'string')) {
      expect(action.with?.appPackagePath).toBe('./build/appPackage.zip');
    }
    expect(existsSync(join(root, 'appPackage'))).toBe(false);
  });

  it('names files that exist: the environment folder, the Bicep template and its parameters', () => {
    for (const file of toolkitFiles) expect(existsSync(join(root, String(projectOf(file).environmentFolderPath)))).toBe(true);
    const deploy = actionsOf('m365agents.yml').find((action) => action.uses === 'arm/deploy');
    const [template] = (deploy?.with?.templates ?? []) as { path: string; parameters: string }[];

    expect(existsSync(join(root, template?.path ?? 'missing'))).toBe(true);
    expect(existsSync(join(root, template?.parameters ?? 'missing'))).toBe(true);
  });

  it('gives the bot every setting it needs locally, in names the bot reads (see .env.example)', () => {
    const settings = actionsOf('m365agents.local.yml').find((action) => action.uses === 'file/createOrUpdateEnvironmentFile')
      ?.with?.envs as Record<string, string>;
    const documented = [...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^([A-Za-z_]+)=/gm)].map((match) => match[1]);

    expect(Object.keys(settings).sort()).toEqual(['MicrosoftAppId', 'MicrosoftAppPassword', 'MicrosoftAppTenantId', 'MicrosoftAppType', 'PORT']);
    for (const name of Object.keys(settings)) expect(documented).toContain(name);
    expect(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['start:local']).toContain('--env-file=.localConfigs');
  });

  it('puts the Azure settings in app settings the bot reads, with /readyz as the health check', () => {
    const bicep = readFileSync(join(root, 'infra/azure.bicep'), 'utf8');
    const documented = [...readFileSync(join(root, '.env.example'), 'utf8').matchAll(/^([A-Za-z_]+)=/gm)].map((match) => match[1]);
    const block = bicep.slice(bicep.indexOf('appSettings: ['), bicep.indexOf('\n      ]', bicep.indexOf('appSettings: [')));
    const appSettings = [...block.matchAll(/name: '([A-Za-z_]+)'/g)].map((match) => match[1]);

    expect(appSettings).toEqual(expect.arrayContaining(['MicrosoftAppType', 'MicrosoftAppId', 'STORAGE', 'AZURE_STORAGE_CONNECTION_STRING', 'FEEDBACK_SALT']));
    for (const name of appSettings.filter((setting) => setting !== 'SCM_DO_BUILD_DURING_DEPLOYMENT')) expect(documented).toContain(name);
    expect(bicep).toContain("healthCheckPath: '/readyz'");
    expect(bicep).toContain("linuxFxVersion: 'NODE|24-lts'");
  });
});
