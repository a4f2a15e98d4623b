/**
 * `npm run package [-- --dev]`: writes build/appPackage.zip for uploading to Teams. The ids, version and developer
 * links come from the environment (see scripts/app-package/build-app-package.ts); `--dev` allows placeholder ids.
 */
import { relative } from 'node:path';
import { buildAppPackage } from './app-package/build-app-package';
import { PackagingError } from './app-package/packaging-error';

const USAGE = 'usage: npm run package [-- --dev]';

/** Without a bot id the package still builds, for validation and inspection, with a placeholder id and a loud warning. */
function wantsPlaceholderIds(args: string[], env: NodeJS.ProcessEnv): boolean {
  if (args.includes('--dev')) return true;
  if ((env.MicrosoftAppId ?? '').trim() !== '') return false;
  console.warn(
    'warning: MicrosoftAppId is not set, so this package carries a placeholder bot id: fine to inspect or validate, ' +
      'but a bot installed from it never answers. Set MicrosoftAppId to your Azure Bot id for a real install.'
  );
  return true;
}

async function main(args: string[]): Promise<number> {
  const unknown = args.filter((arg) => arg !== '--dev');
  if (unknown.length > 0) {
    console.error(`Unknown argument ${unknown.join(' ')}; ${USAGE}`);
    return 2;
  }
  try {
    const built = await buildAppPackage({ env: process.env, dev: wantsPlaceholderIds(args, process.env) });
    // Without --dev the warning above has said why the ids are placeholders; a note naming --dev would confuse.
    const notices = args.includes('--dev') ? built.notices : built.notices.filter((notice) => !notice.startsWith('--dev:'));
    for (const notice of notices) console.warn(`note: ${notice}`);
    console.log(`Wrote ${relative(process.cwd(), built.file)}`);
    return 0;
  } catch (error) {
    if (!(error instanceof PackagingError)) throw error;
    console.error(`No package written. ${error.message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
