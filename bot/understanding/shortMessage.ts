import type { LanguageVocabulary } from './languageVocabulary';
import { statesRating } from './answers/ratingReader';
import { plainClauses } from './clauses';
import { HAN, normalize, UNSPACED_SCRIPT } from './text';

/** Greetings and goodbyes only count in short messages ("hi", not "hi, my account is frozen"). */
const MAX_WORDS = 5;
const MAX_CHARS_UNSPACED = 12;

/** Letters left after a greeting that may be a request of their own ("θέλω να διαγράψω μια κάρτα", "删除银行卡"). */
const REQUEST_MIN_CHARS = 4;

/** What is left of a message after its greetings says something ("hi, how are you? | delete my card"), not "bot" or "!". */
export function saysMore(rest: string): boolean {
  return rest.replace(/\s/g, '').length >= REQUEST_MIN_CHARS;
}

/** A few words ("no thanks", "不用了"): short enough to be a reply rather than a question. `norm` is normalized text. */
export function isShort(norm: string): boolean {
  // Chinese puts no spaces between words: its commas, normalized to spaces, would make a long sentence look like three words.
  if (HAN.test(norm)) return norm.replaceAll(' ', '').length <= MAX_CHARS_UNSPACED;
  return UNSPACED_SCRIPT.test(norm) && !norm.includes(' ') ? norm.length <= MAX_CHARS_UNSPACED : norm.split(' ').length <= MAX_WORDS;
}

/**
 * A goodbye: thanks aside, only closing words ("gracias, eso es todo", "that's all"). An ok before them acknowledges,
 * it answers nothing ("vale gracias, eso es todo" mid-procedure is no yes to the step). `thanksAlone`: thanks and
 * nothing else ("thanks!", "谢谢", "감사합니다") close too, where no step waits for an answer that thanks could be.
 * A rating given with the thanks or the goodbye is part of it ("thanks, 4 stars from me, cheers", "谢谢，给你打8分吧，拜拜",
 * "감사합니다~ 별점 3개 드릴게요", "ευχαριστώ, 2 στα 5 γιατί…"), and so are a few words around it and its reason.
 * `noStepWaits`: no step waits for an answer (outside a procedure, or at an offer), so a report of success is part of it too.
 */
export function closes(text: string, v: LanguageVocabulary, thanksAlone = false, noStepWaits = thanksAlone): boolean {
  const r = v.reading;
  const norm = normalize(text);
  // "γεια", "salut" say hello as well as goodbye: alone, they are no goodbye.
  if (v.greetings.isExactly(norm)) return false;
  // Where a step waits, a message that ends in a goodbye leaves, whatever it reports before it ("ya pude entrar, gracias, adiós");
  // not one ending in "that's all" or "all good", which close a report as often ("there's only that button, nothing else").
  const last = noStepWaits ? undefined : plainClauses(text).at(-1);
  if (last && last !== norm && r.goodbyes.occursIn(last) && closes(last, v)) return true;
  // The closing's words first: "have a *nice* day" holds a thanks word. "nada más, adiós", "that's all, bye": closings one after
  // another are one. Beside one, a no or a decline turns down more help ("no, nothing else", "暂时不用，先问到这"), and "γεια" is a goodbye.
  const withoutClosingWords = r.closings.remove(norm);
  const closed = withoutClosingWords !== norm;
  const withoutClosings = closed ? v.greetings.remove(r.declines.remove(withoutClosingWords)) : norm;
  const withoutThanks = r.thanks.remove(withoutClosings);
  const thanked = withoutThanks !== withoutClosings;
  // A word that rates ("c'était moyen") rates only beside a goodbye; a figure ("4 stars", "8分") beside thanks too.
  const judged = withoutClosings !== norm && r.ratings.some(([set]) => set.occursIn(withoutThanks));
  const rated = (statesRating(text) || OUT_OF_TEN.test(text) || judged) && !/[?？]/u.test(text);
  // Where no step waits, "ya funciona, gracias, adiós" reports the end of it on the way out.
  const reported = noStepWaits ? r.done.remove(withoutThanks) : withoutThanks;
  const rest = rated ? withoutRatingWords(reportWithoutReason(reported, v), v) : reported;
  const words = wordsLeft(rest, v);
  // Rated, a no declines what was offered on the way out ("아니요 나중에 할게요. 감사합니다~ 별점 3개").
  const opens = (word: string) => v.yes.isExactly(word) || r.requestLeads.isExactly(word) || ((rated || closed) && v.no.isExactly(word));
  while (words.length > 0 && opens(words[0])) words.shift();
  if (words.length > (rated && (thanked || withoutClosings !== norm) ? WORDS_AROUND_RATING : 0)) return false;
  if (rated && [v.taskCues, r.asksFor].some((set) => set.occursIn(norm))) return false;
  // Mid-procedure, thanks and a rating without a goodbye are a rating given early (see ratedEarly): the step is still open.
  return withoutClosings !== norm || ((thanksAlone || (rated && noStepWaits)) && thanked);
}

/**
 * Thanks and a rating, and nothing that answers a step ("τέλεια, 5 αστέρια", "merci, je mets 5/5", "5 stars"): the user
 * thinks they are done. Mid-procedure it is a rating given early (see ratedEarly), not a yes, nor "5 minutes ago".
 */
export function onlyRates(text: string, v: LanguageVocabulary): boolean {
  if (!statesRating(text) || /[?？]/u.test(text)) return false;
  const norm = normalize(text);
  const withoutThanks = v.reading.thanks.remove(norm);
  const rest = withoutRatingWords(withoutThanks, v);
  const words = wordsLeft(rest, v);
  // Words around the rating only beside thanks in this language ("merci, je mets 5/5"), not in another one's ("네, 3점 드릴게요").
  const around = withoutThanks !== norm ? WORDS_AROUND_RATING : 0;
  return words.length <= around && ![v.yes, v.no, v.reading.done, v.taskCues, v.reading.asksFor].some((set) => set.occursIn(rest));
}

/** Words beside thanks that still only thank ("thanks, that was really helpful", "gracias, muy útil"). */
const WORDS_AROUND_THANKS = 4;

/**
 * Thanks and praise, nothing else ("thank you!", "gracias, muy útil", "merci, super aide", "谢谢"): mid-procedure the user
 * thinks they are done. No rating, question, answer word, report, failure or request: those are read as such.
 */
export function onlyThanks(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  const norm = normalize(text);
  const rest = r.thanks.remove(norm);
  if (rest === norm || statesRating(text) || /[?？;]/u.test(text)) return false;
  const said = [v.yes, v.no, r.done, r.failed, r.unsure, r.holding, v.taskCues, r.asksFor, r.goodbyes];
  return wordsLeft(rest, v).length <= WORDS_AROUND_THANKS && !said.some((set) => set.occursIn(rest));
}

/** The words of what is left of a message once its known parts are removed, clause breaks ("and", "but", "그리고") aside. */
function wordsLeft(rest: string, v: LanguageVocabulary): string[] {
  return v.reading.clauseBreaks.remove(rest).split(' ').filter(Boolean);
}

/** "2 στα 5 γιατί με μπερδέψατε": a rating's reason, to its clause's end. */
function reportWithoutReason(norm: string, v: LanguageVocabulary): string {
  const reason = v.reading.because.find(norm)[0];
  return reason ? norm.slice(0, reason.start) : norm;
}

/** A rating out of ten ("8分", "7/10", "3 out of 10"), beside the five-point scale statesRating() reads. */
const OUT_OF_TEN = /(?:^|[^\d])(?:[1-9]|10)\s*(?:\/\s*10|out of (?:10|ten)|sur 10|de 10|sobre 10|στα 10|分(?![钟鐘钱錢])|점)/u;

/** Words a goodbye may hold around its rating: "from me", "je mets", "te doy un", "给你打…吧", "드릴게요", "i'd give this chat". */
const WORDS_AROUND_RATING = 5;
/** A rating's number and its scale or counter, in digits ("4 stars", "2 στα 5", "8分", "3개", "10/10"). */
const RATING_FIGURE =
  /(?:^|\s)\d{1,2}(?:\s*(?:out of|of|over|sur|de|sobre|στα|απο)\s*\d{1,2})?\s*(?:stars?|etoiles?|estrellas?|αστερια|αστερι|points?|puntos?|分|星|颗星|점|개)?(?=\s|$)/gu;

/** The rating's own words out of a goodbye: its figure, its star words, and words that rate ("pretty helpful", "moyen"). */
function withoutRatingWords(norm: string, v: LanguageVocabulary): string {
  let rest = norm.replace(RATING_FIGURE, ' ').replace(/별점|별|stars?|etoiles?|estrellas?|αστερια/gu, ' ');
  for (const [set] of v.reading.ratings) rest = set.remove(rest);
  return rest
    .split(' ')
    .filter((w) => w && v.numberFromWords(w) === undefined)
    .join(' ');
}

/**
 * A no that reports nothing ("no", "no gracias", "nah I'm good", "不用了", "όχι τίποτα"): it declines. One that holds
 * what happened ("todavía no llegó nada", "没收到", "still not done") tells something and is read for what it says.
 */
export function reportsSomething(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  const norm = normalize(text);
  if ([r.arrives, r.failed, r.failedUnseen, r.present].some((set) => set.occursIn(norm))) return true;
  // Unspaced, a no word may hold a done word ("没有了", nothing more, holds "有了"): that is no report.
  const noWords = v.no.find(norm);
  return r.done.find(norm).some((d) => !noWords.some((n) => n.start < d.end && d.start < n.end));
}

/** The place a message picks among suggestions just offered ("the first one", "la segunda", "第三个"), from 1: the whole message. */
export function placePicked(text: string, v: LanguageVocabulary): number | undefined {
  const norm = normalize(text);
  const index = v.reading.ordinals.findIndex((words) => words.isExactly(norm));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * "ok thanks, got it", "ok thanks", "merci c'est clair", "아 네 알겠어요 감사합니다" after an answer: it is taken in, and the walkthrough
 * or person offered with it is not taken (no wish, no agreeing to try, no question).
 */
export function acknowledges(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  const norm = normalize(text);
  // "ok thanks", "vale gracias", "好的谢谢": an ok and thanks, nothing else, take the answer in as surely.
  const okThanks = r.thanks.occursIn(norm) && wordsLeft(r.okays.remove(r.thanks.remove(norm)), v).length === 0;
  return (r.understood.occursIn(norm) || okThanks) && ![r.asksFor, r.accepts, v.taskCues].some((set) => set.occursIn(norm)) && !/[?？]/u.test(text);
}
