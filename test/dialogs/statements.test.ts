import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import type { MessageTree } from '../../bot/locales/localeCatalog';
import { NOT_STATEMENTS, STATEMENTS } from '../../dialogs/statements';
import type { SeedId } from '../../dialogs/sources';
import { testCatalog } from '../support/fixtures';
import { messageEntries, PLURAL_SUFFIX } from '../support/messages';
import { readSeeds } from '../support/seeds';

/**
 * Every sentence the bot says in its own messages is either quoted from the articles, the bot's
 * own conversation, or general guidance listed in the README for review. A new English string
 * with none of these fails here, in whatever file it is added.
 */
const seeds = readSeeds();
const english = testCatalog().messages.en;
const sourced = Object.entries(STATEMENTS).flatMap(([namespace, statements]) =>
  Object.entries(statements).map(([key, source]) => ({ key: `${namespace}.${key}`, source })),
);

describe('statement sources', () => {
  it('has a source for every message file but those sourced elsewhere', () => {
    const files = Object.keys(english).filter((ns) => !(NOT_STATEMENTS as readonly string[]).includes(ns));
    expect(Object.keys(STATEMENTS).sort()).toEqual(files.sort());
  });

  it.each(Object.keys(STATEMENTS))('classifies every English sentence of %s, and nothing else', (namespace) => {
    const keys = [...new Set(messageEntries(english[namespace] as MessageTree).map(([key]) => key.replace(PLURAL_SUFFIX, '')))].sort();
    expect(Object.keys(STATEMENTS[namespace]).sort()).toEqual(keys);
  });

  it('finds every quote word for word in the article it names', () => {
    const quotes = sourced.flatMap(({ key, source }) =>
      typeof source === 'string'
        ? []
        : (Object.entries(source) as Array<[SeedId, readonly string[]]>).flatMap(([seed, list]) => list.map((quote) => ({ key, seed, quote }))),
    );
    expect(quotes.length).toBeGreaterThan(150);
    for (const q of quotes) expect({ ...q, inSeed: seeds[q.seed].includes(q.quote) }).toEqual({ ...q, inSeed: true });
    for (const { key, source } of sourced) {
      if (typeof source !== 'string') expect({ key, quotes: Object.values(source).flat().length > 0 }).toEqual({ key, quotes: true });
    }
  });

  it("lists every sentence of general guidance in the README's table, for review, and only those", () => {
    const readme = readFileSync(join(projectRoot(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### General guidance'));
    const listed = [...section.slice(0, section.indexOf('\n## ') === -1 ? undefined : section.indexOf('\n## ')).matchAll(/^\| `([\w.]+)` \|/gm)].map(
      (m) => m[1],
    );
    const general = sourced.filter((s) => s.source === 'general guidance').map((s) => s.key);
    expect(listed.sort()).toEqual(general.sort());
  });
});
