/**
 * `npm run toolkit:schema [-- <version>]`: copies the Agents Toolkit YAML schema out of the npm package
 * @microsoft/m365agentstoolkit-cli (default 1.1.17) into test/deployment/schema/. `npm pack` downloads only the
 * package's own tarball (no dependencies, no install scripts); tar reads the one file out of it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCHEMA_VERSION = 'v1.11';
const version = process.argv[2] ?? '1.1.17';
const target = join(__dirname, '..', '..', 'test', 'deployment', 'schema', `m365agents-yaml-${SCHEMA_VERSION}.schema.json`);

const folder = mkdtempSync(join(tmpdir(), 'atk-schema-'));
try {
  const tarball = execFileSync('npm', ['pack', `@microsoft/m365agentstoolkit-cli@${version}`, '--silent', '--pack-destination', folder], {
    encoding: 'utf8'
  }).trim();
  const inside = `package/resource/yaml-schema/${SCHEMA_VERSION}/yaml.schema.json`;
  execFileSync('tar', ['-xzf', join(folder, tarball), '-C', folder, inside]);
  const schema = readFileSync(join(folder, inside), 'utf8');
  JSON.parse(schema);
  writeFileSync(target, schema);
  console.log(`Wrote ${target} from @microsoft/m365agentstoolkit-cli@${version}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
