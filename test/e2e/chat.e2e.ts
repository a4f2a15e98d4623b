/**
 * The bot as a person meets it: Microsoft 365 Agents Playground (a Teams-like web client) in headless Chromium, with
 * the bot from source behind it. Each test types or clicks as a person would and checks the card as drawn in the page.
 * The cards are also saved as pictures into docs/screenshots/ for the README.
 * Run with `npm run test:e2e` (needs Chromium at /usr/bin/chromium); `npm test` does not run these.
 */
import { policy, ruleById } from '../../src/policy/policy';
import { picturedOnFailure } from './support/failure-pictures';
import { saveCardPicture } from './support/pictures';
import { clickButton, conversations, openToggle, PlaygroundPage } from './support/playground-page';
import { readCard } from './support/rendered-card';
import { searchCommand } from './support/search-command';
import { startStack, type Stack } from './support/stack';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack('chat');
});

afterAll(async () => {
  await stack?.stop();
});

/** A fresh tab for each test, so no card of another test can be mistaken for this one's. */
async function inPlayground(name: string, body: (chat: PlaygroundPage) => Promise<void>): Promise<void> {
  let chat: PlaygroundPage | undefined;
  try {
    // Opening is part of the test: a welcome that does not come is a failure with the bot's log kept too.
    await picturedOnFailure(stack, name, () => ({ chat: chat?.page }), async () => {
      chat = await PlaygroundPage.open(stack.browser, stack.playgroundUrl);
      await body(chat);
    });
  } finally {
    await chat?.close();
  }
}

describe('personal chat', () => {
  test('opening the chat shows the welcome card with example questions', () =>
    inPlayground('welcome', async (chat) => {
      const card = chat.cards.first();
      const shown = await readCard(card);
      expect(shown.headings[0]).toBe('Welcome! I tell CSP partners when Microsoft contacts their customers directly.');
      expect(shown.buttons).toEqual(['Billing or subscriptions', 'Outages and incidents', 'Products bought directly', 'Where it applies']);
      expect(shown.links).toEqual(['Open the policy page']);
      await saveCardPicture(chat.page, card, 'welcome');
    }));

  test('an English billing question: the verdict, the sentence for the customer and the rule first, the rest behind More', () =>
    inPlayground('answer-en', async (chat) => {
      const question = 'Will Microsoft send my customer the invoice for their CSP subscription?';
      const card = await chat.ask(question);
      const rule = ruleById('subscription-communication');
      const shown = await readCard(card);

      expect(shown.lines[0]).toBe('✗ No: Microsoft will not contact your customer about this');
      expect(shown.headings[0]).toBe(shown.lines[0]);
      expect(shown.firstElementHighlighted).toBe(true);
      expect(shown.headings).toEqual(expect.arrayContaining(['What to tell the customer', `Why: ${rule.title.en}`]));
      expect(shown.lines).toContain(rule.customer.sentence.en);
      expect(shown.lines).not.toContain(rule.customer.sentence.de);
      for (const passage of rule.quote.en) expect(shown.italics).toContain(passage);
      expect(shown.headings).not.toContain('What you should do');
      expect(shown.toggles).toEqual(['Auf Deutsch', 'More details']);
      expect(shown.lines).toContain(`Your question: ${question}`);
      expect(shown.lines.some((line) => line.startsWith('Source: Customer communication from Microsoft'))).toBe(true);
      expect(shown.lines.some((line) => line.includes('page dated November 20, 2019'))).toBe(true);
      expect(shown.links).toEqual(['Open the policy page']);
      expect(shown.buttons).toEqual(['Helpful', 'Not helpful']);
      await saveCardPicture(chat.page, card, 'answer-en');

      await openToggle(card, 'Auf Deutsch', rule.customer.sentence.de);
      await openToggle(card, 'More details', 'What you should do');
      const opened = await readCard(card);
      expect(opened.lines).toEqual(expect.arrayContaining([rule.customer.sentence.en, rule.customer.sentence.de, rule.partnerAction.en]));
      for (const passage of ruleById('partner-communicates').quote.en) expect(opened.italics).toContain(passage);
      expect(opened.buttons).toEqual(expect.arrayContaining(['Outages and incidents', 'Products bought directly']));
    }));

  test('a German outage question gets a German card: the customer sentence in German, the English original first', () =>
    inPlayground('answer-de', async (chat) => {
      const card = await chat.ask('Meldet sich Microsoft bei meinem Kunden, wenn es eine Störung gibt?');
      const shown = await readCard(card);
      const rule = ruleById('operational-communication');

      expect(shown.lines[0]).toBe('✓ Ja: Microsoft darf Ihren Kunden direkt kontaktieren');
      expect(shown.headings).toEqual(expect.arrayContaining(['Was Sie dem Kunden sagen können', `Warum: ${rule.title.de}`]));
      expect(shown.headings.some((heading) => heading.startsWith('Why'))).toBe(false);
      expect(shown.lines).toContain(rule.customer.sentence.de);
      expect(shown.lines).not.toContain(rule.customer.sentence.en);
      expect(shown.lines).toContain('Englisches Original (maßgeblich)');
      for (const passage of rule.quote.en) expect(shown.italics).toContain(passage);
      expect(shown.lines).not.toContain('Deutsche Seite (maschinelle Übersetzung)');
      expect(shown.toggles).toEqual(['In English', 'Weitere Details']);
      expect(shown.lines.some((line) => line.startsWith('Quelle: ') && line.includes('Seite vom 20. November 2019'))).toBe(true);
      expect(shown.links).toEqual(['Richtlinienseite öffnen']);
      expect(shown.buttons).toEqual(['Hilfreich', 'Nicht hilfreich']);
      await saveCardPicture(chat.page, card, 'answer-de');

      await openToggle(card, 'In English', rule.customer.sentence.en);
      await openToggle(card, 'Weitere Details', 'Deutsche Seite (maschinelle Übersetzung)');
      const opened = await readCard(card);
      expect(opened.lines).toEqual(expect.arrayContaining([rule.customer.sentence.de, rule.customer.sentence.en]));
      for (const passage of [...rule.quote.en, ...rule.quote.de]) expect(opened.italics).toContain(passage);
      expect(opened.headings).toContain('Was Sie tun sollten');
    }));

  test('"Can Microsoft contact my customer?" shows the cases; clicking one answers the refined question', () =>
    inPlayground('depends', async (chat) => {
      const card = await chat.ask('Can Microsoft contact my customer?');
      const shown = await readCard(card);
      expect(shown.lines[0]).toBe('◐ It depends');
      expect(shown.headings).toContain('What is it about?');
      expect(shown.lines).toEqual(
        expect.arrayContaining([
          '• Service incidents, outages or other operational information',
          '→ Yes: Microsoft may contact your customer directly',
          ruleById('operational-communication').customer.sentence.en,
          ruleById('subscription-communication').customer.sentence.en,
          'Which case is yours?'
        ])
      );
      expect(shown.buttons).toEqual(
        expect.arrayContaining(['Outages and incidents', 'Products bought directly', 'Billing or subscriptions'])
      );
      await saveCardPicture(chat.page, card, 'depends');

      const refined = await chat.clickForReply(card, 'Outages and incidents');
      const answer = await readCard(refined);
      expect(answer.lines[0]).toBe('✓ Yes: Microsoft may contact your customer directly');
      expect(answer.lines).toContain('Your question: Can Microsoft contact my customer about a service outage or incident?');
      for (const passage of ruleById('operational-communication').quote.en) expect(answer.italics).toContain(passage);
    }));

  test('feedback: "Helpful" redraws the answer with "Thanks, noted" in place of the buttons (Action.Execute)', () =>
    inPlayground('feedback', async (chat) => {
      const card = await chat.ask('Does Microsoft tell my customer about a price increase on their licences?');
      const verdict = (await readCard(card)).lines[0];
      const cardsBefore = await chat.cards.count();

      await clickButton(card, 'Helpful');
      await card.getByText('Thanks, noted', { exact: true }).waitFor();

      const shown = await readCard(card);
      expect(shown.lines[0]).toBe(verdict);
      expect(shown.buttons).not.toContain('Helpful');
      expect(shown.buttons).not.toContain('Not helpful');
      expect(await chat.cards.count()).toBe(cardsBefore);
    }));

  test('a question outside the policy gets the not-covered card instead of a guess', () =>
    inPlayground('not-covered', async (chat) => {
      const card = await chat.ask('What time does the cafeteria open on Fridays?');
      const shown = await readCard(card);
      expect(shown.lines[0]).toBe('○ Not covered by this policy');
      expect(shown.headings).not.toContain('Why');
      expect(shown.italics).toEqual(expect.not.arrayContaining(policy.rules.flatMap((rule) => rule.quote.en)));
      await saveCardPicture(chat.page, card, 'not-covered');
    }));

  test('"help" shows the help card with the commands', () =>
    inPlayground('help', async (chat) => {
      const card = await chat.ask('help');
      const shown = await readCard(card);
      expect(shown.headings[0]).toBe('How I can help');
      expect(shown.headings).toEqual(expect.arrayContaining(['Try one of these', 'Commands']));
      await saveCardPicture(chat.page, card, 'help');
    }));

  test('"rules" shows every rule of the policy, quoted word for word', () =>
    inPlayground('rules', async (chat) => {
      const card = await chat.ask('rules');
      const shown = await readCard(card);
      expect(shown.headings[0]).toBe('The policy, rule by rule');
      for (const rule of policy.rules) {
        expect(shown.lines).toContain(rule.title.en);
        for (const passage of rule.quote.en) expect(shown.italics).toContain(passage);
      }
      await saveCardPicture(chat.page, card, 'rules');
    }));
});

describe('shared conversations', () => {
  test('in a group chat the bot answers a message that @mentions it, and only that one', () =>
    inPlayground('group-chat', async (chat) => {
      await chat.openConversation(conversations.group);
      const card = await chat.nextCard(async () => {
        // Not addressed to the bot: Teams does not deliver it, so it must get no reply.
        await chat.send('Lunch at twelve, everyone?');
        await chat.shown('Lunch at twelve, everyone?');
        await chat.sendWithMention('Does Microsoft send renewal reminders to my customer?');
      });
      const shown = await readCard(card);
      expect(shown.lines[0]).toBe('✗ No: Microsoft will not contact your customer about this');
      expect(shown.lines).toContain('Your question: Does Microsoft send renewal reminders to my customer?');
      expect(await chat.newCards.count()).toBe(1);
    }));

  test('in a channel the bot answers a new post that @mentions it', () =>
    inPlayground('channel', async (chat) => {
      await chat.openConversation(conversations.channel);
      const card = await chat.nextCard(() => chat.postWithMention('Wird mein Kunde von Microsoft über einen Ausfall informiert?'));
      const shown = await readCard(card);
      expect(shown.lines[0]).toBe('✓ Ja: Microsoft darf Ihren Kunden direkt kontaktieren');
      expect(shown.lines).toContain('Ihre Frage: Wird mein Kunde von Microsoft über einen Ausfall informiert?');
    }));

  test('the message extension finds the answer, and the card shared into a group chat shows it without bot buttons', () =>
    inPlayground('message-extension', async (chat) => {
      await chat.openConversation(conversations.group);
      const question = 'Does Microsoft send my customer the invoice?';
      const dialog = await chat.searchWithMessageExtension(searchCommand(), question);

      const firstResult = dialog.locator('h1').first();
      await firstResult.waitFor();
      expect(await firstResult.innerText()).toBe('No: Microsoft will not contact your customer about this');
      expect(await dialog.locator('h2').first().innerText()).toBe(question);

      const inserted = await chat.nextCard(() => dialog.getByRole('heading', { name: question, exact: true }).click());
      expect((await readCard(inserted)).lines[0]).toBe('✗ No: Microsoft will not contact your customer about this');

      const shared = await chat.nextCard(() => chat.sendComposed());
      const shown = await readCard(shared);
      expect(shown.lines[0]).toBe('✗ No: Microsoft will not contact your customer about this');
      for (const passage of ruleById('subscription-communication').quote.en) expect(shown.italics).toContain(passage);
      expect(shown.lines).toContain(`Your question: ${question}`);
      // Colleagues in the chat may not have the bot: nothing on the card may need it; toggles work in the client alone.
      expect(shown.buttons).toEqual([]);
      expect(shown.toggles).toEqual(['Auf Deutsch', 'More details']);
      expect(shown.lines).toContain(ruleById('subscription-communication').customer.sentence.en);
      expect(shown.links).toEqual(['Open the policy page']);
      await saveCardPicture(chat.page, shared, 'message-extension');
    }));
});
