import { expectAnswers } from '../support/expectAnswers';

/**
 * Which topic a question is read as, by class, for the misses of the thirteenth wave: questions written for these
 * tests (none taken from any corpus file), in both languages where both apply.
 */

describe('operational events named without "outage" (thirteenth wave, word families)', () => {
  it('a threat actor found by Microsoft\'s threat intelligence and a Defender alert or service warning are security events', () => {
    expectAnswers([
      ['Microsoft\'s threat intelligence team spotted a state-sponsored group inside our client\'s tenant. Does Microsoft warn the client itself?', 'yes', 'operational-communication'],
      ['Findet Microsoft Threat Intelligence einen staatlichen Akteur im Tenant unseres Kunden – meldet sich Microsoft dann direkt beim Kunden?', 'yes', 'operational-communication'],
      ['The customer got a Defender alert mail straight from Microsoft. Is Microsoft allowed to send that to him?', 'yes', 'operational-communication'],
      ['Unser Kunde hat einen Defender-Alarm per Mail von Microsoft bekommen. Dürfen die das direkt?', 'yes', 'operational-communication'],
      ['Microsoft hat dem Kunden eine Servicewarnung zu Exchange Online geschickt. Ist das so erlaubt?', 'yes', 'operational-communication'],
      // an alert on money is the subscription's
      ['Schickt Microsoft dem Kunden Budget-Warnungen für seinen Azure-Plan?', 'no', 'subscription-communication'],
      ['Does Microsoft send our customer spending alerts for the Azure plan he has with us?', 'no', 'subscription-communication']
    ]);
  });

  it('deleting an environment is operational in German verbs too (\'löschen\', \'löscht\'), also when it goes past the partner', () => {
    expectAnswers([
      ['Microsoft möchte die alte Sandbox unseres Kunden löschen und schreibt ihm das direkt. Ist das zulässig?', 'yes', 'operational-communication'],
      ['Löscht Microsoft inaktive Testumgebungen beim Kunden und informiert ihn vorher selbst?', 'yes', 'operational-communication'],
      ['Microsoft will die Testumgebung des Kunden löschen und schreibt ihm das an uns vorbei. Darf Microsoft das?', 'yes', 'operational-communication'],
      ['Microsoft emailed the customer about a Defender alert, bypassing us. Is that OK?', 'yes', 'operational-communication']
    ]);
  });

  it('users having to move off a retired version is the way off the retirement, not a plan change', () => {
    expectAnswers([
      ['Microsoft told our customer the classic Outlook client is being retired and his staff have to switch. Was that Microsoft\'s job?', 'yes', 'operational-communication'],
      ['Microsoft schrieb der Praxis, dass die alte Version eingestellt wird und alle Nutzer umsteigen müssen. Darf Microsoft das direkt?', 'yes', 'operational-communication']
    ]);
  });

  it('a service failing, flaky or wobbly is operational (\'fails\', \'patchy\', \'wackelig\')', () => {
    expectAnswers([
      ['If SharePoint fails during the customer\'s trade show, does Microsoft notify the customer?', 'yes', 'operational-communication'],
      ['Wenn Teams während der Messe des Kunden ausfällt, informiert Microsoft ihn dann selbst?', 'yes', 'operational-communication']
    ]);
  });
});

describe('words that wrongly add a second topic (thirteenth wave)', () => {
  it('the customer\'s month-, quarter- or year-end close is when it happens, not a subscription matter', () => {
    expectAnswers([
      ['Wartungsarbeiten an Exchange ausgerechnet im Jahresabschluss des Kunden – sagt Microsoft ihm das selbst?', 'yes', 'operational-communication'],
      ['Geplante Wartung von Azure mitten in der Quartalsabschlusswoche: informiert Microsoft den Kunden direkt?', 'yes', 'operational-communication']
    ]);
  });

  it('greeting cards are no payment cards', () => {
    expectAnswers([
      ['Sendet Microsoft unseren Kunden Weihnachtskarten? Wir schreiben jedes Jahr selber welche.', 'no', 'partner-communicates'],
      ['Do Microsoft send our customers holiday cards? We write cards to all of them ourselves.', 'no', 'partner-communicates']
    ]);
  });

  it('a matter denied and set against another (\'nicht X, sondern Y\', \'not X, I mean Y\') is not asked', () => {
    expectAnswers([
      ['Schickt Microsoft den Kunden Werbung? Nicht Wartungsinfos, sondern Werbung meine ich.', 'no', 'partner-communicates'],
      ['Does Microsoft mail our customers about its products? Not outages, I mean the glossy promo stuff.', 'no', 'partner-communicates']
    ]);
  });

  it('what never happens, given as the reason, asks for no exceptions', () => {
    expectAnswers([
      ['Der Kunde bekam eine Wartungsinfo von Microsoft und wundert sich, weil er sonst nie Post von Microsoft bekommt. Darf Microsoft das?', 'yes', 'operational-communication']
    ]);
  });
});

describe('marketing and general contact without "newsletter" (thirteenth wave)', () => {
  it('selling in slang (\'flog\', \'peddle\') is a sales approach', () => {
    expectAnswers([
      ['Is Microsoft peddling Dynamics to our customers behind our back?', 'no', 'partner-communicates'],
      ['Does Microsoft phone our customers to flog them extra Teams Phone licences?', 'no', 'partner-communicates']
    ]);
  });

  it('asking customers for feedback or interviews is general contact', () => {
    expectAnswers([
      ['Bittet Microsoft unsere Kunden um Feedback zu ihren Produkten?', 'no', 'partner-communicates'],
      ['Does Microsoft ask our customers for feedback on the partner\'s service?', 'no', 'partner-communicates'],
      ['Lädt Microsoft unsere Kunden zu Interviews über Copilot ein?', 'no', 'partner-communicates']
    ]);
  });

  it('Microsoft trying to sell directly, or advising a direct purchase, is its sales approach, not the customer\'s purchase', () => {
    expectAnswers([
      ['Versucht Microsoft, unseren Kunden direkt Copilot zu verkaufen?', 'no', 'partner-communicates'],
      ['Does Microsoft try to sell our customers bigger bundles directly?', 'no', 'partner-communicates'],
      ['Does Microsoft recommend to our customers that they purchase directly from Microsoft?', 'no', 'partner-communicates'],
      ['Rät Microsoft unseren Kunden, künftig direkt bei Microsoft einzukaufen?', 'no', 'partner-communicates']
    ]);
  });
});

describe('subscription matters without "billing" (thirteenth wave)', () => {
  it('credits, arrears and a suspension for non-payment are subscription matters; a payment not made doubts no channel', () => {
    expectAnswers([
      ['Wir haben dem Kunden einen Monat gutgeschrieben. Schickt Microsoft ihm dazu eine Bestätigung?', 'no', 'subscription-communication'],
      ['We credited the client two weeks after a provisioning error. Does Microsoft contact him about it?', 'no', 'subscription-communication'],
      ['Der Kunde ist mit den Zahlungen im Rückstand. Mahnt Microsoft ihn selbst?', 'no', 'subscription-communication'],
      ['Our customer is in arrears with us. Will Microsoft chase him?', 'no', 'subscription-communication'],
      ['Der Kunde hat nicht gezahlt und wir haben das Abo gesperrt. Schreibt Microsoft ihm deshalb?', 'no', 'subscription-communication']
    ]);
  });

  it('"don\'t tell me" is an aside, no doubt about the channel', () => {
    expectAnswers([
      ['Who explains the licence reduction to the customer\'s accountant, us or Microsoft? Don\'t tell me it\'s us.', 'no', 'subscription-communication']
    ]);
  });
});

describe('several topics in one line, and topics in fragments (thirteenth wave)', () => {
  it('a wobbly service beside a wrong invoice, a security warning beside a dunning letter: both cases', () => {
    expectAnswers([
      ['Exchange ist beim Kunden seit Tagen wackelig und die Rechnung stimmt auch nicht. Meldet sich Microsoft zu beidem?', 'depends', 'operational-communication'],
      ['Teams is patchy at the customer and the invoice shows the wrong seat count. Does Microsoft write to him about both?', 'depends', 'operational-communication'],
      ['Eine Sicherheitswarnung und eine Mahnung, beides von Microsoft an den Kunden – geht das?', 'depends', 'operational-communication']
    ]);
  });

  it('a topic sent to customers, a topic phrase or a chat abbreviation asked in a fragment is answered', () => {
    expectAnswers([
      ['Wartungsmeldungen an Kunden?', 'yes', 'operational-communication'],
      ['Sicherheitswarnungen an Kunden?', 'yes', 'operational-communication'],
      ['renewal reminders to customers?', 'no', 'subscription-communication'],
      ['price increases?', 'no', 'subscription-communication'],
      ['schickt ms dem kd die rg?', 'no', 'subscription-communication']
    ]);
  });
});

describe('questions about the policy itself (thirteenth wave)', () => {
  it('the partner as the customer\'s mouthpiece or voice, Microsoft in the background, is the principle', () => {
    expectAnswers([
      ['Ist der CSP-Partner das alleinige Sprachrohr gegenüber dem Kunden?', 'no', 'partner-communicates'],
      ['Are we, as CSP, the only mouthpiece towards our customers?', 'no', 'partner-communicates'],
      ['Is the reseller the voice towards the customer while Microsoft stays in the background?', 'no', 'partner-communicates'],
      ['Bleibt Microsoft beim Kunden im Hintergrund und wir sind die Stimme nach außen?', 'no', 'partner-communicates'],
      ['Is the partner the sole communicator towards CSP customers?', 'no', 'partner-communicates'],
      ['Sind wir als CSP die einzige Stimme gegenüber dem Kunden?', 'no', 'partner-communicates'],
      ['Ist Microsoft der Hauptkommunikator gegenüber unseren Kunden oder wir?', 'no', 'partner-communicates'],
      // an operational matter done in the background stays operational
      ['Microsoft patched Exchange in the background. Does Microsoft inform the customer?', 'yes', 'operational-communication']
    ]);
  });

  it('everything the customer gets coming from the partner, said with a relative clause between, is the principle put to be confirmed', () => {
    expectAnswers([
      ['Muss alles, was beim Kunden ankommt, über den Partner gehen?', 'no', 'partner-communicates'],
      ['Ist es richtig, dass sämtliche Infos an den Kunden von uns kommen müssen?', 'no', 'partner-communicates'],
      ['Is it true that whatever the customer receives must come from us?', 'no', 'partner-communicates'],
      ['Does everything the customer is sent have to go through the partner?', 'no', 'partner-communicates'],
      // what the customer buys from the partner is the channel, and the matter asked decides
      ['Alles, was der Kunde kauft, kommt von uns. Schickt Microsoft ihm trotzdem Rechnungen?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner doing all the communicating, asked whether the policy says so, is the principle', () => {
    expectAnswers([
      ['Why do we have to handle all the communicating with customers? Is that really in the policy?', 'no', 'partner-communicates'],
      ['Warum müssen wir die ganze Kommunikation machen? Steht das wirklich so in der Richtlinie?', 'no', 'partner-communicates'],
      // whether any contact is ruled out still asks every case
      ['Grundsatzfrage: darf Microsoft überhaupt unsere Kunden kontaktieren?', 'depends', 'operational-communication']
    ]);
  });
});

describe('more words that name or wrongly add a topic (earlier waves\' misses, same classes)', () => {
  it('a feature a product drops or removes is operational, in compounds too; licences dropped stay the subscription\'s', () => {
    expectAnswers([
      ['Teams is dropping the classic meeting mode. Will Microsoft tell the customer?', 'yes', 'operational-communication'],
      ['Microsoft entfernt die alte Verwaltungsmethode in Intune. Informiert Microsoft den Kunden direkt?', 'yes', 'operational-communication'],
      ['Microsoft schaltet eine Zusatzfunktion in Teams ab. Sagt Microsoft das dem Kunden?', 'yes', 'operational-communication'],
      ['The customer dropped 10 seats. Does Microsoft confirm that to him?', 'no', 'subscription-communication']
    ]);
  });

  it('an advisory board and corporate news are general contact; a prototype is not promoted', () => {
    expectAnswers([
      ['Lädt Microsoft unsere Kunden in seinen Kundenbeirat ein?', 'no', 'partner-communicates'],
      ['Does Microsoft invite our customers to its customer advisory board?', 'no', 'partner-communicates'],
      ['Bekommen unsere Kunden von Microsoft Unternehmensnachrichten über Microsoft als Konzern?', 'no', 'partner-communicates'],
      ['Does Microsoft send our customers its corporate news?', 'no', 'partner-communicates'],
      ['Microsoft wrote to the customer that their unused dev environment will be removed; it contains a prototype of their booking app. Is that Microsoft\'s to send?', 'yes', 'operational-communication']
    ]);
  });

  it('an allowance used up is a subscription matter', () => {
    expectAnswers([
      ['The customer\'s Copilot credits are used up. Does Microsoft tell him he needs to buy more?', 'no', 'subscription-communication'],
      ['Die Freiminuten des Kunden sind aufgebraucht. Informiert ihn Microsoft darüber?', 'no', 'subscription-communication']
    ]);
  });

  it('what the partner is busy with right now is no live-status question; what it sees right now still is', () => {
    expectAnswers([
      ['Wir überarbeiten gerade unsere FAQ: Welche Meldungen schickt Microsoft direkt an den Kunden – Wartungen, Rechnungen, Werbung?', 'depends', 'operational-communication'],
      ['We\'re currently rewriting our onboarding pack. Which messages does Microsoft send the customer itself: outages, invoices, newsletters?', 'depends', 'operational-communication'],
      ['Wir sehen gerade, dass Teams beim Kunden down ist. Ist das bekannt?', 'not-covered']
    ]);
  });
});

describe('who would reach out is no topic (thirteenth wave)', () => {
  it('a seller or account team asked whether it may reach the customer, with nothing named, asks every case', () => {
    expectAnswers([
      ['May Microsoft\'s account manager call our customer?', 'depends', 'operational-communication'],
      ['Darf der Microsoft-Vertrieb unseren Kunden anrufen?', 'depends', 'operational-communication'],
      ['Is a Microsoft seller permitted to get in touch with one of our CSP clients?', 'depends', 'operational-communication'],
      // a product the seller would bring up, or a kind of meeting, is its pitch
      ['Darf der Microsoft-Vertrieb unseren Kunden wegen Copilot anrufen?', 'no', 'partner-communicates'],
      ['Will Microsoft\'s account manager visit our customer for a business review?', 'no', 'partner-communicates']
    ]);
  });
});

describe('a second topic read from the story (earlier waves\' misses, same class)', () => {
  it('"both" that describes two things in the story asks for no second part; "about both" still does', () => {
    expectAnswers([
      ['Both the old and the new tenant are licensed through us. If Teams has an outage during the move, will Microsoft tell the customer?', 'yes', 'operational-communication'],
      ['Beide Standorte des Kunden sind über uns lizenziert. Informiert Microsoft ihn bei einem Ausfall von Exchange?', 'yes', 'operational-communication'],
      ['Teams is flaky and the customer\'s licences run out next week. Does Microsoft write to him about both?', 'depends', 'operational-communication']
    ]);
  });

  it('costs mentioned inside an operational notice are its content; a second message about money is a second part', () => {
    expectAnswers([
      ['Microsoft warned the customer about a compromised account and mentioned the unusually high Azure charges in the same notice. Was that allowed?', 'yes', 'operational-communication'],
      ['Microsoft hat den Kunden vor einem Angriff gewarnt und in der Meldung auf die gestiegenen Kosten hingewiesen. Darf Microsoft das?', 'yes', 'operational-communication'],
      ['Microsoft told the customer about an outage and also sent him a higher invoice. Is that OK?', 'depends', 'operational-communication']
    ]);
  });
});

describe('a worry is no duty (thirteenth wave)', () => {
  it('"should I be worried" after a contact nothing is known of asks every case; "should I tell" is still a duty', () => {
    expectAnswers([
      ['Our customer\'s CEO got a call from Microsoft yesterday. Should we be concerned?', 'depends', 'operational-communication'],
      ['Der Kunde hat gestern Post von Microsoft bekommen. Muss ich mir Sorgen machen?', 'depends', 'operational-communication'],
      ['Is it my job to tell the customer about the price increase?', 'no', 'subscription-communication']
    ]);
  });
});

describe('"and never" or "only ever" between the partner and the customer sets the recipients apart (flagged18)', () => {
  it('with a matter named, it states whether Microsoft reaches the customer on it: that matter\'s verdict', () => {
    expectAnswers([
      ['So Microsoft mails only the reseller and never the end customer about licence renewals?', 'no', 'subscription-communication'],
      ['Microsoft only ever notifies us partners, not the client, about price changes – is that how it works?', 'no', 'subscription-communication'],
      ['Microsoft talks only to the partner and never to the customer about planned maintenance, correct?', 'yes', 'operational-communication'],
      ['Does Microsoft write only to us and never to the tenant owner about the invoice?', 'no', 'subscription-communication']
    ]);
  });

  it('"and never" with no matter, or with no party after it, still asks for the cases', () => {
    expectAnswers([
      ['Microsoft only talks to the partner and never to the customer?', 'depends', 'operational-communication'],
      ['Does Microsoft contact our customers about anything and never tell us?', 'depends', 'operational-communication']
    ]);
  });
});
