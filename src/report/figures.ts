import { readAs } from '../understanding/readAs';
import { ruleById } from '../policy/policy';
import { verdictSchema, type Verdict } from '../policy/rule';
import { missKindSchema, type MissKind } from '../records/unanswered';
import type { StoredRecords } from './records';

const DAY_MS = 24 * 60 * 60 * 1000;
/** Questions shown under each group of unanswered questions. */
const EXAMPLES_PER_GROUP = 3;

export type ByVerdict = Record<Verdict, number>;
export type ByKind = Record<MissKind, number>;

/** What the report shows, computed from the records alone; nothing in it names or identifies a user. */
export interface Figures {
  /** The first and last day of the period (UTC), inclusive. */
  period: { from: string; to: string; days: number };
  generatedAt: string;
  answered: { total: number; byVerdict: ByVerdict; perDay: Array<{ day: string; byVerdict: ByVerdict }> };
  feedback: {
    helpful: number;
    notHelpful: number;
    /** Every rule an answer that got feedback quoted, most judged first; "not-covered" for answers without a rule. */
    perRule: Array<{ rule: string; title: string; helpful: number; notHelpful: number }>;
  };
  unanswered: {
    total: number;
    byKind: ByKind;
    /** By what the bot read the question as, most frequent first. */
    groups: Array<{ readAs: string; count: number; byKind: ByKind; examples: string[] }>;
  };
  experts: {
    asked: number;
    answered: number;
    closed: number;
    /** Every question still waiting for the experts, whenever it was asked; oldest first. */
    pending: Array<{ question: string; status: 'open' | 'taken'; askedAt: string; ageHours: number }>;
  };
  unreadable: number;
}

const zeroVerdicts = (): ByVerdict => Object.fromEntries(verdictSchema.options.map((verdict) => [verdict, 0])) as ByVerdict;
const zeroKinds = (): ByKind => Object.fromEntries(missKindSchema.options.map((kind) => [kind, 0])) as ByKind;

function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The figures of the `days` days up to and including the day of `now` (UTC). */
export function computeFigures(records: StoredRecords, options: { days: number; now: Date }): Figures {
  const { days, now } = options;
  const to = dayOf(now);
  const fromDate = new Date(Date.parse(`${to}T00:00:00.000Z`) - (days - 1) * DAY_MS);
  const from = dayOf(fromDate);
  const inPeriod = (time: string) => time.slice(0, 10) >= from && time.slice(0, 10) <= to;

  const perDay = new Map<string, ByVerdict>();
  for (let day = fromDate.getTime(); dayOf(new Date(day)) <= to; day += DAY_MS) perDay.set(dayOf(new Date(day)), zeroVerdicts());
  const total = zeroVerdicts();
  for (const record of records.counts) {
    const day = perDay.get(record.day);
    if (!day) continue;
    for (const verdict of verdictSchema.options) {
      const count = record.counts[verdict] ?? 0;
      day[verdict] += count;
      total[verdict] += count;
    }
  }

  const rules = new Map<string, { helpful: number; notHelpful: number }>();
  let helpful = 0;
  let notHelpful = 0;
  for (const record of records.feedback.filter((each) => inPeriod(each.time))) {
    if (record.helpful) helpful += 1;
    else notHelpful += 1;
    for (const rule of record.rules.length > 0 ? record.rules : ['not-covered']) {
      const counts = rules.get(rule) ?? { helpful: 0, notHelpful: 0 };
      counts[record.helpful ? 'helpful' : 'notHelpful'] += 1;
      rules.set(rule, counts);
    }
  }
  const perRule = [...rules]
    .map(([rule, counts]) => ({
      rule,
      title: rule === 'not-covered' ? 'Not covered (no rule)' : ruleById(rule as Parameters<typeof ruleById>[0]).title.en,
      ...counts
    }))
    .sort((left, right) => right.helpful + right.notHelpful - (left.helpful + left.notHelpful) || left.rule.localeCompare(right.rule));

  const byKind = zeroKinds();
  const groups = new Map<string, { count: number; byKind: ByKind; examples: string[] }>();
  // Newest first, so each group's examples are its latest questions.
  const unanswered = records.unanswered.filter((each) => inPeriod(each.time)).sort((left, right) => right.time.localeCompare(left.time));
  for (const record of unanswered) {
    byKind[record.kind] += 1;
    const key = readAs(record.facts);
    const group = groups.get(key) ?? { count: 0, byKind: zeroKinds(), examples: [] };
    group.count += 1;
    group.byKind[record.kind] += 1;
    if (group.examples.length < EXAMPLES_PER_GROUP && !group.examples.includes(record.question)) group.examples.push(record.question);
    groups.set(key, group);
  }

  const askedInPeriod = records.tickets.filter((ticket) => inPeriod(ticket.createdAt));
  const pending = records.tickets
    .filter((ticket): ticket is typeof ticket & { status: 'open' | 'taken' } => ticket.status === 'open' || ticket.status === 'taken')
    .sort((left, right) => left.createdAt.localeCompare(right.createdAt))
    .map((ticket) => ({
      question: ticket.question,
      status: ticket.status,
      askedAt: ticket.createdAt,
      ageHours: Math.max(0, Math.floor((now.getTime() - Date.parse(ticket.createdAt)) / (60 * 60 * 1000)))
    }));

  return {
    period: { from, to, days },
    generatedAt: now.toISOString(),
    answered: {
      total: verdictSchema.options.reduce((sum, verdict) => sum + total[verdict], 0),
      byVerdict: total,
      perDay: [...perDay].map(([day, byVerdict]) => ({ day, byVerdict }))
    },
    feedback: { helpful, notHelpful, perRule },
    unanswered: {
      total: unanswered.length,
      byKind,
      groups: [...groups]
        .map(([readAsText, group]) => ({ readAs: readAsText, ...group }))
        .sort((left, right) => right.count - left.count || left.readAs.localeCompare(right.readAs))
    },
    experts: {
      asked: askedInPeriod.length,
      answered: askedInPeriod.filter((ticket) => ticket.status === 'answered').length,
      closed: askedInPeriod.filter((ticket) => ticket.status === 'closed').length,
      pending
    },
    unreadable: records.unreadable
  };
}
