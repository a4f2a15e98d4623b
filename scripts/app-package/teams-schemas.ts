import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** Where @microsoft/app-manifest keeps the official Teams schemas, one folder per manifest version (v1.30, ...). */
export const teamsSchemasDir = join(dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

export function schemaFileFor(manifestVersion: string, kind: 'manifest' | 'localization'): string {
  const fileName = kind === 'manifest' ? 'MicrosoftTeams.schema.json' : 'MicrosoftTeams.Localization.schema.json';
  return join(teamsSchemasDir, `v${manifestVersion}`, fileName);
}

export function hasSchemasFor(manifestVersion: string): boolean {
  return existsSync(schemaFileFor(manifestVersion, 'manifest')) && existsSync(schemaFileFor(manifestVersion, 'localization'));
}

/** Compiles one official schema (draft-04) for offline validation. */
export function compileTeamsSchema(manifestVersion: string, kind: 'manifest' | 'localization'): ValidateFunction {
  const ajv = new Ajv04({
    allErrors: true,
    // The official schemas declare keywords without their "type" in places; that is legal JSON Schema.
    strictTypes: false,
    // The localization schema has patterns such as `\b]` that are valid ECMA-262 regexes only without the u flag.
    unicodeRegExp: false
  });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFileFor(manifestVersion, kind), 'utf8')) as object);
}

/** Ajv's errors as one line each: where, what. */
export function describeErrors(validate: ValidateFunction): string[] {
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}
