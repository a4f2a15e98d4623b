import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { imageSize } from 'image-size';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import { PackagingError } from './packaging-error';
import { compileTeamsSchema, describeErrors, hasSchemasFor } from './teams-schemas';

const repoRoot = join(__dirname, '..', '..');
export const defaultManifestDir = join(repoRoot, 'manifest');
const defaultPackageFile = join(repoRoot, 'build', 'appPackage.zip');

/** Stands in for the ids of a package built with `--dev`: schema-valid, but no bot answers to it in Teams. */
export const DEV_PLACEHOLDER_ID = '00000000-0000-0000-0000-000000000000';

/** The policy page the bot answers from: the app's website until the deployer names their own. */
const DEFAULT_WEBSITE_URL = 'https://learn.microsoft.com/partner-center/customer-communication';
const DEFAULT_DEVELOPER_NAME = 'csp-comms-bot';

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
/** The Teams schema's `semver` definition: three numbers, no pre-release or build suffix. */
const APP_VERSION = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

const ICON_SIZES = { color: 192, outline: 32 } as const;

/** The parts of a (schema-valid) manifest that decide what goes into the package. */
const packagedFilesSchema = z.object({
  manifestVersion: z.string(),
  icons: z.object({ color: z.string(), outline: z.string() }),
  localizationInfo: z
    .object({
      defaultLanguageFile: z.string().optional(),
      additionalLanguages: z.array(z.object({ file: z.string() })).optional()
    })
    .optional()
});

export interface BuildAppPackageOptions {
  /** Where MicrosoftAppId, TEAMS_APP_ID, TEAMS_APP_VERSION and the DEVELOPER_* values come from. */
  env: Record<string, string | undefined>;
  /** Allow a missing MicrosoftAppId: fill placeholder ids, for checking the package rather than installing it. */
  dev: boolean;
  manifestDir?: string;
  outFile?: string;
}

export interface BuiltAppPackage {
  file: string;
  /** Things the person packaging should know, e.g. defaults that stand in for their own values. */
  notices: string[];
}

function setting(env: Record<string, string | undefined>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function requireGuid(name: string, value: string): string {
  if (!GUID.test(value)) {
    throw new PackagingError('PKG002', `${name} is "${value}"; it must be a GUID such as 8f3c2d1e-4b5a-4c6d-9e8f-0a1b2c3d4e5f.`);
  }
  return value;
}

function requireHttps(name: string, value: string): string {
  let protocol: string;
  try {
    protocol = new URL(value).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:') throw new PackagingError('PKG004', `${name} is "${value}"; Teams needs an https:// URL.`);
  return value;
}

function packageJsonVersion(): string {
  const { version } = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')));
  return version;
}

/** The value of every placeholder the manifest may use, from the environment, checked before anything is built. */
function placeholderValues(env: Record<string, string | undefined>, dev: boolean, notices: string[]): Record<string, string> {
  let botId = setting(env, 'MicrosoftAppId');
  if (botId === undefined) {
    if (!dev) {
      throw new PackagingError(
        'PKG001',
        'MicrosoftAppId is not set. Set it to the Microsoft App ID of the bot\'s Azure registration (the same value the bot server uses), ' +
          'e.g. `MicrosoftAppId=<guid> npm run package`. To build a package only to inspect or validate it, run `npm run package -- --dev`.'
      );
    }
    botId = DEV_PLACEHOLDER_ID;
    notices.push(`--dev: bot id and app id are the placeholder ${DEV_PLACEHOLDER_ID}; use this package to inspect or validate it, not to install it.`);
  }
  requireGuid('MicrosoftAppId', botId);

  const appId = requireGuid('TEAMS_APP_ID', setting(env, 'TEAMS_APP_ID') ?? botId);

  const version = setting(env, 'TEAMS_APP_VERSION') ?? packageJsonVersion();
  if (!APP_VERSION.test(version)) {
    throw new PackagingError('PKG003', `TEAMS_APP_VERSION is "${version}"; use three numbers such as 1.0.0, and raise it for every upload that updates the app.`);
  }

  const websiteUrl = requireHttps('DEVELOPER_WEBSITE_URL', setting(env, 'DEVELOPER_WEBSITE_URL') ?? DEFAULT_WEBSITE_URL);
  const linkOrWebsite = (name: string, what: string): string => {
    const value = setting(env, name);
    if (value !== undefined) return requireHttps(name, value);
    notices.push(`${name} is not set: the app links ${websiteUrl} as its ${what}. Set it to your organisation's ${what} before rolling the app out.`);
    return websiteUrl;
  };

  return {
    MicrosoftAppId: botId,
    TEAMS_APP_ID: appId,
    TEAMS_APP_VERSION: version,
    DEVELOPER_NAME: setting(env, 'DEVELOPER_NAME') ?? DEFAULT_DEVELOPER_NAME,
    DEVELOPER_WEBSITE_URL: websiteUrl,
    DEVELOPER_PRIVACY_URL: linkOrWebsite('DEVELOPER_PRIVACY_URL', 'privacy statement'),
    DEVELOPER_TERMS_URL: linkOrWebsite('DEVELOPER_TERMS_URL', 'terms of use')
  };
}

/** Replaces `${{NAME}}` in every string of a parsed JSON document; JSON escaping stays the serializer's job. */
function fillPlaceholders(value: unknown, values: Record<string, string>, fileName: string): unknown {
  if (typeof value === 'string') {
    return value.replace(PLACEHOLDER, (_match, name: string) => {
      const filled = values[name];
      if (filled === undefined) {
        throw new PackagingError('PKG005', `${fileName} uses \${{${name}}}; packaging fills only ${Object.keys(values).join(', ')}.`);
      }
      return filled;
    });
  }
  if (Array.isArray(value)) return value.map((item) => fillPlaceholders(item, values, fileName));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fillPlaceholders(item, values, fileName)]));
  }
  return value;
}

function readPackageFile(manifestDir: string, fileName: string): Buffer {
  try {
    return readFileSync(join(manifestDir, fileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new PackagingError('PKG010', `${fileName} is not in ${manifestDir}, but the package needs it.`);
    }
    throw error;
  }
}

function readFilledJson(manifestDir: string, fileName: string, values: Record<string, string>): unknown {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readPackageFile(manifestDir, fileName).toString('utf8'));
  } catch (error) {
    if (error instanceof SyntaxError) throw new PackagingError('PKG011', `${fileName}: ${error.message}`);
    throw error;
  }
  return fillPlaceholders(parsed, values, fileName);
}

function checkIcon(manifestDir: string, fileName: string, size: number): Buffer {
  const bytes = readPackageFile(manifestDir, fileName);
  const { type, width, height } = imageSize(bytes);
  if (type !== 'png' || width !== size || height !== size) {
    throw new PackagingError('PKG009', `${fileName} is a ${width}×${height} ${type ?? 'unknown'} image; Teams needs a ${size}×${size} PNG.`);
  }
  return bytes;
}

function writeZip(outFile: string, entries: Map<string, Buffer>): Promise<void> {
  mkdirSync(dirname(outFile), { recursive: true });
  // Written beside the target and renamed, so an interrupted run never leaves a truncated package to upload.
  const partFile = `${outFile}.part`;
  const zip = new ZipFile();
  for (const [name, bytes] of entries) zip.addBuffer(bytes, name);
  zip.end();
  return new Promise<void>((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => {
      try {
        writeFileSync(partFile, Buffer.concat(chunks));
        renameSync(partFile, outFile);
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}

/**
 * Builds the Teams app package: fills the manifest's placeholders from the environment, validates the manifest and
 * every language file against the official schemas of its manifestVersion, checks the icons, and only then writes
 * the zip. Throws a PackagingError, and writes nothing, when any of that fails.
 */
export async function buildAppPackage(options: BuildAppPackageOptions): Promise<BuiltAppPackage> {
  const manifestDir = options.manifestDir ?? defaultManifestDir;
  const outFile = options.outFile ?? defaultPackageFile;
  const notices: string[] = [];
  const values = placeholderValues(options.env, options.dev, notices);

  const manifest = readFilledJson(manifestDir, 'manifest.json', values);
  const manifestVersion = z.object({ manifestVersion: z.string() }).safeParse(manifest).data?.manifestVersion;
  if (manifestVersion === undefined || !hasSchemasFor(manifestVersion)) {
    throw new PackagingError(
      'PKG006',
      `manifest.json declares manifestVersion ${JSON.stringify(manifestVersion ?? null)}; @microsoft/app-manifest ships schemas only for the versions in its build/json-schemas/teams/.`
    );
  }
  const validateManifest = compileTeamsSchema(manifestVersion, 'manifest');
  if (!validateManifest(manifest)) {
    throw new PackagingError('PKG007', `manifest.json (v${manifestVersion}):\n  ${describeErrors(validateManifest).join('\n  ')}`);
  }

  const files = packagedFilesSchema.parse(manifest);
  const entries = new Map<string, Buffer>([['manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`)]]);
  entries.set(files.icons.color, checkIcon(manifestDir, files.icons.color, ICON_SIZES.color));
  entries.set(files.icons.outline, checkIcon(manifestDir, files.icons.outline, ICON_SIZES.outline));

  const languageFiles = [files.localizationInfo?.defaultLanguageFile, ...(files.localizationInfo?.additionalLanguages ?? []).map(({ file }) => file)];
  const validateLanguage = compileTeamsSchema(manifestVersion, 'localization');
  for (const fileName of languageFiles) {
    if (fileName === undefined) continue;
    const strings = readFilledJson(manifestDir, fileName, values);
    if (!validateLanguage(strings)) {
      throw new PackagingError('PKG008', `${fileName} (v${manifestVersion}):\n  ${describeErrors(validateLanguage).join('\n  ')}`);
    }
    entries.set(fileName, Buffer.from(`${JSON.stringify(strings, null, 2)}\n`));
  }

  await writeZip(outFile, entries);
  return { file: outFile, notices };
}
