import { writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { train } from '../../src/secondOpinion/secondOpinion';
import { MODEL_FILE, labelledSets, messyItems, repositoryRoot } from './corpus';

/**
 * Regenerates src/secondOpinion/model.json from the open corpus and the team's own questions, each set followed by
 * its messy variants (cross-validation over authors found the model more right on unseen authors' plain questions
 * too; docs/UNDERSTANDING.md); run twice, the same bytes.
 *   npm run train:second-opinion [-- --out FILE]
 */
const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ? resolve(values.out) : MODEL_FILE;
const sets = labelledSets();
const questions = sets.flatMap((set) => [...set.items, ...messyItems(set)]);
writeFileSync(out, `${train(questions)}\n`);
console.log(`${relative(repositoryRoot, out)}: ${questions.length} questions and messy variants from ${sets.map((set) => set.author).join(', ')}`);
