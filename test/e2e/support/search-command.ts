import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { SearchCommand } from './playground-page';

const manifestFile = join(__dirname, '..', '..', '..', 'manifest', 'manifest.json');

const manifestSchema = z.object({
  composeExtensions: z.array(
    z.object({
      commands: z.array(z.object({ id: z.string(), type: z.string(), parameters: z.array(z.object({ name: z.string() })) }))
    })
  )
});

/** The message extension's search command as the app manifest declares it: what Teams would tell the client. */
export function searchCommand(): SearchCommand {
  const manifest = manifestSchema.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const command = manifest.composeExtensions.flatMap((extension) => extension.commands).find((each) => each.type === 'query');
  const parameter = command?.parameters[0];
  if (!command || !parameter) throw new Error(`${manifestFile} declares no search command with a parameter`);
  return { id: command.id, parameter: parameter.name };
}
