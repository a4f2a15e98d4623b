import type { BrowserContext, Locator, Page } from 'playwright-core';
import { noteInTabLog, recordTab } from './tab-log';

/** Every wait is for something to appear; this is how long a reply may take on a slow, busy CI machine. */
const REPLY_TIMEOUT_MS = 15_000;

/** The Playground's UI loads a 9 MB script; the first load takes a few seconds, later ones come from the cache. */
const LOAD_TIMEOUT_MS = 30_000;

/** The bot's name in .m365agentsplayground.yml, as the mention typeahead lists it. */
const BOT_NAME = 'CSP Comms Bot';

/** Conversations of .m365agentsplayground.yml, by the label of their entry in the chat list. */
export const conversations = {
  personal: 'Personal Chat',
  group: 'Partner Desk',
  channel: 'Partner Team - General',
  /** The team's second channel, where the expert tests send the questions for the experts. */
  expertsChannel: 'Partner Team - Escalations'
} as const;

/** A search command of the message extension as the app manifest declares it. */
export interface SearchCommand {
  id: string;
  /** The name of its one parameter, the text typed into the search box. */
  parameter: string;
}

/** Marks a card that was on screen before the action whose reply a test waits for. */
const SEEN = 'data-e2e-seen';

const WELCOME_TITLE = 'Welcome! I tell CSP partners when Microsoft contacts their customers directly.';

/** The websocket on which the Playground's server pushes new and changed messages (the bot's replies) to the page. */
const CONVERSATION_STREAM = /\/_ws_conversation\//;

/**
 * The Playground's pushes of messages to one tab, passed on as they come, or held back for a while and then passed on
 * in the order they came.
 */
class Pushes {
  private held: Array<() => void> | undefined;

  constructor(private readonly page: Page) {}

  /** Sends a frame to the page now, or queues it while held. */
  deliver(send: () => void): void {
    if (this.held) this.held.push(send);
    else send();
  }

  /** Runs `during` with every push held back, then passes the held pushes on. */
  async heldDuring<T>(reason: string, during: () => Promise<T>): Promise<T> {
    this.held = [];
    try {
      return await during();
    } finally {
      const held = this.held;
      this.held = undefined;
      noteInTabLog(this.page, `${held.length} push(es) held back ${reason}, passed on now`);
      for (const send of held) send();
    }
  }
}

/**
 * One browser tab on Microsoft 365 Agents Playground, used as a person would: type, press Enter, click buttons.
 * Each reply is found as the next card to appear, so a test never mistakes an earlier card for the answer.
 */
export class PlaygroundPage {
  private constructor(
    readonly page: Page,
    private readonly pushes: Pushes
  ) {}

  /** A fresh tab: the Playground installs the bot in the personal chat, and the bot's welcome card shows. */
  static async open(browser: BrowserContext, url: string): Promise<PlaygroundPage> {
    const page = await browser.newPage();
    recordTab(page);
    page.setDefaultTimeout(REPLY_TIMEOUT_MS);
    // Every push reaches the page through the harness, which can hold them back (see postWithMention). The page's
    // own messages to the server go on untouched.
    const pushes = new Pushes(page);
    await page.routeWebSocket(CONVERSATION_STREAM, (socket) => {
      const server = socket.connectToServer();
      server.onMessage((message) => pushes.deliver(() => socket.send(message)));
    });
    await page.goto(url, { timeout: LOAD_TIMEOUT_MS });
    const playground = new PlaygroundPage(page, pushes);
    await playground.cardShowing(WELCOME_TITLE).waitFor({ timeout: LOAD_TIMEOUT_MS });
    return playground;
  }

  close(): Promise<void> {
    return this.page.close();
  }

  /** Every Adaptive Card on screen, in page order (in a channel the newest post comes first). */
  get cards(): Locator {
    return this.page.locator('.ac-adaptiveCard');
  }

  cardShowing(text: string): Locator {
    return this.cards.filter({ hasText: text });
  }

  /** The message box; in a channel the first one starts a new post, the others reply in threads. */
  private get editor(): Locator {
    return this.page.locator('div[role="textbox"][contenteditable="true"][data-lexical-editor="true"]').first();
  }

  /**
   * Cards that appeared since the last `nextCard`. Position is no guide: in a channel the newest post is drawn on top,
   * so the cards on screen are marked as seen before each action instead.
   */
  get newCards(): Locator {
    return this.page.locator(`.ac-adaptiveCard:not([${SEEN}])`);
  }

  /**
   * Runs `action` and returns the first card that appears after it, by its place among the cards on screen
   * (which later cards do not change, except a newer channel post drawn above it).
   */
  async nextCard(action: () => Promise<void>): Promise<Locator> {
    await this.cards.evaluateAll((cards, seen) => cards.forEach((card) => card.setAttribute(seen, '')), SEEN);
    await action();
    const card = this.newCards.first();
    await card.waitFor();
    const place = await card.evaluate((element) => [...element.ownerDocument.querySelectorAll('.ac-adaptiveCard')].indexOf(element));
    return this.cards.nth(place);
  }

  /**
   * Like `nextCard`, for the first new card that shows `text`: in a conversation that other tabs also open, the
   * bot's welcome for those tabs may appear in between.
   */
  async nextCardShowing(text: string, action: () => Promise<void>): Promise<Locator> {
    await this.cards.evaluateAll((cards, seen) => cards.forEach((card) => card.setAttribute(seen, '')), SEEN);
    await action();
    const card = this.newCards.filter({ hasText: text }).first();
    await card.waitFor();
    const place = await card.evaluate((element) => [...element.ownerDocument.querySelectorAll('.ac-adaptiveCard')].indexOf(element));
    return this.cards.nth(place);
  }

  /** Types a message and sends it with Enter. */
  async send(text: string): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** Sends a message and resolves to the bot's reply card. */
  ask(text: string): Promise<Locator> {
    return this.nextCard(() => this.send(text));
  }

  /** Clicks a button of a card; resolves to the card the bot sends in reply. */
  clickForReply(card: Locator, button: string): Promise<Locator> {
    return this.nextCard(() => clickButton(card, button));
  }

  /**
   * Opens a conversation from the chat list; the bot, added to it, greets it with its welcome card (in a conversation
   * another tab opened first, that tab's welcome is shown too).
   */
  async openConversation(label: string): Promise<void> {
    await this.page.locator(`button[role="treeitem"][aria-label="${label}"]`).click();
    await this.cardShowing(WELCOME_TITLE).first().waitFor();
  }

  /** In a group chat: a message that starts with an @mention of the bot, picked from the typeahead as a person does. */
  async sendWithMention(text: string): Promise<void> {
    await this.typeMention();
    await this.page.keyboard.type(` ${text}`);
    await this.page.keyboard.press('Enter');
  }

  /**
   * In a channel: a new post that starts with an @mention of the bot; the answer arrives in the post's thread.
   *
   * The Playground's page learns its new post's id from the server's answer to the request that sent it, and can only
   * show a reply in a thread it knows: a reply pushed before the page has read that answer is dropped for good ("Saga
   * error: Invalid conversation id …;messageid=…" in its console). The server answers before it passes the post to the
   * bot, but on a busy machine the page can still read the push first: this was the flake of "experts here" in CI, and
   * holding back the answer to the post's request by 2 s makes it every time. Teams numbers a post before the bot sees
   * it, so pushes are held back here until the post is on the page; the bot's reply is not shown any sooner or later
   * than its own work allows, only no longer lost.
   */
  async postWithMention(text: string): Promise<void> {
    // The post shows the text after the mention in an element of its own (the log panel shows it with the mention).
    const posts = this.page.getByText(text, { exact: true });
    const before = await posts.count();
    await this.pushes.heldDuring(`until the post "${text}" was on the page`, async () => {
      await this.typeMention();
      await this.page.keyboard.type(` ${text}`);
      await this.page.getByRole('button', { name: 'Post', exact: true }).click();
      await posts.nth(before).waitFor();
    });
  }

  /** Waits until a sent message is shown (the chat list and the log panel may repeat its text, hence first()). */
  async shown(text: string): Promise<void> {
    await this.page.getByText(text, { exact: true }).first().waitFor();
  }

  /**
   * Searches with the message extension ("+" under the message box, then Search Command) and resolves to the
   * search dialog showing the results. The Playground does not read the app manifest, so it is told the command id
   * and parameter name that Teams would take from there.
   */
  async searchWithMessageExtension(command: SearchCommand, query: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Trigger Message Extension App' }).first().click();
    await this.page.getByRole('menuitem', { name: 'Search Command' }).click();
    const dialog = this.page.locator('[data-portal-node="true"] [role="group"]', { hasText: 'Search-Based Message Extension' });
    await dialog.getByRole('button', { name: 'Specify Command ID or Parameter' }).click();
    await dialog.getByPlaceholder('Command ID').fill(command.id);
    await dialog.getByPlaceholder('Parameter name').fill(command.parameter);
    const searchBox = dialog.getByPlaceholder('Enter a search term');
    await searchBox.fill(query);
    await searchBox.press('Enter');
    return dialog;
  }

  /** Sends what is in the message box, e.g. a card inserted by the message extension. */
  async sendComposed(): Promise<void> {
    await this.page.getByRole('button', { name: 'Send Message' }).click();
  }

  private async typeMention(): Promise<void> {
    await this.editor.click();
    await this.page.keyboard.type(`@${BOT_NAME.split(' ')[0]}`);
    await this.page.locator('#typeahead-menu [role="menuitem"]', { hasText: BOT_NAME }).click();
  }
}

/** A card's button by its title (Action.Submit and Action.Execute render as buttons, Action.OpenUrl as a link). */
export function clickButton(card: Locator, title: string): Promise<void> {
  return card.getByRole('button', { name: title, exact: true }).click();
}

/** Types into a card's input, found by its label as a person reads it. */
export async function typeInto(card: Locator, label: string, text: string): Promise<void> {
  await card.getByLabel(label, { exact: true }).fill(text);
}

/** Clicks a toggle (Action.ToggleVisibility) and waits until the text it shows is on the card. */
export async function openToggle(card: Locator, title: string, shows: string): Promise<void> {
  await card.getByRole('button', { name: title, exact: true }).click();
  await card.getByText(shows, { exact: true }).first().waitFor({ state: 'visible' });
}
