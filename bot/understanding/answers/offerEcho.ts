import type { LanguageVocabulary } from '../languageVocabulary';
import { HANGUL, normalize, UNSPACED_SCRIPT, type PhraseMatch } from '../text';
import type { ReadingVocabulary } from './readingVocabulary';
import { wordsEchoing } from '../wordStems';

/** An elided article or pronoun: "je veux l'ajouter" must show "ajouter", which normalize() would join to "lajouter" ("i'd" stays). */
const ELISION = /(?<=(?:^|\s)(?:\p{L}|qu))['’](?=\p{L}{3})/giu;
/** How far from a wish its verb is looked for: the words after it ("want to add it", "θέλω να την προσθέσω"), the characters after it in Chinese. */
const VERB_WORDS_AFTER = 4;
const VERB_CHARS_AFTER = 6;

/**
 * Whether a wish takes up the offer in the offer's own words: "Do you still want to add one?" "je veux l'ajouter",
 * "想添加", "추가하고 싶어요". The verb next to the wish must be the offer's (after it; in Korean, the word before it):
 * "I want to delete my card" takes no offer to add one, though "card" is in its question. The wish's own words and
 * the products' names ("alipay" is in most questions) are no echo. Words are compared by their beginnings of four
 * letters or more (wordStems.ts), or whole when the question itself wishes: the verb after its wish ("…want to add
 * one?") is the offer's, however short ("i want to add it").
 */
export function echoesOffer(text: string, asked: string, v: LanguageVocabulary): boolean {
  const norm = normalize(text.replace(ELISION, ' '));
  const question = normalize(asked.replace(ELISION, ' '));
  const verbAfter = (said: string, m: PhraseMatch) => said.slice(m.end).trim().split(' ')[0];
  const offered = new Set(v.reading.wishes.find(question).map((m) => verbAfter(question, m)));
  return v.reading.wishes.find(norm).some((m) => {
    if (offered.has(verbAfter(norm, m))) return true;
    const near = HANGUL.test(norm.slice(m.start, m.end))
      ? koreanVerbBefore(norm.slice(0, m.start), v)
      : UNSPACED_SCRIPT.test(norm.slice(m.start, m.end))
        ? norm.slice(m.start, m.end + VERB_CHARS_AFTER)
        : norm.slice(m.end).trim().split(' ').slice(0, VERB_WORDS_AFTER).join(' ');
    return wordsEchoing(near, asked, v.reading.wishWords).some((word) => !v.productNames.occursIn(normalize(word)));
  });
}

/** The verb a Korean wish follows: the word before it, with its noun when a negator splits them ("추가 안 하고" is "추가하고" negated). */
function koreanVerbBefore(before: string, v: LanguageVocabulary): string {
  const words = before.trim().split(' ');
  const [noun, negator, verb] = words.slice(-3);
  return words.length >= 3 && v.reading.hasNegation(negator) && !v.reading.hasNegation(noun) ? `${noun}${verb}` : (words.at(-1) ?? '');
}

/**
 * Whether the wish at `m` is negated: before it ("i don't want to add it", "不想添加") or, as a Korean wish follows
 * its verb, before that verb or in its first syllable ("추가 안 하고 싶어요", "추가 안하고 싶어요": "안" negates "하고").
 */
export function wishNegated(text: string, m: PhraseMatch, r: ReadingVocabulary): boolean {
  if (r.negates(text, m)) return true;
  const end = text[m.start - 1] === ' ' ? m.start - 1 : m.start;
  const start = text.lastIndexOf(' ', end - 1) + 1;
  const verb = text.slice(start, end);
  return start < end && (r.negatedBefore(text, { start, end }) || (HANGUL.test(verb) && r.hasNegation(`${verb[0]} ${verb.slice(1)}`)));
}
