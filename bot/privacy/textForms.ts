/**
 * How people type the same characters differently: full-width digits and Latin letters (Chinese
 * and Korean keyboards), odd spaces and dashes, Greek and French with or without accents, curly
 * apostrophes. The privacy filter reads numbers after `normaliseForms` and matches its phrases
 * with `foldedPattern`, so "４９５３ １８８４…" is a card number and "ο κωδικος μου ειναι" a lead-in.
 */

/** Full-width ASCII (digits, Latin letters, + - . / @ : _) and the spaces and dashes numbers are typed with. */
const FULL_WIDTH = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A\uFF0B\uFF0D\uFF0E\uFF0F\uFF20\uFF1A\uFF3F]/g;
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const ODD_DASHES = /[\u2010-\u2015\u2212\uFE63]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** The text with numbers' characters in their ASCII form; Chinese punctuation ("，。") is left as typed. */
export function normaliseForms(text: string): string {
  return text
    .replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\p{Nd}/gu, (d) => (d >= '0' && d <= '9' ? d : d.normalize('NFKC')))
    .replace(ZERO_WIDTH, '')
    .replace(ODD_SPACES, ' ')
    .replace(ODD_DASHES, '-');
}

/** A letter without its accents, lower-cased, final sigma as sigma, any apostrophe as "'". */
function fold(ch: string): string {
  const base = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return base === 'ς' ? 'σ' : /[’‘`´]/.test(base) ? "'" : base;
}

/** Every character that folds to the same letter: Latin, Greek (with polytonic) and apostrophes. */
const VARIANTS: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  const add = (ch: string): void => {
    const key = fold(ch);
    if (key.length !== 1) return;
    map.set(key, (map.get(key) ?? key) + (map.get(key)?.includes(ch) || ch === key ? '' : ch));
  };
  const ranges: Array<[number, number]> = [
    [0x41, 0x5a],
    [0x61, 0x7a],
    [0xc0, 0x24f],
    [0x370, 0x3ff],
    [0x1f00, 0x1fff],
  ];
  for (const [from, to] of ranges) for (let cp = from; cp <= to; cp++) add(String.fromCodePoint(cp));
  for (const ch of "'’‘`´") add(ch);
  return map;
})();

/** A regex source for a phrase that matches it with or without accents and in any case; spaces match any run of spaces. */
export function foldedPattern(phrase: string): string {
  return [...phrase]
    .map((ch) => {
      if (/\s/.test(ch)) return '\\s+';
      const variants = VARIANTS.get(fold(ch));
      if (variants && variants.length > 1) return `[${variants.replace(/[\]\\^-]/g, '\\$&')}]`;
      return ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('')
    .replace(/(\\s\+)+/g, '\\s+');
}

/** One alternation of phrases, longest first, each folded. */
export function foldedAlternation(phrases: readonly string[]): string {
  return [...new Set(phrases)]
    .sort((a, b) => b.length - a.length)
    .map(foldedPattern)
    .join('|');
}
