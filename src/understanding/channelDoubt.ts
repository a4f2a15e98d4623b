import type { Product, ProductChannel, Topic, TriState } from './facts';
import type { Concept } from './lexicon';
import { isBreak, SENTENCE_END } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { Found, COMING } from './found';
import { ONLY, GENERIC_HOLDINGS, ONLY_OR_ALL, OR, WE } from './grammar';
import { PARTNER_OWN } from './topics';
import { partnerNounAt } from './recipient';
import { ROUTE_VERBS, routeOrSender, partnerBoughtDirect } from './channelCues';
import { productWordEchoed, productAround, CHANNEL_CONCEPTS } from './channel';

const PURCHASE_VERBS = wordPattern(/^(bought|buys|buy|purchased|sold|sell|ordered|gekauft|kauft|bezogen|bezieht|verkauft|laeuft|laufen|lief|liefen|bestellt)$/);

/**
 * The asker cannot say how it was bought: "no idea if they bought it from us", a product missing from the
 * partner's Partner Center, or Microsoft already wrote about it and the asker wonders whether that was allowed.
 */
/**
 * "I think", "as far as I know", "glaube", "vermutlich", "wohl", "apparently": the asker hedging a claim, which need not
 * be about a purchase ("Microsoft hat ihn wohl angeschrieben" doubts the mail, not how anything was bought).
 */
const OPINION_HEDGE = /^(think|believe|guess|far|probably|presumably|suspected|presumed|assumed|glaub\w*|denke|soweit|meines|wahrscheinlich|vermutlich|vermutung|vermutet|angenommen|ggf|ggfs|wohl|anscheinend|offenbar|scheinbar|mutmasslich|eher)$/;

function opinionHedge(found: Found, at: number): boolean {
  return found.tokens.slice(at, at + 4).some((token) => OPINION_HEDGE.test(token));
}

/**
 * "I think they bought Visio directly": the hedge is about a purchase. "I think Microsoft may not email them about
 * invoices, right?": a claim about the policy, to be checked, with nothing said about how anything was bought.
 */
const IN_PERSON = /^(selbst|selber)$/;
/**
 * "Microsoft schreibt den Kunden wohl nicht selbst an", "Microsoft selbst informiert ihn …": "selbst" beside the one
 * acting, in a clause where Microsoft reaches someone and nothing is bought, is Microsoft in person (emphasis), not a
 * purchase made directly.
 */
function actsInPerson(found: Found, at: number): boolean {
  if (!IN_PERSON.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  const inClause = (position: number) => found.clause[position] === clause;
  return (
    found.positions('microsoft').some((ms) => ms < at && inClause(ms)) &&
    found.positions('communicate').some(inClause) &&
    !found.positions('buy').some(inClause) &&
    !found.positions('ownAgreement').some(inClause)
  );
}

function channelSaidInSentence(found: Found, at: number, inClause = false): boolean {
  const sentence = found.sentence[at];
  const inSentence = inClause ? (position: number) => found.clause[position] === found.clause[at] : (position: number) => found.sentence[position] === sentence;
  return (
    // "as far as I know Microsoft doesn't talk to CSP customers about …": "CSP customers" says who they are, not a purchase
    CHANNEL_CONCEPTS.some((concept) => found.positions(concept).some((position) => inSentence(position) && !(concept === 'csp' && found.at('customer', position + 1)))) ||
    // "macht MS das ggf. direkt": Microsoft acting directly, not a direct purchase
    found.positions('direct').some((position) => inSentence(position) && !found.within('communicate', position - 3, position + 3) && !found.within('microsoft', position - 4, position - 1) && !actsInPerson(found, position)) ||
    ((found.holds(PURCHASE_VERBS) || found.holds(OURS)) &&
      found.tokens.some((token, position) => inSentence(position) && (PURCHASE_VERBS.test(token) || (OURS.test(token) && !found.at('customer', position + 1)))))
  );
}

/** "direkt online bei Microsoft gekauft", "online directly from Microsoft": bought online, and the shop is named. */
function onlineShopNamed(found: Found, at: number): boolean {
  if (found.tokens[at] !== 'online') return false;
  return found.tokens.slice(Math.max(0, at - 2), at + 3).some((token) => /^(direkt|direct|directly)$/.test(token)) || found.within('microsoft', at - 3, at + 3, found.clause[at]);
}

const ASKER_HIMSELF = /^(ich|i|i'm|im|wir|we|we're|mir|me|bin)$/;
const CASE_OPENERS = /^(wenn|falls|sobald|sofern|when|once|whenever)$/;

/**
 * "Ehrlich gesagt bin ich unsicher, wenn wir die Seats runterfahren, kriegt der Kunde …", "I'm not sure: …": the
 * asker's own clause of doubt, naming nothing bought and followed by no "ob/whether", hedges the whole question, not
 * how anything was bought.
 */
function hedgesWholeQuestion(found: Found, at: number): boolean {
  const clause = found.clause[at];
  const start = found.clause.indexOf(clause ?? -1);
  const end = found.clause.lastIndexOf(clause ?? -1);
  // Only the clause that opens the message: a doubt said after a claim ("we never sold them Plan 2, I think") is about it.
  if (found.tokens.slice(0, start).some((token) => !isBreak(token)) || end >= found.tokens.length - 1) return false;
  const words = found.tokens.slice(start, end + 1).filter((token) => !isBreak(token));
  if (words.length > 6 || !words.some((token) => ASKER_HIMSELF.test(token)) || words.some((token) => OPINION_HEDGE.test(token))) return false;
  if (CHANNEL_CONCEPTS.some((concept) => found.within(concept, start, end))) return false;
  // What follows is the case the question is about ("wenn wir …", "when we …"), not whether or how something was bought.
  return CASE_OPENERS.test(found.tokens.slice(end + 1).find((token) => !isBreak(token)) ?? '');
}

const CHANNEL_WORD_CONCEPTS: readonly Concept[] = [...CHANNEL_CONCEPTS, 'direct'];

function namesChannelAt(found: Found, position: number): boolean {
  const token = found.tokens[position] ?? '';
  return CHANNEL_WORD_CONCEPTS.some((concept) => found.at(concept, position)) || PURCHASE_VERBS.test(token) || OURS.test(token);
}

const WHAT_OR_HOW = /^(wie|was|what|how|welche\w*|which|ob|whether|if)$/;
const HOW_OR_WHAT = /^(wie|was|what|how)$/;
/** How a thing goes or is handled, and what the asker is to say: "how this works", "what to say", "wie das geregelt ist". */
const GOES_OR_SAID = /^(works?|working|handled|regulated|done|goes|say|tell|answer|reply|respond|do|laeuft|lauft|funktioniert|funktionieren|geregelt|gehandhabt|gemacht|sagen|sage|antworten|antworte|tun|machen)$/;
/** Words of running or the programme, which say how a thing goes where no route or product is named beside them. */
const RUNNING_OR_PROGRAMME = /^(laeuft|lauft|laufen|runs|run|csp)$/;

/**
 * "idk what to say lol", "tbh idk how this works", "kp wie das bei csp läuft", "keine Ahnung, wie das geregelt ist":
 * not knowing how the policy goes or what to answer, naming no route and no product, doubts no purchase.
 * ("no idea how they bought it", "keine Ahnung, wie er das gekauft hat" still do.)
 */
function notKnowingHowItGoes(found: Found, at: number): boolean {
  let how = -1;
  for (let next = at + 1; next <= at + 4 && next < found.tokens.length; next++) {
    if (found.tokens[next] === SENTENCE_END) return false;
    if (HOW_OR_WHAT.test(found.tokens[next] ?? '')) {
      how = next;
      break;
    }
  }
  if (how < 0) return false;
  for (let next = how + 1; next <= how + 7 && next < found.tokens.length; next++) {
    const token = found.tokens[next] ?? '';
    if (isBreak(token)) return false;
    if (found.scanned.products.some((product) => product.at === next)) return false;
    if (!RUNNING_OR_PROGRAMME.test(token) && namesChannelAt(found, next)) return false;
    if (GOES_OR_SAID.test(token)) return true;
  }
  return false;
}
const WORDING = /^(term|terms|word|words|wording|phrase|name|called|begriff\w*|wort|ausdruck|bezeichnung\w*|heisst|nennt|genannt)$/;

/** "on a yearly term", "the term ends": a contract's term, not a word; only "the right/proper term" is one. */
function contractTerm(found: Found, at: number): boolean {
  if (!/^terms?$/.test(found.tokens[at] ?? '')) return false;
  return !found.tokens.slice(Math.max(0, at - 2), at).some((before) => /^(right|correct|proper|exact|official|technical|best|richtig\w*|korrekt\w*)$/.test(before));
}

/**
 * "Not sure 'licence count' is the right term here", "keine Ahnung, wie das heißt": a doubt about what a thing is
 * called, in a clause that names no channel, is about words, not about how anything was bought.
 */
function hedgesWording(found: Found, at: number): boolean {
  const clause = found.clause[at] ?? 0;
  // "Ich weiß nicht, wie das heißt", "keine Ahnung, ob der Begriff stimmt": the clause the doubt opens is what is doubted
  const opened = found.clause.indexOf(clause + 1);
  const object = opened >= 0 && WHAT_OR_HOW.test(found.tokens[opened + 1] ?? '') ? clause + 1 : clause;
  let wording = false;
  for (let position = 0; position < found.tokens.length; position++) {
    if (found.clause[position] !== clause && found.clause[position] !== object) continue;
    if (namesChannelAt(found, position) && position !== at) return false;
    if (WORDING.test(found.tokens[position] ?? '') && !contractTerm(found, position)) wording = true;
  }
  return wording;
}

const WHETHER = wordSet(['ob', 'whether']);
const ONLINE = wordSet(['online']);

/** The forms before "n't" that make "can't confirm" a doubt: the asker unable to say. */
const UNABLE = /^(can|ca|could|couldn|cannot)$/;

/**
 * "Microsoft doesn't confirm the change with them", "won't verify": someone not doing something, said with the words of
 * "can't confirm", is an action not done, not the asker unable to say how anything was bought.
 */
function actionNotDone(found: Found, at: number): boolean {
  return found.tokens[at] === "n't" && /^(confirm|verify)$/.test(found.tokens[at + 1] ?? '') && !UNABLE.test(found.tokens[at - 1] ?? '');
}

/** Words that say the partner's own channel: through us, CSP, our Partner Center, the reseller's. */
const PARTNER_SIDE: readonly Concept[] = ['throughUs', 'csp', 'partnerCenter'];
/** Words that say another channel, or a purchase of the customer's own. */
const OTHER_SIDE: readonly Concept[] = ['ownAgreement', 'relationship', 'nonCsp', 'creditCard', 'takenOver'];

/**
 * "a Teams Phone trial, I think through their Partner Center", "bought via the reseller, I think on a yearly term",
 * "Business Standard über CSP (glaub ich zumindest)": an opinion hedge on the partner's own channel, with no other
 * channel, no direct purchase and no denial in its sentence, still says the partner's channel: no hint of another one.
 * "I'm not sure it's through us", "I don't think it's through us", "I think they bought it directly" still doubt.
 */
function hedgesPartnerChannel(found: Found, at: number): boolean {
  if (!opinionHedge(found, at)) return false;
  const sentence = found.sentence[at];
  const inSentence = (position: number) => found.sentence[position] === sentence;
  if (found.positions('negation').some(inSentence)) return false;
  if (OTHER_SIDE.some((concept) => found.positions(concept).some(inSentence))) return false;
  if (found.positions('direct').some((position) => inSentence(position) && !found.within('communicate', position - 3, position + 3))) return false;
  // "i think i sell them only Microsoft 365": a channel limited to one thing says another thing goes another way
  if (found.someWord(ONLINE, inSentence) || found.someWord(WHETHER, inSentence) || found.someWord(ONLY_OR_ALL, inSentence)) return false;
  // What the hedged channel is for: a product, a holding, or one pointed back to and bought ("it's bought via …"); "the
  // reseller purchases via a distributor, I believe" is the partner's own supply, not the customer's product.
  const holding =
    found.scanned.products.some((product) => inSentence(product.at)) ||
    found.someWord(GENERIC_HOLDINGS, inSentence) ||
    found.positions('buy').some((buy) => inSentence(buy) && found.within('anaphor', buy - 3, buy - 1, found.clause[buy]));
  if (!holding) return false;
  return PARTNER_SIDE.some((concept) => found.positions(concept).some((position) => inSentence(position) && !(concept === 'csp' && found.at('customer', position + 1))));
}
export function channelDoubtedBy(
  found: Found,
  topics: readonly Topic[],
  asked: ProductChannel,
  bothChannels: boolean,
  ownRelationship: TriState,
  products: readonly Product[]
): boolean {
  // "Microsoft got in touch with a new customer, I know no more": with no topic, no product and no word of buying,
  // what the asker does not know is what the contact was about, not how anything was bought.
  const aboutNothingBought = topics.length === 0 && products.length === 0 && !found.has('buy') && !found.has('throughUs') && !found.has('csp') && !found.has('billingWeak');
  // "…, which we supply under CSP. Would Microsoft contact them, or perhaps try to retain them?": with the asked
  // product's channel stated, a hedge after Microsoft's verb of reaching, in a sentence that names no product and no
  // channel, doubts what Microsoft would do, not the purchase.
  const sameSentence = (one: number, other: number) => found.sentence[one] === found.sentence[other];
  const hedgesOtherMatter = (at: number) =>
    asked !== 'unknown' &&
    found.positions('communicate').some((verb) => verb < at && sameSentence(verb, at) && found.positions('microsoft').some((ms) => ms < verb && sameSentence(ms, verb))) &&
    !channelSaidInSentence(found, at) &&
    !found.scanned.products.some((product) => sameSentence(product.at, at));
  // "Microsoft schreibt den Kunden wohl nicht selbst an, die Lizenzen laufen ja über uns", "Microsoft probably won't
  // contact the customer itself, the subscription runs through us": with the asked channel said, a hedge inside
  // Microsoft's own clause of reaching (Microsoft before it), which names no channel, product or purchase,
  // doubts what Microsoft does, not the channel the next clause states. (English puts the hedge before the verb.)
  const hedgesMicrosoftsClause = (at: number) =>
    asked !== 'unknown' &&
    found.positions('communicate').some((verb) => found.clause[verb] === found.clause[at] && found.positions('microsoft').some((ms) => ms < verb && ms < at && found.clause[ms] === found.clause[at])) &&
    !channelSaidInSentence(found, at, true) &&
    !found.scanned.products.some((product) => found.clause[product.at] === found.clause[at]);
  const doubts = (at: number) =>
    !onlineShopNamed(found, at) &&
    !actionNotDone(found, at) &&
    !hedgesPartnerChannel(found, at) &&
    !hedgesWholeQuestion(found, at) &&
    !hedgesWording(found, at) &&
    !notKnowingHowItGoes(found, at) &&
    ((!opinionHedge(found, at) && !hedgesOtherMatter(at)) || channelSaidInSentence(found, at)) &&
    !hedgesMicrosoftsClause(at);
  if (!aboutNothingBought && found.positions('uncertain').some(doubts)) return true;
  // "we buy Visio directly from Microsoft", "die Lizenzen, die wir direkt von Microsoft beziehen": the partner's own
  // purchase is neither the customer's own relationship nor plainly CSP (channelCues, partnersPurchase)
  if (partnerBoughtDirect(found)) return true;
  // "we took this customer over last month … Microsoft keeps sending them invoices, is that OK?"
  if (found.has('takenOver') && found.has('wondering')) return true;
  // A sales pitch Microsoft made ("pitched Dynamics 365 to them, is that allowed?") is not a doubt about a purchase;
  // only the asker saying so is ("not sure whether they have a direct agreement").
  const pitch = !topics.includes('billing') && !topics.includes('operational') && topics.includes('marketing');
  if (pitch && ownRelationship === 'no') return false;
  // "ob die bei uns laufen", "whether they bought it from us": a question about the purchase, inside the question
  // "whether that calling plan even runs through us", "ob dieses Abo unter unserem Azure-Plan läuft", "whether those are ours"
  // "ob alles über uns läuft", "whether everything goes through us": the way messages take, not a purchase
  // "ob MS ihm die Übersicht direkt zuschickt oder ob das über uns läuft", "whether Microsoft sends it directly or
  // whether that goes through us": the other side of an alternative to Microsoft reaching someone is the way the
  // message takes
  const otherWayOfMessage = (at: number) =>
    found.tokens.slice(Math.max(0, at - 2), at).some((word) => word === 'oder' || word === 'or') &&
    // not "… or whether they bought Visio from us at all": a purchase in it is the channel doubted
    !found.tokens.slice(at + 1, at + 10).some((next, offset) => found.clause[at + 1 + offset] === found.clause[at] && ((PURCHASE_VERBS.test(next) && !/^(laeuft|laufen|lief|liefen)$/.test(next)) || found.at('buy', at + 1 + offset) || found.at('billingWeak', at + 1 + offset) || found.scanned.products.some((product) => product.at === at + 1 + offset))) &&
    (['communicate', 'receive'] as const).some((concept) =>
      found.positions(concept).some((verb) => verb < at && found.sentence[verb] === found.sentence[at] && found.positions('microsoft').some((ms) => ms < at && found.sentence[ms] === found.sentence[at]))
    );
  const aboutMessages = (at: number) =>
    otherWayOfMessage(at) ||
    found.tokens.slice(at + 1, at + 4).some((next) => /^(alles|everything|all)$/.test(next)) ||
    found.within('receive', at + 1, at + 8, found.clause[at]) ||
    found.within('communicate', at + 1, at + 8, found.clause[at]);
  // "ob die Gutschrift von Microsoft kommt oder von uns": who sends it, not how it was bought
  const sender = (at: number) =>
    found.tokens.slice(at + 1, at + 10).some((next, offset) => found.clause[at + 1 + offset] === found.clause[at] && (COMING.test(next) || found.at('microsoft', at + 1 + offset)));
  const wondersHowBought = !pitch && found.someWord(
    WHETHER,
    (at) =>
      !aboutMessages(at) &&
      found.tokens.slice(at + 1, at + 10).some(
        (next, offset) =>
          found.clause[at + 1 + offset] === found.clause[at] &&
          (PURCHASE_VERBS.test(next) || OURS.test(next) || ((found.at('throughUs', at + 1 + offset) || movedToCsp(found, at + 1 + offset)) && !sender(at)))
      )
  );
  if (wondersHowBought || asksWhoSold(found) || offersDirectAlternative(found) || asksWhetherBought(found) || purchaseEitherOr(found) || partnerRoleDoubted(found)) return true;
  // "they ordered Intune online", "hat es online bestellt": bought on some web shop, perhaps Microsoft's
  const boughtOnline = found.someWord(
    ONLINE,
    (at) =>
      productAround(found, at) === undefined &&
      !onlineShopNamed(found, at) &&
      found.positions('buy').some((buy) => Math.abs(buy - at) <= 4 && found.clause[buy] === found.clause[at])
  );
  if (boughtOnline) return true;
  // "if we don't renew it in Partner Center": a negated action, not something missing from it
  const actionNegated = (at: number) =>
    found.positions('negation').some((negation) => negation < at && at - negation <= 6 && NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? ''));
  const missingFromPartnerCenter = found.positions('partnerCenter').some(
    (at) =>
      (found.negatedAt(at, 6) && !actionNegated(at)) ||
      // German ends on the negation: "Bei uns im Partner Center ist das Produkt nicht."
      found.positions('negation').some(
        (negation) => negation > at && negation <= at + 10 && found.clause[negation] === found.clause[at] && !NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? '')
      ) ||
      (found.within('find', at - 5, at + 3) && found.negatedBefore('find', 4))
  );
  const notFound = found.positions('find').some(
    (at) =>
      (found.negatedAt(at, 4) || found.within('negation', at + 1, at + 4, found.clause[at])) &&
      (found.has('partnerCenter') || found.within('partner', at - 4, at + 4, found.clause[at]) || found.has('csp'))
  );
  if (notFound) return true;
  if (missingFromPartnerCenter || missingFromOurs(found) || noneInOurs(found) || partnerSaleDenied(found)) return true;
  if (notAmongOurs(found) || onlyOthersOurs(found, products)) return true;
  // "The customer received an invoice for Visio directly from Microsoft. Will Microsoft send them the renewal too?": a
  // message about billing the customer already has from Microsoft hints at its own relationship, asked about or not
  if (!pitch && asked === 'unknown' && !bothChannels && billingMessageReceived(found)) return true;
  const alreadyWrote = !pitch && (found.has('happened') || germanReachingPast(found)) && found.has('wondering') && found.has('microsoft');
  return alreadyWrote && asked === 'unknown' && !bothChannels && found.scanned.products.length > 0 && !topics.includes('operational');
}

/**
 * German participles of reaching that look like the present ("informiert", "benachrichtigt", "kontaktiert") or whose
 * auxiliary says the time: done only with an auxiliary of the past in their clause.
 */
const REACHING_PARTICIPLE = wordPattern(
  /^(informiert|benachrichtigt|kontaktiert|gewarnt|mitgeteilt|angesprochen|zugesandt|zugestellt|zugeschickt|verschickt|versandt|versendet|angemailt|gemailt|angerufen|angeschrieben|geschrieben|geschickt|gegeben|gesagt|unterrichtet|hingewiesen|erinnert|aufgefordert)$/
);
const PAST_AUXILIARY = /^(hat|haben|habe|hatte|hatten|haette|haetten|wurde|wurden|worden|ist|sind|sei|war|waren|waere)$/;
/** "kam … von Microsoft", "flatterte … ins Haus": a message that arrived. */
const ARRIVED = wordPattern(/^(kam|kamen|eingegangen|eingetroffen|ankam|ankamen|trudelte|flatterte|landete)$/);
const COMMUNICATION_NOUN = /^(\w*mail\w*|\w*mitteilung\w*|\w*nachricht\w*|\w*schreiben|\w*brief\w*|\w*hinweis\w*|\w*benachrichtigung\w*|\w*info\w*|\w*anruf\w*|\w*warnung\w*|\w*erinnerung\w*|\w*angebot\w*|\w*rechnung\w*|\w*meldung\w*|bescheid|post)$/;

/**
 * Microsoft already reached the customer, in German grammar the words of "happened" do not hold: a participle with an
 * auxiliary of the past ("wurde von Microsoft per Mail informiert", "hat ihm Microsoft Bescheid gegeben", reported
 * "habe … mitgeteilt"), or a message that came from Microsoft ("Von Microsoft kam eine Mitteilung …"). Not the future
 * or the present passive ("wird … informiert", "werden … benachrichtigt"): those ask what Microsoft does.
 */
function germanReachingPast(found: Found): boolean {
  if (!found.holds(REACHING_PARTICIPLE) && !found.holds(ARRIVED)) return false;
  const clauseHas = (at: number, test: (word: string, position: number) => boolean) => {
    // the auxiliary stands second, the participle last: a long middle field between them
    for (let position = at - 16; position <= at + 10; position++) if (position >= 0 && found.clause[position] === found.clause[at] && test(found.tokens[position] ?? '', position)) return true;
    return false;
  };
  const microsoftInClause = (at: number) => clauseHas(at, (_word, position) => found.at('microsoft', position));
  const participle = found.someWord(REACHING_PARTICIPLE, (at) => {
    // "Bescheid gegeben", "gesagt": only with what was given or said being a message
    if ((found.tokens[at] === 'gegeben' && found.tokens[at - 1] !== 'bescheid') || found.tokens[at] === 'gesagt') return false;
    return microsoftInClause(at) && clauseHas(at, (word, position) => position < at && PAST_AUXILIARY.test(word)) && !clauseHas(at, (word) => /^(wird|werden|wuerde|wuerden|soll|sollte|muss|kann|darf|duerfen|koennen|muessen)$/.test(word));
  });
  return participle || found.someWord(ARRIVED, (at) => microsoftInClause(at) && clauseHas(at, (word) => COMMUNICATION_NOUN.test(word)));
}

/** English past forms by which a message came: "received", "got", "was sent". */
const CAME_PAST = /^(received|got|sent|mailed|emailed|forwarded)$/;
/** Verbs of receiving in the past, whose sender is named by "from / von": "received", "got", "erhalten", "bekommen". */
const RECEIVED_PAST = /^(received|got|erhalten|bekommen)$/;
/** German participles by which a message came (not "sagt Microsoft", which the words of "happened" hold too). */
const GERMAN_CAME = /^(geschrieben|angeschrieben|geschickt|zugeschickt|weitergeleitet|gemailt|bekommen|erhalten)$/;
/** The asker in the first person: the partner's own mail from Microsoft is its own, read by the recipient. */
const FIRST_PERSON = /^(we|wir|us|uns|i|ich|me|mir|mich)$/;

/**
 * "The customer received an invoice for Visio directly from Microsoft", "Der Kunde hat eine Rechnung … von Microsoft
 * erhalten", "was sent a price notice by Microsoft": a message about billing that the customer already got from
 * Microsoft, said as what happened (an English past form after its subject, a German perfect). Microsoft writes so to
 * customers with their own relationship: RULES.md's hint of a possible direct purchase. Not what is to come ("will the
 * customer get …", "wird … bekommen"), not the partner's own mail ("we received …").
 */
function billingMessageReceived(found: Found): boolean {
  if (!found.has('happened') || !found.has('microsoft') || (!found.has('billing') && !found.has('billingWeak'))) return false;
  // "Does Microsoft ever email CSP customers about cancellations?", "would microsoft ever send our customers invoices":
  // asked of CSP customers at large, what one customer got is an example, not a hint about its purchase
  if (found.has('csp') || found.has('ever')) return false;
  return found.positions('happened').some((at) => {
    const clause = found.clause[at];
    const inClause = (concept: 'microsoft' | 'billing' | 'billingWeak' | 'customer' | 'marketing' | 'negation') => found.within(concept, at - 16, at + 16, clause);
    // (a sales message is no bill: "a LinkedIn message from a Microsoft sales rep about savings plans"; "nie … bekommen")
    if (!inClause('microsoft') || (!inClause('billing') && !inClause('billingWeak')) || inClause('marketing') || inClause('negation')) return false;
    // a product the message was about, or "directly": with neither ("hat den Kunden wegen der Rechnung angeschrieben",
    // "emailed my customer about a price rise") nothing says which purchase the hint is about
    if (found.scanned.products.length === 0 && !found.within('direct', at - 16, at + 16, clause)) return false;
    const words = found.tokens.filter((_word, position) => found.clause[position] === clause);
    if (words.some((word) => FIRST_PERSON.test(word))) return false;
    const token = found.tokens[at] ?? '';
    // Microsoft the sender: "from / von / by Microsoft" in the clause, or Microsoft before a verb of sending ("Microsoft
    // sent …", "Microsoft hat dem Verein … geschickt"); not a letterhead or a name somewhere in a run-on line
    const fromMicrosoft = found.positions('microsoft').some((ms) => found.clause[ms] === clause && /^(from|von|vom|by|durch)$/.test(found.tokens[ms - 1] ?? ''));
    const microsoftSends = !RECEIVED_PAST.test(token) && found.within('microsoft', at - 12, at - 1, clause);
    if (!fromMicrosoft && !microsoftSends) return false;
    // English: a past form after its subject, the customer or Microsoft ("Microsoft sent the customer an invoice")
    // … or a name that opens the sentence ("Contoso received …")
    if (CAME_PAST.test(token)) {
      const start = found.sentence.indexOf(found.sentence[at] ?? -1);
      const first = found.tokens[start] === SENTENCE_END ? start + 1 : start;
      return found.within('customer', at - 4, at - 1, clause) || found.within('microsoft', at - 3, at - 1, clause) || (at - first <= 3 && at > first && !/^(will|would|does|do|did|can|could|may|might|shall|should|when|if|whether|has|have|had|was|is)$/.test(found.tokens[first] ?? ''));
    }
    // German: a perfect, its auxiliary before the participle
    // (its subject the customer, or reported: "er habe … erhalten")
    // … the participle closing its clause or before the auxiliary that does ("… erhalten.", "… zugeschickt bekommen",
    // "… geschickt hat"): not a present verb that opens a question in a run-on line ("kontaktiert ihn microsoft …")
    const closes = (position: number) => isBreak(found.tokens[position] ?? '.') || PAST_AUXILIARY.test(found.tokens[position] ?? '') || RECEIVED_PAST.test(found.tokens[position] ?? '');
    if (!GERMAN_CAME.test(token) || !closes(at + 1)) return false;
    // … and no auxiliary of the future, the passive or a modal in its clause: "wird die Praxis … von Microsoft
    // angeschrieben" asks what Microsoft does
    if (words.some((word) => /^(wird|werden|wuerde|wuerden|soll|sollte|sollen|muss|kann|darf|duerfen|koennen|muessen)$/.test(word))) return false;
    return words.some((word, offset) => PAST_AUXILIARY.test(word) && found.clause.indexOf(clause ?? -1) + offset < at) && (inClause('customer') || words.some((word) => /^(er|sie)$/.test(word)));
  });
}

const THOUGHT = wordPattern(/^(thought|assumed|believed|figured|dachte|dachten|glaubte|glaubten|meinte|meinten)$/);
const PARTNER_ROLE = wordPattern(/^(partner|partners|csp|reseller|supplier|provider|lieferant\w*|haendler\w*|anbieter\w*|dienstleister\w*)$/);

/**
 * "We thought we were their partner", "Wir dachten, wir wären sein Partner", "I assumed we were the CSP": the partner's
 * belief about its role, put in the past, doubts that what the customer got came through it. Not a belief about who
 * writes ("we thought we were the partner who sends the notices") or about CSP customers.
 */
function partnerRoleDoubted(found: Found): boolean {
  return found.someWord(THOUGHT, (at) => {
    const inSentence = (position: number) => position > at && position <= at + 6 && found.sentence[position] === found.sentence[at];
    const we = found.findWord(WE, inSentence);
    return found.tokens.some(
      (token, position) =>
        inSentence(position) &&
        ((found.at('throughUs', position) && !routeOrSender(found, position) && !found.tokens.slice(at + 1, position).some((word) => ROUTE_VERBS.test(word))) || (we >= 0 && position > we && PARTNER_ROLE.test(token) && !found.at('customer', position + 1) && !found.at('customer', position) && !found.within('communicate', position + 1, position + 4)))
    );
  });
}

const EITHER = wordPattern(/^(either|entweder)$/);

/**
 * "Entweder hat der Chorleiter das selbst gekauft oder wir", "either they bought it directly or we did": two ways it
 * may have been bought, set side by side, leave the channel open. Not "either Microsoft or we tell them": no purchase.
 */
function purchaseEitherOr(found: Found): boolean {
  return found.someWord(EITHER, (at) => {
    const sentence = found.sentence[at];
    const or = found.findWord(OR, (later) => later > at && found.sentence[later] === sentence);
    if (or < 0) return false;
    const end = found.sentence.lastIndexOf(sentence ?? -1);
    return (['buy', 'direct', 'throughUs', 'ownAgreement', 'creditCard', 'csp'] as const).some((concept) => found.within(concept, at + 1, end));
  });
}

/**
 * "We never offered them that", "das haben wir ihm nie verkauft", "we did not sell them Visio": the partner denies it
 * sold or offered the product, so it may be bought elsewhere.
 */
function partnerSaleDenied(found: Found): boolean {
  if (!found.holds(WE)) return false;
  return found.someWord(WE, (at) => {
    const clause = found.clause[at];
    const negation = found.positions('negation').find((position) => position > at && position <= at + 4 && found.clause[position] === clause);
    if (negation === undefined || found.at('uncertain', negation)) return false;
    for (let verb = negation + 1; verb <= negation + 5 && found.clause[verb] === clause; verb++) {
      if (SALE_DENIED.test(found.tokens[verb] ?? '') || /^(offered|angeboten)$/.test(found.tokens[verb] ?? '') || (found.tokens[verb] === 'set' && found.tokens[verb + 1] === 'up')) return true;
    }
    return false;
  });
}

const MISSING = wordPattern(/^(fehlt|fehlen|fehlte|fehlten|missing|absent)$/);
const IN_OR_FROM = /^(in|im|from|aus|on|auf)$/;
/** A German compound on a word of the partner's records: "Lizenzübersicht", "Kundenliste", "Kosten-Export". */
const RECORDS_COMPOUND = /\w{3}(uebersicht|liste|abrechnung|verrechnung|export|bestand)$/;

/**
 * "die Sub, die im Cost-Export unseres Azure plan fehlt", "missing from our CSP billing export": something missing
 * from the partner's own records is not known to be the partner's. Only with the records named after "in/from our":
 * "our invoice is missing" is a billing matter, not a doubt.
 */
function missingFromOurs(found: Found): boolean {
  if (!found.holds(MISSING)) return false;
  return found.someWord(MISSING, (at) => {
    const clause = found.clause[at];
    for (let our = Math.max(0, at - 8); our <= at + 6 && our < found.tokens.length; our++) {
      if (found.clause[our] !== clause || !PARTNER_OWN.test(found.tokens[our] ?? '')) continue;
      const located = [1, 2, 3, 4].some((back) => found.clause[our - back] === clause && IN_OR_FROM.test(found.tokens[our - back] ?? ''));
      const records = [1, 2].some((step) => OUR_RECORDS.test(found.tokens[our + step] ?? '') || RECORDS_COMPOUND.test(found.tokens[our + step] ?? '') || found.at('csp', our + step) || found.at('partnerCenter', our + step));
      if (located && records) return true;
    }
    return false;
  });
}

const NONE = wordPattern(/^(no|keine|kein|keinen|keinerlei)$/);

/**
 * "there are no Azure subs for them in our Partner Center", "in unserem Partner Center gibt es keine Azure-Abos für
 * ihn": a holding the partner's own records do not have, denied by "no/kein" before it, is not known to be the
 * partner's. Only with the records named after "in/im/on our"; "no invoice from us" says nothing of them.
 */
function noneInOurs(found: Found): boolean {
  if (!found.holds(NONE) || !(found.has('partnerCenter') || found.holds(PARTNER_OWN_WORDS))) return false;
  return found.someWord(NONE, (at) => {
    const clause = found.clause[at];
    for (let place = Math.max(0, at - 8); place <= at + 8 && place < found.tokens.length; place++) {
      if (found.clause[place] !== clause || !IN_OR_FROM.test(found.tokens[place] ?? '')) continue;
      const own = PARTNER_OWN.test(found.tokens[place + 1] ?? '') ? place + 2 : place + 1;
      const records = found.at('partnerCenter', own) || (own === place + 2 && (OUR_RECORDS.test(found.tokens[own] ?? '') || RECORDS_COMPOUND.test(found.tokens[own] ?? '') || found.at('csp', own)));
      if (records && found.scanned.products.some((product) => product.at > Math.min(at, place) - 3 && product.at < Math.max(at, place) + 3 && found.clause[product.at] === clause)) return true;
    }
    return false;
  });
}
const PARTNER_OWN_WORDS = wordPattern(/^(our|my|unser\w*|mein\w*)$/);

/** A sale or purchase made: "who sold it", "von wem er Defender bezieht", "hat der das Azure selbst abgeschlossen". */
const SOLD_OR_BOUGHT = /^(sold|resold|bought|purchased|supplied|ordered|verkauft|gekauft|bezogen|bezieht|kauft|bestellt|abgeschlossen|gebucht|erworben)$/;
// … and where or from whom: "Wo der Kunde die gekauft hat, wissen wir nicht", "where they bought Visio, we can't tell"
const WHO_ASKS = wordPattern(/^(who|whom|wer|wem|wo|woher|where)$/);
const CLAUSE_OPENERS = /^(and|und|or|oder|but|aber|so|also|von|bei|from)$/;

/**
 * "wer hat das verkauft??", "Von wem die Klinik Defender bezieht, weiß ich nicht", "who sold them that?": the asker
 * asks who sold it, which is not knowing the channel. Only a "who" that opens its clause: "customers who bought
 * through us" describes them.
 */
function asksWhoSold(found: Found): boolean {
  if (!found.holds(WHO_ASKS)) return false;
  return found.someWord(WHO_ASKS, (at) => {
    const token = found.tokens[at] as string;
    const before = found.tokens[at - 1];
    const opens = before === undefined || isBreak(before) || (CLAUSE_OPENERS.test(before) && (at < 2 || isBreak(found.tokens[at - 2] ?? '.')));
    if (!opens || (token === 'wem' && !/^(von|bei)$/.test(before ?? ''))) return false;
    // "…, wo er doch über uns kauft": a "where" whose clause names the channel gives a reason or a place, it asks nothing
    if (/^(wo|woher|where)$/.test(token) && (['throughUs', 'csp', 'direct', 'ownAgreement'] as const).some((concept) => found.within(concept, at + 1, at + 8, found.clause[at]))) return false;
    return found.tokens.slice(at + 1, at + 8).some((next, offset) => found.clause[at + 1 + offset] === found.clause[at] && SOLD_OR_BOUGHT.test(next));
  });
}

/**
 * "… obwohl wir sein CSP sind?? oder hat der das Azure selbst abgeschlossen", "or did they buy it directly?": the
 * direct purchase offered as the other possibility is a doubt, not a statement.
 */
function offersDirectAlternative(found: Found): boolean {
  return found.someWord(OR, (at) => {
    if (!/^(hat|haben|hatte|ist|did|do|does|has|have|was|were|is|are|kauft|kaufen|bezieht)$/.test(found.tokens[at + 1] ?? '')) return false;
    const clause = found.clause[at];
    const rest = (concept: Concept) => found.within(concept, at + 1, at + 10, clause);
    return (rest('direct') || rest('ownAgreement') || rest('nonCsp')) && (rest('buy') || found.tokens.slice(at + 1, at + 10).some((next) => SOLD_OR_BOUGHT.test(next)));
  });
}

const ASKING_AUXILIARIES = wordPattern(/^(did|could|might|may|have|has|had|hat|haben|hatte|koennte|koennten|kann|hast)$/);
const THEY_OR_CUSTOMER = /^(they|he|she|er|sie|die|der)$/;

/**
 * "Could they have bought Intune themselves at some point?", "Hat er Azure vielleicht direkt gekauft?": a sentence
 * that asks about the purchase, and reaches no one, doubts the channel.
 */
function asksWhetherBought(found: Found): boolean {
  if (!found.holds(ASKING_AUXILIARIES)) return false;
  return found.someWord(ASKING_AUXILIARIES, (at) => {
    if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return false;
    const subject = found.tokens[at + 1] ?? '';
    // "Haben wir ihm Defender überhaupt verkauft?", "Did we ever sell them Visio?": the partner asking whether it sold it
    const we = /^(we|wir)$/.test(subject);
    if (!we && !THEY_OR_CUSTOMER.test(subject) && !found.at('customer', at + 1) && !found.at('customer', at + 2)) return false;
    const sentence = found.sentence[at];
    let bought = false;
    for (let next = at + 1; next < found.tokens.length && found.sentence[next] === sentence; next++) {
      if (found.at('communicate', next) || found.at('receive', next)) return false;
      if (we ? SALE_DENIED.test(found.tokens[next] ?? '') || /^(sell|resell|supply|provide|provision|verkaufen|liefern)$/.test(found.tokens[next] ?? '') : SOLD_OR_BOUGHT.test(found.tokens[next] ?? '') || found.at('buy', next)) bought = true;
    }
    return bought;
  });
}

/** "ob diese bereits in den CSP überführt wurden", "whether they were moved to CSP": a move into CSP, not the programme. */
const INTO_CSP = /^(ueberfuehrt|ueberfuehren|migriert|migrieren|umgezogen|gewechselt|transferred|moved|migrated|switched|transitioned)$/;
function movedToCsp(found: Found, at: number): boolean {
  return found.at('csp', at) && found.tokens.slice(at + 1, at + 4).some((token) => INTO_CSP.test(token));
}
const NEGATED_ACTIONS = /^(renew\w*|verlaenger\w*|cancel\w*|kuendig\w*|pay|paid|zahl\w*|bezahl\w*|upgrade\w*|assign\w*|zuweis\w*|extend\w*|gezahlt|gekuendigt|gecancel\w*|beglichen|begleich\w*|settle\w*|ueberwiesen|ueberweis\w*)$/;
const OURS = wordPattern(/^(ours|runs|run|unsere|unsrige\w*)$/);
/** Where a partner keeps what it sells: "our list", "unsere CSP-Übersicht", "unsere Abrechnung", "our Azure plan". */
const OUR_RECORDS = /^(inventory|list|lists|kundenliste\w*|kundenstamm\w*|kundenbestand\w*|kundenkartei\w*|kundenuebersicht\w*|overview|records?|books|portfolio|offer|offering|offerings|range|catalogu?e|assortment|angebot|sortiment|produktpalette|leistungsumfang|billing|invoices?|bills?|statements?|exports?|reports?|uebersicht|abrechnung\w*|verrechnung\w*|fakturierung\w*|rechnung\w*|liste|bestand|plan|system|tenant|csp|portal\w*|dashboard\w*|shop|beziehung|vertrag|vertrags|relationship|contract|agreement|reseller\w*)$/;
const MISMATCH = /^(match|matches|matching|agree|agrees|tally|tallies|stimmt|stimmen|ueberein\w*|passt|passen|deckt|decken)$/;
/** Verbs of the partner holding something: have, see, find, sell, list. */
const EN_HOLD_VERBS = /^(bill|billed|invoice|invoiced|resell|resold|have|has|had|see|seen|find|found|sold|sell|sells|supply|supplied|manage|managed|listed|visible|start|started|create|created|order|ordered|provision|provisioned|activate|activated|book|booked|buy|bought|purchase|purchased)$/;
const DE_HOLD_VERBS = /^(billen|abrechnen|fakturieren|berechnen|verrechnen|gibt|haben|hat|hatten|laeuft|laufen|lief|liefen|sehen|seh\w*|sieht|find\w*|verkauf\w*|gebucht|aufgefuehrt|gelistet|drin|taucht|auftauch\w*|fuehren|gefuehrt|angelegt|gestartet|eingerichtet|bestellt|aktiviert)$/;
/** Things the partner could hold: a product, a licence or subscription, "this SKU", "it", "das". */
function holdingAt(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return (
    GENERIC_HOLDINGS.test(token) ||
    found.scanned.products.some((product) => at >= product.at && at < product.at + product.length) ||
    /^(sku|skus|das|it|this|that|those|these|diese|dieses|das|es|dat|trial|trials|testversion\w*)$/.test(token) ||
    // "Project haben wir ihm nie verkauft" after "Project Plan 5": a word of a product's name said again
    productWordEchoed(found, at, at) !== undefined
  );
}

/**
 * "We don't have this SKU for them in Partner Center", "Diese sind nicht in unserer CSP-Übersicht", "Sentinel taucht in
 * unserer Abrechnung nicht auf", "isn't under our Azure plan": the product is not among what the partner holds.
 */
/** The partner as the subject, contracted too: "we're their CSP … but never sold them …". */
/** Verbs of the partner selling or providing a product: denied, the product is not among the partner's. */
/** … and setting it up for them, which the partner would have done had it sold it: "we never set up that trial", "nie eingerichtet". */
const SALE_DENIED = /^(sold|resold|provided|provisioned|supplied|setup|activated|ordered|verkauft|bereitgestellt|geliefert|lizenziert|vertrieben|eingerichtet|angelegt|aktiviert|freigeschaltet|bestellt|gebucht)$/;
const OUR_SIDE_SUBJECT = /^(we|wir|i|ich|we're|we've|we'd|i've|i'd|i'm)$/;

/** "as far as I can tell", "as far as we can see": the asker's hedge, whose verb reaches no one. */
function asFarAsCan(found: Found, at: number): boolean {
  return /^(can|could)$/.test(found.tokens[at - 1] ?? '') && found.tokens[at - 3] === 'as' && found.tokens[at - 4] === 'far';
}

/** "(ohne uns)", "without us", "ohne den Partner" after a direct agreement or purchase named in the six words before. */
function leftOutBesideDirect(found: Found, without: number): boolean {
  const next = without + 1;
  const partner = /^(uns|us|mich|me)$/.test(found.tokens[next] ?? '') || found.at('partnerObject', next) || (/^(den|the|a|einen)$/.test(found.tokens[next] ?? '') && partnerNounAt(found, next + 1));
  if (!partner) return false;
  return (['direct', 'ownAgreement', 'nonCsp', 'relationship'] as const).some((concept) =>
    found.positions(concept).some((at) => at < without && without - at <= 6 && found.sentence[at] === found.sentence[without] && !found.negatedAt(at, 3))
  );
}

function notAmongOurs(found: Found): boolean {
  const ourSideNamed = found.has('partner') || found.has('partnerCenter') || found.has('throughUs');
  return ourSideNamed && found.positions('negation').some((negation) => {
    // "no direct agreement", "not through a partner": the negation speaks of a relationship, not of the partner's records
    // … not the partner's own one: "nicht unter unserem Reseller-Vertrag", "not under our reseller agreement"
    const partnersOwn = (at: number) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => PARTNER_OWN.test(word));
    if (['relationship', 'ownAgreement', 'direct', 'nonCsp'].some((concept) => found.positions(concept as Concept).some((at) => at >= negation && at <= negation + 3 && !(concept === 'relationship' && partnersOwn(at))))) return false;
    // "direkt abgeschlossen (nicht über uns)", "not through us": the route denied says the channel, it is no doubt
    if (found.at('throughUs', negation + 1)) return false;
    // "hat einen EA direkt mit Microsoft (ohne uns)", "bought Azure directly (without us)": the partner left out beside a
    // direct agreement or purchase confirms that channel, it says nothing missing from the partner's records
    if (/^(ohne|without)$/.test(found.tokens[negation] ?? '') && leftOutBesideDirect(found, negation)) return false;
    // "Visio ohne uns gekauft", "bought it without us": the partner left out of the purchase says the channel, as above
    if (/^(ohne|without)$/.test(found.tokens[negation] ?? '') && /^(us|me|uns|mich|mir)$/.test(found.tokens[negation + 1] ?? '')) return false;
    // "not sure", "no idea": the negation is the doubt itself; "…, soweit ich weiß" after it is not
    if (found.at('uncertain', negation)) return false;
    // "…, das wir ihm verkauft haben, oder nicht?": a tag on the question, not a denial
    if (/^(or|oder)$/.test(found.tokens[negation - 1] ?? '') && isBreak(found.tokens[negation + 1] ?? '.')) return false;
    // "hat nicht bezahlt", "did not renew": a negated action, not something missing
    if (NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? '')) return false;
    // "Der Kunde zahlt seit Monaten nicht, …", "verlängert nicht": German puts the negation after its verb
    if ([1, 2, 3, 4, 5, 6].some((back) => found.clause[negation - back] === found.clause[negation] && NEGATED_ACTIONS.test(found.tokens[negation - back] ?? ''))) return false;
    // "doesn't match our invoice", "stimmt nicht mit unserer Rechnung überein": a difference, not something missing
    if (found.tokens.slice(Math.max(0, negation - 2), negation + 3).some((token) => MISMATCH.test(token))) return false;
    const sentence = found.sentence[negation];
    const near: number[] = [];
    // German puts the negation last: "Das haben wir im Partner Center bei ihm gar nicht."
    for (let at = Math.max(0, negation - 10); at <= negation + 7 && at < found.tokens.length; at++) if (found.sentence[at] === sentence && at !== negation) near.push(at);
    // "Microsoft does not send …", "we don't want Microsoft to …": a negation about reaching someone
    // ("… that we didn't order, as far as I can tell": the asker's hedge reaches no one)
    if (near.some((at) => found.clause[at] === found.clause[negation] && ((found.at('communicate', at) && !asFarAsCan(found, at)) || found.at('microsoft', at)))) return false;
    // "not in our list", "nicht unter unserem Azure Plan", even elliptic: "Not in our CSP list."
    // ("meine CSP-Kunden", "our CSP customers" are customers, not records)
    const inOurRecords = near.some(
      (at) =>
        PARTNER_OWN.test(found.tokens[at] ?? '') &&
        [1, 2].some((step) => (OUR_RECORDS.test(found.tokens[at + step] ?? '') || found.at('csp', at + step)) && !found.at('customer', at + step + 1))
    );
    // "we don't have / never sold", "im Partner Center sehen wir … nicht", "bei uns gibt es das nicht"
    const ourSide = near.some((at) => found.at('partnerCenter', at) || found.at('throughUs', at) || OUR_SIDE_SUBJECT.test(found.tokens[at] ?? ''));
    // English negates the verb after it ("don't have", "never sold", "have no"); German ends on it ("haben wir nicht")
    const holds = near.some((at) => {
      const token = found.tokens[at] ?? '';
      if (DE_HOLD_VERBS.test(token)) return true;
      return EN_HOLD_VERBS.test(token) && ((at > negation && at - negation <= 3) || (at === negation - 1 && found.tokens[negation] === 'no'));
    });
    // "ham wir dem nie verkauft", "we never provisioned that for them": a sale denied needs no object said again
    const saleDenied = near.some((at) => at > negation - 3 && SALE_DENIED.test(found.tokens[at] ?? ''));
    return inOurRecords || (ourSide && holds && (saleDenied || near.some((at) => holdingAt(found, at))));
  });
}

/** "We only supply them Microsoft 365", "im Partner Center sehen wir nur E3": another product than the one asked about. */
/** The partner's record of what was ordered: "order history", "Bestellhistorie", "Unterlagen". */
const ORDER_RECORDS = /^(history|historie|orders?|bestellung\w*|bestellhistorie|bestellverlauf|auftrag\w*|auftraege|unterlagen|kundenakte|crm|erp)$/;

function onlyOthersOurs(found: Found, products: readonly Product[]): boolean {
  const unsaid = (name: string) => products.some((product) => product.name === name && product.channel === 'unknown');
  return found.someWord(ONLY, (at) => {
    const clause = found.clause[at];
    // "im Partner Center sehen wir bei ihm aber nur E3": the partner's side may stand before an "aber" in the sentence
    // … or its own records: "Our order history only shows Exchange Online", "in unseren Bestellungen steht nur …"
    const ourRecords = (other: number) =>
      /^(our|unser\w*)$/.test(found.tokens[other] ?? '') && found.tokens.slice(other + 1, other + 4).some((word) => OUR_RECORDS.test(word) || ORDER_RECORDS.test(word));
    const ourSide = found.tokens.some(
      (word, other) =>
        found.sentence[other] === found.sentence[at] && other < at + 4 && at - other <= 8 && (found.at('partnerCenter', other) || found.at('throughUs', other) || /^(we|wir|i|ich)$/.test(word) || ourRecords(other))
    );
    if (!ourSide) return false;
    const heldProducts = found.scanned.products.filter((product) => product.at > at && product.at - at <= 4 && found.clause[product.at] === clause);
    const held = heldProducts.map((product) => product.name);
    if (held.length > 0 && found.scanned.products.some((product) => !held.includes(product.name) && found.clause[product.at] !== clause && unsaid(product.name))) return true;
    // "In Partner Center we only have E3 for them" beside a mail about E5, "bei uns hat er nur Plan 1" beside Plan 2:
    // another edition of the product than the one asked about
    const heldEdition = editionsAt(found, heldProducts[0]?.at ?? at + 1, clause);
    if (heldEdition === '') return false;
    return found.scanned.products.some((product) => {
      if (found.clause[product.at] === clause || (held.length > 0 && !held.includes(product.name))) return false;
      const edition = editionsAt(found, product.at, found.clause[product.at]);
      return edition !== '' && edition !== heldEdition;
    });
  });
}

/** Editions and plans, and the apps of Dynamics 365 ("BC", "Field Service", "Customer Insights"), which are bought apart. */
const EDITION_TOKEN = /^(archiving|plan|[aefgp]\d|\d|business|premium|standard|basic|pro|professional|enterprise|essentials|frontline|kiosk|bc|central|field|insights|sales|finance|supply|commerce|voice)$/;

/** The edition words of a product's name and tail ("e5", "plan 2", "business premium"), or of a bare edition ("Plan 1"). */
function editionsAt(found: Found, at: number, clause: number | undefined): string {
  const words: string[] = [];
  for (let word = at; word < at + 6 && found.clause[word] === clause; word++) {
    const token = found.tokens[word] ?? '';
    // "nur 9 zugewiesen": a bare number is a count unless a plan word stands before it ("Plan 1")
    if (words.length === 0 && /^\d$/.test(token) && !found.scanned.products.some((product) => word > product.at && word <= product.at + product.length)) break;
    if (EDITION_TOKEN.test(token)) words.push(token);
    else if (!found.scanned.products.some((product) => word >= product.at && word < product.at + product.length) && words.length > 0) break;
    else if (word > at + 3) break;
  }
  return words.join(' ');
}
