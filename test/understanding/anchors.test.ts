import { understand } from '../../src/understanding/understand';

/**
 * Readings that look only where their anchor words are (Found.where, someWord, wordSet) and cost nothing where those
 * words are absent: each still reads its words where they are. Our own questions, written for these tests; the
 * readings' answers as they were before they were moved (every reply of the corpora was compared, byte for byte).
 */
describe('readings triggered by their anchor words', () => {
  it.each([
    'When Teams goes down, does Microsoft tell our customer?',
    'If Exchange Online went down last night, who informs the client?',
    'Is SharePoint down? Will Microsoft notify the customer?'
  ])('a named service down is an outage: %s', (question) => {
    expect(understand(question).facts.topic).toBe('operational');
  });

  it.each([
    'Will Microsoft inform the customer when support for Exchange 2016 ends?',
    'Does Microsoft warn customers before support for Windows Server 2012 ends?',
    'Informiert Microsoft den Kunden, wenn die Unterstützung für Windows 10 ausläuft?',
    'Sagt Microsoft dem Kunden Bescheid, wenn der Support für Office 2019 endet?'
  ])('support ending is an operational matter: %s', (question) => {
    expect(understand(question).facts.topic).toBe('operational');
  });

  it.each([
    'Do we get an email when Microsoft contacts one of our customers?',
    'Are we notified if Microsoft reaches out to the client about a renewal?',
    'Bekommen wir eine Nachricht, wenn Microsoft unseren Kunden anschreibt?',
    'Werden wir informiert, wenn Microsoft unseren Kunden kontaktiert?'
  ])('the partner asking whether it is told: %s', (question) => {
    expect(understand(question).facts.recipient).toBe('partner');
  });

  it.each([
    'Does Microsoft let our helpdesk know about outages in customer tenants?',
    'Will Microsoft give our service desk a heads-up before a price change hits the customer?',
    'Will our NOC get an alert when Microsoft emails the customer about an outage?',
    'Kriegt unser Helpdesk eine Info, wenn bei Microsoft eine Störung ist?'
  ])("the partner's own people told: %s", (question) => {
    expect(understand(question).facts.recipient).toBe('partner');
  });

  it.each([
    'Can you draft a reply to this email from Microsoft for my customer?',
    'Could you write an email to my customer explaining the new prices?',
    'Kannst du mir eine Liste der Kunden erstellen, die Microsoft angeschrieben hat?',
    'Kannst du eine Mail an den Kunden schreiben, dass Microsoft die Preise erhöht?'
  ])('work asked of the bot: %s', (question) => {
    expect(understand(question).facts.asks).toBe('bot-task');
  });

  it.each([
    'Will Microsoft move the customer from Business Basic up to Business Premium and tell them?',
    'Does Microsoft notify the customer if we bump them up to E5?',
    'Informiert Microsoft den Kunden beim Wechsel von Plan 1 auf Plan 2?',
    'Microsoft informiert den Kunden bei Wechsel von Business Standard auf Business Premium?'
  ])('a change of plan is a subscription matter: %s', (question) => {
    expect(understand(question).facts.topic).toBe('billing');
  });

  it.each([
    'Did they buy Copilot online themselves or through us? Does Microsoft send them the bill?',
    'Was it ordered online or via our CSP? Will Microsoft invoice the customer directly?',
    'Hat der Kunde das selbst online gekauft oder über uns? Schickt Microsoft ihm die Rechnung?',
    'Ob der Kunde Teams online bestellt hat, wissen wir nicht. Schickt Microsoft ihm die Rechnung?'
  ])('how it was bought, in doubt: %s', (question) => {
    const { facts } = understand(question);
    expect(facts.channelDoubted).toBe(true);
    expect(facts.productChannel).toBe('unknown');
  });
});
