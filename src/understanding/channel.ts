import type { Product, ProductChannel } from './facts';
import type { Concept } from './lexicon';
import type { ProductMatch } from './matcher';
import { CLAUSE_END, isBreak, SENTENCE_END } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { GERMAN_PARTICLE_BUT, Found } from './found';
import {
  FUNCTION_WORDS,
  RELATIVE,
  mainClauseAfter,
  RELATIVE_SUBJECT,
  TO_WORDS,
  VERB_FIRST,
  frontedObject,
  FRONTED_PREPOSITIONS,
  ARTICLES,
  ATTRIBUTIVE_PARTICIPLE,
  DEMONSTRATIVES,
  determinerBeforeNoun,
  GENERIC_HOLDINGS,
  DE_BRACKET_CLOSER
} from './grammar';
import { FRONTED_REACH } from './text';
import { type ChannelCue, PARTNER_AS_PLACE, MOVE_MADE, EDITION_WORDS, PRODUCT_TAIL, MAX_NAME_TAIL, bareContract } from './channelCues';

/**
 * How each product is bought (the channel): the cues for CSP and for a direct purchase, the customer's own
 * relationship with Microsoft, the channel asked about and whether it is doubted.
 */

/** How far (in words) a channel cue may stand from a product it speaks for. */
const PRODUCT_CUE_REACH = 6;

/**
 * "Kunde kam aus Web Direct bzw. Kreditkartenkauf zu uns", "moved from their EA to CSP", "moved to CSP from Open":
 * the channel the customer came from is left behind (its purchase is past), the one it came to is its channel now
 * ("zu uns" is the partner's). Only a move made, in one clause, from one channel to the other.
 */
/**
 * "We transferred 14 Azure subscriptions from their EA into our CSP Azure plan", "… aus seinem EA in unseren
 * CSP-Azure-Plan übertragen": the channel a move made at `at` went to, where its clause names one destination.
 */
function moveDestination(found: Found, at: number, cues: readonly ChannelCue[]): ProductChannel | undefined {
  if (!MOVE_MADE.test(found.tokens[at] ?? '')) return undefined;
  const clause = found.clause[at];
  const channels = new Set<ProductChannel>();
  for (let to = Math.max(0, at - 12); to <= at + 12 && to < found.tokens.length; to++) {
    if (found.clause[to] !== clause || !TO_WORDS.test(found.tokens[to] ?? '')) continue;
    const cue = cues.find((other) => other.at > to && other.at <= to + 3 && found.clause[other.at] === clause);
    if (cue) channels.add(cue.channel);
    else if ([to + 1, to + 2].some((next) => found.clause[next] === clause && PARTNER_AS_PLACE.test(found.tokens[next] ?? ''))) channels.add('csp');
  }
  return channels.size === 1 ? [...channels][0] : undefined;
}

/** The cue nearest a product: in its segment ("M365 via us"), else in its clause. */
function channelNear(found: Found, at: number, cues: readonly ChannelCue[], afterFirst = false): ProductChannel {
  return channelEvidence(found, at, cues, afterFirst).channel;
}

/** How a product's channel was found: beside it (its segment, a relative clause) or only somewhere in its clause. */
export interface ChannelEvidence {
  channel: ProductChannel;
  close: boolean;
}

export function channelEvidence(found: Found, at: number, cues: readonly ChannelCue[], afterFirst = false): ChannelEvidence {
  // An echoed verb or noun ("cancels the Defender … they have from us") names its object after it.
  if (afterFirst) {
    // … not a cue right beside another product ("pay as you go subscription angelegt und teams über uns"); a product
    // right after the word is its object or the rest of its name ("5 Power BI Pro by credit card", "M365 E3 aber über uns").
    const ownEnd = at + (found.scanned.products.find((product) => product.at === at)?.length ?? 1);
    const object = found.scanned.products.find((product) => product.at >= ownEnd && product.at <= ownEnd + 1);
    const after = cues.find((cue) => cue.at > at && found.clause[cue.at] === found.clause[at] && !boundToOther(found, cue, object?.at ?? at));
    if (after) return { channel: bothInParallel(found, after, cues) ? 'unknown' : after.channel, close: true };
    // "reduziert die Anzahl Lizenzen, die er über uns hat": the relative clause after the object says how it was bought
    const nextClause = found.clause.indexOf((found.clause[at] ?? 0) + 1);
    const relativePronoun = RELATIVE.test(found.tokens[nextClause + 1] ?? '') && RELATIVE_SUBJECT.test(found.tokens[nextClause + 2] ?? '');
    if (nextClause > at && nextClause - at <= 8 && relativePronoun) {
      const relative = cues.find((cue) => found.clause[cue.at] === found.clause[nextClause + 1]);
      if (relative) return { channel: relative.channel, close: true };
    }
  }
  // A name of several words ("Dynamics 365 Finance", "Power BI Premium per User") is as near to a cue after it as
  // its last word is.
  let end = at + (found.scanned.products.find((product) => product.at === at)?.length ?? 1) - 1;
  while (end < at + MAX_NAME_TAIL && PRODUCT_TAIL.test(found.tokens[end + 1] ?? '')) end++;
  const away = (cue: ChannelCue) => (cue.at > end ? cue.at - end : Math.abs(cue.at - at));
  const closest = (list: readonly ChannelCue[]) =>
    list.reduce<ChannelCue | undefined>((best, cue) => {
      if (!best) return cue;
      const distance = away(cue);
      const bestDistance = away(best);
      // On a tie the cue after the product wins: "M365 via us", "Azure bought directly".
      return distance < bestDistance || (distance === bestDistance && cue.at > at) ? cue : best;
    }, undefined);
  // "… kündigt Teams Phone, das er über uns im CSP bezieht": a relative clause right after says how it was bought.
  const next = found.clause.indexOf((found.clause[at] ?? 0) + 1);
  if (next > at && next - at <= 4 && RELATIVE.test(found.tokens[next + 1] ?? '') && !mainClauseAfter(found, next + 1)) {
    const relative = closest(cues.filter((cue) => found.clause[cue.at] === found.clause[next + 1]));
    if (relative) return { channel: relative.channel, close: true };
  }
  // "the M365 E5 seats are ours via CSP", "M365 läuft über unseren CSP": a cue the product is linked to by a verb
  const linked = linkedCue(found, at, cues);
  if (linked) return { channel: linked.channel, close: true };
  // Only a cue close by speaks for a product: in a run-on sentence, far cues belong to other products; a cue right
  // beside another product ("Intune über uns") is that product's.
  // "Their Premier TAM called about Dynamics licensing": a cue on the other side of a verb of reaching names who
  // reaches, not how the product was bought.
  const acrossReaching = (cue: ChannelCue) =>
    found.positions('communicate').some((verb) => verb > Math.min(cue.at, at) && verb < Math.max(cue.at, at) && !found.at('buy', verb));
  const near = cues.filter((cue) => away(cue) <= PRODUCT_CUE_REACH && !boundToOther(found, cue, at) && !forTheRest(found, cue, at) && !acrossReaching(cue));
  const inSegment = closest(near.filter((cue) => found.segment[cue.at] === found.segment[at]));
  if (inSegment) return { channel: bothInParallel(found, inSegment, cues) ? 'unknown' : inSegment.channel, close: true };
  // "EA (Windows) + CSP (M365)": a name alone between commas (a bracket) right after a channel names what it holds
  const bracketed = found.tokens[at - 1] === CLAUSE_END && isBreak(found.tokens[end + 1] ?? '.');
  const before = bracketed ? cues.find((cue) => cue.at === at - 2) : undefined;
  if (before) return { channel: before.channel, close: true };
  return { channel: closest(near.filter((cue) => found.clause[cue.at] === found.clause[at]))?.channel ?? 'unknown', close: false };
}

/**
 * "devs have VS subs direct from ms rest is csp ms mailing them re vs renewal", "rest csp": a cue right after "the
 * rest", "alles andere" speaks for the other products, not for one named after it in run-on text.
 */
function forTheRest(found: Found, cue: ChannelCue, at: number): boolean {
  if (at < cue.at) return false;
  return [1, 2, 3].some((back) => {
    const position = cue.at - back;
    return position >= 0 && found.clause[position] === found.clause[cue.at] && (THE_REST.test(found.tokens[position] ?? '') || /^(alles|everything)$/.test(found.tokens[position] ?? '') && /^(andere|else)$/.test(found.tokens[position + 1] ?? ''));
  });
}

const LINK_VERBS = /^(is|are|was|were|runs|run|comes|come|bought|purchased|ist|sind|war|laeuft|laufen|lief|kommt|kommen|gekauft|bezogen|gebucht)$/;

/** A cue after the product, joined to it by a verb and nothing else named between ("Azure is bought via CSP"). */
function linkedCue(found: Found, at: number, cues: readonly ChannelCue[]): ChannelCue | undefined {
  const clause = found.clause[at];
  if (!cues.some((cue) => cue.at > at && cue.at <= at + 8 && found.clause[cue.at] === clause)) return undefined;
  const own = found.scanned.products.find((product) => product.at === at);
  let end = at + (own?.length ?? 1);
  let linkSeen = false;
  for (let next = end; next < found.tokens.length && next <= at + 8 && found.clause[next] === clause; next++) {
    const product = found.scanned.products.find((each) => each.at === next);
    // "M365 E5 seats": a product name right after the first belongs to the same thing
    if (product) {
      if (next > end || linkSeen) return undefined;
      end = next + product.length;
      continue;
    }
    const cue = cues.find((each) => each.at === next);
    if (cue) return linkSeen ? cue : undefined;
    const token = found.tokens[next] ?? '';
    // "… gekauft, alles andere läuft über uns": "everything else" or a second verb starts another statement
    if (EVERYTHING.test(token) || THE_REST.test(token) || (linkSeen && LINK_VERBS.test(token))) return undefined;
    if (LINK_VERBS.test(token)) linkSeen = true;
    // "M365 E3 kommt aber von uns": "aber" after the verb is a particle, no new clause
    else if (found.at('softBreak', next) || (found.at('clauseBreak', next) && !(linkSeen && GERMAN_PARTICLE_BUT.test(found.tokens[next] ?? '')))) return undefined;
  }
  return undefined;
}

/**
 * A cue right beside another product than the one at `at` speaks for that product: right after it ("Intune über
 * uns"), or before it with only "for" between ("EA für Windows").
 */
function boundToOther(found: Found, cue: ChannelCue, at: number): boolean {
  const own = Math.abs(cue.at - at);
  return found.scanned.products.some((product) => {
    if (product.at === at || found.clause[product.at] !== found.clause[cue.at]) return false;
    // "Azure via our Azure plan", "Azure über unseren Azure-Plan": the plan is the route of the product before it.
    if (product.at === cue.at && product.at > at && routeBefore(found, product.at)) return false;
    if (product.at < cue.at) {
      const between = found.tokens.slice(product.at + product.length, cue.at);
      return between.length <= 1 && cue.at - product.at < own && !between.some((_token, offset) => found.at('softBreak', product.at + product.length + offset));
    }
    const between = found.tokens.slice(cue.at + 1, product.at);
    return product.at - cue.at < own && between.length <= 1 && between.every((token) => /^(for|fuer|für)$/.test(token));
  });
}

const ROUTE_PREPOSITIONS = /^(via|through|under|over|in|im|ueber|unter|durch|per)$/;
const ROUTE_OWNERS = /^(our|my|the|their|his|her|unser\w*|mein\w*|den|dem|der|ihr\w*|sein\w*)$/;

/** A route preposition right before this position, perhaps with an owner between: "via our", "über unseren", "in CSP". */
function routeBefore(found: Found, at: number): boolean {
  const before = found.tokens[at - 1] ?? '';
  return ROUTE_PREPOSITIONS.test(before) || (ROUTE_OWNERS.test(before) && ROUTE_PREPOSITIONS.test(found.tokens[at - 2] ?? ''));
}

/** Words that join two channel phrases for one product: "im EA und im CSP", "under an EA and in CSP", "or". */
const PARALLEL_JOINERS = /^(and|or|und|oder|in|im|under|unter|the|an|a|einem|einen|dem|den|via|ueber|through|also|auch|as|well|sowie|enrolment|enrollment|agreement|contract|vertrag)$/;

/** "Azure im EA und im CSP": two channel phrases joined by "and" name both channels for the product before them. */
function bothInParallel(found: Found, cue: ChannelCue, cues: readonly ChannelCue[]): boolean {
  return cues.some((other) => {
    if (other.channel === cue.channel || Math.abs(other.at - cue.at) > 5) return false;
    const [from, to] = other.at < cue.at ? [other.at, cue.at] : [cue.at, other.at];
    const between = found.tokens.slice(from + 1, to);
    const joined = between.some((token) => /^(and|or|und|oder|sowie)$/.test(token));
    const onlyJoiners = between.every((token, offset) => PARALLEL_JOINERS.test(token) || found.at('ownAgreement', from + 1 + offset));
    // "on its own card and a CSP subscription": a channel that names a second holding is not a parallel phrase
    const secondHolding = GENERIC_HOLDINGS.test(found.tokens[to + 1] ?? '') || found.scanned.products.some((product) => product.at === to + 1);
    return joined && onlyJoiners && !secondHolding && !found.scanned.products.some((product) => product.at > from && product.at < to);
  });
}

const PART_OF = /^(part|some|half|parts|teil|teils|haelfte)$/;
const REST_OF_IT = /^(rest|remainder|restlich\w*|uebrig\w*)$/;
/** A share of a holding named after the product: "teils … teils", "partly … partly", "part … part". */
const SHARES = /^(part|parts|partly|partially|half|teils|teilweise|haelfte)$/;
const SHARE_AFTER = wordPattern(/^(part|parts|partly|partially|half|teil|teils|teilweise|haelfte|some|rest|remainder|restlich\w*|uebrig\w*|einmal)$/);

/**
 * "an MCA for part of their Azure and our CSP Azure plan for the rest": a product held partly one way and partly the
 * other, so its name does not say which channel a message about it comes through.
 */
export function splitHolding(found: Found, at: number): boolean {
  if (!found.holds(SHARE_AFTER)) return false;
  const part = [1, 2, 3, 4].some((back) => PART_OF.test(found.tokens[at - back] ?? '') && found.sentence[at - back] === found.sentence[at]);
  const after = (test: (token: string) => boolean) =>
    found.tokens.filter((token, other) => other > at && found.sentence[other] === found.sentence[at] && test(token)).length;
  // "part of their Azure on an MCA and part through us", "for part of it … for the rest"
  if (part && after((token) => REST_OF_IT.test(token) || SHARES.test(token)) > 0) return true;
  // "we only manage part of their Azure", "erst einen Teil der Azure-Abos übertragen": the rest is held elsewhere
  const onlyPart = [1, 2, 3, 4].some((back) => PART_OF.test(found.tokens[at - back] ?? '') && [1, 2].some((more) => /^(only|just|nur|erst)$/.test(found.tokens[at - back - more] ?? '')) && found.sentence[at - back] === found.sentence[at]);
  if (onlyPart) return true;
  // "Azure läuft teils direkt über einen MCA, teils über uns", "Azure einmal über ein MCA und einmal über uns",
  // "Azure, partly direct and partly through us": two shares named after the product
  return after((token) => SHARES.test(token)) >= 2 || after((token) => token === 'einmal') >= 2;
}

/** One of the mentions of this product is held partly one way and partly the other. */
function splitNamed(found: Found, name: string): boolean {
  return found.scanned.products.some((product) => product.name === name && splitHolding(found, product.at));
}

/**
 * The channel of what the question asks about. The asking clause is the last one that reaches someone; what it
 * names (a product, an agreement, "through us") decides, else what "it"/"those" refers back to, else the one
 * channel the question names. Two channels and nothing to choose between them: unknown.
 */
/**
 * The asking part names a product, and every product it names has no channel of its own ("… about the Intune price
 * change" where only Azure was said to be bought directly).
 */
function askedProductUnsaid(found: Found, products: readonly Product[], inAsking: (at: number) => boolean): boolean {
  const asked = found.scanned.products.filter((product) => inAsking(product.at));
  return asked.length > 0 && asked.every((product) => (products.find((known) => known.name === product.name)?.channel ?? 'unknown') === 'unknown');
}

/**
 * "MPSA für Project Server, Project Plan 3 kommt über uns … die Renewal-Info für Project Plan 3": one product held both
 * ways in two editions. A mention asked about that repeats an earlier mention's edition word for word takes that
 * mention's channel; the name alone says neither.
 */
function editionChannel(found: Found, product: ProductMatch, cues: readonly ChannelCue[], asked: (at: number) => boolean): ProductChannel {
  // The words the name was written with, and an edition word or code right after them ("Plan 3", "P2", "Standard")
  const edition = (mention: ProductMatch) => {
    const next = found.tokens[mention.at + mention.length] ?? '';
    return [...found.tokens.slice(mention.at, mention.at + mention.length), ...(EDITION_CODE.test(next) ? [next] : [])].join(' ');
  };
  const words = edition(product);
  // Only where the mentions name different editions: one edition named twice says nothing new about its channel.
  const mentions = found.scanned.products.filter((other) => other.name === product.name);
  if (new Set(mentions.map(edition)).size < 2) return 'unknown';
  const same = found.scanned.products.filter((other) => other.name === product.name && other.at < product.at && !asked(other.at) && edition(other) === words);
  const channels = new Set(same.map((other) => channelEvidence(found, other.at, cues).channel));
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : 'unknown';
}

const EDITION_CODE = /^([a-z]?\d{1,2}|[a-z]\d?|standard|professional|pro|premium|plus|basic|essentials|business|enterprise|server|online|plan|desktop|cloud)$/;

const EVERY = wordPattern(/^(alle|allen|aller|saemtliche\w*|jede|jedes|jeden|jedem|all|every|each)$/);

/** The first word of a reason or concession given after a comma: "…, weil …", "…, since …". */
const REASON_OPENERS = wordPattern(/^(weil|da|obwohl|zumal|because|since|although|though)$/);

/** The channel of what is asked about, or 'unsaid': a named product whose channel the question does not give. */
type AskedChannel = ProductChannel | 'unsaid' | 'split';

/**
 * "… and gets Microsoft 365 through us", "they get m365 from us", "bekommt Teams über uns": a verb of getting whose
 * object is a product or a holding, with the channel right after it, states how something is bought, not a message
 * received. Such a verb does not mark the part of the question that asks.
 */
function holdingGot(found: Found, verb: number): boolean {
  if (!found.at('receive', verb)) return false;
  const clause = found.clause[verb];
  let end = verb + 1;
  while (end <= verb + 3 && found.clause[end] === clause && /^(also|too|auch|noch|all|alle|alles|their|his|her|its|seine?n?|ihre?n?|die|der|den|das)$/.test(found.tokens[end] ?? '')) end++;
  const channelAt = (at: number) => found.clause[at] === clause && (found.at('throughUs', at) || found.at('csp', at) || found.at('direct', at));
  const product = found.scanned.products.find((named) => named.at === end);
  const objectEnd = product ? end + product.length : GENERIC_HOLDINGS.test(found.tokens[end] ?? '') ? end + 1 : -1;
  if (objectEnd >= 0 && [objectEnd, objectEnd + 1].some(channelAt)) return true;
  // "Teams bekommt er von uns", "M365 they get from us": the product put before the verb, its subject after or before
  const before = found.scanned.products.some((named) => named.at + named.length === verb || (named.at + named.length === verb - 1 && RELATIVE_SUBJECT.test(found.tokens[verb - 1] ?? '')));
  const subjectAfter = RELATIVE_SUBJECT.test(found.tokens[verb + 1] ?? '') ? verb + 2 : verb + 1;
  return before && [subjectAfter, subjectAfter + 1].some(channelAt);
}

/**
 * Where the part of a clause that holds what was received starts: after the last "und/and" or clause start before the
 * sender ("… gekauft und jetzt dazu eine Rechnung von Microsoft bekommen" starts at "jetzt"). Not past six words.
 */
function receivedFrom(found: Found, sender: number): number | undefined {
  const clause = found.clause[sender];
  for (let at = sender - 1; at >= Math.max(0, sender - 6); at--) {
    if (found.clause[at] !== clause || isBreak(found.tokens[at] ?? '.') || /^(und|and)$/.test(found.tokens[at] ?? '')) return at + 1 < sender ? at + 1 : undefined;
  }
  return undefined;
}

/** A true-up, however typed: "true-up", "true ups", "Trueup". */
const TRUE_UP = wordPattern(/^(true|trueups?)$/);

/**
 * "Kindly confirm this is ok.", "Please confirm if …", "Bitte bestätigen, ob …": an order to the one answering to
 * confirm, not Microsoft confirming something to the customer.
 */
const CONFIRM = wordPattern(/^(confirm|bestaetigen|bestaetige|bestaetigt)$/);

function confirmOrder(found: Found, at: number): boolean {
  if (!CONFIRM.test(found.tokens[at] ?? '')) return false;
  const before = found.tokens[at - 1];
  const opens = before === undefined || isBreak(before) || /^(kindly|please|pls|plz|bitte|you|sie|mir|me)$/.test(before);
  // "Bitte bestätigen, ob das passt": the comma before its clause
  const next = isBreak(found.tokens[at + 1] ?? '.') && found.tokens[at + 1] !== SENTENCE_END ? found.tokens[at + 2] : found.tokens[at + 1];
  return opens && /^(this|that|it|if|whether|ob|dass|das|mir|me|us|uns|kurz)$/.test(next ?? '');
}

/** The verbs of reaching and receiving that can mark the asked part, with "who": not a product got through a channel. */
function reachingVerbs(found: Found): number[] {
  const all = [...found.positions('communicate'), ...found.positions('receive'), ...found.positions('who')];
  if (!found.has('receive') && !found.holds(CONFIRM)) return all;
  return all.filter((at) => !holdingGot(found, at) && !confirmOrder(found, at));
}

const SUBJECT_LABEL = wordSet(['subject', 'betreff']);
const FROM_LABEL = wordSet(['from', 'von']);

/** "Subject: …" as the message's first words, with no "From:"/"Von:" label: the title of the asker's own post. */
function postTitle(found: Found, label: number): boolean {
  if (found.tokens.slice(0, label).some((token) => !isBreak(token))) return false;
  return found.findWord(FROM_LABEL, (at) => isBreak(found.tokens[at + 1] ?? '.') && (at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) < 0;
}
const THERE = wordSet(['da']);
export function askedChannel(found: Found, cues: readonly ChannelCue[], products: readonly Product[], otherImplied = false): AskedChannel {
  if (cues.length === 0) return 'unknown';
  const reaching = reachingVerbs(found);
  const lastSentence = found.sentence[found.tokens.length - 1] ?? 0;
  const asking = reaching.length > 0 ? Math.max(...reaching.map((at) => found.sentence[at] ?? 0)) : lastSentence;
  // The asking part starts at its first verb of reaching, or at Microsoft before it ("… via us CSP will MS contact him
  // about the EA", "Darf Microsoft ihn zum EA-True-up ansprechen"): what the sentence said before is context.
  const inSentence = reaching.filter((at) => found.sentence[at] === asking);
  // Of several clauses ("since Microsoft already sends the EA invoices, will they also send …"), the last one asks.
  const lastClause = inSentence.length > 0 ? Math.max(...inSentence.map((at) => found.clause[at] ?? 0)) : -1;
  const verbs = inSentence.filter((at) => found.clause[at] === lastClause);
  const verb = verbs.length > 0 ? Math.min(...verbs) : found.sentence.indexOf(asking);
  // "The MCS project manager sends them …", "der EA-Ansprechpartner schreibt": the agreement's people act for Microsoft.
  const agreementActs = found.positions('ownAgreement').filter((at) => at < verb && verb - at <= 4 && found.clause[at] === lastClause);
  // Microsoft as the subject of the asking verb: not one something was bought from before it ("… direkt bei
  // Microsoft gekauft alles andere über uns jetzt schickt Microsoft …" run together without commas).
  // "Wird Microsoft ihn über seine über CSP bezogenen Lizenzen informieren": a purchase word before a noun describes it.
  const purchaseBetween = (at: number) => found.positions('buy').some((buy) => buy > at && buy < verb && !ATTRIBUTIVE_PARTICIPLE.test(found.tokens[buy] ?? ''));
  const seller = (at: number) => SELLER_PREPOSITIONS.test(found.tokens[at - 1] ?? '') && found.within('buy', at + 1, verb - 1);
  // "… an die Verlängerung seines eigenen Enterprise Agreements mit Microsoft erinnern": Microsoft as the other party of
  // an agreement named right before it is no subject
  const party = (at: number) =>
    /^(mit|with)$/.test(found.tokens[at - 1] ?? '') && [at - 2, at - 3].some((before) => found.at('ownAgreement', before) || found.at('relationship', before));
  const subjectOfVerb = (at: number) => at < verb && found.clause[at] === lastClause && !purchaseBetween(at) && !seller(at) && !party(at);
  const subject = [...found.positions('microsoft').filter(subjectOfVerb), ...agreementActs];
  // "Ist Microsoft berechtigt, ihm eine Offerte für die Erweiterung der CSP-Abonnemente zu senden?": an infinitive
  // clause after the comma holds the whole asked object before its verb.
  // "Darf sein CSAM ihn wegen des Support-Vertrags direkt kontaktieren?": a German verb at the end of its clause, with
  // no Microsoft before it, has what it is about in the clause before the verb.
  const infinitiveClause = () => {
    const verbLast = isBreak(found.tokens[verb + 1] ?? '.') && found.clause[verb] === lastClause;
    if (found.tokens[verb - 1] !== 'zu' && !verbLast) return undefined;
    if (verbLast && found.tokens[verb - 1] !== 'zu') {
      const start = found.clause.indexOf(found.clause[verb] ?? -1);
      const first = isBreak(found.tokens[start] ?? '') ? start + 1 : start;
      return first >= 0 && first < verb && verb - first <= 12 ? first : undefined;
    }
    const start = found.clause.indexOf(found.clause[verb] ?? -1);
    const first = isBreak(found.tokens[start] ?? '') ? start + 1 : start;
    return first >= 0 && first < verb && found.positions('microsoft').some((ms) => ms < first && found.sentence[ms] === asking) ? first : undefined;
  };
  // "Wird die Intune-Rechnung von Microsoft verschickt?": Microsoft as the agent of a passive is no subject that opens the asked part.
  const agentOnly = subject.length > 0 && subject.every((at) => AGENT_PREPOSITIONS.test(found.tokens[at - 1] ?? ''));
  const opened = subject.length === 0 || agentOnly ? (questionOpened(found, verb) ?? (agentOnly ? passiveClauseOpened(found, verb) : undefined)) : undefined;
  // "… und jetzt dazu eine Rechnung von Microsoft bekommen": with Microsoft only the sender of what is received, what is
  // received stands before it, from where its part of the clause starts
  const received = agentOnly && opened === undefined && found.at('receive', verb) ? receivedFrom(found, Math.max(...subject)) : undefined;
  const from = opened ?? received ?? (subject.length > 0 ? Math.max(...subject) : frontedObject(found, verb) ?? infinitiveClause() ?? verb);
  // A forwarded mail's "Subject:"/"Betreff:" line names what "that mail" is about.
  // A post's own subject line, opening the message with no mail's "From:" beside it ("Betreff: Direktkunde, aber M365
  // über uns⏎Hallo, …"), is the asker's title: context, as what the post says before its question is.
  const subjectLine = found.findWord(SUBJECT_LABEL, (at) => isBreak(found.tokens[at + 1] ?? '.'));
  const ownTitle = subjectLine >= 0 && postTitle(found, subjectLine);
  const subjectSentence = subjectLine >= 0 && !ownTitle ? found.sentence[subjectLine] : -1;
  // … and no earlier mention a word of the question echoes: a title lists its post's matters and channels side by side
  const titleSentence = ownTitle ? (found.sentence[subjectLine] ?? -1) : -1;
  // "…, obwohl seine Abos über uns laufen", "although …": a concession after the question is context, not what is asked.
  const concession = found.positions('clauseBreak').find((at) => at > from && found.sentence[at] === asking);
  // "… informiert MS den Kunden, Rest läuft über CSP": what "the rest" is bought through is not what is asked.
  const rest = found.findWord(THE_REST, (at) => at > from && found.sentence[at] === asking);
  const held = holdingStatedAfter(found, cues, verb, asking);
  // "…, weil es ja schon ein EA gibt?", "…, since they have an EA": the reason given after the question is context.
  const reason = found.findWord(REASON_OPENERS, (at) => at > from && found.tokens[at - 1] === CLAUSE_END && found.sentence[at] === asking);
  // "… about their EA renewal when they also buy Copilot from us?", "…, wenn er Copilot über uns bezieht?": a condition
  // that states a holding with its channel is context; one that names an event ("when I reduce the seats") is asked.
  const condition = found.findWord(CONDITION_OPENERS, (at) => at > from && found.sentence[at] === asking && holdingCondition(found, cues, at));
  const until = Math.min(
    concession ?? found.tokens.length,
    rest >= 0 ? rest : found.tokens.length,
    held ?? found.tokens.length,
    reason >= 0 ? reason : found.tokens.length,
    condition >= 0 ? condition : found.tokens.length
  );
  // "For the credit card ones, does Microsoft send the invoice?", "Für die übertragenen Abos: schreibt Microsoft …":
  // a phrase put before the asking clause, set off by a comma, names what it asks about.
  // "Zur Verlängerung des Azure-Plans darf Microsoft ihm …", "Über die Preisanpassung bei E5 informiert Microsoft …": the
  // phrase German puts before its finite verb, with Microsoft right after that verb; "Wenn die Kiosk-Lizenzen teurer
  // werden, schreibt Microsoft ihm?", "If the Visio price goes up, will Microsoft tell them?": a condition before the
  // asking clause names the event asked about (one that states a holding with its channel is context).
  const fronted =
    frontedPhraseBefore(found, from) ??
    (subject.length > 0 && !agentOnly ? frontedBeforeFinite(found, Math.max(...subject)) : undefined) ??
    conditionBefore(found, cues, opened ?? from) ??
    (subject.length > 0 && !agentOnly ? auxiliaryOpened(found, Math.max(...subject)) : undefined);
  const inAsking = (at: number) => (at >= (fronted ?? from) && at < until && found.sentence[at] === asking) || found.sentence[at] === subjectSentence;
  // "Should the Microsoft consultants be discussing …": Microsoft's people before the verb act; they are not the matter.
  // Only the nouns right after "Microsoft" ("consultants", "-Berater"): German puts its object there too, before the verb.
  const subjectEnd = (() => {
    if (!found.at('microsoft', from)) return from;
    let end = from + 1;
    while (end < verb && end <= from + 2 && !FUNCTION_WORDS.has(found.tokens[end] ?? '') && !isBreak(found.tokens[end] ?? '.') && !found.scanned.matches.some((match) => match.at === end)) end++;
    return end;
  })();
  const inSubject = (at: number) => at > from && at < subjectEnd;
  const ownCues = cues.filter((cue) => cue.channel === 'non-csp');
  const azurePlanOnly =
    products.some((known) => known.name === 'Azure plan' && known.channel === 'csp') &&
    ownCues.some((cue) => SERVICE_AGREEMENTS.test(found.tokens[cue.at] ?? '')) &&
    ownCues.every((cue) => SERVICE_AGREEMENTS.test(found.tokens[cue.at] ?? '') || DIRECT_ADVERBS.test(found.tokens[cue.at] ?? ''));
  const namedWhere = (keep: (at: number) => boolean) => {
    const channels = new Set<ProductChannel>(cues.filter((cue) => keep(cue.at)).map((cue) => cue.channel));
    for (const product of found.scanned.products) {
      if (!keep(product.at)) continue;
      const held = products.find((known) => known.name === product.name)?.channel ?? 'unknown';
      const channel = held === 'unknown' ? editionChannel(found, product, cues, keep) : held;
      if (channel !== 'unknown') channels.add(channel);
      // "Azure über MCA-E und zusätzlich einen Azure Plan bei uns … wegen der Azure-Kosten": Azure consumed under the
      // partner's Azure plan is Azure too, so Azure asked by its name alone may be either
      // (not where the asked part names the direct agreement itself: "about the MCA Azure invoice")
      const agreementAsked = cues.some((cue) => cue.channel === 'non-csp' && cue.statesOwn && keep(cue.at) && cue.at !== product.at);
      if (product.name === 'Azure' && channel === 'non-csp' && !agreementAsked && found.scanned.products.some((other) => other.name === 'Azure plan' && !keep(other.at))) channels.add('csp');
      // "Unified Support direkt, Azure plan bei uns … die Azure-Rechnung": with the customer's own relationship only a
      // support or consulting agreement, which holds no Azure, Azure asked by its name is what runs under the partner's
      // Azure plan
      if (product.name === 'Azure' && channel === 'unknown' && azurePlanOnly) channels.add('csp');
    }
    return channels;
  };
  // "Their Premier TAM called about Dynamics licensing": the agreement's people are who calls; what they call about,
  // when the asking part names it, is the matter.
  // Only an agreement named with its people ("Premier TAM", "EA account team"): German puts its object before the verb
  // too ("über sein Publisher-Konto kommunizieren"), and that is what is asked about.
  const actors = new Set(agreementActs.filter((at) => found.tokens.slice(at + 1, at + 3).some((token) => AGREEMENT_PEOPLE.test(token))));
  const namedMatter = namedWhere((at) => inAsking(at) && !actors.has(at));
  const named = actors.size > 0 && namedMatter.size > 0 ? namedMatter : namedWhere(inAsking);
  // "Azure teils über ein MCA, teils über uns … zu den Azure-Kosten": a product held both ways, asked about with no
  // channel said in the asking part, may be either.
  if (named.size === 0 && found.scanned.products.some((product) => inAsking(product.at) && splitNamed(found, product.name))) return 'split';
  // "Customer with a direct Unified Support contract: … about the support contract renewal and about the Azure
  // reservations bought through us": a contract named in the asking part is the customer's own agreement stated before.
  const ownStated = cues.some((cue) => cue.statesOwn);
  const ownContract = found.positions('relationship').some(
    (at) =>
      inAsking(at) &&
      !found.negatedAt(at, 3) &&
      !cues.some((cue) => cue.channel === 'csp' && Math.abs(cue.at - at) <= 2) &&
      // "für welchen Vertrag", "which agreement": asks which, names none
      !found.tokens.slice(Math.max(0, at - 2), at).some((token) => /^(welch\w*|which|what|whichever)$/.test(token)) &&
      // "about their contracts", "zu Ihrem Vertrag", "zu den Verträgen", "Infos zur Vertragsverlängerung", "the contract
      // renewal" beside CSP: the bare word fits either channel (CSP subscriptions are contracts too)
      !(bareContract(found, at) && cues.some((cue) => cue.channel === 'csp'))
  );
  if (ownStated && ownContract) named.add('non-csp');
  // "One customer has an EA … The EA true-up paperwork – does Microsoft deal with them on that?", "wegen des True-ups":
  // a true-up is the yearly count of an Enterprise Agreement, so beside the customer's own agreement it is that
  // agreement's matter.
  if (ownStated && found.someWord(TRUE_UP, (at) => inAsking(at) && (found.tokens[at] !== 'true' || /^ups?$/.test(found.tokens[at + 1] ?? '')))) named.add('non-csp');
  if (named.size > 1) return 'unknown';
  // "quatscht Microsoft den dann zu allen Abos an?", "about all their subscriptions": every holding of a customer with
  // an agreement of its own takes in both channels.
  const everyHolding = (at: number) =>
    inAsking(at) && EVERY.test(found.tokens[at] ?? '') && [at + 1, at + 2].some((next) => found.at('billingWeak', next) || GENERIC_HOLDINGS.test(found.tokens[next] ?? ''));
  if (cues.some((cue) => cue.channel === 'non-csp') && found.someWord(EVERY, everyHolding)) return 'unknown';
  // "… die Verlängerung des Support-Vertrags und einen Newsletter zu Microsoft 365-Angeboten. Beides in Ordnung?": the
  // question asks about both parts, and one of them names a product not said to be bought directly
  if (named.size === 1 && named.has('non-csp') && bothAsked(found)) {
    const otherPart = found.scanned.products.some((product) => inAsking(product.at) && (products.find((known) => known.name === product.name)?.channel ?? 'unknown') !== 'non-csp');
    if (otherPart) return 'unknown';
  }
  if (named.size === 1) {
    const [only] = [...named] as ProductChannel[];
    // An echo can only name the other channel when the question names both somewhere.
    if (cues.every((cue) => cue.channel === only)) return only as ProductChannel;
    // Only words of a part that names no channel itself: "about the Open Value renewal" is one part, not an echo.
    const namingSegments = new Set([...cues.map((cue) => cue.at), ...found.scanned.products.map((product) => product.at)].filter(inAsking).map((at) => found.segment[at]));
    const echoedOther = echoedChannel(found, cues, products, fronted ?? from, (at) => inAsking(at) && !namingSegments.has(found.segment[at]) && !inSubject(at), titleSentence);
    const [channel] = [...named] as ProductChannel[];
    // "about the support contract renewal and about the Azure reservations they bought through us": a part that
    // echoes the other channel makes two parts, one per channel.
    return echoedOther !== 'unknown' && echoedOther !== channel ? 'unknown' : (channel as ProductChannel);
  }
  const echoed = echoedChannel(found, cues, products, fronted ?? from, (at) => inAsking(at) && !inSubject(at), titleSentence);
  if (echoed !== 'unknown') return echoed;
  // "about it", "dazu": refers back; "this customer", "those licences" name something instead.
  // "is that ok?", "ist das korrekt?": "that" stands for what happened, which the pronoun rule below reads.
  const judged = (at: number) => found.within('wondering', at + 1, at + 2) || /^(is|was|ist|war)$/.test(found.tokens[at - 1] ?? '');
  const refersBack = found.positions('anaphor').some(
    (at) =>
      inAsking(at) &&
      !found.at('customer', at + 1) &&
      !found.scanned.products.some((product) => product.at === at + 1) &&
      !judged(at) &&
      // "for that app", "zu diesem Vertrag": a determiner before a noun names the thing, which the echo above reads
      !determinerBeforeNoun(found, at) &&
      // "send them that": a pronoun standing alone for what was sent, which the pronoun rule below reads
      !(POINTING_PRONOUN.test(found.tokens[at] ?? '') && pronounAlone(found, at))
  );
  if (refersBack) {
    // What "it", "that", "dazu" stand for: the last clause before that names a matter, when it names one channel;
    // a clause that names both ("VS direct and M365 via us got an email …") leaves it open.
    const anaphor = found.positions('anaphor').find((at) => inAsking(at)) ?? from;
    const pointedTo = channelOfLastMatter(found, cues, products, anaphor);
    if (pointedTo) return pointedTo;
    const before = cues.filter((cue) => cue.at < from);
    const last = before[before.length - 1];
    const lastClause = before.filter((cue) => found.clause[cue.at] === found.clause[last?.at ?? -1]);
    // "M365 läuft über uns. Die Kartenzahlung ist fehlgeschlagen – darf Microsoft ihn dazu anschreiben?": a matter
    // named after the last channel, with no channel of its own, is what "dazu" points to; that channel is not its
    const matterAfter = (cue: ChannelCue) =>
      found.tokens.some(
        (_token, at) =>
          at < anaphor &&
          found.clause[at] !== found.clause[cue.at] &&
          found.clause[at] !== found.clause[anaphor] &&
          at > cue.at &&
          (['billing', 'operational', 'marketing', 'creditCard'] as const).some((concept) => found.at(concept, at))
      );
    if (last && lastClause.every((cue) => cue.channel === last.channel) && !matterAfter(last)) return last.channel;
  }
  // "Würde MS da anrufen?", "redet Microsoft da mit ihm?": German "da" right after Microsoft or right before the verb of
  // reaching points back like "dazu" (not "da" opening a clause: "da er ein EA hat")
  const there = found.findWord(
    THERE,
    (at) =>
      inAsking(at) &&
      !isBreak(found.tokens[at - 1] ?? '.') &&
      (found.at('microsoft', at - 1) || (found.at('communicate', at + 1) && DE_BRACKET_CLOSER.test(found.tokens[at + 1] ?? '') && isBreak(found.tokens[at + 2] ?? '.')))
  );
  if (there >= 0) {
    const pointedTo = channelOfLastMatter(found, cues, products, there);
    if (pointedTo) return pointedTo;
  }
  const pronoun = found.findWord(POINTING_PRONOUN, (at) => inAsking(at) && pronounAlone(found, at));
  if (pronoun >= 0) {
    const pointedTo = channelOfLastMatter(found, cues, products, pronoun);
    if (pointedTo) return pointedTo;
  }
  const channels = new Set(cues.map((cue) => cue.channel));
  // "Kunde hat EA für Azure direkt und Intune [über uns, mistyped or in words the lexicon lacks]. Teilt Microsoft ihm die
  // Intune-Lizenzanzahl mit?": the asked product is named and nothing says how it was bought; the one channel the
  // question names belongs to something else, so it does not say this product's channel (a possible direct
  // agreement beside an unsaid product: depends, RULES.md).
  if (channels.has('non-csp') && channels.size === 1 && askedProductUnsaid(found, products, inAsking)) return 'unsaid';
  // "Our customer also has an EA. Will Microsoft contact them about their licences?": the partner's channel is implied
  if (channels.size === 1 && !otherImplied) return (cues[0] as ChannelCue).channel;
  return matterBefore(found, cues, products, asking, lastClause) ?? matterOfWhatHappened(found, cues) ?? catchAll(found, cues, inAsking) ?? 'unknown';
}

const BOTH = wordPattern(/^(beides|both)$/);

/** "Beides in Ordnung?", "Are both OK?", "Both allowed?": the last sentence asks about both parts at once. */
function bothAsked(found: Found): boolean {
  if (!found.holds(BOTH)) return false;
  const last = found.sentence[found.tokens.length - 1];
  return found.someWord(BOTH, (at) => found.sentence[at] === last && !found.scanned.products.some((product) => product.at === at + 1) && !found.at('customer', at + 1));
}

const AGENT_PREPOSITIONS = /^(von|vom|by|from)$/;

/**
 * "Kommt die Intune-Verlängerungsinfo von Microsoft an den Verein?", "Does the Intune renewal notice come from
 * Microsoft?": a question opened by its verb holds what it asks about between that verb and the word of reaching,
 * with no Microsoft before it; the asked part starts at the opening verb.
 */
function questionOpened(found: Found, verb: number): number | undefined {
  const clauseStart = found.clause.indexOf(found.clause[verb] ?? -1);
  const start = isBreak(found.tokens[clauseStart] ?? '') ? clauseStart + 1 : clauseStart;
  // (a verb of receiving holds the receiver and what is received before the participle: "Bekommt der Kunde die
  // Preisänderung zu Teams Premium von Microsoft mitgeteilt?")
  if (start < 0 || start >= verb || verb - start > (found.at('receive', start) ? 10 : 8) || found.sentence[start] !== found.sentence[verb]) return undefined;
  if (start > 0 && !isBreak(found.tokens[start - 1] ?? '.')) return undefined;
  // … or by a verb of receiving: "Kriegt der Kunde die Preisänderung zu Teams Premium von Microsoft mitgeteilt?"
  return VERB_FIRST.test(found.tokens[start] ?? '') || found.at('receive', start) ? start : undefined;
}

/**
 * "Wird der Endkunde, der neben seinen CSP-Lizenzen einen Unified-Vertrag hat, wegen dieses Vertrags vom Hersteller
 * angesprochen?", "Is the customer, who also has an EA, contacted by Microsoft about that EA?": a passive question opened
 * by its auxiliary, with a clause between that describes who is reached; the last clause, up to the participle, holds what
 * is asked about. Where that clause starts.
 */
function passiveClauseOpened(found: Found, verb: number): number | undefined {
  const sentence = found.sentence[verb];
  let first = verb;
  while (first > 0 && found.sentence[first - 1] === sentence && found.tokens[first - 1] !== SENTENCE_END) first--;
  if (!VERB_FIRST.test(found.tokens[first] ?? '') || found.clause[first] === found.clause[verb]) return undefined;
  const clauseStart = found.clause.indexOf(found.clause[verb] ?? -1);
  const start = isBreak(found.tokens[clauseStart] ?? '') ? clauseStart + 1 : clauseStart;
  return start > first && start < verb && verb - start <= 12 ? start : undefined;
}

/**
 * "Is the Visual Studio renewal something Microsoft communicates about?", "Ist die Preisänderung bei Teams etwas, worüber
 * Microsoft informiert?": a question opened by an auxiliary whose own subject is the matter, with Microsoft the subject
 * of a later verb: the matter between them is asked about. Where the question starts.
 */
function auxiliaryOpened(found: Found, subject: number): number | undefined {
  const sentence = found.sentence[subject];
  let start = subject;
  while (start > 0 && found.sentence[start - 1] === sentence && !(found.tokens[start - 1] === SENTENCE_END)) start--;
  if (subject - start < 3 || subject - start > 12 || !VERB_FIRST.test(found.tokens[start] ?? '')) return undefined;
  const names = found.scanned.products.some((product) => product.at > start && product.at < subject) || found.within('billing', start + 1, subject - 1);
  const acts = (['customer', 'partner', 'buy', 'communicate', 'receive', 'microsoft', 'throughUs'] as const).some((concept) => found.within(concept, start + 1, subject - 1));
  return names && !acts ? start : undefined;
}

/** A finite German verb that may stand second, before Microsoft as its subject: a modal, an auxiliary, a verb of reaching. */
const FINITE_BEFORE_SUBJECT = wordPattern(
  /^(darf|duerfen|durfte|duerfte|kann|koennen|koennte|wird|werden|wuerde|soll|sollte|muss|muesste|will|hat|ist|kommuniziert|kontaktiert|informiert|meldet|schreibt|schickt|spricht|redet|sendet|verschickt|benachrichtigt|erinnert|teilt|ruft|wendet|stellt)$/
);

/**
 * "Zur Verlängerung des Azure-Plans darf Microsoft ihm nichts schicken?", "Über die Preisanpassung bei E5 informiert
 * Microsoft ihn?", "Wegen des True-ups im EA darf Microsoft ihn anschreiben?": a German sentence opened by a
 * prepositional phrase (or a noun phrase with its article) before its finite verb, Microsoft right after that verb as its
 * subject: the phrase is what the question is about. Where it starts, when it names a product or a matter and no one
 * acting, buying or holding (a phrase that names nothing adds nothing to what is asked).
 */
function frontedBeforeFinite(found: Found, subject: number): number | undefined {
  const finite = subject - 1;
  if (!FINITE_BEFORE_SUBJECT.test(found.tokens[finite] ?? '') || found.clause[finite] !== found.clause[subject]) return undefined;
  let start = finite;
  while (start > 0 && !isBreak(found.tokens[start - 1] ?? '.') && finite - start < FRONTED_REACH) start--;
  if (start === finite || (start > 0 && !isBreak(found.tokens[start - 1] ?? '.'))) return undefined;
  const opener = found.tokens[start] ?? '';
  if (!FRONTED_PREPOSITIONS.test(opener) && !ARTICLES.test(opener)) return undefined;
  const acts = (['existing', 'customer', 'partner', 'buy', 'communicate', 'receive', 'microsoft', 'throughUs', 'negation'] as const).some((concept) =>
    found.within(concept, start, finite - 1)
  );
  return acts ? undefined : start;
}

/**
 * "Wenn die Kiosk-Lizenzen teurer werden, schreibt Microsoft ihm?", "If their Visio price goes up, will Microsoft tell
 * them?": a condition set off by a comma right before the asking clause (which it opens with its verb or with
 * Microsoft) names the event asked about. Not a condition that states a holding with its channel ("wenn er Copilot über
 * uns bezieht"): that is context. Where it starts.
 */
function conditionBefore(found: Found, cues: readonly ChannelCue[], from: number): number | undefined {
  const clause = found.clause[from] ?? -1;
  const breakAt = found.clause.indexOf(clause);
  if (breakAt <= 0 || found.tokens[breakAt] !== CLAUSE_END || found.sentence[breakAt - 1] !== found.sentence[from]) return undefined;
  // Only the asking clause's own start: its verb or Microsoft, after at most an auxiliary ("will Microsoft").
  for (let at = breakAt + 1; at < from; at++) if (!VERB_FIRST.test(found.tokens[at] ?? '') && !FINITE_BEFORE_SUBJECT.test(found.tokens[at] ?? '') && !found.at('communicate', at)) return undefined;
  const before = found.clause.indexOf(clause - 1);
  const start = isBreak(found.tokens[before] ?? '') ? before + 1 : before;
  if (before < 0 || found.sentence[start] !== found.sentence[from] || breakAt - start > 12 || !CONDITION_OPENERS.test(found.tokens[start] ?? '')) return undefined;
  if (holdingCondition(found, cues, start)) return undefined;
  const names =
    found.scanned.products.some((product) => product.at > start && product.at < breakAt) ||
    (['billing', 'billingWeak', 'ownAgreement', 'relationship', 'creditCard'] as const).some((concept) => found.within(concept, start + 1, breakAt - 1));
  const reaches = (['communicate', 'receive', 'microsoft'] as const).some((concept) => found.within(concept, start + 1, breakAt - 1));
  return names && !reaches ? start : undefined;
}

/** "as for", "what about", "und für": words that may come before a fronted preposition at a sentence's start. */
/** Light verbs that open a question with a noun of reaching after them: "Macht Microsoft Kommunikation über …". */
const OPENING_LIGHT_VERBS = /^(macht|machen|mach|fuehrt|fuehren)$/;
const FRONTED_LEADS = /^(and|und|but|aber|as|what|how|und|also|now|nun|jetzt|then|dann|und)$/;

/**
 * "For the credit card ones, does Microsoft send the invoice?", "Für die acht übertragenen Abos: schickt Microsoft …",
 * "And for the three that stay on the EA, …": a prepositional phrase opening the sentence and set off by a comma (or a
 * colon) before the asking clause belongs to what is asked. Returns where it starts.
 */
function frontedPhraseBefore(found: Found, from: number): number | undefined {
  const clause = found.clause[from] ?? -1;
  const breakAt = found.clause.indexOf(clause);
  if (breakAt <= 0 || found.tokens[breakAt] !== CLAUSE_END || found.sentence[breakAt - 1] !== found.sentence[from]) return undefined;
  // Only the asking clause's own start: "For the transferred ones, can Microsoft …", not one deep inside it.
  // … opened by its verb: an auxiliary, a verb of reaching, or the light verb of "macht Microsoft Kommunikation über …"
  const opener = (at: number) => VERB_FIRST.test(found.tokens[at] ?? '') || FRONTED_LEADS.test(found.tokens[at] ?? '') || OPENING_LIGHT_VERBS.test(found.tokens[at] ?? '') || found.at('communicate', at);
  for (let at = breakAt + 1; at < from; at++) if (!opener(at)) return undefined;
  // The clause before it: "Question: for the 14 transferred ones, …" has its label as a clause of its own.
  let before = found.clause.indexOf(clause - 1);
  let start = isBreak(found.tokens[before] ?? '') ? before + 1 : before;
  if (before < 0 || found.sentence[start] !== found.sentence[from]) return undefined;
  // "Für die Intune Lizenzen von uns (CSP) – macht Microsoft …": a short aside in brackets after the phrase is part of it
  const aside = breakAt - start <= 2 && !FRONTED_PREPOSITIONS.test(found.tokens[start] ?? '') && found.tokens[before] === CLAUSE_END;
  if (aside) {
    const earlier = found.clause.indexOf(clause - 2);
    const earlierStart = isBreak(found.tokens[earlier] ?? '') ? earlier + 1 : earlier;
    if (earlier >= 0 && found.sentence[earlierStart] === found.sentence[from]) {
      before = earlier;
      start = earlierStart;
    }
  }
  while (FRONTED_LEADS.test(found.tokens[start] ?? '') && start < breakAt) start++;
  if (!FRONTED_PREPOSITIONS.test(found.tokens[start] ?? '') || breakAt - start > 12 || (found.clause[start] !== found.clause[breakAt - 1] && !aside)) return undefined;
  // "For the Visio licences from us, …": the partner inside a channel phrase acts for no one
  const channelPhrase = (at: number) => found.scanned.matches.some((match) => match.concept === 'throughUs' && match.at <= at && at < match.at + (match.span ?? 1));
  const acts = (['communicate', 'receive', 'microsoft', 'customer', 'partner'] as const).some((concept) =>
    found.positions(concept).some((at) => at >= start && at <= breakAt - 1 && !channelPhrase(at))
  );
  return acts ? undefined : start;
}

/** The people of an agreement, who act for Microsoft: "Premier TAM", "Unified CSAM", "EA account team". */
const AGREEMENT_PEOPLE = /^(tam|tams|csam|csams|csm|am|manager\w*|team\w*|consultants?|berater\w*|ansprechpartner\w*|staff|reps?|engineers?|architects?|projektleit\w*|pm)$/;

/** Before the one something is bought from: "direkt bei Microsoft erworbene …", "bought from Microsoft". */
const SELLER_PREPOSITIONS = /^(bei|beim|von|vom|from|with|mit|at|through|via|ueber|durch)$/;

/**
 * What "das" in "Darf Microsoft das?" stands for: the last clause before it that names a matter (a product, a
 * channel, a topic). Its channel, when that clause gives one; nothing when the matter has no channel of its own
 * ("hat ne Rechnungsmail von MS bekommen, darf das?").
 */
const ENDING = wordPattern(/^(endet|enden|endete|endeten|ends|ended|expires|expired|lapses|lapsed|terminates|terminated|auslaeuft|ausgelaufen|ablaeuft|abgelaufen)$/);
/** The German separable verbs of running out, closed by their particle: "läuft … aus", "läuft … ab". */
const RUNNING_OUT = /^(laeuft|laufen|lief|liefen)$/;
/**
 * A verb of coming to an end ("endet", "läuft … aus", "expires", "runs out") in a clause that names a holding with its
 * channel: the holding's end is the clause's matter.
 */
/**
 * "Unified-Support-Vertrag direkt mit Microsoft … Der Vertrag endet im Herbst": an agreement's word said again with a
 * determiner, and no channel of its own, is the agreement named before whose name ends in that word; its channel.
 */
function agreementEchoed(found: Found, cueAt: ReadonlyMap<number, ProductChannel>, at: number): ProductChannel | undefined {
  if (!found.at('relationship', at) && !found.at('ownAgreement', at)) return undefined;
  if (!/^(der|die|das|den|dem|des|dieser|diese|dieses|diesen|the|this|that)$/.test(found.tokens[at - 1] ?? '')) return undefined;
  const word = found.tokens[at] ?? '';
  for (let earlier = at - 2; earlier >= 0; earlier--) {
    if (found.tokens[earlier] !== word || found.sentence[earlier] === found.sentence[at]) continue;
    // the cues of that name and the words right after it ("a contract with us"): one channel, or none said
    const around = new Set<ProductChannel>();
    for (let name = Math.max(0, earlier - 3); name <= earlier + 3; name++) {
      const channel = cueAt.get(name);
      if (channel !== undefined && found.clause[name] === found.clause[earlier]) around.add(channel);
    }
    return around.size === 1 ? ([...around][0] as ProductChannel) : undefined;
  }
  return undefined;
}

function endsAt(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  const clause = found.clause[at];
  const ending =
    (found.holds(ENDING) && ENDING.test(token)) ||
    (token === 'out' && /^(runs|run|ran|running)$/.test(found.tokens[at - 1] ?? '')) ||
    (/^(aus|ab)$/.test(token) && isBreak(found.tokens[at + 1] ?? '.') && found.tokens.slice(Math.max(0, at - 6), at).some((word, offset) => RUNNING_OUT.test(word) && found.clause[Math.max(0, at - 6) + offset] === clause));
  if (!ending) return false;
  return (['ownAgreement', 'relationship', 'nonCsp'] as const).some((concept) => found.positions(concept).some((position) => found.clause[position] === clause && position < at));
}

function channelOfLastMatter(found: Found, cues: readonly ChannelCue[], products: readonly Product[], before: number): ProductChannel | undefined {
  const productAt = new Map(found.scanned.products.map((product) => [product.at, products.find((each) => each.name === product.name)?.channel ?? 'unknown']));
  const cueAt = new Map(cues.map((cue) => [cue.at, cue.channel]));
  const askingClause = found.clause[before];
  let clause: number | undefined;
  let hasMatter = false;
  let hasTopic = false;
  const channels = new Set<ProductChannel>();
  // "… Microsoft 365 comes from us via CSP. Is Microsoft allowed to send them that?": a clause that only says where
  // something is bought is nothing one sends; what "that" stands for is the last clause with a matter, its channel
  // if it names one, else the channel said after it.
  let holdingOnly: ProductChannel | undefined;
  const ofClause = (): ProductChannel | undefined => (channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined);
  // "Lizenzen laufen über uns", "the licences come through us": a holding noun in a clause that gives its channel (and
  // names no product) says what is held where, no matter that happened
  let holdingNoun = false;
  let namesProduct = false;
  // "Der Kunde hat einen Unified-Vertrag direkt mit Microsoft, und das Stundenkontingent ist fast aufgebraucht": a
  // matter with no channel of its own belongs to what the rest of its sentence holds, when that is one channel
  let clauseStart = before;
  const ofSentence = (): ProductChannel | undefined => {
    const sentence = found.sentence[clauseStart];
    const around = new Set<ProductChannel>();
    for (const [position, channel] of [...cueAt, ...productAt]) {
      if (position < before && found.sentence[position] === sentence && found.clause[position] !== askingClause && channel !== 'unknown') around.add(channel);
    }
    return around.size === 1 ? ([...around][0] as ProductChannel) : undefined;
  };
  for (let at = before - 1; at >= -1; at--) {
    if (at >= 0 && found.clause[at] === askingClause) continue;
    if (at < 0 || found.clause[at] !== clause) {
      // (a product's licences, "die Microsoft-365-Lizenzen", may well be the matter)
      if (holdingNoun && (channels.size === 0 || namesProduct)) hasTopic = true;
      if (hasMatter && hasTopic) return ofClause() ?? ofSentence() ?? holdingOnly;
      if (hasMatter && holdingOnly === undefined) holdingOnly = ofClause() ?? 'unknown';
      if (at < 0) break;
      clause = found.clause[at];
      channels.clear();
      hasMatter = false;
      hasTopic = false;
      holdingNoun = false;
      namesProduct = false;
    }
    clauseStart = at;
    if (productAt.has(at)) namesProduct = true;
    const channel = cueAt.get(at) ?? productAt.get(at) ?? agreementEchoed(found, cueAt, at);
    // "Der Unified-Vertrag endet im Herbst", "Das EES läuft Ende Juni aus", "The EA runs out in June": what is held
    // coming to its end is a matter of that holding, not a clause that only says where it is held
    const topic = MATTER_CONCEPTS.some((concept) => concept !== 'about' && found.at(concept, at)) || endsAt(found, at);
    if (channel !== undefined || topic) hasMatter = true;
    if (topic && GENERIC_HOLDINGS.test(found.tokens[at] ?? '')) holdingNoun = true;
    else if (topic) hasTopic = true;
    if (channel !== undefined && channel !== 'unknown') channels.add(channel);
  }
  return holdingOnly === 'unknown' ? undefined : holdingOnly;
}

/** "Darf Microsoft das?", "is that OK": a pronoun standing for what was said before, not an article. */
const POINTING_PRONOUN = wordPattern(/^(das|dies|that|this|die|diese|those|these)$/);
/** Words that may stand between a pronoun and its verb: "Darf Microsoft die direkt schicken?", "send those directly". */
const PRONOUN_ADVERBS = /^(direkt|directly|einfach|so|ueberhaupt|auch|also|even|really|wirklich|selbst)$/;
function pronounAlone(found: Found, at: number): boolean {
  // "die", "those" only as a pronoun before the verb, never as an article ("die Rechnung")
  const plural = /^(die|diese|those|these)$/.test(found.tokens[at] ?? '');
  let next = at + 1;
  while (PRONOUN_ADVERBS.test(found.tokens[next] ?? '') && next <= at + 2) next++;
  const word = found.tokens[next];
  if (plural) return next > at + 1 ? word === undefined || isBreak(word) || found.at('communicate', next) : word === undefined || isBreak(word);
  return word === undefined || isBreak(word) || found.at('communicate', next) || /^(tun|machen|so|do|schicken|senden|send|ok|okay)$/.test(word);
}

/**
 * "open value für office läuft aus, informiert MS den Kunden?", "but about the m365 licences they buy from us, does
 * ms contact them?": an asking clause that names nothing asks about the matter in the clause right before it.
 */
function matterBefore(found: Found, cues: readonly ChannelCue[], products: readonly Product[], asking: number, askingClause: number): ProductChannel | undefined {
  const clause = askingClause - 1;
  const asksNothing = !found.tokens.some(
    (_token, at) => found.clause[at] === askingClause && (MATTER_CONCEPTS.some((concept) => found.at(concept, at)) || found.scanned.products.some((product) => product.at === at))
  );
  const states = found.tokens.some((_token, at) => found.clause[at] === clause && found.sentence[at] === asking && MATTER_CONCEPTS.some((concept) => found.at(concept, at)));
  if (!asksNothing || !states) return undefined;
  const channels = new Set(cues.filter((cue) => found.clause[cue.at] === clause).map((cue) => cue.channel));
  // "wenn ich die Intune-Lizenzen reduziere, schreibt Microsoft ihm dann?": a product whose channel was said before
  for (const product of found.scanned.products) {
    const channel = found.clause[product.at] === clause ? products.find((known) => known.name === product.name)?.channel : undefined;
    if (channel && channel !== 'unknown') channels.add(channel);
  }
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}
const MATTER_CONCEPTS: readonly Concept[] = ['billing', 'billingWeak', 'operational', 'marketing', 'about'];

/**
 * "Microsoft emailed them about their publisher payouts. … Is that ok?": when the question names nothing, what
 * Microsoft already sent is what the asker wonders about.
 */
function matterOfWhatHappened(found: Found, cues: readonly ChannelCue[]): ProductChannel | undefined {
  if (!found.has('wondering')) return undefined;
  const channels = new Set<ProductChannel>();
  for (const at of found.positions('happened')) {
    if (!found.within('microsoft', at - 3, at - 1, found.clause[at])) continue;
    for (const cue of cues) if (cue.at > at && found.clause[cue.at] === found.clause[at] && !cue.weak) channels.add(cue.channel);
  }
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}

const HOLDING_NOUNS = wordPattern(/^(licen[cs]|lizenz|subscription|abo)/);
/** "all cloud services are CSP through us", "der Rest läuft über uns": a product named with no channel of its own. */
function catchAll(found: Found, cues: readonly ChannelCue[], inAsking: (at: number) => boolean): ProductChannel | undefined {
  const asked = found.scanned.products.filter((product) => inAsking(product.at));
  // "Lizenzen alle über uns … wegen der Lizenzverlängerung": licences asked about, and all licences are the partner's
  // … unless the other channel sells licences too (an EA, an MCA): then "licensing" may mean either.
  const forServices = (cue: ChannelCue) =>
    found.tokens.slice(Math.max(0, cue.at - 3), cue.at + 4).some((token, offset) => SERVICE_AGREEMENTS.test(token) && found.clause[Math.max(0, cue.at - 3) + offset] === found.clause[cue.at]);
  const otherSellsLicences = cues.some((cue) => cue.channel === 'non-csp' && !forServices(cue));
  const holdingAsked = !otherSellsLicences && found.someWord(HOLDING_NOUNS, inAsking);
  if (asked.length === 0 && !holdingAsked) return undefined;
  const channels = new Set(
    cues
      .filter((cue) => found.tokens.slice(Math.max(0, cue.at - 5), cue.at).some((token, offset) => EVERYTHING.test(token) && found.clause[cue.at - Math.min(5, cue.at) + offset] === found.clause[cue.at]))
      .map((cue) => cue.channel)
  );
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}
/** Agreements for services, not licences: support contracts, consulting, a Marketplace publisher account. */
/** "direkt", "directly", "straight": the direct side said by an adverb alone. */
const DIRECT_ADVERBS = /^(direkt|directly|direct|straight|unmittelbar)$/;
const SERVICE_AGREEMENTS = /^(unified|premier|support\w*|consulting|beratung\w*|publisher\w*|herausgeber\w*|industry|mcs|payouts?|auszahlung\w*|steuerformular\w*|tax)$/;
const EVERYTHING = /^(all|everything|rest|else|alle|alles|restlich\w*|sonstig\w*)$/;

/** "the rest", "everything else", "sonst alles": what follows speaks of the other products. */
const THE_REST = wordPattern(/^(rest|else|otherwise|remaining|sonst|restlich\w*|uebrig\w*)$/);
const CONDITION_OPENERS = wordPattern(/^(when|whenever|if|wenn|falls|sofern|solange)$/);

/** A condition that only says what the customer has and through whom: "when they also buy Copilot from us". */
function holdingCondition(found: Found, cues: readonly ChannelCue[], at: number): boolean {
  const sentence = found.sentence[at];
  const inside = (position: number) => position > at && position <= at + 10 && found.sentence[position] === sentence;
  // "when they get a mail": reached, not holding; "when they also get Dynamics 365 through us": holding
  const received = (position: number) => inside(position) && !found.scanned.products.some((product) => product.at > position && product.at <= position + 2);
  if (found.positions('communicate').some(inside) || found.positions('receive').some(received)) return false;
  const has = found.someWord(HAVING_VERBS, inside) || found.positions('buy').some(inside);
  return has && cues.some((cue) => inside(cue.at));
}

const HOLDING_VERBS = /^(laufen|laeuft|liefen|lief|liegen|liegt|run|runs|are|is|sind|ist|kommen|kommt|come|comes)$/;
const HAVING_VERBS = wordPattern(/^(hat|haben|has|have|kauft|kaufen|bezieht|beziehen|buys?|gets?|holds?)$/);
const CLAUSE_JOINERS = /^(and|but|und|aber)$/;
const ALSO_WORDS = /^(auch|noch|zusaetzlich|also|too|additionally)$/;
const HOLDER_PRONOUNS = /^(er|sie|es|they|he|she|it)$/;

/**
 * "… wurde von Microsoft über eine Preisänderung dieser Abonnements informiert die Microsoft-365-Lizenzen laufen über
 * uns" typed without a full stop: a product said to run through a channel after the verb of reaching is a statement
 * of its own, context to the question and not what it asks about. Where that statement starts, or undefined.
 */
function holdingStatedAfter(found: Found, cues: readonly ChannelCue[], verb: number, asking: number): number | undefined {
  for (const product of found.scanned.products) {
    const end = product.at + product.length;
    if (product.at <= verb + 1 || found.sentence[product.at] !== asking) continue;
    // "…, Dynamics hat er über uns", "…, Dynamics they have through us": a clause that opens with the product and has
    // it, not only one where it runs ("the Dynamics they have through us" describes what is asked about)
    const opensClause = isBreak(found.tokens[product.at - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[product.at - 1] ?? '');
    const holding = [end, end + 1].find((at) => HOLDING_VERBS.test(found.tokens[at] ?? '') || (opensClause && HAVING_VERBS.test(found.tokens[at] ?? '')));
    // "… invoice them for the Azure plan that runs under CSP?", "… für den Azure-Plan, der über uns läuft?": a relative
    // clause describes the asked product, and its channel goes with it
    const described = !opensClause && holding === end + 1 && DESCRIBING_RELATIVE.test(found.tokens[end] ?? '');
    if (holding !== undefined && !described && cues.some((cue) => cue.at > holding && cue.at <= holding + 2)) {
      return DETERMINERS.test(found.tokens[product.at - 1] ?? '') ? product.at - 1 : product.at;
    }
    // "…, er hat auch Microsoft 365 bei uns", "…, they also have M365 from us": a clause of its own that opens with
    // the customer having the product through a channel
    const having = [1, 2].map((back) => product.at - back).find((at) => HAVING_VERBS.test(found.tokens[at] ?? ''));
    if (having === undefined || !found.tokens.slice(having + 1, product.at).every((word) => ALSO_WORDS.test(word))) continue;
    const subject = [having - 1, having - 2].find((at) => HOLDER_PRONOUNS.test(found.tokens[at] ?? ''));
    if (subject === undefined || subject <= verb || !(isBreak(found.tokens[subject - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[subject - 1] ?? ''))) continue;
    if (!found.tokens.slice(subject + 1, having).every((word) => ALSO_WORDS.test(word))) continue;
    if (cues.some((cue) => cue.at >= end && cue.at <= end + 2)) return subject;
  }
  // "Microsoft emailed them about their EA anniversary; they additionally have CSP subs with us": a clause of its own,
  // its holder first, that has something through a channel, with no product named
  const stated = found.findWord(HAVING_VERBS, (having) => {
    if (having <= verb + 2 || found.sentence[having] !== asking) return false;
    let subject = having - 1;
    while (subject > verb && ALSO_WORDS.test(found.tokens[subject] ?? '')) subject--;
    if (subject <= verb || !HOLDER_PRONOUNS.test(found.tokens[subject] ?? '')) return false;
    if (!(isBreak(found.tokens[subject - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[subject - 1] ?? ''))) return false;
    return cues.some((cue) => cue.at > having && cue.at <= having + 4 && found.clause[cue.at] === found.clause[having]);
  });
  if (stated >= 0) {
    let subject = stated - 1;
    while (ALSO_WORDS.test(found.tokens[subject] ?? '')) subject--;
    return subject;
  }
  return undefined;
}
/** Words that open a relative clause right after what it describes: "the plan that runs …", "der Plan, der …". */
const DESCRIBING_RELATIVE = /^(that|which|die|der|das|welche\w*)$/;

/** Concepts that name parties and verbs, not the thing a question is about: they never link two clauses. */
const FRAME_CONCEPTS: ReadonlySet<Concept> = new Set([
  'microsoft', 'customer', 'partner', 'partnerObject', 'communicate', 'receive', 'negation', 'about', 'anaphor',
  'existing', 'softBreak', 'clauseBreak', 'who', 'wondering', 'happened', 'policyRef', 'where', 'apply', 'imperative', 'direct'
]);

/**
 * A word the asking part repeats from earlier says which channel it means: "their Azure reservations via CSP are
 * running out – does Microsoft write to him about the reservations?", "bought 5 by credit card … about those 5?".
 * Only an echo that points to one channel counts.
 */
function echoedChannel(
  found: Found,
  cues: readonly ChannelCue[],
  products: readonly Product[],
  from: number,
  inAsking: (at: number) => boolean,
  titleSentence = -1
): ProductChannel {
  // Computed once: the inner loop below runs over every earlier word for every asked word.
  const framePositions = new Set<number>();
  for (const match of found.scanned.matches) {
    if (!FRAME_CONCEPTS.has(match.concept)) continue;
    for (let offset = 0; offset < (match.span ?? 1); offset++) framePositions.add(match.at + offset);
  }
  const meaningful = (at: number) => {
    const token = found.tokens[at] ?? '';
    if ((token.length < 4 && !/^\d+$/.test(token)) || isBreak(token) || FUNCTION_WORDS.has(token)) return false;
    return !framePositions.has(at) && found.sentence[at] !== titleSentence;
  };
  const echoed = new Set<ProductChannel>();
  const channelOfProduct = (name: string | undefined) => products.find((known) => known.name === name)?.channel ?? 'unknown';
  let earlierWords: Array<{ at: number; word: string }> | undefined;
  for (let at = from; at < found.tokens.length; at++) {
    if (!inAsking(at)) continue;
    // "bill her for Project" after "Project Plan 3", "the P2 renewal" after "Entra ID P2": a word of a product's name
    const named = productWordEchoed(found, at, from);
    if (named !== undefined) {
      const channel = channelOfProduct(named);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "Power BI Premium … direkt, Power BI Pro über uns … die Rechnung für die Pro-Lizenzen": an edition said again
    // points to the one mention that had it
    const edition = editionEchoed(found, at, from);
    if (edition !== undefined) {
      const channel = channelNear(found, edition, cues);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "the pay-as-you-go one", "das PAYG-Abonnement": a phrase said again, or its initials
    const phrase = phraseEchoed(found, at, from);
    if (phrase !== undefined) {
      const channel = channelNear(found, phrase, cues, true);
      const described = productBefore(found, phrase);
      const fallback = channel === 'unknown' && described ? channelOfProduct(described.name) : channel;
      if (fallback !== 'unknown') echoed.add(fallback);
      continue;
    }
    // "zu diesem Abo" after "ein Pay-as-you-go-Azure-Abo per Kreditkarte", "about that contract" after "a Unified
    // Support contract": a demonstrative before a holding noun points to its last mention
    const pointed = demonstrativeHolding(found, at, from);
    if (pointed !== undefined) {
      const described = productBefore(found, pointed);
      const ofProduct = described && found.clause[described.at] === found.clause[pointed] ? channelOfProduct(described.name) : 'unknown';
      // an engagement pointed to is the cue it makes itself ("ein bezahltes Projekt … dieses Projekt")
      const ofCue = cues.find((cue) => cue.at === pointed)?.channel ?? 'unknown';
      const channel = ofProduct !== 'unknown' ? ofProduct : ofCue !== 'unknown' ? ofCue : channelNear(found, pointed, cues);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "zu diesen Self-Service-Lizenzen" after "per Self-Service gekauft", "wegen dieser RIs" after "die RIs … im PC gekauft",
    // "about those trial seats" after "a trial": what a demonstrative describes by a word said before points to that mention
    const described = describedByDemonstrative(found, at, from);
    if (described !== undefined) {
      const product = productAround(found, described);
      const channel = product ? channelOfProduct(product) : channelNear(found, described, cues, true);
      if (channel !== 'unknown') {
        echoed.add(channel);
        continue;
      }
    }
    if (!meaningful(at) || GENERIC_HOLDINGS.test(found.tokens[at] ?? '')) continue;
    const askedProduct = productAround(found, at);
    // "about the seat change", "zur Reduktion", "those 5": an echo points back; "zu Lizenzfragen" speaks in general.
    // … or "wg. Projekt" after "Beratungsprojekt": the last part of an agreement's compound name said again
    const bare = !askedProduct && !found.tokens.slice(Math.max(0, at - 2), at).some((token) => DETERMINERS.test(token));
    const bareWord = (found.tokens[at] ?? '-').length >= 7 ? (found.tokens[at] ?? '-').replace(/e?s$/, '') : (found.tokens[at] ?? '-');
    // … or the very word of an agreement's name said again without its article, as learners write: "Unified Support …
    // über Verlängerung von Support"
    const agreementWordAgain = (earlier: number) => earlier < from && found.tokens[earlier] === found.tokens[at] && (found.tokens[at] ?? '').length >= 5 && insideAgreementName(found, earlier);
    // … or the event of the sentence right before said again as its noun, with any article: "Er kündigt Business Basic
    // bei uns. Schickt Microsoft ihm eine Kündigungsbestätigung?", "He cancels … Will Microsoft send a cancellation notice?"
    const eventAgain = (earlier: number) =>
      earlier < from &&
      found.sentence[earlier] === (found.sentence[at] ?? 0) - 1 &&
      SUBSCRIPTION_EVENT.test(found.tokens[earlier] ?? '') &&
      SUBSCRIPTION_EVENT.test(found.tokens[at] ?? '') &&
      participleStem(found.tokens[earlier] ?? '').slice(0, 5) === participleStem(found.tokens[at] ?? '-').slice(0, 5);
    if (
      bare &&
      !found.positions('ownAgreement').some((earlier) => earlier < from && (found.tokens[earlier] ?? '').length > bareWord.length + 3 && (found.tokens[earlier] ?? '').endsWith(bareWord)) &&
      !found.tokens.some((_token, earlier) => agreementWordAgain(earlier) || eventAgain(earlier))
    )
      continue;
    earlierWords ??= found.tokens
      .slice(0, from)
      .map((token, earlier) => ({ at: earlier, word: participleStem(token) }))
      .filter((earlier) => meaningful(earlier.at));
    const asked = participleStem(found.tokens[at] ?? '');
    const stem = asked.slice(0, 6);
    // "wegen des Projekts" after "Beratungsprojekt": a genitive ending does not hide the compound's last part
    const uninflected = asked.length >= 7 ? asked.replace(/e?s$/, '') : asked;
    // "Verein hat Open-Value-Lizenzen … bestätigt Microsoft dem Verein …", "lager hat EA … kriegt das lager …", "The
    // bakery has an EA … the Visio seats of the bakery … tell the bakery": the one who holds, named again, is no matter
    // asked about, wherever else it was named
    if (earlierWords.some((earlier) => earlier.word === asked && holderAt(found, earlier.at))) continue;
    for (const { at: earlier, word } of earlierWords) {
      if (holderAt(found, earlier)) continue;
      if (bare && !(found.at('ownAgreement', earlier) && word.length > uninflected.length + 3 && word.endsWith(uninflected)) && !agreementWordAgain(earlier) && !eventAgain(earlier)) continue;
      const [shorter, longer] = word.length <= asked.length ? [word, asked] : [asked, word];
      const same =
        word.slice(0, 6) === stem ||
        // "reduced … the reduction": a verb and its noun share a stem of five letters
        (shorter.length >= 7 && longer.length >= 8 && word.slice(0, 5) === asked.slice(0, 5)) ||
        (shorter.length >= 4 && longer.startsWith(shorter)) ||
        (asked.length >= 6 && word.endsWith(asked)) ||
        (uninflected.length >= 6 && word.length > uninflected.length + 3 && word.endsWith(uninflected)) ||
        (word.length >= 6 && asked.endsWith(word)) ||
        // "We reduce … the reduction", "cancel … cancellation": an event on a subscription, as verb and noun
        (SUBSCRIPTION_EVENT.test(word) && SUBSCRIPTION_EVENT.test(asked) && word.slice(0, 5) === asked.slice(0, 5)) ||
        // "reduziert … zur Reduktion": a subscription verb and its noun may part after four letters
        (shorter.length >= 7 && word.slice(0, 4) === asked.slice(0, 4) && found.at('billing', earlier) && found.at('billing', at));
      if (!same) continue;
      // "Azure" asked is not an echo of "Azure plan" named before: another product.
      const earlierProduct = productAround(found, earlier);
      if (askedProduct && earlierProduct && askedProduct !== earlierProduct) continue;
      // "reduziert die Business-Premium-Lizenzen, die er über uns hat … zur Reduktion": the event's object says which
      // "transferred … into our CSP Azure plan … for the transferred subscriptions": a move said again is where it went
      const moved = moveDestination(found, earlier, cues);
      if (moved !== undefined) {
        echoed.add(moved);
        continue;
      }
      const object = earlierProduct ? undefined : objectOf(found, earlier, cues);
      const objectChannel = object ? channelOfProduct(object) : 'unknown';
      const channel = objectChannel !== 'unknown' ? objectChannel : channelNear(found, earlier, cues, true);
      if (channel !== 'unknown') echoed.add(channel);
      else {
        // "sein CSP-Abo für Exchange Online wird gekündigt … die Kündigungsbestätigung": the product of its clause
        const ofClause = new Set(
          found.scanned.products
            .filter((product) => found.clause[product.at] === found.clause[earlier])
            .map((product) => products.find((known) => known.name === product.name)?.channel ?? 'unknown')
        );
        const [only] = [...ofClause];
        if (ofClause.size === 1 && only !== undefined && only !== 'unknown') echoed.add(only);
      }
    }
  }
  return echoed.size === 1 ? ([...echoed][0] as ProductChannel) : 'unknown';
}

/** Events on a subscription, as verb or noun: "kündigt … Kündigungsbestätigung", "reduced … reduction notice". */
const SUBSCRIPTION_EVENT = /^(kuendig|gekuendig|cancel|reduz|reduc|redukt|upgrad|downgrad|verlaeng|renew|aufstock|aufgestock|erhoeh|increas|convert|umwand|umgewand|umstell|umgestell|hochstuf|hochgestuf|herabstuf)/;

/** The subject of a holding, opening its clause: "Verein hat …", "Der Kunde hat …", "The school has …", "Ein Verein mit …". */
function holderAt(found: Found, at: number): boolean {
  if (CHANNEL_CONCEPTS.some((concept) => found.at(concept, at)) || found.at('billing', at)) return false;
  if (!(HAVING_VERBS.test(found.tokens[at + 1] ?? '') || /^(mit|with)$/.test(found.tokens[at + 1] ?? '')) || found.scanned.products.some((product) => at >= product.at && at < product.at + product.length)) return false;
  const before = found.tokens[at - 1];
  return before === undefined || isBreak(before) || ARTICLES.test(before) || /^(a|an|one|ein|eine|einem|einer)$/.test(before);
}

/** A word inside the name of the customer's own agreement ("support" in "Unified Support"). */
function insideAgreementName(found: Found, at: number): boolean {
  return found.scanned.matches.some((match) => match.concept === 'ownAgreement' && match.at <= at && at < match.at + (match.span ?? 1));
}

/** Words of product names that say nothing alone ("Business Premium", "Exchange Online", "Visio Plan 2"). */
const PRODUCT_FILLERS = new RegExp(`^(${EDITION_WORDS}|microsoft|for|der|the|and)$`);

/**
 * A word of a product's name said again on its own: "Project Plan 3 … bill her for Project", "Entra ID P2 … the P2
 * renewal". The word must stand outside any product name where it is asked; a filler word ("Premium") says nothing.
 */
const EDITION_TAIL = new RegExp(`^(${EDITION_WORDS}|[aefgp]\\d)$`);

/** The one earlier product mention whose name ends on this edition word ("Power BI Pro" for "die Pro-Lizenzen"). */
function editionEchoed(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  if (!EDITION_TAIL.test(token) || productAround(found, at) !== undefined || found.scanned.products.some((product) => product.at + product.length === at)) return undefined;
  const mentions = found.scanned.products.filter((product) => {
    if (product.at >= from) return false;
    const end = product.at + product.length;
    for (let word = product.at + 1; word < end + MAX_NAME_TAIL && (word < end || PRODUCT_TAIL.test(found.tokens[word] ?? '')); word++) {
      if (found.tokens[word] === token) return true;
    }
    return false;
  });
  return mentions.length === 1 ? mentions[0]?.at : undefined;
}

export function productWordEchoed(found: Found, at: number, from: number): string | undefined {
  const token = found.tokens[at] ?? '';
  if (isBreak(token) || productAround(found, at) !== undefined || PRODUCT_FILLERS.test(token) || FUNCTION_WORDS.has(token)) return undefined;
  const sku = /\d/.test(token) && /[a-z]/.test(token) && token.length <= 4;
  if (!sku && token.length < 5) return undefined;
  for (const product of found.scanned.products) {
    if (product.at >= from) continue;
    const end = product.at + product.length;
    // The name's own words, and a SKU shortly after it: "Entra ID P2", "Project Plan 3", "Defender for Business P1".
    for (let word = product.at; word <= end + 2 && word < from && found.clause[word] === found.clause[product.at]; word++) {
      if (word >= end && !sku) break;
      if (found.tokens[word] === token) return product.name;
    }
  }
  return undefined;
}

/** Where an earlier phrase of three words is said again at `at`, or where the words of an abbreviation at `at` stand. */
function phraseEchoed(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  if (isBreak(token) || FUNCTION_WORDS.has(token) && token.length > 3) return undefined;
  const third = found.tokens[at + 2];
  if (third !== undefined && ![0, 1, 2].some((offset) => isBreak(found.tokens[at + offset] ?? '.'))) {
    for (let earlier = 0; earlier + 2 < from; earlier++) {
      if (found.tokens[earlier] === token && found.tokens[earlier + 1] === found.tokens[at + 1] && found.tokens[earlier + 2] === third && !isBreak(token)) {
        return DETERMINERS.test(found.tokens[at - 1] ?? '') ? earlier : undefined;
      }
    }
  }
  // "PAYG" for "pay as you go": four or five letters, each the first of one earlier word in a row
  if (token.length < 4 || token.length > 5 || !/^[a-z]+$/.test(token) || found.at('microsoft', at)) return undefined;
  for (let earlier = 0; earlier + token.length <= from; earlier++) {
    let spelt = true;
    for (let letter = 0; letter < token.length && spelt; letter++) {
      const word = found.tokens[earlier + letter] ?? '.';
      spelt = !isBreak(word) && word[0] === token[letter];
    }
    if (spelt) return earlier;
  }
  return undefined;
}

/** The product named just before a word that describes it: "Azure-Abonnement per Kreditkarte (Pay-as-you-go)". */

/** The work of an engagement: "that project", "dieses Projekt", "the workshop". */
const ENGAGEMENT_WORK = /^(projects?|projekt\w*|engagements?|workshops?|work|implementation|implementierung\w*|rollouts?|mandat\w*|auftrag|auftrags)$/;
/** Agreements that are engagements of Microsoft's own people: consulting, Industry Solutions, MCS, support. */
const ENGAGEMENT_AGREEMENT = /^(consulting\w*|industry|mcs|beratung\w*|unified|premier|engagement\w*|projects?|projekt\w*|workshops?|sow|microsoft)$/;

/** An agreement phrase starting here that names an engagement by one of its words ("Microsoft Consulting", "paid engagement"). */
function engagementNamedAt(found: Found, at: number): boolean {
  const span = found.scanned.matches.find((match) => match.concept === 'ownAgreement' && match.at === at)?.span ?? 1;
  return found.tokens.slice(at, at + span).some((token) => ENGAGEMENT_AGREEMENT.test(token));
}

/** "diesem Abo", "that subscription": a holding noun after a demonstrative, and where the same noun was said before. */
function demonstrativeHolding(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  // "about that project", "zu diesem Workshop" after "Microsoft Consulting has an engagement running": the work an
  // engagement of the customer's own with Microsoft does; also after an article ("über das Projekt" after "ein
  // kostenpflichtiges Projekt"), and with the engagement named by any word of its phrase ("a paid engagement")
  if (ENGAGEMENT_WORK.test(token) && (DEMONSTRATIVES.test(found.tokens[at - 1] ?? '') || DETERMINERS.test(found.tokens[at - 1] ?? ''))) {
    for (let earlier = from - 1; earlier >= 0; earlier--) if (found.at('ownAgreement', earlier) && engagementNamedAt(found, earlier)) return earlier;
    return undefined;
  }
  if (!DEMONSTRATIVES.test(found.tokens[at - 1] ?? '')) return undefined;
  if (!GENERIC_HOLDINGS.test(token)) return undefined;
  const stem = token.slice(0, 3);
  for (let earlier = from - 1; earlier >= 0; earlier--) {
    const word = found.tokens[earlier] ?? '';
    if (GENERIC_HOLDINGS.test(word) && word.slice(0, 3) === stem) return earlier;
  }
  return undefined;
}

/**
 * "diesen Self-Service-Lizenzen", "dieser RIs", "those trial seats": the word right after a demonstrative (or the one
 * after that, in a two-word description), said before the asking part, names the mention the demonstrative points to.
 * Not a holding noun alone ("diese Lizenzen", which demonstrativeHolding reads), nor the customer or a party.
 * Where that last earlier mention is.
 */
function describedByDemonstrative(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  const right = DEMONSTRATIVES.test(found.tokens[at - 1] ?? '');
  const second = !right && DEMONSTRATIVES.test(found.tokens[at - 2] ?? '') && !FUNCTION_WORDS.has(found.tokens[at - 1] ?? '') && !isBreak(found.tokens[at - 1] ?? '.');
  if (!right && !second) return undefined;
  if (token.length < 3 || isBreak(token) || FUNCTION_WORDS.has(token) || GENERIC_HOLDINGS.test(token) || /^\d+$/.test(token)) return undefined;
  if ((['customer', 'partner', 'microsoft', 'communicate', 'receive', 'negation', 'anaphor'] as const).some((concept) => found.at(concept, at))) return undefined;
  for (let earlier = from - 1; earlier >= 0; earlier--) {
    if (found.tokens[earlier] !== token || holderAt(found, earlier)) continue;
    return earlier;
  }
  return undefined;
}

function productBefore(found: Found, at: number): { name: string; at: number } | undefined {
  const before = found.scanned.products.filter((product) => product.at < at && at - product.at <= 6 && found.sentence[product.at] === found.sentence[at]);
  return before[before.length - 1];
}

/** The product an event word acts on: the first one after it in its clause, with no channel said between them. */
function objectOf(found: Found, at: number, cues: readonly ChannelCue[]): string | undefined {
  // "buys Teams from us and cancels it", "kauft Business Basic bei uns und kündigt es": a pronoun object stands for the
  // product named just before in the clause
  if (found.at('billing', at) && /^(it|them|es|sie|ihn)$/.test(found.tokens[at + 1] ?? '')) {
    const before = found.scanned.products.filter((product) => product.at < at && at - product.at <= 6 && found.clause[product.at] === found.clause[at]);
    const last = before[before.length - 1];
    if (last) return last.name;
  }
  // A verb of the subscription with its object after it ("reduziert die Anzahl …", "cancelled their Teams Phone"),
  // not a noun with a prepositional phrase ("Beratungsauftrag für die Azure-Migration").
  const acts = found.at('billing', at) && (DETERMINERS.test(found.tokens[at + 1] ?? '') || found.scanned.products.some((product) => product.at === at + 1));
  if (!acts) return undefined;
  const object = found.scanned.products.find((product) => product.at > at && product.at - at <= 5 && found.clause[product.at] === found.clause[at]);
  if (!object || cues.some((cue) => cue.at > at && cue.at < object.at)) return undefined;
  return object.name;
}
/** Words that make the noun after them one already named: the, those, their, die, zur, seine. */
const DETERMINERS = /^(the|that|those|these|this|their|his|her|its|der|die|das|den|dem|des|zur|zum|beim|vom|diese\w*|jene\w*|sein\w*|ihr\w*|dessen|deren)$/;

/** The name of the product whose words include this position, if any. */
export function productAround(found: Found, at: number): string | undefined {
  return found.scanned.products.find((product) => at >= product.at && at < product.at + product.length)?.name;
}

/** "gekündigt" echoes "Kündigung": a German participle's "ge-" hides the stem it shares with its noun. */
function participleStem(token: string): string {
  return token.length >= 8 && token.startsWith('ge') && /(t|en)$/.test(token) ? token.slice(2) : token;
}
export const CHANNEL_CONCEPTS: readonly Concept[] = ['buy', 'throughUs', 'ownAgreement', 'relationship', 'csp', 'nonCsp', 'partnerCenter', 'creditCard', 'takenOver'];

/**
 * The asking part (from its first verb of reaching to the end of its sentence) names the customer's own agreement or
 * engagement, and no operational word of its own: one right after the agreement's name is the agreement's ("MACC
 * burn-down", "Microsoft Incident Response").
 */
export function agreementAsked(found: Found): boolean {
  const verbs = reachingVerbs(found);
  if (verbs.length === 0) return false;
  const sentence = Math.max(...verbs.map((at) => found.sentence[at] ?? 0));
  const verb = Math.min(...verbs.filter((at) => found.sentence[at] === sentence));
  const asked = (at: number) => at > verb && found.sentence[at] === sentence;
  const agreements = [...found.positions('ownAgreement'), ...found.positions('relationship')].filter((at) => asked(at) && !found.negatedAt(at, 3));
  if (agreements.length === 0) return false;
  return found.positions('operational').every((at) => !asked(at) || agreements.some((agreement) => at >= agreement && at - agreement <= 3));
}
