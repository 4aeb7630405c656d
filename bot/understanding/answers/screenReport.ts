import type { LanguageVocabulary } from '../languageVocabulary';
import { HANGUL, wordsBetween, type PhraseMatch } from '../text';
import { blank } from './readingVocabulary';

/** How many words a wish may stand before what it wishes for ("i want the old mastercard gone"). */
const WISHED_WITHIN = 4;

/** `hold`: still working on the step ("one sec", "bouge pas, je cherche"), which answers nothing. */
export type Polarity = 'yes' | 'no' | 'unsure' | 'hold';
export interface Signal {
  readonly at: number;
  readonly polarity: Polarity;
  /** Said with a plain yes/no word ("yes", "όχι"), not read from a report ("it arrived"). */
  readonly plain?: boolean;
  /** Where its words end. */
  readonly end?: number;
}

/** The steps whose answer is what the screen shows (see `StepMeta.asks`). */
export type ScreenAsked = 'presence' | 'arrival' | 'removal';
export const SCREEN_ASKS: ReadonlySet<string | undefined> = new Set<ScreenAsked>(['presence', 'arrival', 'removal']);

/**
 * What the screen shows, at "do you see it?" (presence), "has it arrived?" (arrival)
 * and "is it gone?" (removal): the same
 * report answers them oppositely. A "no" set apart at the start answers the question, it does not
 * negate what follows ("no, it's still there", but "no la veo"); a failure on the screen is noted.
 */
export function readScreen(
  norm: string,
  v: LanguageVocabulary,
  asked: ScreenAsked,
  openingAnswer?: string,
): { signals: Signal[]; text: string; failed: boolean } {
  const r = v.reading;
  const asks = asked === 'arrival' ? 'presence' : asked;
  const seen: Polarity = asks === 'presence' ? 'yes' : 'no';
  const unseen: Polarity = seen === 'yes' ? 'no' : 'yes';
  // "no its still there": a no that never negates the verb after it (en "no", fr "non") is set apart without a comma too.
  const opening = norm.split(' ')[0];
  const setApart =
    setApartAnswer(norm, openingAnswer, (words) => v.yes.isExactly(words) || v.no.isExactly(words)) ||
    (r.standaloneNo.isExactly(opening) && norm.length > opening.length ? opening.length : 0);
  const forNegation = ' '.repeat(setApart) + norm.slice(setApart);
  const goneAt = r.gone.find(norm);
  let text = goneAt.reduce(blank, norm);
  const presentAt = r.present.find(text);
  text = presentAt.reduce(blank, text);
  // "i only want the mastercard gone": what is wished for is not what the screen shows.
  const wishes = r.asksFor.find(norm);
  const wished = (m: PhraseMatch) => wishes.some((w) => w.end <= m.start && wordsBetween(norm, w.end, m.start) <= WISHED_WITHIN);
  const reports = [...goneAt.map((m) => ({ m, gone: true })), ...presentAt.map((m) => ({ m, gone: false }))]
    .filter(({ m }) => !wished(m))
    .sort((a, b) => a.m.start - b.m.start);
  const signals: Signal[] = [];
  let from = 0;
  for (const { m, gone } of reports) {
    // "ya no aparece en la lista", "no la veo en la lista": a place said right after a report is where it went from or is
    // not seen, not a sighting of its own.
    if (!gone && signals.length > 0 && reports.some((g) => g.m !== m && m.start - g.m.end <= 1 && m.start >= g.m.end)) continue;
    // A negator negates the report after it, not every one further on ("no se borró, sigue en la lista").
    const scope = ' '.repeat(from) + forNegation.slice(from);
    // A "gone" phrase may end in its own negator ("n'apparaît plus", "δεν υπάρχει πια"): only a word before it negates it,
    // and not the one that agrees with it ("je ne vois aucun message": none seen).
    const negated = gone ? !r.hasNegation(norm.slice(m.start, m.end)) && r.negatedBefore(scope, m) : r.negates(scope, m);
    signals.push({ at: m.start, polarity: negated === gone ? seen : unseen });
    from = m.end;
  }
  // A code that fails has arrived: what is said of its arrival still answers (see failureAtArrival).
  const failed = (asked !== 'arrival' || r.failedUnseen.occursIn(text)) && r.failed.occursIn(text);
  // "nothing left" is gone; a plain "no" (Chinese "没有") still answers "is it gone?" with no.
  if (asks === 'removal' && !failed) {
    for (const m of r.absent.find(text).filter((m) => !v.no.isExactly(text.slice(m.start, m.end)))) {
      signals.push({ at: m.start, polarity: 'yes' });
      text = blank(text, m);
    }
  }
  return { signals: signals.sort((a, b) => a.at - b.at), text, failed };
}

/** True when nothing but spaces comes before `at`. */
export function leadsWith(norm: string, at: number): boolean {
  return norm.slice(0, at).trim() === '';
}

/**
 * True when the signal opens the answer ("no, I've been there before"). In Korean a denial follows
 * what it denies ("처음은 아니에요, 전에 몇 번 들어갔어요"): one word may come before a plain no. Not
 * before a yes: Korean yes words include reports ("출금 했어요 근데 실패했대요" is no answer yet).
 */
export function opensWith(norm: string, signal: Signal): boolean {
  const before = norm.slice(0, signal.at).trim();
  return before === '' || (signal.polarity === 'no' && HANGUL.test(norm.charAt(signal.at)) && !before.includes(' '));
}

/** True when the word at `at` is one of the language's plain yes or no words ("no", "όχι", "네"). */
export function isPlainYesNo(norm: string, at: number, v: LanguageVocabulary): boolean {
  const word = norm.slice(at).split(' ')[0];
  return v.yes.isExactly(word) || v.no.isExactly(word);
}

/** How much of `norm` a yes or no set apart by punctuation takes ("todavia no" in "todavia no tengo dos abiertos"), 0 if none. */
export function setApartAnswer(norm: string, openingAnswer: string | undefined, isAnswer: (words: string) => boolean): number {
  return openingAnswer && (norm === openingAnswer || norm.startsWith(`${openingAnswer} `)) && isAnswer(openingAnswer) ? openingAnswer.length : 0;
}

/**
 * Asked whether a code or an email arrived ("has it arrived?"), a failure of it says it came ("me dice caducado", "it
 * came but it's invalid"), one that says it does not show says no ("收不到"), one that names no failure ("有问题") says
 * neither; what is said of its arrival decides first.
 */
export function failureAtArrival(text: string, v: LanguageVocabulary, screen: { readonly signals: readonly Signal[] }): Polarity | undefined {
  const r = v.reading;
  if (r.failedUnseen.occursIn(text)) return 'no';
  // "有问题", "there's a problem with the code": trouble that names no failure does not say the code came.
  if (!r.failed.occursIn(r.vagueTrouble.find(text).reduce(blank, text))) return undefined;
  return screen.signals.length > 0 ? undefined : 'yes';
}
