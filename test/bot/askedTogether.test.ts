import { message } from './support/activities';
import { BotHarness } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

const questions: Array<[string, string]> = [
  ['Does Microsoft write to our CSP customer directly when their licences are about to expire?', 'en-US'],
  ['Informiert Microsoft unsere Kunden selbst über eine Preiserhöhung?', 'de-DE'],
  ['Who gets told about an outage, us or the end customer?', 'en-GB'],
  ['Wer bekommt die Rechnung für Azure, wenn der Kunde über uns kauft?', 'de-DE'],
  ['Is the office open on Sunday?', 'en-US'],
  ['help', 'en-US'],
  ['ms mailt kd wg security incident??', 'de-DE'],
  ['Can Microsoft send our client a marketing newsletter?', 'en-US']
];

describe('questions that arrive together', () => {
  it('get the replies each gets alone (the server reads them together: src/engine/askTogether.ts)', async () => {
    const activities = questions.map(([text, locale], index) => {
      const activity = message(text, bot.with({ locale }));
      return { ...activity, conversation: { ...activity.conversation, id: `a:together-${index}` } };
    });
    const alone = [];
    for (const activity of activities) {
      const { status, replies } = await bot.send(activity);
      expect(status).toBe(200);
      expect(replies).toHaveLength(1);
      alone.push(replies[0]);
    }
    bot.connector.clear();
    const responses = await Promise.all(activities.map((activity) => bot.post(JSON.stringify(activity))));
    expect(responses.map((response) => response.status)).toEqual(activities.map(() => 200));
    const together = [...bot.connector.replies].sort(
      (left, right) => Number(left.conversationId.split('-')[1]) - Number(right.conversationId.split('-')[1])
    );
    expect(together).toEqual(alone);
  });
});
