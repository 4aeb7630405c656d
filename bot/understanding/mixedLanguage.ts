import type { LanguageVocabulary } from './languageVocabulary';

/**
 * The language whose words people mix into the others' answers ("我是buyer", "done了", "저 seller예요"): its words are
 * read where the conversation's language reads nothing.
 */
const MIXED_IN = 'en';

/** The one language whose own script (Han, Hangul, Greek) a message is written in, no Latin letters mixed in. */
function writtenOnlyIn(text: string, vocabularies: ReadonlyMap<string, LanguageVocabulary>): LanguageVocabulary | undefined {
  const scripted = [...vocabularies.values()].filter((o) => o.usesScript(text));
  return scripted.length === 1 && !/\p{Script=Latin}/u.test(text) ? scripted[0] : undefined;
}

/**
 * The Latin-script words of a message in another script, to be read in `mixedIn`'s words (English), when the message
 * negates and asks nothing in its own words: "我不是buyer" is not read; "OK 누르면 되나요?" asks about the OK button, it
 * does not say OK.
 */
export function mixedInWords(
  text: string,
  norm: string,
  v: LanguageVocabulary,
  vocabularies: ReadonlyMap<string, LanguageVocabulary>,
  asksQuestion: () => boolean,
): { text: string; vocabulary: LanguageVocabulary } | undefined {
  // "네 해결됐어요" after the user chose English: a message wholly in a script only one language writes is read in that
  // language's words (the replies stay in the language chosen).
  const own = writtenOnlyIn(text, vocabularies);
  if (own && own.source.script !== v.source.script) return { text, vocabulary: own };
  const mixedIn = vocabularies.get(MIXED_IN);
  if (!mixedIn || v === mixedIn || v.source.script === 'Latin' || v.reading.hasNegation(norm)) return undefined;
  if (asksQuestion()) return undefined;
  const words = text.match(/[\p{Script=Latin}'’]+/gu)?.join(' ');
  return words ? { text: words, vocabulary: mixedIn } : undefined;
}
