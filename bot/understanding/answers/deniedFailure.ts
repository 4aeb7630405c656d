import { HAN, HANGUL, wordsBetween, type PhraseMatch } from '../text';
import { blank, lastWords, type ReadingVocabulary } from './readingVocabulary';
import type { Signal } from './screenReport';

/** Words a negation before a failure may stand from it ("no me dio ningún error": "no" three words back). */
const WORDS_BEFORE = 3;
/** …and the nearest one: "didn't get any error". */
const NEAREST_WORDS = 2;
/** The same in Chinese, in characters between them ("没弹出错误"). */
const HAN_BETWEEN = 2;
/**
 * A Korean failure denied by the verb of showing after it: "오류는 안 떴어요", "에러가 뜨지 않았어요", "오류 안 났음". Korean
 * negates the verb, never the noun before it, and other verbs negated after a failure are failures of their own ("차단돼서 안 열려요").
 */
const KOREAN_DENIED_AFTER =
  /^[\p{Script=Hangul}]{0,2}(?:\s*(?:메시지|창)[가이는은]?)?\s*(?:(?:안|못)\s*(?:뜨|떠|떴|뜸|나|났|남|보|봤|생기|생겼)\S*|(?:뜨|나|보이|생기)?지\s*(?:않|못)\S*)/u;
/** An error said absent ("오류 메시지는 없었어요"); not any failure ("아무 반응이 없어요", no reaction at all, is one). */
const KOREAN_ERROR_ABSENT = /^(?:오류|에러)/u;
const KOREAN_ABSENT_AFTER = /^[\p{Script=Hangul}]{0,2}(?:\s*(?:메시지|창)[가이는은]?)?\s*없\S*/u;

/**
 * "didn't get any error", "no me dio ningún error", "δεν βγήκε κανένα σφάλμα", "没有提示错误", "오류는 안 떴어요": a failure
 * the user says did not happen is a step that went through. The negation, read with it, answers nothing else (the opening
 * "no" of "no me dio…" is not a no). It must be the failure's own: nothing that reports something else stands between
 * ("doesn't work, error" negates the working, not the error; "没成功，提示错误" is a failure twice).
 * Returns the text without them, and pushes a yes for each where the step asks whether it was done (`answers`).
 */
export function withoutDeniedFailures(text: string, r: ReadingVocabulary, signals: Signal[], setApart: number, answers: boolean): string {
  let rest = text;
  const denied: Signal[] = [];
  for (const m of r.failed.find(text)) {
    const span = deniedBefore(rest, m, r, setApart) ?? deniedAfter(rest, m, r);
    if (!span) continue;
    denied.push({ at: m.start, end: m.end, polarity: 'yes' });
    rest = blank(rest, span);
  }
  // No error says nothing of what arrived or shows (`answers` false), and beside another negation ("no error but the
  // email hasn't arrived") that negation answers: the denial is only taken out of the way.
  if (answers && !r.hasNegation(rest)) signals.push(...denied);
  return rest;
}

/**
 * Where the negation before `m` opens, the failure included; undefined when it is not the failure's own. The nearest
 * negator stands at most two words off ("didn't get any error") and is no answer of its own ("no it failed", "没有，提示错误"
 * set apart); alone, one that follows a verb negates that verb ("ça marche pas, erreur"). An earlier one in reach is part
 * of the same negation ("no salió ningún error").
 */
function deniedBefore(text: string, m: PhraseMatch, r: ReadingVocabulary, setApart: number): PhraseMatch | undefined {
  const failure = text.slice(m.start, m.end);
  // "ça veut pas se lier", "没弄好", "안 열려요": a failure that holds its own negation is that failure; Korean negates verbs only.
  if (r.hasNegation(failure) || HANGUL.test(failure)) return undefined;
  const before = text.slice(0, m.start);
  const near = (
    HAN.test(failure)
      ? r.hanNegators.flatMap((n) => {
          const at = before.lastIndexOf(n);
          return at >= 0 && before.slice(at + n.length).replace(/\s/g, '').length <= HAN_BETWEEN ? [{ start: at, end: at + n.length }] : [];
        })
      : r.negatorsBefore.find(before).filter((n) => wordsBetween(before, n.end, before.length) <= WORDS_BEFORE)
  ).filter((n) => n.start >= setApart);
  const nearest = near.at(-1);
  if (!nearest || wordsBetween(before, nearest.end, before.length) > NEAREST_WORDS) return undefined;
  if (r.standaloneNo.isExactly(before.slice(nearest.start, nearest.end))) return undefined;
  const reports = (part: string) => [r.done, r.failed, r.agreeing].some((set) => set.occursIn(part));
  const negatesVerbBefore = !HAN.test(failure) && near.length === 1 && reports(lastWords(before.slice(0, nearest.start), 1));
  if (reports(text.slice(nearest.start, m.start)) || negatesVerbBefore) return undefined;
  return { start: Math.min(...near.map((n) => n.start)), end: m.end };
}

function deniedAfter(text: string, m: PhraseMatch, r: ReadingVocabulary): PhraseMatch | undefined {
  const failure = text.slice(m.start, m.end);
  if (!HANGUL.test(failure)) return undefined;
  const after = text.slice(m.end);
  const denial = KOREAN_DENIED_AFTER.exec(after)?.[0] ?? (KOREAN_ERROR_ABSENT.test(failure) ? KOREAN_ABSENT_AFTER.exec(after)?.[0] : undefined);
  if (!denial || r.hasNegation(failure)) return undefined;
  return { start: m.start, end: m.end + denial.length };
}
