import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { languageSchema, type Language } from '../language/language';
import type { Answer } from '../policy/answer';
import { policy, ruleById } from '../policy/policy';
import { ask } from '../engine/ask';

const usage = `Usage:
  npm run ask -- "question"            readable answer
  npm run ask -- --json "question"     one JSON object
  npm run ask -- [--lang en|de]        questions from standard input, one a line; JSON Lines out
Options:
  --json         print {question, language, verdict, rules, confidence, facts, reading, customerSentence}
  --lang en|de   answer in this language whatever the question's language
  -h, --help     this text`;

/**
 * What to tell the customer: a definite answer's sentence; for "it depends", one per case, each with its case;
 * null when the question is not covered.
 */
function customerSentenceOf(answer: Answer): string | Array<{ when: string; customerSentence: string }> | null {
  if (answer.depends) return answer.depends.cases.map(({ when, customerSentence }) => ({ when, customerSentence }));
  return answer.customerSentence ?? null;
}

function jsonOf(answer: Answer): string {
  const { question, language, verdict, rules, confidence, facts, reading } = answer;
  const readingOut = { text: reading.text, ...(reading.flip ? { flip: { label: reading.flip.label, facts: reading.flip.facts } } : {}) };
  return JSON.stringify({ question, language, verdict, rules, confidence, facts, reading: readingOut, customerSentence: customerSentenceOf(answer) });
}

const tellTheCustomer = { en: 'Tell the customer', de: 'Dem Kunden sagen' } as const;

function readable(answer: Answer): string {
  const lines = [`${answer.headline}`, '', answer.summary];
  const [first] = answer.rules;
  if (answer.customerSentence) lines.push('', `${tellTheCustomer[answer.language]}: ${answer.customerSentence}`);
  if (answer.depends) {
    lines.push('', answer.depends.prompt);
    for (const branch of answer.depends.cases) {
      lines.push(`  - ${branch.when}: ${branch.verdict} (${branch.rule})`, `    ${tellTheCustomer[answer.language]}: ${branch.customerSentence}`);
    }
  }
  for (const id of answer.rules) {
    const rule = ruleById(id);
    lines.push('', `[${id}] ${rule.title[answer.language]}`);
    // The English original is authoritative; the German page is a machine translation, so it comes second.
    if (answer.language === 'en') for (const passage of rule.quote.en) lines.push(`  “${passage}”`);
    else {
      for (const passage of rule.quote.en) lines.push(`  (English original) “${passage}”`);
      for (const passage of rule.quote[answer.language]) lines.push(`  (German page) “${passage}”`);
    }
  }
  if (first && answer.verdict !== 'depends') lines.push('', ruleById(first).partnerAction[answer.language]);
  if (answer.followUps.length > 0) {
    lines.push('');
    for (const followUp of answer.followUps) lines.push(`  ? ${followUp.question}`);
  }
  if (answer.rules.length > 0) {
    lines.push('', `${policy.source.title[answer.language]} (${policy.source.pageDate}): ${policy.source.url[answer.language]}`);
  }
  lines.push(answer.reading.text);
  if (answer.reading.flip) lines.push(`  ? ${answer.reading.flip.label}`);
  lines.push(`verdict: ${answer.verdict} · rules: ${answer.rules.join(', ') || '–'} · confidence: ${answer.confidence}`);
  return lines.join('\n');
}

async function answerStdin(language: Language | undefined): Promise<void> {
  // On a terminal, silence would look like a hang: say what it waits for (on stderr, so piped output stays JSON).
  if (process.stdin.isTTY) process.stderr.write('Waiting for questions, one a line (answers as JSON lines); Ctrl+D to end.\n');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  const out: string[] = [];
  for await (const line of lines) {
    if (line.trim() === '') continue;
    out.push(jsonOf(ask(line, language ? { language } : {})));
    if (out.length >= 256) process.stdout.write(out.splice(0).join('\n') + '\n');
  }
  if (out.length > 0) process.stdout.write(out.join('\n') + '\n');
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean' }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  let language: Language | undefined;
  if (parsed.values.lang !== undefined) {
    const checked = languageSchema.safeParse(parsed.values.lang);
    if (!checked.success) {
      process.stderr.write(`--lang must be en or de, not "${parsed.values.lang}"\n`);
      return 2;
    }
    language = checked.data;
  }
  const question = parsed.positionals.join(' ').trim();
  if (question === '') {
    await answerStdin(language);
    return 0;
  }
  const answer = ask(question, language ? { language } : {});
  process.stdout.write(`${parsed.values.json ? jsonOf(answer) : readable(answer)}\n`);
  return 0;
}

main().then((code) => {
  process.exitCode = code;
});
