/** Reading a card the way a test needs: which elements it has, and what text it shows. */

function walk(node: unknown, visit: (object: Record<string, unknown>) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) walk(item, visit);
  } else if (node !== null && typeof node === 'object') {
    visit(node as Record<string, unknown>);
    for (const value of Object.values(node)) walk(value, visit);
  }
}

export function elementIds(card: unknown): string[] {
  const ids: string[] = [];
  walk(card, (object) => {
    if (typeof object.id === 'string') ids.push(object.id);
  });
  return ids;
}

/** Every text the card shows, in order: TextBlock texts, TextRun texts, fact titles and values, button titles. */
export function visibleTexts(card: unknown): string[] {
  const texts: string[] = [];
  walk(card, (object) => {
    for (const key of ['text', 'title', 'value'] as const) {
      if (typeof object[key] === 'string' && object.type !== 'Input.Text') texts.push(object[key]);
    }
  });
  return texts;
}

/** The element with this id, e.g. the "question" container. */
export function elementById(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  walk(card, (object) => {
    if (found === undefined && object.id === id) found = object;
  });
  return found;
}

/** All visible text of a card (or of one of its elements) as one string, for `toContain` checks. */
export function shownText(card: unknown): string {
  return visibleTexts(card).join('\n');
}

export interface ExecuteButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
}

/** Every Action.Execute button on a card (the feedback buttons), in card order. */
export function executeButtons(node: unknown): ExecuteButton[] {
  if (Array.isArray(node)) return node.flatMap(executeButtons);
  if (node === null || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own = object.type === 'Action.Execute' ? [object as unknown as ExecuteButton] : [];
  return [...own, ...Object.values(object).flatMap(executeButtons)];
}
