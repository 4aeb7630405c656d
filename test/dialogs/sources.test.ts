import { createAnswerCatalogue, createCatalogue } from '../../dialogs/catalogue';
import { FACT_SOURCES, FACTS } from '../../dialogs/facts';
import type { SeedId, SourceQuotes } from '../../dialogs/sources';
import { LOCALES, testCatalog, translate } from '../support/fixtures';
import { readSeeds } from '../support/seeds';

/**
 * Everything the bot says is traceable to the articles in ../shared/seeds: each procedure, answer
 * and fact names the articles it follows and quotes them word for word.
 */
const seeds = readSeeds();

function expectQuoted(owner: string, sources: SourceQuotes): void {
  const cited = Object.entries(sources) as Array<[SeedId, readonly string[]]>;
  expect({ owner, cites: cited.length > 0 }).toEqual({ owner, cites: true });
  for (const [seed, quotes] of cited) {
    expect({ owner, seed, quotes: quotes.length > 0 }).toEqual({ owner, seed, quotes: true });
    for (const quote of quotes) expect({ owner, seed, quote, inSeed: seeds[seed].includes(quote) }).toEqual({ owner, seed, quote, inSeed: true });
  }
}

describe('source trace', () => {
  it.each([...createCatalogue().values()].map((d) => [d.id, d] as const))('procedure %s quotes the articles it follows', (id, definition) => {
    expectQuoted(id, definition.sources);
  });

  it.each([...createAnswerCatalogue().values()].map((a) => [a.id, a] as const))('answer %s quotes the articles it follows', (id, answer) => {
    expectQuoted(id, answer.sources);
    expect(createCatalogue().has(answer.relatedProcedure)).toBe(true);
  });

  // "…One article adds that since Alipay closed, binding a card is no longer relevant": the source line names that article too.
  it.each([...createAnswerCatalogue().values()].map((a) => [a.id, a] as const))('answer %s cites every article it reports', (id, answer) => {
    const reportsSeveral = /\b(?:one article|the articles|the other article|one says)\b/i.test(translate('en')(answer.answerKey));
    expect({ id, articles: Object.keys(answer.sources).length >= (reportsSeveral ? 2 : 1) }).toEqual({ id, articles: true });
  });

  it.each(Object.entries(FACTS))('fact %s = %s is stated in every quote that cites it', (name, value) => {
    const sources = FACT_SOURCES[name as keyof typeof FACTS];
    expectQuoted(name, sources);
    const [year, month, day] = String(value).split('-').map(Number);
    const spellings = typeof value === 'number' ? [String(value)] : [String(year)];
    for (const quotes of Object.values(sources)) {
      for (const quote of quotes ?? []) expect({ quote, states: spellings.some((s) => quote.includes(s)) }).toEqual({ quote, states: true });
    }
    if (typeof value === 'string') {
      // Number('') and Number('x') are NaN, which `expect.any(Number)` would accept: check the date round-trips.
      const date = new Date(Date.UTC(year, month - 1, day));
      expect({ name, date: date.toISOString().slice(0, 10) }).toEqual({ name, date: value });
    }
  });

  it('keeps changing facts out of the locale files: they are interpolated', () => {
    const catalog = testCatalog();
    const literal = (value: string | number) => (typeof value === 'number' ? new RegExp(`(?<!\\d)${value}(?!\\d)`) : new RegExp(String(value).slice(0, 4)));
    for (const lng of LOCALES) {
      const text = JSON.stringify(catalog.messages[lng]);
      for (const [name, value] of Object.entries(FACTS)) {
        // "1688" is a product name, not a fact.
        const withoutProductNames = text.replace(/1688/g, '');
        expect({ lng, name, literal: literal(value).test(withoutProductNames) }).toEqual({ lng, name, literal: false });
      }
    }
  });
});
