import type { AdaptiveCard } from '../../../src/conversation/turn';

/**
 * The official renderer library's object model, used here only as a parser and
 * validator. Its lib/ build is ES modules without file extensions, which Node
 * cannot load; the bundled dist build loads fine.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const adaptiveCards: typeof import('adaptivecards') = require('adaptivecards/dist/adaptivecards.min.js');

/** Parse and validation events of the card, as readable lines; a valid card has none. */
export function cardProblems(card: AdaptiveCard): string[] {
  const parsed = new adaptiveCards.AdaptiveCard();
  const context = new adaptiveCards.SerializationContext(adaptiveCards.Versions.v1_5);
  parsed.parse(card, context);
  const problems: string[] = [];
  for (let index = 0; index < context.eventCount; index++) {
    const event = context.getEventAt(index);
    problems.push(`parse: ${adaptiveCards.ValidationEvent[event.event]}: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) {
    problems.push(`validation: ${adaptiveCards.ValidationEvent[event.event]}: ${event.message}`);
  }
  return problems;
}

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The node and every element, action, inline and fact in it, depth first; button data is not descended into. */
export function nodes(root: Node): Node[] {
  const found: Node[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isNode(value)) {
      found.push(value);
      for (const [key, child] of Object.entries(value)) if (key !== 'data') visit(child);
    }
  };
  visit(root);
  return found;
}

export function byId(root: Node, id: string): Node | undefined {
  return nodes(root).find((node) => node.id === id);
}

export function ids(root: Node): string[] {
  return nodes(root).flatMap((node) => (typeof node.id === 'string' ? [node.id] : []));
}

/** Elements, actions or inlines of one type, e.g. 'TextBlock' or 'Action.Submit'. */
export function ofType(root: Node, type: string): Node[] {
  return nodes(root).filter((node) => node.type === type);
}

/** Text a reader sees in the card or element: text blocks, text runs, facts and button titles. */
export function visibleTexts(root: Node): string[] {
  return nodes(root).flatMap((node) =>
    [node.text, node.title, node.value].filter((text): text is string => typeof text === 'string')
  );
}

export function textBlocks(root: Node): string[] {
  return ofType(root, 'TextBlock').map((block) => String(block.text));
}

export function textRuns(root: Node): string[] {
  return ofType(root, 'TextRun').map((run) => String(run.text));
}

/** Title and data of each button of one kind. */
export function buttons(root: Node, type: 'Action.Submit' | 'Action.Execute' | 'Action.OpenUrl'): Array<{ title: unknown; data: unknown }> {
  return ofType(root, type).map((action) => ({ title: action.title, data: action.data }));
}
