// @ts-check
/**
 * Writes `locales/messageKeys.d.ts`: every message key of the English locale files as one string
 * union, so a key that does not exist fails the type-check. `npm run build` runs it first; a test
 * fails while the committed file is out of date. Plain JavaScript, so it runs before TypeScript does.
 */
const { existsSync, readdirSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const MESSAGE_KEYS_FILE = join(root, 'locales', 'messageKeys.d.ts');
/** The vocabulary and the training phrasings are read by the bot, never said. */
const NOT_MESSAGES = new Set(['understanding.json', 'utterances.json', 'glossary.json']);
/** Plural forms ("minutes_one", "minutes_other") are one key to the translator. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

/** @returns {string[]} */
function messageKeys(locale = 'en') {
  const dir = join(root, 'locales', locale);
  const keys = new Set();
  /** @param {string} prefix @param {unknown} value */
  const walk = (prefix, value) => {
    if (typeof value === 'string') keys.add(prefix.replace(PLURAL_SUFFIX, ''));
    else if (value && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(`${prefix}.${k}`, v);
  };
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !NOT_MESSAGES.has(f))
    .sort()) {
    walk(file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')));
  }
  return [...keys].sort();
}

/** @param {readonly string[]} keys */
function renderMessageKeys(keys) {
  return [
    '// Generated from locales/en by tools/i18n/writeMessageKeys.cjs (npm run build). Do not edit.',
    '',
    '/** Every message key: what a procedure emits and the bot translates. */',
    'export type MessageKey =',
    ...keys.map((k, i) => `  | '${k}'${i === keys.length - 1 ? ';' : ''}`),
    '',
  ].join('\n');
}

module.exports = { MESSAGE_KEYS_FILE, PLURAL_SUFFIX, messageKeys, renderMessageKeys };

if (require.main === module) {
  const keys = messageKeys();
  const text = renderMessageKeys(keys);
  if (!existsSync(MESSAGE_KEYS_FILE) || readFileSync(MESSAGE_KEYS_FILE, 'utf8') !== text) {
    writeFileSync(MESSAGE_KEYS_FILE, text);
    console.log(`${keys.length} message keys → ${MESSAGE_KEYS_FILE}`);
  }
}
