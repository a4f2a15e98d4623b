import { CardFactory } from 'botbuilder';
import { spliceSerializedParts, withSerializedParts } from '../../src/bot/serializedParts';
import { renderAnswerCard } from '../../src/cards/render';
import { deepFreeze } from '../../src/common/deepFreeze';
import { ask } from '../../src/engine/ask';
import { everyCard } from '../cards/support/every-card';

/** What the connector receives: core-client's JSON.stringify of the reply, then the transport's bytes. */
function sent(card: object): Buffer {
  const activity = { type: 'message', summary: 'summary', attachments: [CardFactory.adaptiveCard(withSerializedParts(card))] };
  return spliceSerializedParts(JSON.stringify(activity));
}

function expected(card: object): Buffer {
  return Buffer.from(JSON.stringify({ type: 'message', summary: 'summary', attachments: [CardFactory.adaptiveCard(card)] }), 'utf8');
}

const questions = [
  'Will Microsoft email my customer about their renewal?',
  'Darf Microsoft unseren Kunden wegen einer Störung direkt anschreiben? „Dringend“ – danke! ✓',
  'Does Microsoft call customers about Azure outages, or is that on us? 🙂',
  'Was passiert mit den Rechnungen, wenn der Kunde über uns lizenziert ist?',
  'What\'s the weather like?',
  'Can Microsoft contact my customer "directly" about a \\ backslash and a \u0000 control character?'
];

describe('reply cards sent with their shared parts serialised once', () => {
  it.each(everyCard())('%s: the bytes sent are those of the card serialised whole', (_, card) => {
    expect(sent(card).equals(expected(card))).toBe(true);
    // The second time the parts come from what was kept.
    expect(sent(card).equals(expected(card))).toBe(true);
  });

  it.each(questions)('an answer to "%s" is sent as JSON.stringify would send it, in every feedback state', (question) => {
    for (const locale of ['en-US', 'de-DE']) {
      const answer = ask(question, { locale });
      for (const feedback of ['ask', 'helpful', 'not-helpful'] as const) {
        const card = renderAnswerCard(answer, { feedback, expertsAvailable: true });
        expect(sent(card).toString('utf8')).toBe(expected(card).toString('utf8'));
      }
    }
  });

  it('stands in for the shared parts of an answer card, not for the asker\'s own question', () => {
    const card = renderAnswerCard(ask('Will Microsoft email my customer about their renewal?'), { feedback: 'ask' });
    const text = JSON.stringify(withSerializedParts(card));
    expect(text.length).toBeLessThan(JSON.stringify(card).length / 2);
    expect(text).toContain('Will Microsoft email my customer about their renewal?');
    expect(text).toMatch(/"csp-json:[0-9a-f]{24}:\d+"/);
  });

  it('copies what is not frozen and leaves the original card as it was', () => {
    const shared = deepFreeze({ type: 'TextBlock', text: 'A shared block long enough to be serialised once and kept.' });
    const own = { type: 'TextBlock', text: 'mine' };
    const card = { type: 'AdaptiveCard', body: [shared, own], when: new Date('2026-12-05T00:00:00Z') };
    const copy = withSerializedParts(card);
    expect(copy).not.toBe(card);
    expect(copy.body[1]).toEqual(own);
    expect(copy.body[1]).not.toBe(own);
    expect(copy.when).toBe(card.when);
    expect(card.body[0]).toBe(shared);
    expect(spliceSerializedParts(JSON.stringify(copy)).toString('utf8')).toBe(JSON.stringify(card));
  });

  it('sends text that only looks like a stand-in as it is', () => {
    const body = JSON.stringify({ text: '"csp-json:000000000000000000000000:1" and csp-json:abc:2' });
    expect(spliceSerializedParts(body).toString('utf8')).toBe(body);
  });

  it('sends a body without stand-ins as its UTF-8 bytes', () => {
    const body = JSON.stringify({ text: 'Grüße — „Störung“ ✓ 🙂' });
    expect(spliceSerializedParts(body).equals(Buffer.from(body, 'utf8'))).toBe(true);
  });
});
