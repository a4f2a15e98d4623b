import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { imageSize } from 'image-size';
import { PNG } from 'pngjs';
import yauzl from 'yauzl';
import {
  buildAppPackage,
  defaultManifestDir,
  DEV_PLACEHOLDER_ID,
  type BuildAppPackageOptions
} from '../../scripts/app-package/build-app-package';
import { PackagingError } from '../../scripts/app-package/packaging-error';
import { decide } from '../../src/policy/decide';
import { understand } from '../../src/understanding/understand';

const teamsSchemasDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

const testEnv = {
  MicrosoftAppId: '6d1f0b8e-2c3a-4e5f-9a7b-8c9d0e1f2a3b',
  TEAMS_APP_ID: 'c4a8e2f0-7b1d-4c3e-a5f6-0d9e8c7b6a54',
  TEAMS_APP_VERSION: '2.3.4',
  DEVELOPER_NAME: 'Contoso Partner IT',
  DEVELOPER_WEBSITE_URL: 'https://contoso.example/comms-bot',
  DEVELOPER_PRIVACY_URL: 'https://contoso.example/privacy',
  DEVELOPER_TERMS_URL: 'https://contoso.example/terms'
};

const BUILT_IN_COMMANDS = new Set(['help', 'rules', 'about', 'hilfe', 'regeln']);

/** What each example question in the command menus must be answered with: the point of showing it. */
const exampleAnswers: Record<string, { language: string; verdict: string; firstRule: string }> = {
  'Can Microsoft contact my customer about their subscription renewal?': { language: 'en', verdict: 'no', firstRule: 'subscription-communication' },
  'Will Microsoft tell my customer about a service incident?': { language: 'en', verdict: 'yes', firstRule: 'operational-communication' },
  'My customer also has an Enterprise Agreement. Can Microsoft contact them about it?': { language: 'en', verdict: 'yes', firstRule: 'non-csp-relationship' },
  'Darf Microsoft meinen Kunden zur Verlängerung seines Abonnements kontaktieren?': { language: 'de', verdict: 'no', firstRule: 'subscription-communication' },
  'Informiert Microsoft meinen Kunden über einen Dienstvorfall?': { language: 'de', verdict: 'yes', firstRule: 'operational-communication' },
  'Mein Kunde hat auch ein Enterprise Agreement. Darf Microsoft ihn dazu kontaktieren?': { language: 'de', verdict: 'yes', firstRule: 'non-csp-relationship' }
};

interface CommandList {
  scopes: string[];
  commands: { title: string; description?: string }[];
}

/** The parts of a Teams manifest these specs read; the schema spec checks the whole. */
interface TeamsManifest {
  $schema: string;
  manifestVersion: string;
  id: string;
  version: string;
  developer: { name: string; websiteUrl: string; privacyUrl: string; termsOfUseUrl: string };
  bots: { botId: string; scopes: string[]; supportsFiles: boolean; commandLists: CommandList[] }[];
  composeExtensions: {
    botId: string;
    commands: { id: string; type: string; title: string; initialRun: boolean; parameters: { name: string; title: string }[] }[];
  }[];
}

async function readZip(file: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(file);
  const entries = new Map<string, Buffer>();
  try {
    for await (const entry of zip.eachEntry()) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      entries.set(entry.fileName, Buffer.concat(chunks));
    }
  } finally {
    zip.close();
  }
  return entries;
}

function entryOf(entries: Map<string, Buffer>, name: string): Buffer {
  const bytes = entries.get(name);
  if (bytes === undefined) throw new Error(`${name} is not in the package`);
  return bytes;
}

function jsonOf(entries: Map<string, Buffer>, name: string): unknown {
  return JSON.parse(entryOf(entries, name).toString('utf8'));
}

/** The official schema, compiled here rather than through the packaging code so the check does not trust it. */
function officialSchemaErrors(version: string, fileName: string, document: unknown): string[] {
  const ajv = new Ajv04({ allErrors: true, strictTypes: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(join(teamsSchemasDir, `v${version}`, fileName), 'utf8')) as object);
  validate(document);
  return (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

function newestShippedManifestVersion(): string {
  const minors = readdirSync(teamsSchemasDir)
    .map((name) => /^v1\.(\d+)$/.exec(name)?.[1])
    .filter((minor): minor is string => minor !== undefined)
    .map(Number);
  return `1.${Math.max(...minors)}`;
}

let workDir: string;
const packageFile = (): string => join(workDir, 'appPackage.zip');
const build = (overrides: Partial<BuildAppPackageOptions> = {}) =>
  buildAppPackage({ env: testEnv, dev: false, outFile: packageFile(), ...overrides });

function useFreshWorkDir(setUp: typeof beforeAll, tearDown: typeof afterAll): void {
  setUp(() => {
    workDir = mkdtempSync(join(tmpdir(), 'csp-app-package-'));
  });
  tearDown(() => {
    rmSync(workDir, { recursive: true, force: true });
  });
}

describe('the app package built from the test environment', () => {
  let entries: Map<string, Buffer>;
  let manifest: TeamsManifest;

  useFreshWorkDir(beforeAll, afterAll);
  beforeAll(async () => {
    await build();
    entries = await readZip(packageFile());
    manifest = jsonOf(entries, 'manifest.json') as TeamsManifest;
  });

  it('holds exactly the manifest, the two icons and the German strings', () => {
    expect([...entries.keys()].sort()).toEqual(['color.png', 'de.json', 'manifest.json', 'outline.png']);
  });

  it('declares the newest manifest version that @microsoft/app-manifest ships a schema for', () => {
    const newest = newestShippedManifestVersion();
    expect(manifest.manifestVersion).toBe(newest);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${newest}/MicrosoftTeams.schema.json`);
  });

  it('has a manifest.json that validates against the official Teams schema', () => {
    expect(officialSchemaErrors(manifest.manifestVersion, 'MicrosoftTeams.schema.json', manifest)).toEqual([]);
  });

  it('has a de.json that validates against the official localization schema', () => {
    const german = jsonOf(entries, 'de.json');
    expect(officialSchemaErrors(manifest.manifestVersion, 'MicrosoftTeams.Localization.schema.json', german)).toEqual([]);
  });

  it('leaves no placeholder unfilled', () => {
    for (const name of ['manifest.json', 'de.json']) expect(entryOf(entries, name).toString('utf8')).not.toContain('${{');
  });

  it('takes the app id, bot id, version and developer details from the environment', () => {
    expect(manifest.id).toBe(testEnv.TEAMS_APP_ID);
    expect(manifest.version).toBe(testEnv.TEAMS_APP_VERSION);
    expect(manifest.bots[0]?.botId).toBe(testEnv.MicrosoftAppId);
    expect(manifest.composeExtensions[0]?.botId).toBe(testEnv.MicrosoftAppId);
    expect(manifest.developer).toEqual({
      name: testEnv.DEVELOPER_NAME,
      websiteUrl: testEnv.DEVELOPER_WEBSITE_URL,
      privacyUrl: testEnv.DEVELOPER_PRIVACY_URL,
      termsOfUseUrl: testEnv.DEVELOPER_TERMS_URL
    });
  });

  it('has a 192×192 colour icon and a 32×32 outline icon, both PNG', () => {
    expect(imageSize(entryOf(entries, 'color.png'))).toMatchObject({ type: 'png', width: 192, height: 192 });
    expect(imageSize(entryOf(entries, 'outline.png'))).toMatchObject({ type: 'png', width: 32, height: 32 });
  });

  it('draws the outline icon in white on transparent only', () => {
    const { data } = PNG.sync.read(entryOf(entries, 'outline.png'));
    const pixels = Array.from({ length: data.length / 4 }, (_, i) => [...data.subarray(i * 4, i * 4 + 4)]);
    const offWhite = pixels.filter(([r, g, b, alpha]) => alpha !== 0 && (r !== 255 || g !== 255 || b !== 255));
    expect(offWhite).toEqual([]);
    expect(pixels.some(([, , , alpha]) => alpha === 255)).toBe(true);
  });

  it('offers the bot in personal chat, teams and group chats, with help, rules and about in each', () => {
    const [bot] = manifest.bots;
    expect(bot?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot?.supportsFiles).toBe(false);
    expect(bot?.commandLists.flatMap((list) => list.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of bot?.commandLists ?? []) {
      expect(list.commands.map((command) => command.title).slice(0, 3)).toEqual(['help', 'rules', 'about']);
    }
  });

  it('has a "Search the policy" query command that runs once with an empty query', () => {
    expect(manifest.composeExtensions[0]?.commands).toEqual([
      expect.objectContaining({
        id: 'searchPolicy',
        type: 'query',
        title: 'Search the policy',
        initialRun: true,
        parameters: [expect.objectContaining({ name: 'query', title: 'Question or keyword' })]
      })
    ]);
  });

  it('translates every bot command and the search command into German', () => {
    const german = jsonOf(entries, 'de.json') as Record<string, string>;
    manifest.bots[0]?.commandLists.forEach((list, i) =>
      list.commands.forEach((_command, j) => {
        expect(german[`bots[0].commandLists[${i}].commands[${j}].title`]).toEqual(expect.any(String));
        expect(german[`bots[0].commandLists[${i}].commands[${j}].description`]).toEqual(expect.any(String));
      })
    );
    expect(german['bots[0].commandLists[0].commands[0].title']).toBe('hilfe');
    expect(german['bots[0].commandLists[0].commands[1].title']).toBe('regeln');
    expect(german['composeExtensions[0].commands[0].title']).toBe('Richtlinie durchsuchen');
    expect(german['composeExtensions[0].commands[0].parameters[0].title']).toBe('Frage oder Stichwort');
  });

  it('shows example questions the bot answers with the verdict they illustrate, in their language', () => {
    const german = jsonOf(entries, 'de.json') as Record<string, string>;
    const englishTitles = manifest.bots.flatMap((bot) => bot.commandLists.flatMap((list) => list.commands.map((command) => command.title)));
    const germanTitles = Object.entries(german)
      .filter(([key]) => /^bots\[0\]\.commandLists\[\d+\]\.commands\[\d+\]\.title$/.test(key))
      .map(([, title]) => title);
    const examples = [...new Set([...englishTitles, ...germanTitles])].filter((title) => !BUILT_IN_COMMANDS.has(title));

    expect(examples.sort()).toEqual(Object.keys(exampleAnswers).sort());
    for (const question of examples) {
      const answer = decide(question, understand(question));
      expect({ question, language: answer.language, verdict: answer.verdict, firstRule: answer.rules[0] }).toEqual({
        question,
        ...exampleAnswers[question]
      });
    }
  });
});

describe('packaging defaults', () => {
  useFreshWorkDir(beforeEach, afterEach);

  it('uses the bot id as app id and the package.json version when those are not set', async () => {
    const { TEAMS_APP_ID: _appId, TEAMS_APP_VERSION: _version, ...env } = testEnv;
    await build({ env });
    const manifest = jsonOf(await readZip(packageFile()), 'manifest.json') as TeamsManifest;
    const packageJson = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(manifest.id).toBe(testEnv.MicrosoftAppId);
    expect(manifest.version).toBe(packageJson.version);
  });

  it('with dev, packages without MicrosoftAppId using placeholder ids, and says so', async () => {
    const { MicrosoftAppId: _botId, TEAMS_APP_ID: _appId, ...env } = testEnv;
    const built = await build({ env, dev: true });
    const manifest = jsonOf(await readZip(packageFile()), 'manifest.json') as TeamsManifest;
    expect([manifest.id, manifest.bots[0]?.botId]).toEqual([DEV_PLACEHOLDER_ID, DEV_PLACEHOLDER_ID]);
    expect(built.notices.join('\n')).toContain(DEV_PLACEHOLDER_ID);
  });
});

describe('packaging refuses, writing nothing', () => {
  useFreshWorkDir(beforeEach, afterEach);

  async function refusal(options: Partial<BuildAppPackageOptions>): Promise<PackagingError> {
    const error: unknown = await build(options).then(
      () => undefined,
      (thrown: unknown) => thrown
    );
    expect(existsSync(packageFile())).toBe(false);
    if (!(error instanceof PackagingError)) throw new Error(`expected a PackagingError, got ${String(error)}`);
    return error;
  }

  it('a MicrosoftAppId that is not a GUID, naming the variable', async () => {
    const error = await refusal({ env: { ...testEnv, MicrosoftAppId: 'my-bot' } });
    expect(error.code).toBe('PKG002');
    expect(error.message).toContain('MicrosoftAppId is "my-bot"; it must be a GUID');
  });

  it('a missing MicrosoftAppId without dev, saying how to set it and how to build for inspection', async () => {
    const { MicrosoftAppId: _botId, ...env } = testEnv;
    const error = await refusal({ env });
    expect(error.code).toBe('PKG001');
    expect(error.message).toContain('MicrosoftAppId is not set');
    expect(error.message).toContain('npm run package -- --dev');
  });

  it('a TEAMS_APP_VERSION that is not three numbers', async () => {
    const error = await refusal({ env: { ...testEnv, TEAMS_APP_VERSION: 'v2' } });
    expect(error.code).toBe('PKG003');
    expect(error.message).toContain('TEAMS_APP_VERSION is "v2"');
  });

  it('a manifest that does not validate, listing where it breaks the schema', async () => {
    const manifestDir = join(workDir, 'manifest');
    cpSync(defaultManifestDir, manifestDir, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(manifestDir, 'manifest.json'), JSON.stringify({ ...manifest, accentColor: 'blue' }));
    const error = await refusal({ manifestDir });
    expect(error.code).toBe('PKG007');
    expect(error.message).toContain('/accentColor must match pattern');
  });
});
