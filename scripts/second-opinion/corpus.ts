import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseItems, readItems, type Item } from '../../src/evaluation/score';

export const repositoryRoot = resolve(__dirname, '../..');
/**
 * The labelled questions the second opinion learns from, all in the repository so every clone trains the same model:
 * the open corpus (one file per independent author) and the team's own question set; never a sealed file, and not the
 * team's development set, which lives outside the repository.
 */
export const OPEN_CORPUS = join(repositoryRoot, 'test/corpus/open');
export const TEAM_QUESTIONS = join(repositoryRoot, 'test/fixtures/questions.jsonl');
export const MODEL_FILE = join(repositoryRoot, 'src/secondOpinion/model.json');
const PERTURB = join(repositoryRoot, 'scripts/eval/perturb.mjs');

export interface AuthorSet {
  author: string;
  file: string;
  items: Item[];
}

/** Each open author's file in name order (the checkers' *.changes.jsonl logs are not sets), then the team's own set. */
export function labelledSets(): AuthorSet[] {
  const authors = readdirSync(OPEN_CORPUS)
    .filter((name) => name.endsWith('.jsonl') && !name.endsWith('.changes.jsonl'))
    .sort()
    .map((name) => ({ author: name.replace(/\.jsonl$/, ''), file: join(OPEN_CORPUS, name), items: readItems(join(OPEN_CORPUS, name)) }));
  return [...authors, { author: 'team', file: TEAM_QUESTIONS, items: readItems(TEAM_QUESTIONS) }];
}

/**
 * The messy variants of a set's questions, labels unchanged (scripts/eval/perturb.mjs: lower case without punctuation,
 * one typo, chat noise, no umlauts), in a fixed order: the second opinion also learns from them.
 */
export function messyItems(set: AuthorSet): Item[] {
  return parseItems(execFileSync(process.execPath, [PERTURB, set.file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }), set.file);
}
