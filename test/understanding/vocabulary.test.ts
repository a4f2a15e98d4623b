import { expectAnswers } from '../support/expectAnswers';
import { understand } from '../../src/understanding/understand';

/**
 * The words strangers use for the policy's concepts (`everydayForms` in lexicon.ts), each in a question written for
 * these tests, and the words beside them that must not be read as the concept.
 */

const topicsOf = (question: string): string[] => understand(question).facts.topics;

describe('operational events in the words people use', () => {
  it('German: failing services, exploits, hotfixes, mandatory changes, end of life, forced migrations', () => {
    expectAnswers([
      ['Exchange fällt heute Abend für zwei Stunden aus. Informiert Microsoft den Kunden?', 'yes', 'operational-communication'],
      ['Teams fiel gestern den ganzen Vormittag aus, schreibt Microsoft den Kunden an?', 'yes', 'operational-communication'],
      ['Für Exchange gibt es einen Exploit, schreibt Microsoft den Kunden direkt an?', 'yes', 'operational-communication'],
      ['Kommt der Hotfix-Hinweis für SharePoint von Microsoft an den Kunden?', 'yes', 'operational-communication'],
      ['Bei Teams gibt es eine Pflichtänderung zum 1. März. Informiert Microsoft den Kunden selbst?', 'yes', 'operational-communication'],
      ['Windows Server 2012 erreicht sein Lebenszyklusende. Schreibt Microsoft den Kunden an?', 'yes', 'operational-communication'],
      ['Die Funktion entfällt ab Juni in Outlook. Wird der Kunde von Microsoft informiert?', 'yes', 'operational-communication'],
      ['Bei der Zwangsmigration der Postfächer: meldet sich Microsoft beim Kunden?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über den Regionwechsel seines Tenants?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über die Systemumstellung am Wochenende?', 'yes', 'operational-communication']
    ]);
  });

  it('German: notices, performance, root-cause reports, data migration', () => {
    expectAnswers([
      ['Bekommt der Kunde eine Betriebsmeldung von Microsoft?', 'yes', 'operational-communication'],
      ['Sieht der Kunde die MC-Nachricht von Microsoft selbst?', 'yes', 'operational-communication'],
      ['Der Kunde hat seit Tagen Performanceprobleme in Teams. Meldet sich Microsoft bei ihm?', 'yes', 'operational-communication'],
      ['Bekommt der Kunde von Microsoft eine Ursachenanalyse zum Vorfall?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über die hohe Latenz in Azure West Europe?', 'yes', 'operational-communication'],
      ['Die Datenmigration in die neue Region: informiert Microsoft den Kunden?', 'yes', 'operational-communication'],
      ['Teams hat ständig Hänger beim Kunden, meldet sich Microsoft?', 'yes', 'operational-communication']
    ]);
  });

  it('English: attacks, zero-days, hotfixes, platform updates, change windows, ops notices, RCAs', () => {
    expectAnswers([
      ['Does Microsoft tell the customer about the cyberattack?', 'yes', 'operational-communication'],
      ['Will Microsoft email the customer about the 0-day in Exchange?', 'yes', 'operational-communication'],
      ['There is a new exploit for Exchange, does Microsoft warn the customer?', 'yes', 'operational-communication'],
      ['Does the customer get a hotfix notice from Microsoft?', 'yes', 'operational-communication'],
      ['Is there a critical update Microsoft will tell our customer about directly?', 'yes', 'operational-communication'],
      ['Will Microsoft inform the client about the platform update next week?', 'yes', 'operational-communication'],
      ['Will Microsoft tell the customer about the change window on Saturday?', 'yes', 'operational-communication'],
      ['Does the customer see the SHD posts from Microsoft?', 'yes', 'operational-communication'],
      ['Do ops notifications from Microsoft go to the customer directly?', 'yes', 'operational-communication'],
      ['Will the customer get a technical notification from Microsoft?', 'yes', 'operational-communication'],
      ['Does Microsoft send the customer the RCA?', 'yes', 'operational-communication'],
      ['Will Microsoft tell the customer about the feature removal in Outlook?', 'yes', 'operational-communication']
    ]);
  });

  it('not an outage or an exploit: a result turning out some way, the verb "exploit", mailing as a verb', () => {
    expect(topicsOf('Wie fällt die Rechnung für den Kunden aus, schickt Microsoft sie ihm?')).toEqual(['billing']);
    expect(topicsOf('Die Preiserhöhung fällt für den Kunden höher aus. Informiert ihn Microsoft?')).toEqual(['billing']);
    expect(topicsOf('Does Microsoft exploit our customer list to sell them Azure directly?')).not.toContain('operational');
    expect(topicsOf('Why is Microsoft mailing the customer about the TLS retirement?')).toEqual(['operational']);
  });
});

describe('mandatory updates, lost logs and service notices are operational; satisfaction surveys are general contact (flagged18)', () => {
  it('an update the customer must take, as a compound, hyphenated or said out', () => {
    expectAnswers([
      ['Steht beim Kunden ein Pflicht-Update für Business Central an – schreibt Microsoft ihn dazu selbst an?', 'yes', 'operational-communication'],
      ['Kriegt der Kunde von Microsoft Bescheid, wenn ein Zwangs-Update für Windows 11 kommt?', 'yes', 'operational-communication'],
      ['Informiert Microsoft die Kanzlei über eine Pflichtaktualisierung ihrer Teams-Clients?', 'yes', 'operational-communication'],
      ['Is Microsoft the one who warns my client about a mandatory update of the Outlook app?', 'yes', 'operational-communication'],
      ['Will the customer hear from Microsoft directly about forced updates to their Edge browsers?', 'yes', 'operational-communication'],
      ['Does Microsoft email end customers about compulsory updates for Defender agents?', 'yes', 'operational-communication']
    ]);
  });

  it('logs a service lost, as a compound or said out', () => {
    expectAnswers([
      ['Bei Sentinel gab es einen Logverlust über zwei Tage. Meldet sich Microsoft deshalb beim Kunden?', 'yes', 'operational-communication'],
      ['Wird die Klinik von Microsoft über den Log-Verlust in Purview informiert?', 'yes', 'operational-communication'],
      ['Schreibt Microsoft meinen Kunden an, wenn seine Audit-Protokolle verloren gegangen sind? Protokolldaten verloren, meine ich.', 'yes', 'operational-communication'],
      ['If Entra lost a week of audit logs, does Microsoft tell the tenant owner directly?', 'yes', 'operational-communication'],
      ['There was a logging gap in Defender last month – does my customer get told by Microsoft?', 'yes', 'operational-communication'],
      ['Will Microsoft notify our client about the log loss in their Sentinel workspace?', 'yes', 'operational-communication']
    ]);
  });

  it('a notice about the service, in German compounds and with the hyphen', () => {
    expectAnswers([
      ['Bekommt der Kunde den Servicehinweis zu Exchange Online direkt von Microsoft?', 'yes', 'operational-communication'],
      ['Sind Service-Hinweise zu SharePoint etwas, das Microsoft unseren Kunden selbst schickt?', 'yes', 'operational-communication'],
      ['Verschickt Microsoft Dienstbenachrichtigungen zu Azure an unsere Endkunden?', 'yes', 'operational-communication'],
      ['Geht die Servicemitteilung zur Intune-Wartung von Microsoft direkt an den Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('a satisfaction survey, in either language and word, is general contact (in general, no)', () => {
    expectAnswers([
      ['Verschickt Microsoft an meine Kunden eine Umfrage zur Zufriedenheit mit Teams?', 'no', 'partner-communicates'],
      ['Darf Microsoft unsere Endkunden per Fragebogen zu ihrer Zufriedenheit befragen?', 'no', 'partner-communicates'],
      ['Is Microsoft allowed to send our tenants a satisfaction survey about Copilot?', 'no', 'partner-communicates'],
      ['Will my customer receive a CSAT questionnaire from Microsoft?', 'no', 'partner-communicates']
    ]);
  });

  it('not a software update or a lost log: a data change required, a login lost, a plain notice about a bill', () => {
    expect(topicsOf('Does Microsoft tell the customer about the required update of their billing address?')).toEqual(['billing']);
    expect(topicsOf('Der Kunde hat seinen Login verloren. Schickt Microsoft ihm eine Mail?')).not.toContain('operational');
    expect(topicsOf('Schickt Microsoft dem Kunden einen Hinweis zur Rechnung?')).toEqual(['billing']);
  });
});

describe('subscription matters in the words people use', () => {
  it('German: currency, contract terms, dunning, direct debit, credit, contract changes', () => {
    expectAnswers([
      ['Wegen der Währungsanpassung im April: informiert Microsoft den Kunden?', 'no', 'subscription-communication'],
      ['Der Kunde will vom Jahresvertrag auf einen Monatsvertrag. Schreibt Microsoft ihm dazu?', 'no', 'subscription-communication'],
      ['Schickt Microsoft dem Kunden eine Info zum Ende seiner Jahresbindung?', 'no', 'subscription-communication'],
      ['Landet der Kunde im Mahnlauf, schreibt Microsoft ihn dann an?', 'no', 'subscription-communication'],
      ['Schreibt Microsoft den Kunden an, wenn er in der zweiten Mahnstufe ist?', 'no', 'subscription-communication'],
      ['Der Bankeinzug ist fehlgeschlagen, informiert Microsoft den Kunden?', 'no', 'subscription-communication'],
      ['Informiert Microsoft den Kunden, wenn sein Azure-Guthaben aufgebraucht ist?', 'no', 'subscription-communication'],
      ['Schreibt Microsoft dem Kunden wegen der Vertragsänderung?', 'no', 'subscription-communication'],
      ['Informiert Microsoft den Kunden über das Vertragsende?', 'no', 'subscription-communication']
    ]);
  });

  it('English: arrears, overcharges, auto-renewal, co-terming, SKU changes, grace periods, lapses, collections', () => {
    expectAnswers([
      ['Will Microsoft tell the customer their account is in arrears?', 'no', 'subscription-communication'],
      ['The customer was overcharged last month. Does Microsoft contact them?', 'no', 'subscription-communication'],
      ['Will Microsoft notify the customer before the autorenew?', 'no', 'subscription-communication'],
      ['Does Microsoft remind the customer of the anniversary date?', 'no', 'subscription-communication'],
      ['Does Microsoft contact the customer about the SKU change?', 'no', 'subscription-communication'],
      ['Will Microsoft email the client during the grace period?', 'no', 'subscription-communication'],
      ['Does the customer get a reactivation notice from Microsoft?', 'no', 'subscription-communication'],
      ['Will Microsoft send the customer a quotation?', 'no', 'subscription-communication'],
      ['Does Microsoft email the customer about nonpayment?', 'no', 'subscription-communication'],
      ["The customer's subscription lapsed last week. Does Microsoft contact them?", 'no', 'subscription-communication'],
      ['If the invoice goes to collections, does Microsoft tell the customer?', 'no', 'subscription-communication'],
      ['Does Microsoft tell the customer about the exchange rate change?', 'no', 'subscription-communication']
    ]);
  });

  it('not a subscription matter: an acquisition, Exchange rate limits', () => {
    expect(topicsOf('Informiert Microsoft den Kunden über die Akquisition von Activision?')).toEqual([]);
    expect(topicsOf("Exchange rate limits are hitting the customer's mailboxes, does Microsoft tell them?")).not.toContain('billing');
  });
});

describe('marketing in the words people use', () => {
  it('German: mailings, bargains, cold calls, recommendations, online training, greetings, magazines', () => {
    expectAnswers([
      ['Bekommt der Kunde das Mailing von Microsoft zu Copilot direkt?', 'no', 'partner-communicates'],
      ['Darf Microsoft unsere Kunden in seine Aussendungen aufnehmen?', 'no', 'partner-communicates'],
      ['Schickt Microsoft dem Kunden Schnäppchen für Surface?', 'no', 'partner-communicates'],
      ['Ruft Microsoft unseren Kunden für einen Akquiseanruf an?', 'no', 'partner-communicates'],
      ['Macht Microsoft bei unseren Kunden Kaltakquise?', 'no', 'partner-communicates'],
      ['Schickt Microsoft dem Kunden Produktempfehlungen?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde eine Kaufempfehlung von Microsoft für Copilot?', 'no', 'partner-communicates'],
      ['Schreibt Microsoft den Kunden wegen einer Onlineschulung an?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde Schulungsangebote direkt von Microsoft?', 'no', 'partner-communicates'],
      ['Schickt Microsoft dem Kunden Glückwünsche zum Firmenjubiläum?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde eine Begrüßungsmail von Microsoft?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde das Kundenmagazin von Microsoft?', 'no', 'partner-communicates'],
      ['Schickt Microsoft dem Kunden Tipps und Tricks zu Outlook?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde einen Infobrief von Microsoft?', 'no', 'partner-communicates']
    ]);
  });

  it('English: mailshots, blasts, coupons, prospecting, review requests, nurture mails, tips', () => {
    expectAnswers([
      ["Does the customer get Microsoft's mailshot about Copilot?", 'no', 'partner-communicates'],
      ['Will Microsoft send the customer an email blast about Surface?', 'no', 'partner-communicates'],
      ['Does Microsoft send our customer bulk mail about Azure?', 'no', 'partner-communicates'],
      ['Will Microsoft send the customer a coupon for Surface?', 'no', 'partner-communicates'],
      ['Is Microsoft prospecting our customers directly?', 'no', 'partner-communicates'],
      ['Does Microsoft email the customer a review request?', 'no', 'partner-communicates'],
      ['Will Microsoft send the customer a thank-you note?', 'no', 'partner-communicates'],
      ['Does Microsoft send the customer nurture emails?', 'no', 'partner-communicates'],
      ['Does Microsoft email the customer tips and tricks for Teams?', 'no', 'partner-communicates'],
      ['Does the customer get mktg emails from Microsoft?', 'no', 'partner-communicates'],
      ["Will the customer get Microsoft's news letter?", 'no', 'partner-communicates']
    ]);
  });

  it('not marketing: news about the policy itself, an acquisition', () => {
    expect(topicsOf('Gibt es Neuigkeiten zur Richtlinie, ob Microsoft unsere Kunden direkt anschreibt?')).not.toContain('marketing');
    expect(topicsOf('Informiert Microsoft den Kunden über die Akquisition von Activision?')).not.toContain('marketing');
  });
});

describe('a direct purchase in the words people use', () => {
  it('German: a direct deal, self-service, the admin center, Microsoft\'s own sales, consumer plans', () => {
    expectAnswers([
      ['Das Azure des Kunden ist ein Direktgeschäft. Schreibt Microsoft ihm wegen der Preiserhöhung?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Power BI per Self-Service gekauft. Informiert Microsoft ihn über die Verlängerung?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Visio im Admin Center gekauft. Schreibt Microsoft ihm wegen der Rechnung?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Dynamics über den Microsoft-Vertrieb gekauft. Informiert Microsoft ihn über die Verlängerung?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat ein Family-Abo. Schreibt Microsoft ihm wegen der Verlängerung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('English: MOSA, bought self-service, the admin center, Microsoft sales, consumer subscriptions', () => {
    expectAnswers([
      ['The customer signed a MOSA for Power BI. Will Microsoft email them about the renewal?', 'yes', 'non-csp-relationship'],
      ['The customer bought self-service Power BI licences. Will Microsoft tell them about the price increase?', 'yes', 'non-csp-relationship'],
      ['The customer bought Visio in the admin center. Does Microsoft email them about the renewal?', 'yes', 'non-csp-relationship'],
      ['The customer bought Dynamics through Microsoft sales. Will Microsoft tell them about the price increase?', 'yes', 'non-csp-relationship'],
      ['The customer has a consumer subscription for Office. Does Microsoft email them about the renewal?', 'yes', 'non-csp-relationship'],
      ['The customer has ProDirect support. Will Microsoft email them about its renewal?', 'yes', 'non-csp-relationship'],
      ["The customer's Windows licences are in VLSC. Does Microsoft email them about the renewal?", 'yes', 'non-csp-relationship'],
      ['The customer bought Office in the MS Store. Will Microsoft email them about the invoice?', 'yes', 'non-csp-relationship'],
      ['The customer bought Visio from microsoft.com. Does Microsoft email them about the invoice?', 'yes', 'non-csp-relationship'],
      ['The customer purchased Project Plan 3 from microsoft.com last year. Will Microsoft tell them about the renewal?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Visio von Microsoft.com gekauft. Schreibt Microsoft ihm wegen der Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('not a purchase: self-service and the admin center without buying, Microsoft sales as the sender, another reseller', () => {
    const facts = (question: string) => understand(question).facts;
    expect(facts('The customer resets passwords via self-service. Does Microsoft email them about the outage?').productChannel).not.toBe('non-csp');
    expect(facts('The customer bought Teams Phone from us, and their users reset passwords via self-service. Does Microsoft email them about the renewal?').productChannel).toBe('csp');
    expect(facts('Der Kunde sieht die Lizenzen im Admin Center, die er bei uns gekauft hat. Schreibt Microsoft ihm wegen der Verlängerung?').productChannel).toBe('csp');
    expect(facts('kunde sieht 40 visio lizenzen im admin center bestellt sind aber nur 30 schreibt microsoft ihm dazu direkt').productChannel).not.toBe('non-csp');
    expect(facts('The customer sees 55 Copilot licences in the admin center but bought only 50 from us. Does Microsoft contact them?').productChannel).not.toBe('non-csp');
    expect(facts('The customer got an email from Microsoft sales about Copilot. Is that allowed?').productChannel).not.toBe('non-csp');
    expect(facts('The customer got an email from microsoft.com about their Microsoft 365 renewal, which they bought from us. Is that OK?').productChannel).toBe('csp');
    expect(facts('Der Kunde hat Microsoft 365 bei einem anderen Händler gekauft. Schreibt Microsoft ihm wegen der Rechnung?').productChannel).not.toBe('non-csp');
  });
});

describe('a purchase through a partner in the words people use', () => {
  const stated = (question: string) => {
    const facts = understand(question).facts;
    return { question, channel: facts.productChannel, assumed: facts.channelAssumed };
  };
  const throughPartner = (question: string) => ({ question, channel: 'csp', assumed: false });

  it('German: the partner\'s portal, a partner or reseller, the IT provider, reselling, the partner\'s invoice', () => {
    for (const question of [
      'Der Kunde bestellt seine Lizenzen über unser Portal. Informiert Microsoft ihn über die Preiserhöhung?',
      'Der Kunde hat Microsoft 365 über einen Partner gekauft. Schreibt Microsoft ihm wegen der Rechnung?',
      'Der Kunde bezieht Microsoft 365 über den Reseller. Informiert Microsoft ihn über die Verlängerung?',
      'Der Kunde hat Microsoft 365 beim Systemhaus gekauft. Schreibt Microsoft ihm wegen der Rechnung?',
      'Wir haben dem Kunden Microsoft 365 weiterverkauft. Schreibt Microsoft ihm wegen der Rechnung?',
      'Die Lizenzen stehen auf unserer Rechnung an den Kunden. Informiert Microsoft ihn über die Preiserhöhung?',
      'Der Kunde hat Microsoft 365 über den IT-Dienstleister. Informiert Microsoft ihn über die Verlängerung?'
    ]) {
      expect(stated(question)).toEqual(throughPartner(question));
    }
  });

  it('English: our platform, our contract, a reseller, provisioned or bundled by us, our invoice, our name', () => {
    for (const question of [
      'The customer orders Microsoft 365 on our platform. Will Microsoft tell them about the renewal?',
      "The customer's Microsoft 365 is on our contract. Does Microsoft email them about the invoice?",
      'The customer has Microsoft 365 under our agreement. Will Microsoft tell them about the renewal?',
      'The customer bought Microsoft 365 through the reseller. Will Microsoft tell them about the renewal?',
      "The customer's Microsoft 365 was provisioned by us. Will Microsoft tell them about the renewal?",
      'The customer gets Microsoft 365 bundled with our managed service. Does Microsoft email them about the price increase?',
      'The customer buys Microsoft 365 via a distributor. Will Microsoft tell them about the renewal?',
      "The customer's Microsoft 365 seats are on our invoice. Does Microsoft email them about the price increase?",
      "The customer's Microsoft 365 licences are in our name. Will Microsoft tell them about the renewal?",
      "The customer's Microsoft 365 is on our books. Will Microsoft tell them about the price increase?",
      'The customer gets Microsoft 365 via TD SYNNEX. Will Microsoft tell them about the renewal?',
      'Der Kunde bezieht Microsoft 365 über Pax8. Schreibt Microsoft ihm wegen der Rechnung?'
    ]) {
      expect(stated(question)).toEqual(throughPartner(question));
    }
  });
});

describe('the partner\'s side in the words people use', () => {
  it('the partner\'s own people and desks, and the partner named by its trade, are not the customer', () => {
    expectAnswers([
      ['Informiert Microsoft den IT-Dienstleister über die Preiserhöhung beim Kunden?', 'not-covered'],
      ['Schreibt Microsoft unseren Account Manager wegen der Verlängerung des Kunden an?', 'not-covered'],
      ['Informiert Microsoft meinen Kollegen über die Rechnung des Kunden?', 'not-covered'],
      ['Schreibt Microsoft meinem Chef wegen der Kundenrechnung?', 'not-covered'],
      ['Informiert Microsoft unsere Hotline über den Ausfall beim Kunden?', 'not-covered'],
      ["Does Microsoft email our account manager about the customer's renewal?", 'not-covered'],
      ['Does Microsoft notify the MSP about the customer invoice?', 'not-covered'],
      ["Does Microsoft email my colleague about the customer's renewal?", 'not-covered'],
      ["Does Microsoft tell my boss about the customer's invoice?", 'not-covered'],
      ['Does Microsoft email the integrator about the customer invoice?', 'not-covered'],
      ["Will Microsoft email our consultants about the customer's outage?", 'not-covered']
    ]);
  });

  it('the partner\'s people and trades as the ones who receive: "will my colleague get …", "bekommt das Systemhaus …"', () => {
    expectAnswers([
      ['Will my colleague get a notice from Microsoft about the customer renewal?', 'not-covered'],
      ["Does my team receive Microsoft's outage notice for the customer?", 'not-covered'],
      ['Bekommt mein Kollege von Microsoft eine Info zur Verlängerung beim Kunden?', 'not-covered'],
      ['Kriegt meine Kollegin die Rechnung des Kunden von Microsoft?', 'not-covered'],
      ['Bekommt das Systemhaus von Microsoft eine Info zur Verlängerung beim Kunden?', 'not-covered'],
      ['Bekommt der IT-Dienstleister die Ausfallmeldung für den Kunden von Microsoft?', 'not-covered'],
      ["Does the MSP get the customer's renewal notice from Microsoft?", 'not-covered'],
      ["Will the integrator receive Microsoft's invoice for the customer?", 'not-covered']
    ]);
  });

  it('the partner\'s desks, lists and firm after "unser/our/my": Innendienst, Verteiler, Servicedesk, my company, our management', () => {
    expectAnswers([
      ['Informiert Microsoft unseren Innendienst über die Rechnung des Kunden?', 'not-covered'],
      ['Schreibt Microsoft unseren Verteiler wegen der Verlängerung des Kunden an?', 'not-covered'],
      ['Informiert Microsoft unser Sammelpostfach über den Ausfall beim Kunden?', 'not-covered'],
      ['Informiert Microsoft meine Firma über die Rechnung des Kunden?', 'not-covered'],
      ["Does Microsoft email my company about the customer's invoice?", 'not-covered'],
      ["Does Microsoft email our management about the customer's invoice?", 'not-covered'],
      ["Does Microsoft email our HQ about the customer's renewal?", 'not-covered']
    ]);
  });

  it('"my customer", "my tenant" and a trade the customer buys from still leave the customer as the one who receives', () => {
    expectAnswers([
      ['Will my customer get a notice from Microsoft about the renewal?', 'no', 'subscription-communication'],
      ['Bekommt mein Kunde von Microsoft eine Info zur Verlängerung?', 'no', 'subscription-communication'],
      ['Does my tenant get the outage notice from Microsoft?', 'yes', 'operational-communication'],
      ['Bekommt der Kunde die Rechnung vom Systemhaus oder von Microsoft?', 'no', 'subscription-communication'],
      ["Does Microsoft email the customer's management about the invoice?", 'no', 'subscription-communication'],
      ['Darf Microsoft unsere Pfarreien wegen der Verlängerung direkt anschreiben?', 'no', 'subscription-communication']
    ]);
  });

  it('"my customer" and "their account manager" are still the customer\'s side', () => {
    expectAnswers([
      ['Does Microsoft email my customer about the renewal?', 'no', 'subscription-communication'],
      ['Informiert Microsoft meinen Kunden über die Verlängerung?', 'no', 'subscription-communication'],
      ['Does Microsoft email their account manager about the renewal?', 'no', 'subscription-communication']
    ]);
  });
});
