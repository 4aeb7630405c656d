/** The parts of an answer that do not answer: a reason given for it, and what a correction takes back. */
import type { LanguageVocabulary } from '../languageVocabulary';
import { withoutVerbNotVerb, wordsBetween } from '../text';

/**
 * "bueno sí, porque la verdad no me acuerdo de la contra": a reason given after an answer explains it, up to the next
 * clause ("…cause it got stuck but 2nd time it worked"); it does not answer. After no answer ("lo pregunto porque ya la
 * he desvinculado") it is the answer.
 */
export function withoutReason(norm: string, v: LanguageVocabulary): string {
  const r = v.reading;
  const reason = r.because.find(norm).find((m) => wordsBetween(norm, 0, m.start) >= 1);
  if (!reason) return norm;
  const before = norm.slice(0, reason.start);
  if (![v.yes, v.no, r.done, r.failed].some((set) => set.occursIn(before))) return norm;
  const resume = r.clauseBreaks.find(norm).find((b) => b.start >= reason.end)?.start ?? norm.length;
  return (before + ' '.repeat(resume - reason.start) + norm.slice(resume)).trimEnd();
}

/**
 * The text cut where the user corrects themself (see ReadingVocabulary.segments). A marker that says yes is the answer
 * it corrects to ("no… ah si"); so is one that ends in a no ("oui… ah non attendez"), and a closing no ("…绑的是旧号
 * 不对"), but not one inside a verb-not-verb question ("不确定对不对"); "no wait" takes back what came before. A no
 * answers only where no is an answer (`noAnswers`): before a named choice it would negate it ("vendeur, euh non acheteur").
 */
export function correctionSegments(norm: string, v: LanguageVocabulary, noAnswers: boolean): string[] {
  const closingNo = (marker: string, last: boolean) => last && v.no.isExactly(marker) && withoutVerbNotVerb(norm) === norm;
  const endsInNo = (marker: string) => {
    const words = marker.split(' ');
    return words.length > 1 && v.no.isExactly(words.at(-1)!) && !v.no.isExactly(words[0]);
  };
  const answersNo = (marker: string, last: boolean) => noAnswers && (endsInNo(marker) || closingNo(marker, last));
  return v.reading.segments(norm, (marker, last) => (v.yes.occursIn(marker) && !v.no.occursIn(marker)) || answersNo(marker, last));
}
