import { z } from 'zod';
import { notCoveredReasonSchema } from '../policy/answer';
import { ruleIdSchema } from '../policy/rule';
import { askButtonSchema, expertButtonSchema, FEEDBACK_VERB, feedbackButtonSchema, ticketActionSchema } from './actions';
import { noticeKindSchema } from './labels';

/**
 * The data each template in cards/ binds to: every text already localized, every
 * button's data already built. Templates only lay it out; an empty list hides its
 * section. cards/samples/<template>.json must parse with the schema of its template; the schemas
 * are strict, so a sample cannot drift from the data the renderer builds.
 */

const text = z.string().min(1);

/** Card-level text for clients that cannot render the card and for screen readers (`speak` is SSML). */
const cardViewSchema = z.strictObject({
  fallbackText: text,
  speak: text
});

/** Container styles and a symbol, so the verdict reads the same in light, dark and high-contrast themes. */
const verdictLineSchema = z.strictObject({
  style: z.enum(['good', 'attention', 'warning', 'accent', 'emphasis']),
  symbol: text,
  headline: text
});

/** A rule quoted word for word; one group per language shown, labelled when more than one is. */
const quotedRuleSchema = z.strictObject({
  id: ruleIdSchema,
  title: text,
  groups: z.array(z.strictObject({ label: z.string(), passages: z.array(text).min(1) })).min(1)
});

const sourceViewSchema = z.strictObject({ label: text, line: text, url: z.url(), openTitle: text });

/** Shown once a drift check found that the page has changed since the copy the bot answers from (AnswerCardOptions.pageChangedOn). */
const driftViewSchema = z.strictObject({ shown: z.boolean(), text: z.string() });

/** The customer sentence in the answer's language, and in the other language behind a toggle. */
const customerViewSchema = z.strictObject({ label: text, sentence: text, otherLanguage: text, otherSentence: text });

const submitButtonSchema = z.strictObject({ title: text, data: askButtonSchema });

/**
 * An answer card is made of two templates: what was decided (answer, depends or not-covered), which is the same
 * for everyone whose question got that decision; and, composed into it, what is this asker's own (asker): their
 * question, right below the source, and the feedback buttons that carry it, at the end.
 */
const answerViewBaseSchema = cardViewSchema.extend({
  verdictLine: verdictLineSchema,
  drift: driftViewSchema,
  summary: text,
  rules: z.array(quotedRuleSchema),
  source: sourceViewSchema,
  followUps: z.array(submitButtonSchema)
});

/**
 * What an answer card shows of the person who asked: their question, shown only as plain text runs (never markdown),
 * with a note when it was cut; the two buttons that ask whether the answer helped, each carrying what was answered,
 * or the thanks once feedback was given. Which blocks show, and every label, is known before the asker's own
 * values are: see expandTemplateInTwoSteps.
 */
export const askerViewSchema = z.strictObject({
  label: text,
  asked: z.boolean(),
  truncated: z.boolean(),
  askForFeedback: z.boolean(),
  thanked: z.boolean(),
  prompt: text,
  verb: z.literal(FEEDBACK_VERB),
  helpfulTitle: text,
  notHelpfulTitle: text,
  thanks: text,
  text: z.string(),
  truncationNote: z.string(),
  /** "Read as: …": what the answer was decided on (element id "reading"). */
  reading: text,
  /** Where a deciding fact was assumed, the button that flips it and asks again; never on a shareable card. */
  flipShown: z.boolean(),
  flipTitle: z.string(),
  flip: askButtonSchema.optional(),
  /** Only where the buttons show. */
  helpful: feedbackButtonSchema.optional(),
  notHelpful: feedbackButtonSchema.optional(),
  /** "Ask an expert": on answers the bot could not give, and after "Not helpful", where the tenant has experts. */
  offerExpert: z.boolean(),
  expertTitle: text,
  expertVerb: text,
  expert: expertButtonSchema.optional()
});
export type AskerView = z.infer<typeof askerViewSchema>;

export const answerViewSchema = answerViewBaseSchema.extend({
  verdict: z.enum(['yes', 'no', 'applies']),
  /** The title of the toggle that shows what is secondary (the container id "more"). */
  more: text,
  labels: z.strictObject({ why: text, whatToDo: text, appliesTo: text, related: text, alsoRelevant: text }),
  customer: customerViewSchema,
  /** The rule that decides, on the first screen in its authoritative wording (the English original). */
  rule: quotedRuleSchema,
  /** The German page text of that rule on German answers, behind the More toggle; empty on English answers. */
  ruleTranslation: z.array(z.strictObject({ label: text, passages: z.array(text).min(1) })).max(1),
  /** The other rules, behind the More toggle. */
  rules: z.array(quotedRuleSchema),
  partnerAction: text,
  /** Empty when the answer itself is about where the policy applies. */
  appliesTo: z.array(text)
});
export type AnswerView = z.infer<typeof answerViewSchema>;

export const dependsViewSchema = answerViewBaseSchema.extend({
  verdict: z.literal('depends'),
  more: text,
  labels: z.strictObject({ relevantRules: text, chooseCase: text, customer: text }),
  prompt: text,
  cases: z.array(z.strictObject({ id: ruleIdSchema, when: text, outcome: text, rule: text, customerSentence: text })).min(2),
  /** Each case's customer sentence in the other language, behind a toggle. */
  customerOther: z.strictObject({ label: text, sentences: z.array(z.strictObject({ when: text, sentence: text })).min(2) }),
  rules: z.array(quotedRuleSchema).min(1)
});
export type DependsView = z.infer<typeof dependsViewSchema>;

export const notCoveredViewSchema = answerViewBaseSchema.extend({
  verdict: z.literal('not-covered'),
  reason: notCoveredReasonSchema,
  labels: z.strictObject({ answersFrom: text }),
  rules: z.array(quotedRuleSchema).max(0),
  /** The suggested questions as text, for cards without buttons. */
  suggestions: z.array(text)
});
export type NotCoveredView = z.infer<typeof notCoveredViewSchema>;

export const helpViewSchema = cardViewSchema.extend({
  welcome: z.boolean(),
  titles: z.strictObject({ welcome: text, help: text }),
  intro: text,
  examples: z.strictObject({ heading: text, questions: z.array(text).min(1), buttons: z.array(submitButtonSchema).min(1) }),
  commands: z.strictObject({ heading: text, list: z.array(z.strictObject({ name: text, description: text })).min(1) }),
  answersFrom: text,
  source: sourceViewSchema
});
export type HelpView = z.infer<typeof helpViewSchema>;

export const rulesViewSchema = cardViewSchema.extend({
  title: text,
  intro: text,
  ruleIdLabel: text,
  rules: z.array(quotedRuleSchema).length(ruleIdSchema.options.length),
  source: sourceViewSchema
});
export type RulesView = z.infer<typeof rulesViewSchema>;

export const aboutViewSchema = cardViewSchema.extend({
  title: text,
  what: text,
  /** Introduces the source page shown below it. */
  onlyFromPage: text,
  noGuessing: text,
  source: sourceViewSchema,
  drift: driftViewSchema
});
export type AboutView = z.infer<typeof aboutViewSchema>;

export const noticeViewSchema = cardViewSchema.extend({ kind: noticeKindSchema, text });
export type NoticeView = z.infer<typeof noticeViewSchema>;

const executeButtonSchema = <Data extends z.ZodType>(data: Data) =>
  z.strictObject({ verb: text, title: text, style: z.enum(['default', 'positive', 'destructive']), data });

/** The experts' card in their channel: the question, who asked, the bot's answer, and the step it is at. */
export const expertTicketViewSchema = cardViewSchema.extend({
  title: text,
  status: z.strictObject({ id: text, style: z.enum(['accent', 'warning', 'good', 'emphasis']), symbol: text, text }),
  askedBy: text,
  labels: z.strictObject({ question: text, context: text, botAnswer: text, readAs: text }),
  question: text,
  hasContext: z.boolean(),
  context: z.string(),
  botAnswer: text,
  readAs: text,
  answered: z.boolean(),
  answerBy: z.string(),
  answerText: z.string(),
  hasNote: z.boolean(),
  note: z.string(),
  canAnswer: z.boolean(),
  input: z.strictObject({ label: text, placeholder: text }),
  hasActions: z.boolean(),
  actions: z.array(executeButtonSchema(ticketActionSchema)),
  refresh: z.strictObject({ verb: text, data: ticketActionSchema })
});
export type ExpertTicketView = z.infer<typeof expertTicketViewSchema>;

/** The asker's side: the form that sends a question to the experts, the card once it is sent, and their answer. */
export const expertAskViewSchema = cardViewSchema.extend({
  stage: z.enum(['form', 'sent', 'answered', 'closed', 'unavailable', 'channel-set', 'channel-removed', 'channel-refused', 'channel-only']),
  style: z.enum(['accent', 'good', 'emphasis']),
  symbol: text,
  title: text,
  intro: text,
  labels: z.strictObject({ question: text, context: text }),
  hasQuestion: z.boolean(),
  question: text,
  hasContext: z.boolean(),
  context: z.string(),
  hasAnswer: z.boolean(),
  answerBy: z.string(),
  answerText: z.string(),
  answerNote: z.string(),
  asking: z.boolean(),
  input: z.strictObject({ label: text, placeholder: text }),
  hasActions: z.boolean(),
  actions: z.array(executeButtonSchema(expertButtonSchema))
});
export type ExpertAskView = z.infer<typeof expertAskViewSchema>;

/** One schema per template file in cards/, by file name. */
export const viewSchemas = {
  answer: answerViewSchema,
  depends: dependsViewSchema,
  'not-covered': notCoveredViewSchema,
  asker: askerViewSchema,
  help: helpViewSchema,
  rules: rulesViewSchema,
  about: aboutViewSchema,
  notice: noticeViewSchema,
  'expert-ticket': expertTicketViewSchema,
  'expert-ask': expertAskViewSchema
};
export type TemplateName = keyof typeof viewSchemas;
export type ViewOf<Name extends TemplateName> = z.infer<(typeof viewSchemas)[Name]>;
export const templateNames = Object.keys(viewSchemas) as TemplateName[];
