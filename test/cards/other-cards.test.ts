import { askActionSchema } from '../../src/cards/actions';
import { labels, noticeKindSchema, notices } from '../../src/cards/labels';
import {
  aboutSummary,
  helpSummary,
  noticeSummary,
  renderAboutCard,
  renderHelpCard,
  renderNoticeCard,
  renderRulesCard,
  rulesSummary
} from '../../src/cards/render';
import { decide } from '../../src/policy/decide';
import { policy } from '../../src/policy/policy';
import { languages, understanding } from './support/answers';
import { buttons, byId, ofType, visibleTexts } from './support/cards';

describe('help card', () => {
  it.each(languages)('greets a new user on the welcome card (%s)', (language) => {
    const card = renderHelpCard(language, { welcome: true });
    expect(byId(card, 'welcome')?.text).toBe(labels.welcomeTitle[language]);
    expect(byId(card, 'help')).toBeUndefined();
  });

  it.each(languages)('is titled as help when asked for (%s)', (language) => {
    const card = renderHelpCard(language, { welcome: false });
    expect(byId(card, 'help')?.text).toBe(labels.helpTitle[language]);
    expect(byId(card, 'welcome')).toBeUndefined();
  });

  it.each(languages)('offers example questions as buttons that the policy answers (%s)', (language) => {
    const examples = buttons(renderHelpCard(language, { welcome: true }), 'Action.Submit').map((button) =>
      askActionSchema.parse(button.data)
    );
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(example.language).toBe(language);
      expect(decide(example.question, understanding(language, example.facts, 1)).verdict).not.toBe('not-covered');
    }
  });

  it('lists the commands help/hilfe, rules/regeln and about', () => {
    const facts = ofType(renderHelpCard('de', { welcome: false }), 'FactSet').flatMap((set) => set.facts as Array<{ title: string }>);
    expect(facts.map((fact) => fact.title)).toEqual(['help, hilfe', 'rules, regeln', 'about']);
  });

  it.each(languages)('links the source page (%s)', (language) => {
    expect(ofType(renderHelpCard(language, { welcome: true }), 'Action.OpenUrl').map((action) => action.url)).toEqual([
      policy.source.url[language]
    ]);
  });

  it('summarises itself in one line: its title', () => {
    expect(helpSummary('en', { welcome: true })).toBe(labels.welcomeTitle.en);
  });
});

describe('rules card', () => {
  it.each(languages)('quotes every rule in English and German under id rule-<id>, with its id shown (%s)', (language) => {
    const card = renderRulesCard(language);
    for (const rule of policy.rules) {
      const texts = visibleTexts(byId(card, `rule-${rule.id}`) ?? {});
      expect(texts).toEqual(expect.arrayContaining([...rule.quote.en, ...rule.quote.de, rule.title[language]]));
      expect(texts).toContain(`${labels.ruleId[language]}: ${rule.id}`);
    }
  });

  it('labels the English original as authoritative and the German page as a machine translation', () => {
    const texts = visibleTexts(renderRulesCard('en'));
    expect(texts).toEqual(expect.arrayContaining([labels.englishOriginal.en, labels.germanPage.en]));
  });

  it('summarises itself in one line: its title', () => {
    expect(rulesSummary('de')).toBe(labels.rulesTitle.de);
  });
});

describe('about card', () => {
  it.each([
    ['en', 'November 20, 2019'],
    ['de', '20. November 2019']
  ] as const)('names the one page it answers from, with its date and link (%s)', (language, date) => {
    const card = renderAboutCard(language);
    const source = visibleTexts(byId(card, 'source') ?? {}).join(' ');
    expect(source).toContain(policy.source.title[language]);
    expect(source).toContain(date);
    expect(ofType(card, 'Action.OpenUrl').map((action) => action.url)).toEqual([policy.source.url[language]]);
  });

  it('says it answers offline from the copy of the page stored with it', () => {
    expect(visibleTexts(renderAboutCard('en'))).toContain(labels.aboutOnlyFromPage.en);
  });

  it('summarises itself in one line: its title', () => {
    expect(aboutSummary('en')).toBe('About this bot');
  });
});

describe('notice card', () => {
  const kinds = noticeKindSchema.options.flatMap((kind) => languages.map((language) => [kind, language] as const));

  it.each(kinds)('%s (%s): says the localized notice under id notice-<kind>', (kind, language) => {
    const card = renderNoticeCard(language, kind);
    expect(visibleTexts(byId(card, `notice-${kind}`) ?? {})).toEqual([notices[kind][language]]);
  });

  it.each(kinds)('%s (%s): has no buttons', (kind, language) => {
    const card = renderNoticeCard(language, kind);
    expect(ofType(card, 'ActionSet')).toEqual([]);
  });

  it('summarises itself with the notice text', () => {
    expect(noticeSummary('de', 'error')).toBe(notices.error.de);
  });
});
