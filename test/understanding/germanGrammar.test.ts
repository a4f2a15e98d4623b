import { expectAnswers } from '../support/expectAnswers';

/**
 * German grammar the reader needs beyond its words: umlauts typed without their dots, separable verbs whose "ein" is an
 * article, adjectives before one noun set apart by a comma. Questions written for these tests (none taken from the
 * development set, the corpus or its paraphrases).
 */

describe('umlauts typed without their dots (a keyboard without them)', () => {
  it('a word of the topic: an outage is no cancellation, a retirement no purchase', () => {
    expectAnswers([
      ['Schreibt Microsoft den Kunden bei einer Storung von SharePoint selbst an?', 'yes', 'operational-communication'],
      ['Meldet sich Microsoft wegen der Stoerung bei meinem Kunden?', 'yes', 'operational-communication'],
      ['Kriegt der Kunde eine Storungsbenachrichtigung direkt von Microsoft?', 'yes', 'operational-communication'],
      ['Erfahrt der Kunde von der Abkundigung der alten Exchange-Version direkt durch Microsoft?', 'yes', 'operational-communication'],
      ['Bekommt mein Kunde die Kundigungsbestatigung fur sein Abo von Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('a word of grammar or of the channel: "uber uns", "fur", "durfen", "konnen"', () => {
    expectAnswers([
      ['Durfen die von Microsoft meinen Kunden zur Verlangerung seiner Lizenzen anschreiben?', 'no', 'subscription-communication'],
      ['Konnen die bei Microsoft unseren Kunden direkt uber die Preisanderung informieren?', 'no', 'subscription-communication'],
      ['Defender lauft uber uns, Azure hat der Kunde selbst gekauft. Schickt Microsoft ihm die Rechnung fur Azure?', 'yes', 'non-csp-relationship'],
      ['Visio bezieht er uber uns. Schickt Microsoft ihm die Rechnung fur Visio direkt?', 'no', 'subscription-communication']
    ]);
  });

  it('a word of its own as typed stays what it is', () => {
    expectAnswers([
      ['Hatte Microsoft den Kunden wegen des Ausfalls informiert?', 'yes', 'operational-communication'],
      ['Wurde der Kunde schon von Microsoft wegen der Rechnung angeschrieben, obwohl er alles über uns kauft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('separable verbs: "ein" as the article, not the particle', () => {
  it('a move into a new agreement or place', () => {
    expectAnswers([
      ['Die Kanzlei zieht ihre Azure-Abos aus unserem CSP in ein eigenes MCA. Bekommt sie danach die Azure-Rechnung direkt von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Unser Kunde zieht mit seinen Servern in ein neues Rechenzentrum um. Informiert Microsoft ihn über Wartungsarbeiten an Azure?', 'yes', 'operational-communication'],
      ['Microsoft schaltet ein altes Feature in Teams ab. Erfährt der Kunde das direkt von Microsoft?', 'yes', 'operational-communication']
    ]);
  });

  it('"ein" closing the clause is still the particle', () => {
    expectAnswers([
      ['Lädt Microsoft unsere Kunden selbst zu seinen Webinaren ein?', 'no', 'partner-communicates'],
      ['Microsoft stellt den alten Connector ein. Wird der Kunde darüber direkt informiert?', 'yes', 'operational-communication'],
      ['Lädt Microsoft den Kunden zu einem Event ein und schickt ihm danach Angebote?', 'no', 'partner-communicates']
    ]);
  });
});

describe('adjectives before one noun, set apart by a comma', () => {
  it('the noun after the comma belongs to the clause of its article', () => {
    expectAnswers([
      ['Der Verein verlagert seine Azure-Abos aus unserem CSP in einen eigenen, direkt mit Microsoft geschlossenen Vertrag. Schreibt Microsoft ihn danach wegen der Azure-Abrechnung direkt an?', 'yes', 'non-csp-relationship'],
      ['Die Praxis hat ihre Lizenzen aus ihrem EA in einen neuen, über uns bestellten CSP-Plan übernommen. Kommt die Rechnung dafür noch von Microsoft?', 'no', 'subscription-communication'],
      ['Der Kunde zieht Dynamics 365 aus unserem CSP heraus in ein separates, bei Microsoft direkt abgeschlossenes Agreement. Spricht Microsoft danach mit ihm über die Verlängerung von Dynamics 365?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a relative clause after the comma stays apart', () => {
    expectAnswers([
      ['Azure hat der Kunde direkt bei Microsoft, M365 über uns. Microsoft schreibt den Kunden, der M365 über uns bezieht, wegen der M365-Verlängerung an. Darf Microsoft das?', 'no', 'subscription-communication']
    ]);
  });
});

describe('Microsoft already wrote, in German grammar: the past of a participle, a message that came', () => {
  it('a participle with an auxiliary of the past, a light verb, a message that arrived: the channel unsaid is open', () => {
    expectAnswers([
      ['Die Schreinerei wurde von Microsoft per Mail über die Verlängerung ihrer Project-Lizenzen informiert. Geht das in Ordnung?', 'depends', 'non-csp-relationship'],
      ['Laut der Geschäftsführerin hat ihr Microsoft Bescheid gegeben, dass Visio teurer wird. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['Beim Steuerbüro kam von Microsoft eine Erinnerung zur Verlängerung von Power BI Pro an. Ist das zulässig?', 'depends', 'non-csp-relationship'],
      ['Der Kunde sei von Microsoft wegen seiner Defender-Lizenzen benachrichtigt worden, sagt er. Ist das erlaubt?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('the present and the future passive ask what Microsoft does; a channel said decides', () => {
    expectAnswers([
      ['Wird die Schreinerei von Microsoft über die Verlängerung ihrer Project-Lizenzen informiert?', 'no', 'subscription-communication'],
      ['Project läuft über uns. Die Schreinerei wurde von Microsoft über die Verlängerung ihrer Project-Lizenzen informiert. Ist das in Ordnung?', 'no', 'subscription-communication'],
      ['Wird der Kunde von Microsoft benachrichtigt, wenn Exchange Online ausfällt?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"lediglich", "bloß": German\'s other words for "nur"', () => {
  it('only another product held through the partner leaves the asked one open', () => {
    expectAnswers([
      ['Microsoft hat der Apotheke wegen ihrer Visio-Verlängerung geschrieben. Über uns bezieht sie lediglich Business Basic. Ist das erlaubt?', 'depends', 'non-csp-relationship'],
      ['Der Verein bekam von Microsoft eine Mail zur Preiserhöhung bei Power BI. Von uns hat er bloß Exchange Online Plan 1. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['Microsoft mailt dem Kunden wegen seiner Project-Abos. Bei uns hat er lediglich Teams Essentials gekauft. Passt das so?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a direct agreement Microsoft pitches is its sales approach, not one the customer has', () => {
  it('German verbs of pitching, and the zu-infinitive of a separable verb with its verb\'s senses', () => {
    expectAnswers([
      ['Ruft Microsoft unsere CSP-Kunden an, um ihnen einen direkten Vertrag anzubieten?', 'no', 'partner-communicates'],
      ['Man hört, dass Microsoft unsere Kunden anschreibt und ihnen einen Direktvertrag schmackhaft macht. Darf Microsoft die Kunden dafür kontaktieren?', 'no', 'partner-communicates'],
      ['Schreibt Microsoft unseren Kunden, um ihnen ein eigenes Enterprise Agreement aufzuschwatzen?', 'no', 'partner-communicates'],
      ['Meldet sich Microsoft bei unseren Kunden und empfiehlt ihnen einen direkten Vertrag?', 'no', 'partner-communicates']
    ]);
  });
});

describe('"Auftraggeber": the customer in most usage, the partner to a freelancer working for one', () => {
  it('to a freelancer or subcontractor of a partner, "mein Auftraggeber" is that partner', () => {
    expectAnswers([
      ['Ich bin Freelancer und betreue Kunden für einen Reseller. Bekommt mein Auftraggeber von Microsoft die neuen Preislisten?', 'not-covered'],
      ['Als externer Admin arbeite ich im Auftrag eines Systemhauses. Informiert Microsoft meinen Auftraggeber über Preiserhöhungen?', 'not-covered'],
      ['Ich arbeite als Subunternehmer für einen CSP-Partner. Schreibt Microsoft die Kunden meines Auftraggebers wegen der Verlängerung direkt an?', 'no', 'subscription-communication'],
      ['Ich bin Freiberufler für ein Systemhaus. Meldet sich Microsoft bei den Endkunden meines Auftraggebers, wenn Teams ausfällt?', 'yes', 'operational-communication']
    ]);
  });

  it('elsewhere the Auftraggeber is the customer', () => {
    expectAnswers([
      ['Informiert Microsoft unseren Auftraggeber direkt über einen Ausfall von Exchange Online?', 'yes', 'operational-communication'],
      ['Schickt Microsoft dem Auftraggeber die Rechnung für die über uns bezogenen Lizenzen direkt?', 'no', 'subscription-communication'],
      ['Darf der Hersteller den Auftraggeber zu einer Produktvorstellung einladen?', 'no', 'partner-communicates']
    ]);
  });
});

describe('a participle before its noun with its own channel ("die über uns bezogenen Lizenzen")', () => {
  it('"direkt" after it goes with the verb of sending, not with the purchase', () => {
    expectAnswers([
      ['Bekommt der Kunde für die bei uns gekauften Teams-Lizenzen die Verlängerungsinfo direkt von Microsoft?', 'no', 'subscription-communication'],
      ['Stellt Microsoft der Praxis die über uns bestellten Copilot-Lizenzen direkt in Rechnung?', 'no', 'subscription-communication'],
      ['Informiert Microsoft den Kunden über die Preiserhöhung der über unseren CSP bezogenen Abos direkt?', 'no', 'subscription-communication']
    ]);
  });

  it('a purchase said direct stays direct', () => {
    expectAnswers([
      ['Die direkt bei Microsoft gekauften Visio-Lizenzen laufen aus. Schreibt Microsoft den Kunden deswegen an?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Visio direkt gekauft. Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('"direkt von Microsoft an den Kunden": the way a message goes, not a purchase', () => {
  it('from Microsoft to someone, whatever purchase the message is about', () => {
    expectAnswers([
      ['Wir haben im Partner Center Azure-Reservierungen für die Kanzlei bestellt. Geht die Bestätigung für den Kauf direkt von Microsoft an die Kanzlei?', 'no', 'subscription-communication'],
      ['Kommt die Rechnung für die Bestellung direkt von Microsoft an den Kunden, obwohl er über uns kauft?', 'no', 'subscription-communication'],
      ['We ordered the reservations for them in Partner Center. Does the confirmation of the purchase go directly from Microsoft to the customer?', 'no', 'subscription-communication']
    ]);
  });

  it('bought directly from Microsoft is still a purchase', () => {
    expectAnswers([
      ['Der Kunde hat Visio direkt von Microsoft gekauft. Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship'],
      ['The customer bought Visio directly from Microsoft. Will Microsoft send them the invoice?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('German statements of route in chat text without full stops', () => {
  it('a particle between the verb and its route, "übers", "von uns", a noun joined to the product', () => {
    expectAnswers([
      ['kunde hat einen unified vertrag mit ms azure verbrauch läuft aber über uns die azure rechnung kommt von ms oder von uns', 'no', 'subscription-communication'],
      ['die kanzlei hat ein eigenes ea für windows server teams lizenzen kommen aber von uns schickt microsoft die teams rechnung direkt an die kanzlei', 'no', 'subscription-communication'],
      ['der verein hat einen mca direkt für azure business premium kommt übers systemhaus meldet sich microsoft bei ihm wenn business premium teurer wird', 'no', 'subscription-communication']
    ]);
  });

  it('a fronted product with its route after the subject is a statement of its own', () => {
    expectAnswers([
      ['die praxis hat einen ea für windows server visio kauft sie aber bei uns im csp schreibt microsoft ihr wegen der visio verlängerung', 'no', 'subscription-communication'],
      ['die praxis hat visio direkt bei microsoft gekauft den rest bezieht sie über uns schreibt microsoft ihr wegen der visio verlängerung', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('"aus dem Support fallen": a separable phrase in either order', () => {
  it('falling out of support is an end of support, in a relative clause or with a middle field', () => {
    expectAnswers([
      ['Die Datenbank des Kunden läuft auf einer SQL-Version, die bald aus dem Support fällt. Azure läuft über uns. Informiert Microsoft den Kunden selbst?', 'yes', 'operational-communication'],
      ['Die Node-Pools der Praxis fallen nächsten Monat aus dem Support. Schreibt Microsoft die Praxis direkt an?', 'yes', 'operational-communication'],
      ['Wenn die alte Agent-Version aus dem Support fällt, bekommt der Kunde dann eine Mail von Microsoft?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a fronted product named with a noun after it ("… Supply Chain Management haben wir ihm verkauft")', () => {
  it('the statement starts with the whole name in chat text', () => {
    expectAnswers([
      ['der verein hat ein ea für windows server dynamics 365 field service management haben wir ihm über csp verkauft microsoft hat ihn wegen der dynamics verlängerung angeschrieben darf microsoft das', 'no', 'subscription-communication'],
      ['der verein hat ein ea für windows server power bi premium kapazität haben wir ihm über csp verkauft microsoft hat ihn wegen der power bi verlängerung angeschrieben darf microsoft das', 'no', 'subscription-communication']
    ]);
  });
});

describe('"liegen bei": whose task it is, not where something was bought', () => {
  it('"liegt es (nicht) bei uns, …", "die Kommunikation liegt bei uns"', () => {
    expectAnswers([
      ['Liegt es nicht bei uns, der Kanzlei die Kündigung ihres Abos zu bestätigen?', 'no', 'subscription-communication'],
      ['Liegt es eigentlich bei uns, den Kunden über die neue Preisliste zu informieren?', 'no', 'subscription-communication'],
      ['Die Benachrichtigung über die Verlängerung liegt doch bei uns und nicht bei Microsoft, oder?', 'no', 'subscription-communication']
    ]);
  });

  it('a product or its licences that lie with us are held through us', () => {
    expectAnswers([
      ['Visio liegt bei uns im CSP. Schickt Microsoft dem Kunden die Visio-Rechnung?', 'no', 'subscription-communication'],
      ['Die Lizenzen liegen nicht bei uns. Schickt Microsoft dem Kunden die Rechnung dafür?', 'depends', 'non-csp-relationship']
    ]);
  });
});
