import { emptyFacts, type Facts, type ProductChannel, type Understanding } from './facts';
import { scan } from './matcher';
import { normalize, tokenize } from './normalize';
import { withWrongWordsMended } from './wrongWords';
import { withoutPolarityFrame, withoutPolarityReadings } from './polarity';
import { Found } from './found';
import {
  withoutQuotedPassages,
  withoutAbbreviationStops,
  joinSeparableVerbs,
  inCustomerVoice,
  withOurCustomersNamed,
  withClientOfFreelancer,
  readable,
  withHyphenSlipsMended,
  inStandardGerman,
  withDecidingSlipsMended,
  withoutAnswerForm,
  withUmlautsRestored,
  withoutLearningCards
} from './text';
import { type UnderstandOptions, languageEvidence, detectLanguage } from './language';
import { topicsOf, topicOf, sweepingClaim } from './topics';
import { intentOf } from './intent';
import { recipientOf } from './recipient';
import { asksServiceState, asksOf } from './asked';
import { channelCues, alsoHoldsOwn, ownRelationshipOf } from './channelCues';
import { askedChannel, agreementAsked } from './channel';
import { productsOf } from './focus';
import { channelDoubtedBy } from './channelDoubt';
import { confidenceOf } from './confidence';

export type { UnderstandOptions } from './language';

/** Longer input is read on its first characters only; the bot itself truncates earlier and says so. */
const MAX_READ_LENGTH = 2_000;

/** Reads a question in English or German and reduces it to the facts the policy decides on. Offline and pure. */
export function understand(text: string, options: UnderstandOptions = {}): Understanding {
  return understandRaw(withHyphenSlipsMended(text.slice(0, MAX_READ_LENGTH)), options, 0);
}

function understandRaw(raw: string, options: UnderstandOptions, slips: number): Understanding {
  const voiced = inCustomerVoice(raw);
  const normalized = withUmlautsRestored(normalize(voiced));
  // Wrong real words ("outrage", "die rechnen", "Azurblau") read as the words meant where their context wants them;
  // each counts as a typo for the reading's confidence.
  const wrongWords = withWrongWordsMended(inStandardGerman(withoutAbbreviationStops(normalized)));
  const joined = joinSeparableVerbs(wrongWords.text);
  const asTyped = scan(withoutPolarityFrame(withoutAnswerForm(tokenize(joined))));
  // Only a word of the slips' table sends the text round again (the scan's record of each word says), and most
  // questions have none.
  if (slips === 0 && asTyped.words?.some((word) => word?.decidingSlip !== undefined)) {
    const mended = withDecidingSlipsMended(raw);
    if (mended.slips > 0) return understandRaw(mended.text, options, mended.slips);
  }
  const scanned = withoutPolarityReadings(withOurCustomersNamed(withClientOfFreelancer(withoutLearningCards(readable(asTyped)))));
  const found = new Found(scanned);
  const topics = topicsOf(found);
  const topic = topicOf(found, topics);
  const intent = intentOf(found, topic, topics);
  let asks = asksOf(found);
  if (asks === 'microsoft-communicates' && raw.includes('?') && asksServiceState(found)) asks = 'live-status';
  const ownWords = withoutQuotedPassages(raw);
  // The asker's own words say what is asked: a pasted mail's order ("Prüfen Sie …") is not one to the bot, and a
  // policy word inside the pasted text ("… können diese Richtlinie anpassen") does not make "Fasse diese Meldung
  // zusammen: „…“" a question about the policy.
  if (raw !== ownWords && (asks === 'bot-task' || asks === 'microsoft-communicates')) {
    const own = asksOf(new Found(scan(withoutPolarityFrame(withoutAnswerForm(tokenize(joinSeparableVerbs(withWrongWordsMended(inStandardGerman(withoutAbbreviationStops(withUmlautsRestored(normalize(ownWords))))).text)))))));
    if (asks === 'bot-task' || own === 'bot-task') asks = own;
  }
  const recipient = recipientOf(found);
  const language = detectLanguage(languageEvidence(asTyped, raw, ownWords), raw, options);
  if (intent === 'off-topic' && asks === 'microsoft-communicates' && recipient === 'customer') {
    return { language, facts: emptyFacts(), confidence: confidenceOf(found, emptyFacts(), slips + wrongWords.mended) };
  }
  const cues = channelCues(found);
  const products = productsOf(found, cues);
  const alsoOwn = alsoHoldsOwn(found, cues);
  let bothChannels = (cues.some((cue) => cue.channel === 'csp') && cues.some((cue) => cue.channel === 'non-csp')) || alsoOwn;
  let ownRelationship = ownRelationshipOf(found, cues);
  // A bare "CSP" beside a question with no topic ("the CSP policy", "im CSP") says nothing about a product.
  const deciding = topic === 'none' && !cues.some((cue) => cue.channel === 'non-csp') ? cues.filter((cue) => !cue.weak) : cues;
  const asked = askedChannel(found, deciding, products, alsoOwn);
  // A product asked about whose channel is unsaid, beside the customer's own agreement for something else: both
  // channels are possible for it.
  const unsaid = asked === 'unsaid';
  let productChannel: ProductChannel = unsaid || asked === 'split' ? 'unknown' : asked;
  if (unsaid && ownRelationship === 'yes') bothChannels = true;
  // A product held partly through the partner and partly otherwise, asked about by its name: either channel.
  if (asked === 'split') bothChannels = true;
  const channelDoubted = channelDoubtedBy(found, topics, productChannel, bothChannels, ownRelationship, products);
  if (channelDoubted) {
    productChannel = 'unknown';
    if (ownRelationship === 'yes') ownRelationship = 'unknown';
  }
  // The asker is a CSP partner: a subscription matter with nothing said about the channel is taken as bought
  // through the partner (RULES.md); the answer says so and offers to flip it.
  const channelAssumed =
    productChannel === 'unknown' && !channelDoubted && !bothChannels && ownRelationship !== 'yes' && topic === 'billing';
  if (channelAssumed) productChannel = 'csp';
  // "… talk to them directly about the consulting engagement?", "about their MACC burn-down?": the customer's own
  // agreement asked about is the matter, whatever operational word the story before it (a data migration, a ransomware
  // case) or the agreement's own name ("Incident Response") holds.
  const agreementIsMatter =
    topic === 'operational' && topics.length === 1 && productChannel === 'non-csp' && ownRelationship === 'yes' && agreementAsked(found);
  const facts: Facts = {
    intent,
    asks,
    recipient,
    topic: intent === 'applies-to' || agreementIsMatter ? 'none' : topic,
    topics: intent === 'applies-to' || agreementIsMatter ? [] : topics,
    ownRelationship,
    productChannel,
    channelAssumed,
    channelDoubted,
    bothChannels,
    asksWhen: topic === 'none' && (found.has('ever') || found.has('when') || found.has('exceptions') || found.asksWhatAbout || (topics.length === 0 && sweepingClaim(found))),
    products
  };
  // Where a typo was mended or guessed, the words as read go with the reading: the second opinion judges those, as it
  // would the question typed right ("Unetrschied" read as "Unterschied").
  // Only where the words are the ones typed: a customer's "we" read as the customer, a separable verb joined or a spoken
  // German word made standard are the reading's own words, which the second opinion was never trained on.
  // A wrong word read as the word meant is such a mended word: the second opinion judges the words as read.
  const misspelt =
    voiced === raw &&
    (joined === normalized || (wrongWords.mended > 0 && joinSeparableVerbs(wrongWords.text) === wrongWords.text)) &&
    (slips > 0 || wrongWords.mended > 0 || asTyped.matches.some((match) => match.fuzzy || match.mended));
  return { language, facts, confidence: confidenceOf(found, facts, slips + wrongWords.mended), ...(misspelt ? { spelling: asTyped.tokens.join(' ') } : {}) };
}
