/**
 * `npm run cards:validate`: checks every card the bot renders against the official Adaptive Cards 1.5
 * JSON schema: each template with its sample data, and rendered cards for every verdict in English and
 * German, plus the help, rules, about and notice cards. The schema comes from the team's shared folder
 * next to this repository; a clone without it skips this check (the jest card tests still run the
 * adaptivecards parser over every card).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import draft06 from 'ajv/dist/refs/json-schema-draft-06.json';
import { cardsDirectory, expandTemplate } from '../src/cards/templates';
import { templateNames, viewSchemas } from '../src/cards/views';
import type { AdaptiveCard } from '../src/conversation/turn';
import { everyCard } from '../test/cards/support/every-card';

const schemaFile = join(__dirname, '..', '..', 'shared', 'schemas', 'adaptive-card-1.5.json');

/** The Teams-only card property, which the schema (additionalProperties: false) does not know. */
const TEAMS_PROPERTY = 'msteams';

/** Keywords the official schema uses for its own documentation; they do not constrain a card. */
const SCHEMA_ANNOTATIONS = ['version', 'features', 'example'];

function compileSchema(): ValidateFunction {
  const schema = JSON.parse(readFileSync(schemaFile, 'utf8')) as { id: string } & Record<string, unknown>;
  // The file is draft-06, which names its identifier `id`; ajv 8 reads `$id`.
  const { id, ...rest } = schema;
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  ajv.addMetaSchema(draft06);
  ajv.addVocabulary(SCHEMA_ANNOTATIONS);
  addFormats(ajv);
  return ajv.compile({ $id: id, ...rest });
}

/** Teams reads `msteams.width: "Full"` and `msteams.entities` (mentions); anything else is a typo. */
function teamsPropertyProblems(card: AdaptiveCard): string[] {
  const teams = card[TEAMS_PROPERTY];
  if (teams === undefined) return [];
  if (typeof teams !== 'object' || teams === null || Array.isArray(teams)) return [`${TEAMS_PROPERTY} must be an object`];
  const problems = Object.keys(teams)
    .filter((key) => key !== 'width' && key !== 'entities')
    .map((key) => `${TEAMS_PROPERTY}.${key} is not a Teams card property`);
  const { width } = teams as { width?: unknown };
  if (width !== undefined && width !== 'Full') problems.push(`${TEAMS_PROPERTY}.width must be "Full"`);
  return problems;
}

function schemaProblems(validate: ValidateFunction, card: AdaptiveCard): string[] {
  const { [TEAMS_PROPERTY]: _teams, ...standard } = card;
  if (validate(standard)) return [];
  return (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? ''} ${JSON.stringify(error.params)}`);
}

const PROBLEMS_SHOWN = 8;

/** Each template with its sample data, and every card the renderer produces (the list the card tests use). */
function cardsToCheck(): Array<[string, AdaptiveCard]> {
  const samples = templateNames.map((name): [string, AdaptiveCard] => [
    `cards/${name}.json with cards/samples/${name}.json`,
    expandTemplate(name, viewSchemas[name].parse(JSON.parse(readFileSync(join(cardsDirectory, 'samples', `${name}.json`), 'utf8'))))
  ]);
  return [...samples, ...everyCard()];
}

function main(): number {
  if (!existsSync(schemaFile)) {
    console.log(
      `Skipped: the Adaptive Cards 1.5 schema is not at ${relative(process.cwd(), schemaFile)} (it comes with the maintainers' shared ` +
        'folder, not with this repository). The card tests in `npm test` still check every card with the adaptivecards parser.'
    );
    return 0;
  }
  const validate = compileSchema();
  const cards = cardsToCheck();
  let invalid = 0;
  for (const [label, card] of cards) {
    const problems = [...schemaProblems(validate, card), ...teamsPropertyProblems(card)];
    if (problems.length === 0) continue;
    invalid++;
    console.error(`✗ ${label}`);
    // The schema is built from anyOf alternatives, so one mistake yields many lines; the first ones locate it.
    for (const problem of problems.slice(0, PROBLEMS_SHOWN)) console.error(`    ${problem}`);
    if (problems.length > PROBLEMS_SHOWN) console.error(`    … and ${problems.length - PROBLEMS_SHOWN} more`);
  }
  if (invalid > 0) {
    console.error(`${invalid} of ${cards.length} cards do not match the Adaptive Cards 1.5 schema.`);
    return 1;
  }
  console.log(`✓ ${cards.length} cards match the Adaptive Cards 1.5 schema (${relative(process.cwd(), schemaFile)}).`);
  return 0;
}

process.exitCode = main();
