import type { LanguageVocabulary } from './languageVocabulary';
import { HAN, normalize, UNSPACED_SCRIPT } from './text';

/** Greetings and goodbyes only count in short messages ("hi", not "hi, my account is frozen"). */
const MAX_WORDS = 5;
const MAX_CHARS_UNSPACED = 12;

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
 */
export function closes(text: string, v: LanguageVocabulary, thanksAlone = false): boolean {
  const r = v.reading;
  const norm = normalize(text);
  // "γεια", "salut" say hello as well as goodbye: alone, they are no goodbye.
  if (v.greetings.isExactly(norm)) return false;
  // The goodbye's words first: "have a *nice* day" holds a thanks word. "nada más, adiós", "that's all, bye": closings
  // one after another are one.
  const withoutClosings = r.closings.remove(norm);
  const withoutThanks = r.thanks.remove(withoutClosings);
  const words = r.clauseBreaks.remove(withoutThanks).split(' ');
  while (words.length > 0 && (v.yes.isExactly(words[0]) || r.requestLeads.isExactly(words[0]))) words.shift();
  if (words.join(' ').trim() !== '') return false;
  return withoutClosings !== norm || (thanksAlone && withoutThanks !== withoutClosings);
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
 * "ok thanks, got it", "merci c'est clair", "아 네 알겠어요 감사합니다" after an answer: it is taken in, and the walkthrough
 * or person offered with it is not taken (no wish, no agreeing to try, no question).
 */
export function acknowledges(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  const norm = normalize(text);
  return r.understood.occursIn(norm) && ![r.asksFor, r.accepts, v.taskCues].some((set) => set.occursIn(norm)) && !/[?？]/u.test(text);
}
