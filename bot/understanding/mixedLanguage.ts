import type { LanguageVocabulary } from './languageVocabulary';

/**
 * The language whose words people mix into the others' answers ("我是buyer", "done了", "저 seller예요"): its words are
 * read where the conversation's language reads nothing.
 */
const MIXED_IN = 'en';

/** Scripts that name one language on their own. */
const OWN_SCRIPTS = [
  ['Han', /\p{Script=Han}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Greek', /\p{Script=Greek}/u],
] as const;

/** The one script a message's letters are written in, when it names one language and no Latin letters are mixed in. */
function onlyScript(text: string): string | undefined {
  const used = OWN_SCRIPTS.filter(([, letters]) => letters.test(text));
  return used.length === 1 && !/\p{Script=Latin}/u.test(text) ? used[0][0] : undefined;
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
  const script = onlyScript(text);
  const own = script && script !== v.source.script ? [...vocabularies.values()].find((o) => o.source.script === script) : undefined;
  if (own) return { text, vocabulary: own };
  const mixedIn = vocabularies.get(MIXED_IN);
  if (!mixedIn || v === mixedIn || v.source.script === 'Latin' || v.reading.hasNegation(norm)) return undefined;
  if (asksQuestion()) return undefined;
  const words = text.match(/[\p{Script=Latin}'’]+/gu)?.join(' ');
  return words ? { text: words, vocabulary: mixedIn } : undefined;
}
