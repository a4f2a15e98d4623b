import { normalize, tokenize, wordsOf } from '../../src/understanding/normalize';
import { scan } from '../../src/understanding/matcher';
import { understand } from '../../src/understanding/understand';

/**
 * The text passes before the readings, made cheaper without changing what they read (issue 11, docs/PERFORMANCE.md
 * "speed17"): the ends put in as one pass, the words split once, the scan's last passes looking only where a word can
 * open a name or is "address", the separable verbs joined only where one of their stems is. Our own questions.
 */
describe('the text passes, each done once', () => {
  it.each([
    ['Does MS tell the customer? Or us (via the portal); E3->E5', 'does ms tell the customer . or us , via the portal , e3 → e5'],
    ['Pizzazz at the jazz club?? Does Microsoft email them -> or us', 'pizzazz at the jazz club . does microsoft email them → or us'],
    ['fizz; buzz. ok', 'fizz , buzz . ok'],
    ['Who bills the customer: us, or Microsoft?', 'who bills the customer , us , or microsoft'],
    ['Wer informiert den Kunden – wir oder MS?\nund wann?', 'wer informiert den kunden , wir oder ms . und wann'],
    ['Wer informiert den Kunden – wir oder MS\nund wann?', 'wer informiert den kunden , wir oder ms , und wann']
  ])('the ends of sentences and clauses and the arrows come out as before: %s', (text, normal) => {
    expect(normalize(text)).toBe(normal);
  });

  it('a "zz" of the text itself stays as typed beside the ends put in', () => {
    expect(normalize('The buzzword: zz, then?')).toBe('the buzzword , zz , then');
    expect(normalize('jazz → pizzazz.')).toBe('jazz → pizzazz');
  });

  it.each([
    ['Will the contracting entity be told by Microsoft about the renewal?', 'customer'],
    ['Does Microsoft inform our project partner about outages?', 'customer'],
    ['Informiert Microsoft den Vertragspartner über die Verlängerung?', 'customer']
  ])('a party named by its institution is still that party: %s', (question, recipient) => {
    expect(understand(question).facts.recipient).toBe(recipient);
  });

  it('the words inside an institutional name carry no sense of their own', () => {
    const scanned = scan(normalize('Does Microsoft address the contracting entity directly?').split(' '));
    expect(scanned.matches.filter((match) => match.at === 4 || match.at === 5).map((match) => match.concept)).toEqual(['customer']);
  });

  it.each([
    'May Microsoft address CSP end customers directly about pricing?',
    'Can Microsoft address our clients about a licence renewal?',
    'Does the vendor address the customer directly when the price rises?'
  ])('"address" with a party after it reaches that party: %s', (question) => {
    expect(understand(question).facts.intent).toBe('communication');
  });

  it.each(['Does the policy address outages?', 'Which rule addresses price changes?'])('"address" with no party reaches no one: %s', (question) => {
    expect(understand(question).facts.intent).not.toBe('communication');
  });

  it.each([
    ['Kündigt Microsoft dem Kunden die Lizenzen direkt ab?', 'operational'],
    ['Stellt Microsoft die Rechnung dem Kunden direkt zu?', 'billing'],
    ['Schaltet Microsoft beim Kunden neue Funktionen ein, ohne uns zu fragen?', 'marketing']
  ])('a separable verb is still joined where its stem is there: %s', (question, topic) => {
    expect(understand(question).facts.topic).toBe(topic);
  });

  it.each([
    ['Will Microsoft send our customer the Azurblau invoice?', true],
    ['Does Microsoft email the customer about share point renewals?', true],
    ['Does Microsoft email the customer about the renewal?', false]
  ])('the words split once: wrong words are still mended, plain ones read as typed: %s', (question, mended) => {
    const reading = understand(question);
    expect(reading.facts.topic).toBe('billing');
    expect(reading.spelling !== undefined).toBe(mended);
  });

  it('the text is split once and shared: each pass gets the same words, and tokens are a fresh array each time', () => {
    const text = 'wer  schickt die rechnung , microsoft oder wir';
    expect(wordsOf(text)).toBe(wordsOf(text));
    expect(wordsOf(text)).toEqual(text.split(' '));
    const first = tokenize(text);
    first[0] = 'changed';
    expect(tokenize(text)).toEqual(['wer', 'schickt', 'die', 'rechnung', ',', 'microsoft', 'oder', 'wir']);
    expect(wordsOf(text)[0]).toBe('wer');
    expect(tokenize('')).toEqual([]);
  });

  it.each([
    ['Informiert Microsoft den Kunden uber eine Storung?', 'operational'],
    ['Schickt Microsoft dem Kunden die Rechnung fur Azure direkt?', 'billing'],
    ['Bekommt der Kunde bei einer Storung eine Mail von Microsoft?', 'operational']
  ])('umlauts typed without their dots are still restored on the shared split: %s', (question, topic) => {
    expect(understand(question).facts.topic).toBe(topic);
  });

  it('a word restored in the umlauts\' pass reaches the later passes, the shared split unchanged', () => {
    const reading = understand('Durfen die den Kunden direkt anschreiben, oder lauft das uber uns?');
    expect(reading.facts.productChannel).toBe('csp');
    expect(wordsOf('durfen die den kunden')).toEqual(['durfen', 'die', 'den', 'kunden']);
  });
});
