import type { Locator } from 'playwright-core';

/** A card as the Adaptive Cards renderer drew it in the page: only text a person can see (innerText skips hidden parts). */
export interface RenderedCard {
  /** Text blocks and rich text blocks in reading order, each with its line breaks collapsed. */
  lines: string[];
  /** Text drawn as a heading (role=heading): the verdict line and section titles. */
  headings: string[];
  /** Passages set in italics: the quoted rules and the echoed question. */
  italics: string[];
  /** Buttons that send something to the bot (Action.Submit, Action.Execute), by title. */
  buttons: string[];
  /** Buttons that show or hide part of the card in the client alone (Action.ToggleVisibility), by title. */
  toggles: string[];
  /** Buttons that open a web page (Action.OpenUrl), by title. */
  links: string[];
  /** The card's first element has a background of its own: on an answer, the verdict line stands out by colour too. */
  firstElementHighlighted: boolean;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export async function readCard(card: Locator): Promise<RenderedCard> {
  const [lines, headings, italics, buttons, toggles, links, firstElementHighlighted] = await Promise.all([
    card.locator('.ac-textBlock, .ac-richTextBlock').allInnerTexts(),
    card.locator('[role="heading"]').allInnerTexts(),
    card.locator('.ac-textRun[style*="italic"], .ac-textBlock[style*="italic"]').allInnerTexts(),
    // The renderer names what a toggle shows and hides in its aria-controls; no other button of ours has one.
    card.getByRole('button').and(card.locator(':not([aria-controls])')).allInnerTexts(),
    card.getByRole('button').and(card.locator('[aria-controls]')).allInnerTexts(),
    card.getByRole('link').allInnerTexts(),
    card.evaluate((root) => {
      // The renderer wraps the body in one element; the first element of the card is that wrapper's first child.
      const first = root.firstElementChild?.firstElementChild;
      const view = root.ownerDocument.defaultView;
      if (!first || !view) return false;
      return view.getComputedStyle(first).backgroundColor !== view.getComputedStyle(root).backgroundColor;
    })
  ]);
  return {
    lines: lines.map(oneLine).filter((line) => line !== ''),
    headings: headings.map(oneLine),
    italics: italics.map(oneLine),
    buttons: buttons.map(oneLine),
    toggles: toggles.map(oneLine),
    links: links.map(oneLine),
    firstElementHighlighted
  };
}
