import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { LOCALES, testCatalog } from '../support/fixtures';
import { messageEntries } from '../support/messages';

/**
 * One term per concept in each language: `locales/<lng>/glossary.json` names the term for each
 * product, button and concept, and the variants a translator might slip in. A message using a
 * variant fails here, with the key and the term to use.
 */
interface Entry {
  readonly term: string;
  readonly avoid: readonly string[];
}

const catalog = testCatalog();
const glossaryOf = (lng: string): Record<string, Entry> => JSON.parse(readFileSync(join(projectRoot(), 'locales', lng, 'glossary.json'), 'utf8')) as Record<string, Entry>;

describe.each(LOCALES)('glossary %s', (lng) => {
  const glossary = glossaryOf(lng);
  const messages = messageEntries(catalog.messages[lng]).map(([key, text]) => [key, text.toLocaleLowerCase(lng)] as const);

  it('names the same concepts as every other language', () => {
    expect(Object.keys(glossary)).toEqual(Object.keys(glossaryOf('en')));
  });

  it('uses no avoided variant in any message', () => {
    for (const [concept, { term, avoid }] of Object.entries(glossary)) {
      for (const variant of avoid) {
        const users = messages.filter(([, text]) => text.includes(variant.toLocaleLowerCase(lng))).map(([key]) => key);
        expect({ concept, variant, use: term, users }).toEqual({ concept, variant, use: term, users: [] });
      }
    }
  });

  it('uses each term somewhere, and never lists the term as its own variant', () => {
    for (const [concept, { term, avoid }] of Object.entries(glossary)) {
      const lower = term.toLocaleLowerCase(lng);
      expect({ concept, term, used: messages.some(([, text]) => text.includes(lower)) }).toEqual({ concept, term, used: true });
      expect({ concept, selfAvoided: avoid.some((v) => lower.includes(v.toLocaleLowerCase(lng))) }).toEqual({ concept, selfAvoided: false });
    }
  });
});
