import { expectAnswers } from '../support/expectAnswers';
import { understand } from '../../src/understanding/understand';

/**
 * The same matters in the other words people use for them (session 12, reword15): whole word families and
 * constructions, not one asker's phrasing. Questions written for these tests, none taken from any corpus file.
 */

describe('a service failing, said with its German verb and "nicht" apart', () => {
  it('the service between the verb and its "nicht", or just before the verb, is a failure', () => {
    expectAnswers([
      ['Heute Vormittag lief SharePoint bei zwei Kunden nicht. Sagt Microsoft denen das selbst?', 'yes', 'operational-communication'],
      ['Seit gestern funktioniert Outlook beim Steuerbüro nicht mehr. Meldet sich Microsoft dazu direkt beim Kunden?', 'yes', 'operational-communication'],
      ['Exchange Online ging am Wochenende stundenlang nicht. Informiert Microsoft unseren Kunden darüber von sich aus?', 'yes', 'operational-communication'],
      ['Klappte Intune gestern Abend bei euch auch nicht? Bekommt der Kunde von Microsoft eine Info dazu?', 'yes', 'operational-communication']
    ]);
  });

  it('a "nicht" that something follows is no failure: the channel a product runs through, a matter named', () => {
    for (const question of [
      'Warum läuft Teams beim Kunden nicht auch über uns? Schreibt Microsoft ihm wegen Teams?',
      'Geht Power BI nicht über den Distributor? Wer schickt dem Kunden dann die Unterlagen?',
      'Lief Azure beim Kunden nicht früher über einen anderen Partner? Darf Microsoft ihm jetzt wegen Azure schreiben?'
    ]) {
      expect({ question, topics: understand(question).facts.topics }).not.toEqual({ question, topics: ['operational'] });
    }
    expectAnswers([['Läuft Visio beim Kunden nicht über uns? Darf Microsoft ihm dann die Visio-Rechnung schicken?', 'depends', 'non-csp-relationship']]);
  });
});

describe('a service failing or going away in everyday idiom', () => {
  it('English: falling over, pulling the plug, getting removed, sitting idle, a defect', () => {
    expectAnswers([
      ['SharePoint fell over for half the afternoon. Will Microsoft let our customer know about it directly?', 'yes', 'operational-communication'],
      ['Microsoft is pulling the plug on an old Teams feature the client still relies on. Does Microsoft tell the client itself?', 'yes', 'operational-communication'],
      ['Our customer was told by Microsoft that a test environment of theirs gets removed next month. Can Microsoft contact them directly about that?', 'yes', 'operational-communication'],
      ['Power Platform environments that sit idle are cleaned up, and Microsoft warns the tenant beforehand. Is that direct warning allowed for a CSP customer?', 'yes', 'operational-communication'],
      ['A defect in Intune exposed device names to the wrong admins. Would Microsoft inform the affected customer itself?', 'yes', 'operational-communication']
    ]);
  });

  it('German: vom Netz gehen, den Stecker ziehen, entfernt werden, ein Defekt', () => {
    expectAnswers([
      ['Das alte Exchange-Adminportal geht im Sommer vom Netz. Schreibt Microsoft das unseren Kunden direkt?', 'yes', 'operational-communication'],
      ['Microsoft zieht den Stecker bei einer älteren Azure-Funktion. Bekommt der Kunde dazu direkt eine Nachricht?', 'yes', 'operational-communication'],
      ['Laut Microsoft soll eine leere Testumgebung des Kunden entfernt werden. Darf Microsoft ihn da selbst anschreiben?', 'yes', 'operational-communication']
    ]);
  });

  it('a matter word beside the idiom still decides: licences removed are a subscription matter', () => {
    expectAnswers([
      ['Ten licences got removed from the customer\'s CSP subscription. Does Microsoft send the customer a note about the licence change?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a follow-up naming only a matter, in every frame people put around it', () => {
  it('English: "what about …", "how about …", "mails about …", "and if …"', () => {
    expectAnswers([
      ['what about the renewal notices?', 'no', 'subscription-communication'],
      ['How about maintenance windows?', 'yes', 'operational-communication'],
      ['emails about price changes?', 'no', 'subscription-communication'],
      ['and if seats get cancelled?', 'no', 'subscription-communication']
    ]);
  });

  it('German: "was ist mit …", "wie ist es mit …", "wie sieht es mit … aus", dialect, "und wenn …"', () => {
    expectAnswers([
      ['Was ist mit Preiserhöhungen?', 'no', 'subscription-communication'],
      ['Wie ist es mit Sicherheitsvorfällen?', 'yes', 'operational-communication'],
      ['Und wie sieht es mit den Verlängerungen aus?', 'no', 'subscription-communication'],
      ['wie isses mit störungen?', 'yes', 'operational-communication'],
      ['Nachrichten zu Wartungsarbeiten?', 'yes', 'operational-communication'],
      ['Und wenn Abos gekündigt werden?', 'no', 'subscription-communication']
    ]);
  });

  it('without a link to a matter it is no follow-up: "What is billing?" asks what a word means', () => {
    expectAnswers([
      ['What is billing?', 'not-covered'],
      ['Was ist eine Rechnung?', 'not-covered']
    ]);
  });
});

describe('the partner as the customer\'s principal contact, in every adjective and noun for it', () => {
  it('English and German: primary channel, sole liaison, principal interface; alleiniger Kontakt, primärer Kanal, zentrale Anlaufstelle', () => {
    expectAnswers([
      ['Does Microsoft regard the reseller as the principal interface to the end customer?', 'no', 'partner-communicates'],
      ['Is the CSP the exclusive channel between Microsoft and the tenant owner?', 'no', 'partner-communicates'],
      ['Sieht Microsoft den CSP als alleinigen Kontakt zum Endkunden?', 'no', 'partner-communicates'],
      ['Sind wir für Microsoft der primäre Kanal zum Kunden?', 'no', 'partner-communicates'],
      ['Ist der Partner die zentrale Anlaufstelle des Kunden?', 'no', 'partner-communicates']
    ]);
  });
});
