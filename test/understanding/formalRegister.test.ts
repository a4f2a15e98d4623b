import { expectAnswers } from '../support/expectAnswers';

/**
 * The formal and administrative register (procurement, public administration, EU projects), read as grammar rather
 * than as a word list: the three parties by their institutional names, verbs of communicating made into nouns with
 * their agent ("by", "durch", "seitens") and recipient ("to", "an", the genitive), passives and modals. Questions
 * written for these tests (none taken from the development set or from the corpus).
 */

describe('the three parties by their institutional names', () => {
  it('the manufacturer or licensor is Microsoft, the contracting entity or beneficiary the customer', () => {
    expectAnswers([
      ['Does the manufacturer send the beneficiary the renewal invoice directly?', 'no', 'subscription-communication'],
      ['Will the licensor contact the contracting authority about planned maintenance of SharePoint Online?', 'yes', 'operational-communication'],
      ['Will the contracting entity be approached by the manufacturer with offers for new Copilot add-ons?', 'no', 'partner-communicates'],
      ['Manufacturer writing to the licensee about an outage?', 'yes', 'operational-communication'],
      ['Kontaktiert der Hersteller die vertragsschließende Stelle wegen einer geplanten Wartung?', 'yes', 'operational-communication'],
      ['Schreibt der Lizenzgeber den Auftraggeber wegen der Preiserhöhung direkt an?', 'no', 'subscription-communication'],
      ['Wendet sich der Hersteller wegen einer Sicherheitslücke direkt an die Dienststelle?', 'yes', 'operational-communication']
    ]);
  });

  it('a name holds no contract, data centre or purchase of its own', () => {
    expectAnswers([
      ['During a data breach, may Microsoft notify the contracting body directly?', 'yes', 'operational-communication'],
      ['Will Microsoft tell the procuring entity directly when the licence prices rise?', 'no', 'subscription-communication'],
      ['Informiert Microsoft das Landesrechenzentrum direkt über die Verlängerung der CSP-Lizenzen?', 'no', 'subscription-communication'],
      ['Darf Microsoft die Vergabestelle direkt zu einem Werbe-Webinar einladen?', 'no', 'partner-communicates']
    ]);
  });

  it('the contractor is the partner: what reaches it is not the policy\'s question', () => {
    expectAnswers([
      ['Is the contractor notified by the manufacturer of planned maintenance?', 'not-covered'],
      ['Does the contractor receive a consolidated invoice from Microsoft?', 'not-covered'],
      ['Wird der Auftragnehmer vom Hersteller über Preisänderungen unterrichtet?', 'not-covered'],
      ['Erhält der Leistungserbringer seitens Microsoft eine Mitteilung über auslaufende Abonnements?', 'not-covered']
    ]);
  });
});

describe('verbs of communicating made into nouns, with their agent and recipient', () => {
  it('transmission, issuance, dispatch: Microsoft reaching the customer', () => {
    expectAnswers([
      ['Is the transmission of invoices by Microsoft to the authority foreseen?', 'no', 'subscription-communication'],
      ['Will Microsoft transmit the credit note directly to the end customer?', 'no', 'subscription-communication'],
      ['Is the issuance of renewal quotes by Microsoft to the end customer envisaged?', 'no', 'subscription-communication'],
      ['Will the renewal reminders be dispatched by Microsoft to the end customer?', 'no', 'subscription-communication'],
      ['Will Microsoft apprise the beneficiary of a service disruption?', 'yes', 'operational-communication']
    ]);
  });

  it('Unterrichtung, Übersendung, Zuleitung, Korrespondenz: der Hersteller erreicht den Kunden', () => {
    expectAnswers([
      ['Erfolgt eine Unterrichtung der Bedarfsstelle durch den Hersteller bei einer Sicherheitslücke in Exchange Online?', 'yes', 'operational-communication'],
      ['Ist eine Übersendung der Jahresrechnung durch Microsoft an den Bedarfsträger vorgesehen?', 'no', 'subscription-communication'],
      ['Werden die Verlängerungsangebote seitens Microsoft unmittelbar an die Behörde versandt?', 'no', 'subscription-communication'],
      ['Ist eine Zuleitung der Wartungshinweise durch den Hersteller an die Dienststelle vorgesehen?', 'yes', 'operational-communication'],
      ['Führt der Hersteller die Korrespondenz zu Preisänderungen unmittelbar mit dem Auftraggeber?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner in the genitive of such a noun is the one reached', () => {
    expectAnswers([
      ['Erfolgt eine Benachrichtigung des Auftragnehmers durch den Hersteller bei Sicherheitsvorfällen?', 'not-covered'],
      ['Ist eine Unterrichtung des Partners durch Microsoft über auslaufende Kundenabonnements vorgesehen?', 'not-covered'],
      ['Is a notification of the reseller by Microsoft foreseen when a customer subscription is suspended?', 'not-covered'],
      // the customer in the genitive stays the customer
      ['Ist eine Benachrichtigung des Endkunden durch den Hersteller bei Preisänderungen vorgesehen?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner\'s part in the formal register', () => {
    expectAnswers([
      ['Is it incumbent upon us to inform the end customer of the price adjustment?', 'no', 'subscription-communication'],
      ['Does it fall to the contractor to notify the beneficiary of a service outage?', 'yes', 'operational-communication'],
      ['Obliegt die Unterrichtung des Bedarfsträgers über die Verlängerung dem Auftragnehmer?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the route of purchase in the formal register', () => {
  it('bought by way of the contractor is the partner\'s channel, beside an agreement of the customer\'s own', () => {
    expectAnswers([
      ['Der Unified-Support-Vertrag läuft direkt mit Microsoft, Intune hingegen über den Leistungserbringer. Bestätigt Microsoft dem Kunden die Lizenzerhöhung für Intune direkt?', 'no', 'subscription-communication'],
      ['The agency holds an Enterprise Agreement of its own, while Teams Phone is procured via the contractor. Will Microsoft send the Teams Phone renewal notice to the agency?', 'no', 'subscription-communication'],
      ['Die Exchange-Online-Lizenzen werden beim Auftragnehmer gebucht. Informiert Microsoft die Behörde über die Preiserhöhung?', 'no', 'subscription-communication']
    ]);
  });

  it('a route of purchase unknown, or a purchase of its own only suspected, doubts the channel', () => {
    expectAnswers([
      ['Procurement route of the Power BI licences unknown. Will Microsoft invoice the authority directly?', 'depends', 'non-csp-relationship'],
      ['The sourcing channel for the customer\'s Defender licences is not known to us. Could Microsoft bill the customer directly?', 'depends', 'non-csp-relationship'],
      ['It is suspected that the agency purchased the Visio licences on its own. Will Microsoft approach it about the renewal?', 'depends', 'non-csp-relationship'],
      ['Der Beschaffungsweg der Visio-Lizenzen ist uns nicht bekannt. Schickt Microsoft der Dienststelle die Rechnung?', 'depends', 'non-csp-relationship'],
      ['Es besteht die Vermutung, dass die Behörde Project-Lizenzen in Eigenbeschaffung erworben hat. Kontaktiert Microsoft sie wegen der Verlängerung?', 'depends', 'non-csp-relationship'],
      ['Wie die Kommune ihre Power-Apps-Lizenzen beschafft hat, entzieht sich unserer Kenntnis. Stellt Microsoft ihr die Lizenzen direkt in Rechnung?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('a guess about the answer itself doubts no purchase', () => {
    expectAnswers([
      ['Will Microsoft remind the customer directly about the Dynamics renewal? I presume not.', 'no', 'subscription-communication'],
      ['Informiert Microsoft den Kunden direkt über die Preiserhöhung? Ich vermute: nein.', 'no', 'subscription-communication']
    ]);
  });
});

describe('a partner of the customer\'s own is a customer', () => {
  it('a project partner, partner institution or partner university is reached as a customer', () => {
    expectAnswers([
      ['A project partner of ours received a maintenance notice from Microsoft. Is Microsoft allowed to write to them directly?', 'yes', 'operational-communication'],
      ['Does Microsoft inform the partner institutions in the consortium about planned maintenance?', 'yes', 'operational-communication'],
      ['Informiert Microsoft die Projektpartner direkt über Wartungsarbeiten?', 'yes', 'operational-communication'],
      ['Schickt Microsoft der Partnerhochschule die Rechnung für ihre CSP-Lizenzen?', 'no', 'subscription-communication'],
      ['The administrators of a consortium partner received Message Center posts about SharePoint changes. Is such direct communication by Microsoft foreseen?', 'yes', 'operational-communication'],
      ['Die Admins einer Partnerorganisation haben von Microsoft Hinweise zu einer Störung bekommen. Ist das vorgesehen?', 'yes', 'operational-communication'],
      // the partner alone stays the partner
      ['Does Microsoft notify the partner about outages?', 'not-covered']
    ]);
  });
});

describe('sending verbs of the register with the partner after a long object', () => {
  it('what is transmitted or dispatched to the partner reaches the partner, whatever customers it covers', () => {
    expectAnswers([
      ['Does the manufacturer transmit the monthly usage reports for all customer tenants to the reseller?', 'not-covered'],
      ['Will Microsoft dispatch the quarterly price list updates to us?', 'not-covered'],
      ['Versendet Microsoft die Abrechnungsdateien für alle Kundenabonnements an den Auftragnehmer?', 'not-covered'],
      ['Übersendet der Hersteller die jährlichen Preislisten für den öffentlichen Sektor an den CSP-Partner?', 'not-covered'],
      // the customer named as the one it goes to stays the customer
      ['Übermittelt Microsoft die Rechnung für die CSP-Lizenzen direkt an die Behörde?', 'no', 'subscription-communication']
    ]);
  });
});

describe('"address" as a verb of reaching, and the cases asked as matters', () => {
  it('"address" with a party as its object reaches that party; "on which matters" asks every case', () => {
    expectAnswers([
      ['On which matters may Microsoft address CSP end customers directly?', 'depends', 'operational-communication'],
      ['In which matters, if any, does the manufacturer address the beneficiary directly?', 'depends', 'operational-communication'],
      ['May Microsoft address our customers directly about a security incident?', 'yes', 'operational-communication'],
      ['In welchen Angelegenheiten wendet sich Microsoft direkt an CSP-Kunden?', 'depends', 'operational-communication'],
      // addressing a subject reaches no one
      ['Does the policy address outages?', 'not-covered']
    ]);
  });
});

describe('a concession in the register after the question', () => {
  it('"notwithstanding", "regardless of", "ungeachtet", "unbeschadet" name what does not decide', () => {
    expectAnswers([
      ['The agency holds a Marketplace publisher account of its own. Will Microsoft contact it about the payouts from that account, notwithstanding our CSP relationship for Microsoft 365?', 'yes', 'non-csp-relationship'],
      ['The agency holds a Marketplace publisher account of its own. Will Microsoft contact it about the payouts from that account, regardless of our CSP relationship?', 'yes', 'non-csp-relationship'],
      ['Die Behörde hat ein eigenes Herausgeberkonto. Schreibt Microsoft sie wegen der Auszahlungen aus diesem Konto an, ungeachtet unseres CSP-Verhältnisses?', 'yes', 'non-csp-relationship'],
      ['Die Behörde hat ein eigenes Herausgeberkonto. Schreibt Microsoft sie wegen der Auszahlungen direkt an, unbeschadet unserer CSP-Beziehung?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('two holdings joined in the register', () => {
  it('"as well as", "along with", "in addition to" join an agreement of the customer\'s own and CSP licences: either channel', () => {
    expectAnswers([
      ['The customer has an Enterprise Agreement as well as CSP licences. Does Microsoft contact it directly about subscription cancellations?', 'depends', 'non-csp-relationship'],
      ['The ministry holds a direct agreement with Microsoft along with licences from us. Will Microsoft write to it about the renewal?', 'depends', 'non-csp-relationship'],
      ['The beneficiary has an MCA in addition to CSP subscriptions. Does Microsoft notify it directly of price changes?', 'depends', 'non-csp-relationship'],
      // "as our CSP" is still the partner's role
      ['We act as their CSP. Does Microsoft send the customer the invoices?', 'no', 'subscription-communication']
    ]);
  });

  it('a route of purchase that escapes the asker\'s knowledge, said with the verb last, doubts the channel', () => {
    expectAnswers([
      ['Bei der Dienststelle laufen Visio-Lizenzen, deren Bezugsweg sich unserer Kenntnis entzieht. Schickt Microsoft ihr die Rechnung direkt?', 'depends', 'non-csp-relationship'],
      ['Die Behörde nutzt Power-BI-Lizenzen, deren Erwerbsweg sich unserer Kenntnis entzieht. Informiert Microsoft sie über die Verlängerung?', 'depends', 'non-csp-relationship']
    ]);
  });
});
