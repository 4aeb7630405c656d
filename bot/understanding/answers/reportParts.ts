import type { LanguageVocabulary } from '../languageVocabulary';
import { HANGUL, type PhraseMatch } from '../text';
import type { ReadingVocabulary } from './readingVocabulary';

// What a report says beside the answer words it holds: a decline inside it, or a count short of its whole.

/** "됐어요" (no need) ending a Korean word or a report is that report's verb ("삭제됐어요", deleted; "로그인 됐어요", logged in): no decline. */
export function endsAReport(text: string, r: ReadingVocabulary): (m: PhraseMatch) => boolean {
  return (m) => HANGUL.test(text.charAt(m.start - 1)) || r.done.find(text).some((d) => d.start < m.start && d.end > m.start);
}

/**
 * Fewer than all, asked whether all are settled: "all but one", "pas encore…" opening the answer, or a count short of its
 * whole ("4 out of 5 are done", "tengo 3 de 4", "5个订单中3个完成了", "5개 중 3개"), in digits or in words.
 */
export function notAllSettled(text: string, v: LanguageVocabulary): boolean {
  const r = v.reading;
  if (r.exceptions.occursIn(text) || r.notYet.find(text).some((m) => !text.slice(0, m.start).trim())) return true;
  const count = (word: string) => (/^\d+$/u.test(word) ? Number(word) : v.numberFromWords(word));
  for (const [, part, whole] of text.matchAll(PART_OF_WHOLE)) if (fewerThanAll(count(part), count(whole))) return true;
  for (const [, whole, part] of text.matchAll(WHOLE_THEN_PART)) if (fewerThanAll(count(part), count(whole))) return true;
  return false;
}

/** "4 out of 5", "3 de 4", "2 sur 3", "2 από τις 3": the part first. */
const PART_OF_WHOLE = /(?:^|\s)([\p{L}\d]+)\s*(?:out of|of|de|sur|sobre|απο τις|απο τα|απο|στις|στα)\s*([\p{L}\d]+)(?=\s|$)/gu;
/** "5个里4个", "有6个订单，其中5个", "5개 중 3개": the whole first, as Chinese and Korean say it. */
const WHOLE_THEN_PART =
  /(\d+|[一二三四五六七八九十两]+)\s*(?:个|개|笔|건)?[\p{Script=Han}\p{Script=Hangul}\s,，]{0,5}?(?:里|中|중에?|가운데)\s*(?:有|完成了|已经)?\s*(\d+|[一二三四五六七八九十两]+)/gu;

function fewerThanAll(part: number | undefined, whole: number | undefined): boolean {
  return part !== undefined && whole !== undefined && part < whole && whole > 1;
}
