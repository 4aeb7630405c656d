import type { LanguageVocabulary } from '../languageVocabulary';
import { wordsBetween } from '../text';

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
