import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { policy, readSourcePage } from '../../src/policy/policy';
import { ruleIdSchema } from '../../src/policy/rule';

const rulesMd = readFileSync(join(__dirname, '../../src/policy/source/RULES.md'), 'utf8');
/** The part of RULES.md that states the rules, before the verdict table. */
const ruleSection = rulesMd.split('## What a question asks')[0] as string;
const page = readSourcePage();

/** The ids RULES.md fixes: the four in its table, and the applies-to scope. */
function idsInRulesMd(): string[] {
  const tableIds = [...ruleSection.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1] as string);
  const scopeId = /\(rule id `([a-z-]+)`\)/.exec(ruleSection)?.[1];
  return scopeId ? [scopeId, ...tableIds] : tableIds;
}

describe('policy data', () => {
  it('has every rule id that RULES.md fixes, and no other', () => {
    const ids = idsInRulesMd();
    expect(ids).toHaveLength(5);
    expect(policy.rules.map((rule) => rule.id).sort()).toEqual([...ids].sort());
    expect(ruleIdSchema.options.slice().sort()).toEqual([...ids].sort());
  });

  it.each(policy.rules.flatMap((rule) => [...rule.quote.en, ...rule.quote.de].map((quote) => [rule.id, quote])))(
    '%s quotes the source page word for word: %s',
    (_id, quote) => {
      expect(page).toContain(quote);
    }
  );

  it('quotes each rule as RULES.md gives it, in English and German', () => {
    for (const rule of policy.rules.filter((candidate) => candidate.id !== 'applies-to')) {
      const row = ruleSection.split('\n').find((line) => line.startsWith(`| \`${rule.id}\` |`));
      expect(row).toBeDefined();
      const [, english, german] = (row as string).split(' | ');
      expect(rule.quote.en).toEqual([english]);
      expect(rule.quote.de).toEqual([german?.replace(/ \|$/, '')]);
    }
  });

  it('names the page date and both public URLs of the source', () => {
    expect(page).toContain(`ms.date: 11/20/2019`);
    expect(policy.source.pageDate).toBe('2019-11-20');
    expect(policy.source.url.en).toBe('https://learn.microsoft.com/partner-center/customer-communication');
    expect(policy.source.url.de).toBe('https://learn.microsoft.com/de-de/partner-center/customer-communication');
  });
});
