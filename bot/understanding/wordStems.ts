import { UNSPACED_SCRIPT } from './text';

/**
 * Word beginnings, for telling which of a few offered titles a short message names in other words ("oui l'inscription"
 * for "S'inscrire à Alipay sur AliExpress", "the fees one"): the first five letters of each word of four or more, elided
 * articles split off (normalize() joins "l'inscription" into one word), and character pairs where words are not spaced
 * or carry their particles (Chinese, Korean). Not a stemmer: it only compares a message with a handful of titles.
 */
const WORDS = /[\p{L}\p{N}]+/gu;
const STEM = 5;
const SHORTEST_WORD = 4;

export function wordStems(text: string): Set<string> {
  const plain = text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  const stems = new Set<string>();
  for (const [word] of plain.matchAll(WORDS)) {
    if (UNSPACED_SCRIPT.test(word)) {
      for (let i = 0; i + 1 < word.length; i++) stems.add(word.slice(i, i + 2));
    } else if (word.length >= SHORTEST_WORD) stems.add(word.slice(0, STEM));
  }
  return stems;
}

/**
 * The one title among `titles` that shares the most word beginnings with the message, none shared by every title
 * ("alipay" names them all); undefined when none shares any or two share as many.
 */
export function titleNamed(message: string, titles: readonly string[]): number | undefined {
  const stems = titles.map(wordStems);
  const common = [...(stems[0] ?? [])].filter((s) => stems.every((t) => t.has(s)));
  const said = [...wordStems(message)].filter((s) => !common.includes(s));
  const shared = stems.map((t) => said.filter((s) => t.has(s)).length);
  const best = Math.max(0, ...shared);
  return best > 0 && shared.filter((n) => n === best).length === 1 ? shared.indexOf(best) : undefined;
}

/** The words of `message` that share a beginning with `title` and none with `other` ("shop" with "…opened a shop?"). */
export function wordsEchoing(message: string, title: string, other: string): string[] {
  const [of, not] = [wordStems(title), wordStems(other)];
  const echoes = (s: string) => of.has(s) && !not.has(s);
  // Where words are not spaced, a run of characters is a sentence: its echoing pairs are the words.
  return [...message.matchAll(WORDS)].flatMap(([word]) =>
    UNSPACED_SCRIPT.test(word) ? [...wordStems(word)].filter(echoes) : [...wordStems(word)].some(echoes) ? [word] : [],
  );
}
