import type { AdaptiveCard } from '../conversation/turn';
import { languageSchema, type Language } from '../language/language';
import type { Answer, FollowUp } from '../policy/answer';
import { exampleQuestions } from '../policy/decide';
import { headlines } from '../policy/phrases';
import { policy, ruleById } from '../policy/policy';
import type { RuleId, Verdict } from '../policy/rule';
import {
  CARD_DATA_VERSION,
  carriedFacts,
  EXPERT_VERBS,
  FEEDBACK_QUESTION_MAX,
  FEEDBACK_VERB,
  type AskButton,
  type ExpertButton,
  type FeedbackButton
} from './actions';
import { commandNames, driftWarning, labels, notices, sourceLine, truncationNote, type NoticeKind } from './labels';
import { expandTemplate, expandTemplateInTwoSteps, expandTemplateShared } from './templates';
import type { AnswerView, AskerView, DependsView, HelpView, NotCoveredView } from './views';

type CardElement = Record<string, unknown>;

const bodyOf = (card: AdaptiveCard) => (card.body ?? []) as CardElement[];

/** Feedback under an answer: ask for it, or thank for the one given. */
export type FeedbackState = 'ask' | 'helpful' | 'not-helpful';

export interface AnswerCardOptions {
  feedback?: FeedbackState;
  /**
   * For the message extension: the card goes into a conversation where the bot may not be
   * installed, so it carries no button that would send anything back to the bot.
   */
  shareable?: boolean;
  /** The question was cut to this many characters before it was answered. */
  truncatedAt?: number;
  /** The day (ISO 8601) a drift check found Microsoft's page changed since the stored copy; unset while it has not. */
  pageChangedOn?: string;
  /**
   * Offer "Ask an expert" (the tenant has an experts' channel): shown on answers the bot could not give, and after
   * "Not helpful". Never on a shareable card.
   */
  expertsAvailable?: boolean;
}

/** Whether an answer card in this state offers "Ask an expert". */
export function offersExpert(answer: Pick<Answer, 'verdict' | 'question'>, options: AnswerCardOptions): boolean {
  if (options.expertsAvailable !== true || options.shareable === true || answer.question === '') return false;
  return options.feedback === 'not-helpful' || (options.feedback === 'ask' && answer.verdict === 'not-covered');
}

type VerdictLine = AnswerView['verdictLine'];
type QuotedRule = AnswerView['rules'][number];
type SubmitButton = AnswerView['followUps'][number];

/** A background style and a symbol per verdict, so colour is never the only signal. */
const verdictLooks: Record<Verdict, Omit<VerdictLine, 'headline'>> = {
  yes: { style: 'good', symbol: '✓' },
  no: { style: 'attention', symbol: '✗' },
  depends: { style: 'warning', symbol: '◐' },
  applies: { style: 'accent', symbol: 'ℹ' },
  'not-covered': { style: 'emphasis', symbol: '○' }
};

/** Speech output is SSML: markup characters in the text must not become markup. */
function ssml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Built once: building an Intl.DateTimeFormat costs more than expanding a whole card (see docs/PERFORMANCE.md). */
const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }),
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeZone: 'UTC' })
};

function formattedDate(isoDate: string, language: Language): string {
  return dateFormats[language].format(new Date(`${isoDate}T00:00:00Z`));
}

const pageDates: Record<Language, string> = {
  en: formattedDate(policy.source.pageDate, 'en'),
  de: formattedDate(policy.source.pageDate, 'de')
};

function driftView(language: Language, pageChangedOn: string | undefined): AnswerView['drift'] {
  return pageChangedOn === undefined
    ? { shown: false, text: '' }
    : { shown: true, text: driftWarning(formattedDate(pageChangedOn, language), language) };
}

const otherLanguage: Record<Language, Language> = { en: 'de', de: 'en' };

function sourceView(language: Language): AnswerView['source'] {
  return {
    label: labels.source[language],
    line: sourceLine(policy.source.title[language], pageDates[language], language),
    url: policy.source.url[language],
    openTitle: labels.openSource[language]
  };
}

/**
 * The rule's passages word for word, the English original first: it is authoritative, and the German page is a
 * machine translation (one that even changes the meaning of operational-communication, see RULES.md). German
 * cards always show both; `bothLanguages` adds the German page to English cards too.
 */
function quotedRule(id: RuleId, language: Language, bothLanguages: boolean): QuotedRule {
  const rule = ruleById(id);
  if (language === 'en' && !bothLanguages) return { id, title: rule.title.en, groups: [{ label: '', passages: rule.quote.en }] };
  const order: Language[] = ['en', 'de'];
  return {
    id,
    title: rule.title[language],
    groups: order.map((quoted) => ({
      label: (quoted === 'en' ? labels.englishOriginal : labels.germanPage)[language],
      passages: rule.quote[quoted]
    }))
  };
}

function askButton(followUp: FollowUp, language: Language): SubmitButton {
  const data: AskButton = { action: 'ask', v: CARD_DATA_VERSION, language, question: followUp.question, facts: carriedFacts(followUp.facts) };
  return { title: followUp.label, data };
}

/** Cut at a code-unit limit without splitting a surrogate pair. */
function clip(text: string, limit: number): string {
  const clipped = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped;
}

/**
 * What the card shows of the person who asked: their question (with a note where it was cut), and the feedback
 * buttons that carry it, or the thanks once feedback was given; a shareable card asks for no feedback.
 */
function askerCard(answer: Answer, options: AnswerCardOptions): AdaptiveCard {
  const { language } = answer;
  const { truncatedAt } = options;
  const thanked = options.feedback === 'helpful' || options.feedback === 'not-helpful';
  const askForFeedback = !thanked && options.feedback === 'ask' && options.shareable !== true;
  // What every button under the answer carries: what was answered, so the bot keeps no state.
  const answered = {
    language,
    question: clip(answer.question, FEEDBACK_QUESTION_MAX),
    verdict: answer.verdict,
    rules: answer.rules,
    facts: carriedFacts(answer.facts),
    confidence: answer.confidence,
    ...(truncatedAt === undefined ? {} : { truncatedAt })
  };
  const data = (helpful: boolean): FeedbackButton => ({ action: 'feedback', v: CARD_DATA_VERSION, helpful, ...answered });
  const asked = answer.question !== '';
  const truncated = truncatedAt !== undefined;
  const offerExpert = offersExpert(answer, options);
  const flip = options.shareable === true ? undefined : answer.reading.flip;
  const expert = (): ExpertButton => ({
    action: 'expert',
    v: CARD_DATA_VERSION,
    after: options.feedback === 'not-helpful' ? 'not-helpful' : 'ask',
    ...answered
  });
  // The layout, the language and which blocks show, as one number: a string key would be built and hashed per answer.
  const layout =
    languageSchema.options.indexOf(language) * 64 +
    (asked ? 1 : 0) +
    (truncated ? 2 : 0) +
    (askForFeedback ? 4 : 0) +
    (thanked ? 8 : 0) +
    (offerExpert ? 16 : 0) +
    (flip !== undefined ? 32 : 0);
  return expandTemplateInTwoSteps(
    'asker',
    layout,
    (): Omit<AskerView, 'text' | 'truncationNote' | 'helpful' | 'notHelpful' | 'expert' | 'reading' | 'flipTitle' | 'flip'> => ({
      flipShown: flip !== undefined,
      label: labels.yourQuestion[language],
      asked,
      truncated,
      askForFeedback,
      thanked,
      prompt: labels.feedbackPrompt[language],
      verb: FEEDBACK_VERB,
      helpfulTitle: labels.helpful[language],
      notHelpfulTitle: labels.notHelpful[language],
      thanks: labels.feedbackThanks[language],
      offerExpert,
      expertTitle: labels.askAnExpert[language],
      expertVerb: EXPERT_VERBS.ask
    }),
    {
      text: answer.question,
      truncationNote: truncatedAt === undefined ? '' : truncationNote(truncatedAt, language),
      reading: answer.reading.text,
      flipTitle: flip?.label ?? '',
      ...(flip ? { flip: askButton(flip, language).data } : {}),
      ...(askForFeedback ? { helpful: data(true), notHelpful: data(false) } : {}),
      ...(offerExpert ? { expert: expert() } : {})
    }
  );
}

/**
 * What an answer card shows of its decision. Everything else on the card (the question, the feedback buttons) is
 * this asker's own; the views below see only these fields, all of them named by the answer's decisionId, so answers
 * with the same decision get the same card.
 */
type Decision = Pick<
  Answer,
  'language' | 'verdict' | 'headline' | 'summary' | 'customerSentence' | 'rules' | 'followUps' | 'depends' | 'notCovered'
>;

/** What every answer card shows of its decision: verdict line, summary, source, follow-up buttons. */
function answerBase(decision: Decision, shareable: boolean, pageChangedOn: string | undefined) {
  const { language } = decision;
  const drift = driftView(language, pageChangedOn);
  // Where the card cannot be drawn (some notifications and clients), the text still says what to tell the customer.
  const fallback = [
    decision.headline,
    ...(drift.shown ? [drift.text] : []),
    decision.summary,
    ...(decision.customerSentence ? [`${labels.customer[language]}: ${decision.customerSentence}`] : []),
    `${labels.source[language]}: ${policy.source.url[language]}`
  ];
  return {
    drift,
    fallbackText: fallback.join('\n\n'),
    // Every summary opens with its verdict, so it is the whole answer when read aloud.
    speak: ssml(decision.summary),
    verdictLine: { ...verdictLooks[decision.verdict], headline: decision.headline },
    summary: decision.summary,
    source: sourceView(language),
    followUps: shareable ? [] : decision.followUps.map((followUp) => askButton(followUp, language))
  };
}

/** A decision that breaks its own shape is a bug upstream; it must not reach a user as a verdict without its rule. */
function malformed(decision: Decision, missing: string): RangeError {
  return new RangeError(`answer with verdict ${decision.verdict} has no ${missing}`);
}

/**
 * A definite answer puts on its first screen (what a person on a call reads on a phone) the verdict, the answer, what
 * to tell the customer and the rule that decides, in its authoritative English wording; the rest is one click away
 * behind "More": the German page text of that rule, what to do, the other rules, where the policy applies, related
 * questions. See docs/CARD-LAYOUT.md for why and for the heights this gives.
 */
function definiteView(decision: Decision, verdict: AnswerView['verdict'], shareable: boolean, pageChangedOn: string | undefined): AnswerView {
  const { language } = decision;
  const [decisive, ...others] = decision.rules;
  if (!decisive) throw malformed(decision, 'rule');
  const rule = ruleById(decisive);
  const other = otherLanguage[language];
  return {
    ...answerBase(decision, shareable, pageChangedOn),
    verdict,
    more: labels.more[language],
    labels: {
      why: labels.why[language],
      whatToDo: labels.whatToDo[language],
      appliesTo: labels.appliesTo[language],
      related: labels.related[language],
      alsoRelevant: labels.alsoRelevant[language]
    },
    customer: {
      label: labels.customer[language],
      sentence: rule.customer.sentence[language],
      otherLanguage: labels.otherLanguage[language],
      otherSentence: rule.customer.sentence[other]
    },
    rule: {
      id: decisive,
      title: rule.title[language],
      groups: [{ label: language === 'en' ? '' : labels.englishOriginal[language], passages: rule.quote.en }]
    },
    ruleTranslation: language === 'en' ? [] : [{ label: labels.germanPage[language], passages: rule.quote.de }],
    rules: others.map((id) => quotedRule(id, language, false)),
    partnerAction: rule.partnerAction[language],
    appliesTo: verdict === 'applies' ? [] : ruleById('applies-to').quote[language]
  };
}

/**
 * A depends answer's first screen: the verdict, the answer, and each case with its outcome, its rule and what to
 * tell the customer in it, then the buttons that pick a case; the quoted rules are behind "More".
 */
function dependsView(decision: Decision, shareable: boolean, pageChangedOn: string | undefined): DependsView {
  const { language, depends } = decision;
  if (!depends) throw malformed(decision, 'cases');
  const other = otherLanguage[language];
  return {
    ...answerBase(decision, shareable, pageChangedOn),
    verdict: 'depends',
    more: labels.more[language],
    labels: {
      relevantRules: labels.relevantRules[language],
      chooseCase: labels.chooseCase[language],
      customer: labels.customer[language]
    },
    prompt: depends.prompt,
    cases: depends.cases.map((branch) => ({
      id: branch.rule,
      when: branch.when,
      outcome: headlines[branch.verdict][language],
      rule: `${labels.rule[language]}: ${ruleById(branch.rule).title[language]} (${branch.rule})`,
      customerSentence: branch.customerSentence
    })),
    customerOther: {
      label: labels.otherLanguage[language],
      sentences: depends.cases.map((branch) => ({
        when: branch.when,
        sentence: ruleById(branch.rule).customer.sentence[other]
      }))
    },
    rules: decision.rules.map((id) => quotedRule(id, language, false))
  };
}

function notCoveredView(decision: Decision, shareable: boolean, pageChangedOn: string | undefined): NotCoveredView {
  const { notCovered } = decision;
  if (!notCovered) throw malformed(decision, 'reason');
  return {
    ...answerBase(decision, shareable, pageChangedOn),
    verdict: 'not-covered',
    reason: notCovered,
    labels: { answersFrom: labels.answersFrom[decision.language] },
    rules: [],
    suggestions: shareable ? decision.followUps.map((followUp) => followUp.question) : []
  };
}

function decisionCard(answer: Answer, shareable: boolean, pageChangedOn: string | undefined): AdaptiveCard {
  const decision: Decision = answer;
  const key = `${shareable} ${pageChangedOn ?? ''} ${answer.decisionId}`;
  switch (decision.verdict) {
    case 'yes':
    case 'no':
    case 'applies': {
      const { verdict } = decision;
      return expandTemplateShared('answer', key, () => definiteView(decision, verdict, shareable, pageChangedOn));
    }
    case 'depends':
      return expandTemplateShared('depends', key, () => dependsView(decision, shareable, pageChangedOn));
    case 'not-covered':
      return expandTemplateShared('not-covered', key, () => notCoveredView(decision, shareable, pageChangedOn));
  }
}

/**
 * The card for an answer, by verdict: a definite answer, "it depends", or not covered. The decision's card is
 * shared between everyone who got that decision (see expandTemplateShared); this person's question goes below
 * its source, and the feedback buttons, which carry the question, at the end.
 */
export function renderAnswerCard(answer: Answer, options: AnswerCardOptions = {}): AdaptiveCard {
  return composeAnswerCard(decisionCard(answer, options.shareable === true, options.pageChangedOn), askerCard(answer, options));
}

/** A decision's card with the asker's part in it: their question right below the source, the feedback at the end. */
export function composeAnswerCard(decided: AdaptiveCard, askerPart: AdaptiveCard): AdaptiveCard {
  const asker = bodyOf(askerPart);
  const question = asker.filter((element) => element.id !== 'feedback');
  // Loops rather than spreads: the shared card is frozen, and V8 copies frozen objects and arrays the slow way.
  const body: CardElement[] = [];
  let belowSource = false;
  for (const element of bodyOf(decided)) {
    body.push(element);
    if (element.id === 'source') {
      body.push(...question);
      belowSource = true;
    }
  }
  if (!belowSource) throw new RangeError('an answer card has no source to put the question below');
  for (const element of asker) if (element.id === 'feedback') body.push(element);
  return Object.assign({}, decided, { body });
}

/** The notification and screen-reader line for an answer card. */
export function cardSummary(answer: Answer): string {
  return answer.headline;
}

function helpTitle(language: Language, welcome: boolean): string {
  return (welcome ? labels.welcomeTitle : labels.helpTitle)[language];
}

export function renderHelpCard(language: Language, { welcome }: { welcome: boolean }): AdaptiveCard {
  const examples = exampleQuestions(language);
  const title = helpTitle(language, welcome);
  const view: HelpView = {
    fallbackText: `${title} ${labels.helpIntro[language]}`,
    speak: ssml(`${title} ${labels.helpIntro[language]}`),
    welcome,
    titles: { welcome: labels.welcomeTitle[language], help: labels.helpTitle[language] },
    intro: labels.helpIntro[language],
    examples: {
      heading: labels.examples[language],
      questions: examples.map((example) => example.question),
      buttons: examples.map((example) => askButton(example, language))
    },
    commands: {
      heading: labels.commands[language],
      list: [
        { name: commandNames.help, description: labels.helpCommand[language] },
        { name: commandNames.rules, description: labels.rulesCommand[language] },
        { name: commandNames.about, description: labels.aboutCommand[language] }
      ]
    },
    answersFrom: labels.answersFrom[language],
    source: sourceView(language)
  };
  return expandTemplate('help', view);
}

export function helpSummary(language: Language, { welcome }: { welcome: boolean }): string {
  return helpTitle(language, welcome);
}

export function renderRulesCard(language: Language): AdaptiveCard {
  const title = labels.rulesTitle[language];
  return expandTemplate('rules', {
    fallbackText: `${title}: ${policy.source.url[language]}`,
    speak: ssml(`${title}. ${labels.rulesIntro[language]}`),
    title,
    intro: labels.rulesIntro[language],
    ruleIdLabel: labels.ruleId[language],
    rules: policy.rules.map((rule) => quotedRule(rule.id, language, true)),
    source: sourceView(language)
  });
}

export function rulesSummary(language: Language): string {
  return labels.rulesTitle[language];
}

export function renderAboutCard(language: Language, pageChangedOn?: string): AdaptiveCard {
  const title = labels.aboutTitle[language];
  return expandTemplate('about', {
    fallbackText: `${title}: ${labels.aboutWhat[language]}`,
    speak: ssml(`${title}. ${labels.aboutWhat[language]}`),
    title,
    what: labels.aboutWhat[language],
    onlyFromPage: labels.aboutOnlyFromPage[language],
    noGuessing: labels.aboutNotCovered[language],
    source: sourceView(language),
    drift: driftView(language, pageChangedOn)
  });
}

export function aboutSummary(language: Language): string {
  return labels.aboutTitle[language];
}

export function renderNoticeCard(language: Language, kind: NoticeKind): AdaptiveCard {
  const text = notices[kind][language];
  return expandTemplate('notice', { fallbackText: text, speak: ssml(text), kind, text });
}

export function noticeSummary(language: Language, kind: NoticeKind): string {
  return notices[kind][language];
}
