import type { Match, Scan } from './matcher';
import { CLAUSE_END, isBreak, SENTENCE_END } from './normalize';

/**
 * The polarity of an English question is the asker's expectation, not part of what is asked: "Microsoft can't email
 * them about renewals, can it?", "Doesn't Microsoft send the invoice?", "Shouldn't I escalate to Microsoft myself?"
 * ask what "Can Microsoft email them about renewals?", "Does Microsoft send the invoice?", "Should I escalate to
 * Microsoft myself?" ask. Two frames carry nothing else and are left out before the question is read:
 * - a tag question closing the message or a sentence, an auxiliary and a pronoun after a comma (", can it", ", does
 *   it", ", do we", ", won't they"): its pronoun points to no matter, and its auxiliary opens no sentence;
 * - the "n't" of an auxiliary that opens a sentence before its subject ("Don't we have to …", "Won't the customer
 *   get …"): the question inverted in the negative reads as the plain one ("do we have to", "will the customer get").
 * A "not" or "n't" anywhere else (a verb denied inside a statement, a channel denied: "not through us") stays.
 * The normalised text writes "can't" as "ca n't" and "won't" as "will n't": the inverted auxiliary is put back whole.
 */
const AUXILIARIES = /^(do|does|did|is|are|was|were|will|would|can|could|should|shall|may|might|must|has|have|had|wo|ca|sha)$/;
const TAG_PRONOUNS = /^(it|they|he|she|we|i|you|there)$/;
/** Subjects after an inverted auxiliary: a pronoun of a party, Microsoft, or a noun phrase's determiner. */
const INVERTED_SUBJECTS = /^(i|we|you|they|he|she|microsoft|ms|msft|the|our|my|their|your|his|her)$/;
const WHOLE: Readonly<Record<string, string>> = { wo: 'will', ca: 'can', sha: 'shall' };
const NOT = "n't";

function endsAt(tokens: readonly string[], at: number): boolean {
  return at >= tokens.length || tokens[at] === SENTENCE_END;
}

/** Verbs of receiving and reaching a tagged statement may deny: "we don't get …, do we?", "MS won't email them, will it?". */
const REACHING = /^(get|gets|receive|receives|hear|hears|send|sends|tell|tells|email|emails|mail|mails|contact|contacts|write|writes|notify|notifies|inform|informs|reach|reaches|call|calls|message|messages|bill|bills|invoice|invoices|talk|talks|see|sees)$/;
const ADVERBS = /^(just|really|actually|directly|ever|normally|usually|even|also|simply|themselves|itself)$/;
const TAGGED_SUBJECTS = /^(i|we|you|they|he|she|microsoft|ms|msft)$/;

export function withoutPolarityFrame(tokens: string[]): string[] {
  return withoutChecks(withoutTagsAndInversions(tokens));
}

/**
 * "… supposed to come from us and never from Microsoft?", "… läuft doch nie über Microsoft direkt": "never" before a
 * route from or through Microsoft denies that route; it asks for no exceptions and not when ("nie" and "and never"
 * otherwise do). Only that reading of the word is dropped; the word stays for every other reading.
 */
const NEVER = /^(never|nie|niemals)$/;
const ROUTE = /^(from|via|through|by|ueber|von|vom|durch)$/;
const MICROSOFT = /^(microsoft|ms|msft)$/;
const ASKING_WHEN: ReadonlySet<string> = new Set(['ever', 'exceptions']);

/**
 * "Microsoft contacts them neither about the EA renewal nor about the CSP licences, right?", "weder zum EA-Renewal noch
 * zu den CSP-Lizenzen": a pair after the verb names two parts, both asked (`pairedParts`); its "neither"/"nor" deny
 * neither part, so they are no negation there. A pair put first ("Weder zur … noch zum … schreibt Microsoft") is left.
 */
const PAIR_OPENER = /^(neither|weder)$/;
const PAIR_CLOSER = /^(nor|noch)$/;

function pairAfterVerb(tokens: readonly string[]): number[] {
  const first = tokens.findIndex((token) => PAIR_OPENER.test(token));
  if (first <= 0 || isBreak(tokens[first - 1] as string)) return [];
  for (let at = first + 2; at < Math.min(tokens.length, first + 16) && tokens[at] !== SENTENCE_END; at++) {
    if (PAIR_CLOSER.test(tokens[at] as string)) return [first, at];
  }
  return [];
}

/**
 * The readings of polarity words left out of the scan: "never" before a route from Microsoft and "sonst nirgends" ask
 * for no exceptions, a pair after the verb denies neither part.
 */
export function withoutPolarityReadings(scanned: Scan): Scan {
  const { tokens } = scanned;
  const pair = tokens.includes('neither') || tokens.includes('weder') ? pairAfterVerb(tokens) : [];
  const denied: number[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!NEVER.test(tokens[at] as string)) continue;
    const route = /^(directly|direct|direkt)$/.test(tokens[at + 1] ?? '') ? at + 2 : at + 1;
    if (ROUTE.test(tokens[route] ?? '') && MICROSOFT.test(tokens[route + 1] ?? '')) denied.push(at);
  }
  // "gilt nur fürs Partner Center und sonst nirgends": "nowhere else" restricts where, it asks for no exceptions
  // … where a place or the policy's scope is asked ("gilt", a portal), not a case ("schreibt nur bei Störungen und sonst …")
  const scope = scanned.matches.some((match) => match.concept === 'apply' || match.concept === 'scopeTarget');
  for (let at = 1; at < tokens.length && scope; at++) {
    if (/^(nirgends|nirgendwo)$/.test(tokens[at] as string) && tokens[at - 1] === 'sonst') denied.push(at - 1);
  }
  if (denied.length === 0 && pair.length === 0) return scanned;
  const covers = (match: Match, positions: readonly number[]) => positions.some((at) => match.at <= at && at < match.at + (match.span ?? 1));
  return {
    ...scanned,
    matches: scanned.matches.filter((match) => !(ASKING_WHEN.has(match.concept) && covers(match, denied)) && !(match.concept === 'negation' && covers(match, pair)))
  };
}

function withoutTagsAndInversions(tokens: string[]): string[] {
  if (!tokens.includes(NOT) && !tokens.includes(CLAUSE_END)) return tokens;
  let changed = false;
  const kept: string[] = [];
  let sentenceStart = 0;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as string;
    if (token === SENTENCE_END) sentenceStart = kept.length + 1;
    // ", can it" / ", won't they" closing a sentence: left out with its comma
    if (token === CLAUSE_END && AUXILIARIES.test(tokens[at + 1] ?? '')) {
      const pronoun = tokens[at + 2] === NOT ? at + 3 : at + 2;
      if (TAG_PRONOUNS.test(tokens[pronoun] ?? '') && endsAt(tokens, pronoun + 1) && at > 0 && !isBreak(tokens[at - 1] ?? SENTENCE_END)) {
        changed = true;
        at = pronoun;
        // "We don't get an invoice from Microsoft, do we?": the statement put to be confirmed asks its verb of
        // receiving or reaching, not its denial
        for (let word = sentenceStart; word < kept.length - 2; word++) {
          if (!TAGGED_SUBJECTS.test(kept[word] ?? '') || !AUXILIARIES.test(kept[word + 1] ?? '') || kept[word + 2] !== NOT) continue;
          const verb = ADVERBS.test(kept[word + 3] ?? '') ? word + 4 : word + 3;
          if (!REACHING.test(kept[verb] ?? '')) continue;
          // "we don't get" reads "we get", as the plain statement says it; other auxiliaries stay ("MS will email")
          if (/^(do|does)$/.test(kept[word + 1] ?? '')) kept.splice(word + 1, 2);
          else {
            kept[word + 1] = WHOLE[kept[word + 1] as string] ?? (kept[word + 1] as string);
            kept.splice(word + 2, 1);
          }
          break;
        }
        continue;
      }
    }
    // "Don't we …", "Won't Microsoft …" opening a sentence: the auxiliary whole, its "n't" left out
    const opens = at === 0 || tokens[at - 1] === SENTENCE_END;
    if (opens && AUXILIARIES.test(token) && tokens[at + 1] === NOT && INVERTED_SUBJECTS.test(tokens[at + 2] ?? '')) {
      changed = true;
      kept.push(WHOLE[token] ?? token);
      at += 1;
      continue;
    }
    kept.push(token);
  }
  return changed ? kept : tokens;
}

/**
 * The asker checking its own understanding, tagged on after the statement ("…, oder sehe ich das falsch?", "– seh ich
 * das falsch?", "…. Liege ich da richtig?", "…, or am I wrong?") or opening it ("Am I right in thinking that …",
 * "Kann ich davon ausgehen, dass …", "Gehe ich recht in der Annahme, dass …"): the statement is what is asked. The
 * check's "sehe ich" is no partner being shown anything, its "davon ausgehen" no expectation of Microsoft's.
 */
const TRAILING_CHECKS = new RegExp(
  '^(?:(?:oder|or) )?(?:' +
    [
      '(?:sehe|seh|sehen) (?:ich|wir) (?:das|es)(?: so| da| hier| auch)? (?:richtig|falsch)',
      '(?:liege|lieg|liegen) (?:ich|wir)(?: da| damit| hier)? (?:richtig|falsch)',
      '(?:verstehe|versteh|verstehen) (?:ich|wir) (?:das|es)(?: so)? (?:richtig|falsch)',
      '(?:habe|hab|haben) (?:ich|wir) (?:das|es)(?: so)? (?:richtig|falsch) verstanden',
      '(?:irre|irr) ich mich',
      'am i (?:right|wrong|correct|mistaken|missing something)',
      '(?:do|did) i (?:understand|get) (?:that|this|it) (?:right|correctly|wrong)'
    ].join('|') +
    ')$'
);
const OPENING_CHECKS = new RegExp(
  '^(?:' +
    [
      'am i (?:right|correct)(?: in (?:thinking|writing|saying|assuming|understanding)| to (?:think|say|assume))?',
      '(?:can|may) (?:i|we) (?:safely )?assume',
      '(?:kann|darf|koennen|duerfen) (?:ich|wir)(?: also| wohl| denn)? davon ausgehen',
      'gehe ich (?:recht|richtig) in der annahme',
      '(?:sehe|verstehe) ich (?:das )?richtig'
    ].join('|') +
    ')$'
);
const SUBORDINATORS = /^(that|dass)$/;
/** The first words of `OPENING_CHECKS`: a sentence opened by any other is passed at one test. */
const CHECK_OPENERS = /^(am|can|may|kann|darf|koennen|duerfen|gehe|sehe|verstehe)$/;

function withoutChecks(tokens: string[]): string[] {
  let kept = tokens;
  // the last unit, after the last end: a check tagged on, where words come before it
  const end = kept.length;
  let last = end - 1;
  while (last >= 0 && end - last <= 9 && !isBreak(kept[last] as string)) last--;
  if (last > 0 && isBreak(kept[last] as string) && end - last <= 9 && TRAILING_CHECKS.test(kept.slice(last + 1, end).join(' '))) {
    kept = kept.slice(0, last);
    while (kept.length > 0 && isBreak(kept[kept.length - 1] as string)) kept = kept.slice(0, -1);
  }
  // a check opening a sentence, before "that"/"dass" (and its comma): left out, the clause it opens stays
  for (let at = 0; at < kept.length; at++) {
    if ((at > 0 && kept[at - 1] !== SENTENCE_END && kept[at - 1] !== CLAUSE_END) || !CHECK_OPENERS.test(kept[at] as string)) continue;
    for (let stop = at + 2; stop <= Math.min(at + 8, kept.length - 2); stop++) {
      const next = kept[stop] === CLAUSE_END ? stop + 1 : stop;
      if (!SUBORDINATORS.test(kept[next] ?? '')) continue;
      if (!OPENING_CHECKS.test(kept.slice(at, stop).join(' '))) continue;
      kept = [...kept.slice(0, at), ...kept.slice(next)];
      break;
    }
  }
  return kept;
}
