import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('npm run package on a fresh clone', () => {
  it('writes the app package without a bot id, warning that it is only for inspection', () => {
    const env: NodeJS.ProcessEnv = { ...process.env, HOME: mkdtempSync(join(tmpdir(), 'package-')) };
    delete env.MicrosoftAppId;
    const started = Date.now();

    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/package-app.ts'], { cwd: root, env, encoding: 'utf8', timeout: 60_000 });

    expect(result.status).toBe(0);
    expect(result.stderr).toContain('MicrosoftAppId is not set');
    expect(result.stderr).not.toContain('--dev');
    expect(result.stdout).toContain('Wrote build/appPackage.zip');
    const zip = join(root, 'build/appPackage.zip');
    expect(existsSync(zip)).toBe(true);
    expect(statSync(zip).mtimeMs).toBeGreaterThanOrEqual(started - 1000);
  });
});
