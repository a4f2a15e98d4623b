import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import policyData from './customer-communication.json';
import { policySchema, type Policy, type Rule, type RuleId } from './rule';

/** The policy, validated once when the module loads: a bad data file stops the start, not a later answer. */
export const policy: Policy = policySchema.parse(policyData);

const rulesById = new Map<RuleId, Rule>(policy.rules.map((rule) => [rule.id, rule]));

export function ruleById(id: RuleId): Rule {
  const rule = rulesById.get(id);
  // Unreachable while the schema demands every id; kept as a guard against a narrowed schema.
  if (!rule) throw new RangeError(`unknown rule id ${id}`);
  return rule;
}

/** The source page as stored in this repository (the German page with the English original beside it). */
export function readSourcePage(): string {
  return readFileSync(join(__dirname, policy.source.file), 'utf8');
}
