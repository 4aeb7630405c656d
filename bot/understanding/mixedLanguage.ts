import type { LanguageVocabulary } from './languageVocabulary';

/**
 * The Latin-script words of a message in another script, to be read in `mixedIn`'s words (English), when the message
 * negates and asks nothing in its own words: "我不是buyer" is not read; "OK 누르면 되나요?" asks about the OK button, it
 * does not say OK.
 */
export function mixedInWords(
  text: string,
  norm: string,
  v: LanguageVocabulary,
  mixedIn: LanguageVocabulary | undefined,
  asksQuestion: () => boolean,
): { text: string; vocabulary: LanguageVocabulary } | undefined {
  if (!mixedIn || v === mixedIn || v.source.script === 'Latin' || v.reading.hasNegation(norm)) return undefined;
  if (asksQuestion()) return undefined;
  const words = text.match(/[\p{Script=Latin}'’]+/gu)?.join(' ');
  return words ? { text: words, vocabulary: mixedIn } : undefined;
}
