import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../bot/config/paths';
import { createAnswerCatalogue, createCatalogue } from '../../dialogs/catalogue';
import { LOCALES, testCatalog } from '../support/fixtures';
import { messageEntries, PLURAL_SUFFIX } from '../support/messages';

const catalog = testCatalog();

const messages = Object.fromEntries(catalog.languages.map((lng) => [lng, Object.fromEntries(messageEntries(catalog.messages[lng]))]));
const english = messages.en;

const baseKey = (key: string): string => key.replace(PLURAL_SUFFIX, '');
const pluralBases = (lng: string): Map<string, string[]> => {
  const bases = new Map<string, string[]>();
  for (const key of Object.keys(messages[lng])) {
    const category = PLURAL_SUFFIX.exec(key)?.[1];
    if (category) bases.set(baseKey(key), [...(bases.get(baseKey(key)) ?? []), category].sort());
  }
  return bases;
};
/** The English text a key translates: a plural form is checked against English's `_other`. */
const englishFor = (key: string): string | undefined => english[key] ?? english[`${baseKey(key)}_other`];
/** `{{name}}` and `{{name, format(options)}}`: the name and its format must survive translation. */
const placeholders = (text: string): string[] => [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1].replace(/\s+/g, ' ')).sort();

/** Letters of each non-Latin locale's script: a string without any is untranslated. */
/** Strings that really are spelled the same as in English. */
const sameWordInBothLanguages: Partial<Record<string, readonly string[]>> = {
  es: ['common.choice.no'],
  fr: [
    'teams.commands.menu.title',
    'agent.mine.bot',
    // "{{count}} minute(s)", "message(s)", "transaction(s)": the same words in French.
    'common.duration.minutes_one',
    'common.duration.minutes_other',
    'common.quantity.messages_one',
    'common.quantity.messages_other',
    'common.quantity.transactions_one',
    'common.quantity.transactions_other',
  ],
};

/** A language written in its own script (understanding.json says which): its strings must use it. */
const scriptOf = (lng: string): RegExp | undefined => {
  const script = catalog.vocabulary[lng].script;
  return script === 'Latin' ? undefined : new RegExp(`\\p{Script=${script}}`, 'u');
};

describe('locales', () => {
  it('has English in the plural forms of its rules (one, other)', () => {
    for (const [key, forms] of pluralBases('en')) expect({ key, forms }).toEqual({ key, forms: ['one', 'other'] });
    expect(pluralBases('en').size).toBeGreaterThan(0);
  });

  it('has the message-key type of the English files (npm run build rewrites locales/messageKeys.d.ts)', () => {
    // Plain JavaScript (it runs before TypeScript in the build).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const keys = require('../../tools/i18n/writeMessageKeys.cjs') as { MESSAGE_KEYS_FILE: string; messageKeys(): string[]; renderMessageKeys(k: string[]): string };
    expect(readFileSync(keys.MESSAGE_KEYS_FILE, 'utf8')).toBe(keys.renderMessageKeys(keys.messageKeys()));
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (lng) => {
    it('has the same keys as English', () => {
      const keys = (lng: string) => [...new Set(Object.keys(messages[lng]).map(baseKey))].sort();
      expect(keys(lng)).toEqual(keys('en'));
    });

    it("has each counted message in exactly the plural forms of the language's rules", () => {
      const categories = [...new Intl.PluralRules(lng).resolvedOptions().pluralCategories].sort();
      expect([...pluralBases(lng).keys()].sort()).toEqual([...pluralBases('en').keys()].sort());
      for (const [key, forms] of pluralBases(lng)) expect({ key, forms }).toEqual({ key, forms: categories });
    });

    it('keeps every {{placeholder}} of the English string', () => {
      for (const [key, text] of Object.entries(messages[lng])) {
        expect({ key, placeholders: placeholders(text) }).toEqual({ key, placeholders: placeholders(englishFor(key) ?? '') });
      }
    });

    it('has no English left', () => {
      for (const [key, text] of Object.entries(messages[lng])) {
        const allowed = sameWordInBothLanguages[lng]?.includes(key) ?? false;
        expect({ key, sameAsEnglish: text === englishFor(key) && !allowed }).toEqual({ key, sameAsEnglish: false });
        const script = scriptOf(lng);
        if (script) expect({ key, inScript: script.test(text) }).toEqual({ key, inScript: true });
      }
    });

    it('names every procedure in its vocabulary, and only known answers', () => {
      for (const id of createCatalogue().keys()) expect(catalog.vocabulary[lng].procedures[id]?.length ?? 0).toBeGreaterThan(0);
      // Answers need no keywords of their own: their phrasings are in utterances.json (checked with the knowledge base).
      for (const id of Object.keys(catalog.vocabulary[lng].answers)) expect({ id, known: createAnswerCatalogue().has(id) }).toEqual({ id, known: true });
    });
  });

  it('defines every message key the code uses', () => {
    const root = projectRoot();
    const files = ['dialogs', 'bot'].flatMap((dir) => walk(join(root, dir))).filter((f) => f.endsWith('.ts'));
    // Every message file is a namespace (common, smsCode, …): a quoted 'namespace.key' in code is a message key.
    const namespaces = Object.keys(catalog.messages.en).join('|');
    const keyPattern = new RegExp(`'((?:${namespaces})\\.[\\w.]+)'`, 'g');
    const used = new Set(
      files
        .flatMap((f) => [...readFileSync(f, 'utf8').matchAll(keyPattern)].map((m) => m[1]))
        .filter((key) => !/\.(js|json|ts|css|html|md)$/.test(key)),
    );
    expect(used.size).toBeGreaterThan(150);
    // A counted message ('common.duration.minutes' with a count) is defined by its plural forms.
    const counted = new Set(Object.keys(english).map(baseKey));
    for (const key of used) expect({ key, defined: key in english || counted.has(key) }).toEqual({ key, defined: true });
  });
});

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
