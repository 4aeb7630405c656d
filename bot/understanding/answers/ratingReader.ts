import type { LanguageVocabulary } from '../languageVocabulary';
import { HAN, normalize, PhraseSet } from '../text';
import type { OfferedChoice } from './offeredChoice';
import type { StepReading } from './stepReading';

const STAR = /[★⭐🌟]/u;
const STARS = new RegExp(STAR.source, 'gu');

/** Stars count as a rating even without letters or digits ("⭐⭐⭐⭐"). */
export function hasStars(text: string): boolean {
  return STAR.test(text);
}
/** "4/5", "4 out of 5", "4 sur 5", "4 de 5", "4 από 5", "4 στα 5", "4점", "4分", "4星", "별 4개" (not "3分钟", minutes, nor "2개", two things). */
const RATING_OF_FIVE =
  /(?:^|\s|[^\d])([1-5])\s*(?:\/\s*5|out of (?:5|five)|of 5|sur 5|de 5|sobre 5|de cinco|απο 5|από 5|στα 5|στο 5|점|分(?![钟鐘钱錢])|星|颗星|(?<=별점?\s?[1-5]\s?)개)/u;
/** A number word and the counter after it, in Korean and Chinese ("일점", "네 개", "五星"). */
const COUNTED = /([\p{Script=Hangul}\p{Script=Han}]+?)\s?(?:점|개|星|颗|分)/gu;
/** One to five in the words of the languages that write them apart ("five", "cinq", "cinco", "πέντε"). */
const FIVE_WORDS = 'one|two|three|four|five|uno|una|dos|tres|cuatro|cinco|un|une|deux|trois|quatre|cinq|ένα|ενα|δύο|δυο|τρία|τρια|τέσσερα|τεσσερα|πέντε|πεντε';
/** A number of stars ("5 stars", "cinq étoiles", "cinco estrellas", "4 αστέρια"), or one of five in words ("cinq sur cinq"). */
const STARS_IN_WORDS = new RegExp(
  `(?:^|\\s)(?:[1-5]|${FIVE_WORDS})\\s*(?:stars?|étoiles?|etoiles?|estrellas?|αστέρια|αστερια|αστέρι|αστερι)(?=\\s|$|\\p{P})` +
    `|(?:^|\\s)(?:${FIVE_WORDS})\\s+(?:out of|of|sur|de|sobre|από|απο|στα|στο)\\s+(?:5|five|cinq|cinco|πέντε|πεντε)(?=\\s|$|\\p{P})`,
  'iu',
);

/** A number of stars or points in Korean or Chinese number words ("별 다섯개", "五星好评", "四分"). */
const COUNTED_IN_WORDS = /별점?\s?(?:하나|한|두|세|네|다섯)\s?개|(?:한|두|세|네|다섯)\s?점|[一二两三四五]\s?(?:星|颗星|分(?![钟鐘钱錢]))/u;
/** A number given as a rating ("le doy un 5", "je mets 4", "i'd give it a 4", "puntuación 5", "βάζω 5"). */
const GIVEN =
  /(?:^|\s)(?:doy|daría|daria|pongo|mets|mettrais|donne|donnerais|give|rate it|rating|score|puntuación|puntuacion|nota|note|βάζω|βαζω|δίνω|δινω|βαθμολογία|βαθμολογια|έβαζα|εβαζα|έδινα|εδινα)\s+(?:(?:it|un|una|une|a|ένα|ενα|de)\s+){0,2}[1-5](?!\d)/iu;

/**
 * A rating given in so many words beside another answer ("yes, solved! 5 stars", "네 해결됐어요, 5점 드릴게요"): stars,
 * "4/5" or a number with its scale, counted in words or given ("le doy un 5"). A lone number or a word of praise is no
 * rating until one is asked for.
 */
export function statesRating(raw: string): boolean {
  return (
    STAR.test(raw) ||
    RATING_OF_FIVE.test(raw.toLowerCase()) ||
    STARS_IN_WORDS.test(raw) ||
    COUNTED_IN_WORDS.test(raw) ||
    GIVEN.test(raw) ||
    MARK.test(raw) ||
    OUT_OF_TEN.test(raw)
  );
}

/** A mark given as a school mark opens a clause ("un 5, rapidito", "perfecto, un 5", "a 4, thanks"): a rating, where a bare digit is none. */
const MARK = /(?:^|[,.!;]\s*)(?:un|una|une|a|ένα|ενα)\s+[1-5](?!\d)\s*(?:[,.!]|$)/iu;

/** A digit that closes the message as a clause of its own ("excelente servicio, 5"): a rating only beside "solved". */
const CLOSING_MARK = /(?:^|[,.!;，。！；、]\s*)[1-5]\s*[.!。！]*\s*$/u;

/** A rating given beside the answer to "did this solve your problem?": in so many words, or a digit closing the message. */
export function statesRatingBesideSolved(raw: string): boolean {
  return statesRating(raw) || CLOSING_MARK.test(raw);
}

/** Articles that are also the number one ("un", "a"): a rating only when said alone. */
const ARTICLES = new Set(['a', 'an', 'un', 'una', 'une', 'ένα', 'ενα', 'μια', 'μία']);

/**
 * 1 to 5, from stars, "4/5", digits, number words, rating words or the buttons' own words
 * ("Excellent"); undefined when the text gives none. `labelWords` is a button's label without its number.
 */
export function ratingIn(
  norm: string,
  raw: string,
  v: LanguageVocabulary,
  choices: readonly OfferedChoice[],
  labelWords: (choice: OfferedChoice) => PhraseSet,
): number | undefined {
  const stars = raw.match(STARS)?.length ?? 0;
  const ofFive = [...raw.toLowerCase().matchAll(new RegExp(RATING_OF_FIVE.source, 'gu'))].at(-1)?.[1];
  // "three out of five": the scale's own number is not the rating.
  norm = norm.replace(/\s(?:out of|of|de|sur|sobre|απο|από|στα|στο)\s(?:5|five|cinco|cinq|πεντε)(?=\s|$)/gu, ' ');
  // The last number stated wins ("4, no make it 5").
  const digit = [...norm.matchAll(/(?:^|\s|[^\d])([1-5])(?=\s|$|[\p{Script=Hangul}\p{Script=Han}])/gu)].at(-1)?.[1];
  const inRange = (n: number | undefined): n is number => n !== undefined && n >= 1 && n <= 5;
  // A number word right before a counter ("일점이요", "五星"): read as one, so "이요" is no "2".
  const counted = [...norm.matchAll(COUNTED)].map((m) => v.numberFromWords(m[1])).filter(inRange)[0];
  // A plain yes is no number ("네" is also a Korean four).
  const words = norm.split(' ').filter((w, _i, all) => (!ARTICLES.has(w) || all.length === 1) && !v.yes.isExactly(w));
  const word = words
    .flatMap((w) => [v.numberFromWords(w), v.numberFromWords(w.replace(/[점분개요星颗]+$/u, ''))])
    .filter(inRange)
    .at(-1);
  // Character by character only in Chinese ("三星"), and after the rating words ("一般" is 3, not 1). Not in Korean,
  // whose one-syllable numbers are also particles and parts of words: "메일이 안 와요" (the email has not come) is no 2.
  const character = words
    .flatMap((w) => [...w].filter((ch) => HAN.test(ch)).map((ch) => v.numberFromWords(ch)))
    .filter(inRange)
    .at(-1);
  // "ok merci c'est tout": an acknowledgement opening thanks or a goodbye is no "ok" rating (3), where "좋아요 감사합니다"
  // (good, thanks) rates; a goodbye's own words ("have a *nice* day", "*bonne* journée", "*καλό* βράδυ") are none either.
  const ratedAs = (words: string) => v.reading.ratings.find(([set]) => set.occursIn(words))?.[1];
  const [opening, ...rest] = norm.split(' ');
  const goesOn = rest.join(' ');
  const acknowledges = v.yes.isExactly(opening) && (ratedAs(opening) ?? 3) === 3 && (v.reading.thanks.occursIn(goesOn) || v.reading.closings.occursIn(goesOn));
  const rated = v.reading.closings.remove(acknowledges ? goesOn : norm);
  const fromWords = ratedAs(rated);
  // The longest label that occurs: "very good" is "4 · Very good", not "3 · Good".
  const fromLabel = [...choices]
    .filter((c) => /^\d/.test(c.label))
    .sort((a, b) => b.label.length - a.label.length)
    .find((c) => labelWords(c).occursIn(rated))?.id;
  // One star beside a number is decoration ("별 네 개 ⭐"); alone it is a 1.
  return (
    (stars >= 2 && stars <= 5 ? stars : undefined) ??
    num(ofFive) ??
    outOfTen(raw) ??
    num(digit) ??
    counted ??
    word ??
    fromWords ??
    character ??
    num(fromLabel) ??
    (stars === 1 ? 1 : undefined)
  );
}

function num(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

/**
 * 1 to 5 (see ratingIn), or "skip" said in words: what a typed answer gives the rating step. `phrasesFor`: a choice's
 * words; `cached`: the reader's cache of compiled phrases, which also keeps each label's words.
 */
export function ratingAnswer(
  norm: string,
  raw: string,
  v: LanguageVocabulary,
  choices: readonly OfferedChoice[],
  phrasesFor: (choice: OfferedChoice) => PhraseSet,
  cached: (key: string, build: () => PhraseSet) => PhraseSet,
): StepReading {
  const value = ratingIn(norm, raw, v, choices, (c) => cached(`label:${c.label}`, () => labelWords(c)));
  if (value !== undefined) return { event: { type: 'answer.number', value } };
  const skip = choices.find((c) => c.id === 'skip');
  // A plain no skips; a negation in a report does not ("메일이 안 와요": the email has not come), nor a goodbye ("hasta luego").
  const skips = skip && (phrasesFor(skip).occursIn(v.reading.closings.remove(norm)) || v.no.isExactly(norm));
  return skips ? { event: { type: 'answer.choice', choice: skip.id } } : {};
}

/** The label's words without its number ("5 · Excellent" → "excellent"). */
function labelWords(choice: OfferedChoice): PhraseSet {
  return new PhraseSet([choice.label.replace(/^\s*\d+\s*[·.:-]?\s*/u, '')].filter((s) => normalize(s).length > 0));
}

/** "10/10", "8 sur 10", "7 out of 10": a mark out of ten, halved to the five-point scale ("top, 10/10" is a 5). */
const OUT_OF_TEN = /(?:^|[^\d])(10|[1-9])\s*(?:\/\s*10|out of (?:10|ten)|sur 10|de 10|sobre 10|στα 10|από 10|απο 10)(?!\d)/iu;

function outOfTen(raw: string): number | undefined {
  const mark = OUT_OF_TEN.exec(raw)?.[1];
  return mark === undefined ? undefined : Math.min(5, Math.max(1, Math.round(Number(mark) / 2)));
}
