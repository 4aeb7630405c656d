import { plainClauses } from './clauses';
import type { LanguageVocabulary } from './languageVocabulary';

/**
 * A verb of stopping said of the procedure ("cancelar el proceso"), or standing alone in its
 * clause ("…, 取消"), not negated ("don't cancel the procedure").
 */
export function asksToStop(text: string, all: readonly LanguageVocabulary[]): boolean {
  return plainClauses(text).some((clause) =>
    all.some((v) => {
      const verbs = v.reading.stopVerbs.find(clause).filter((m) => !v.reading.negates(clause, m));
      return (
        verbs.length > 0 &&
        (v.reading.stopVerbs.isExactly(clause) || v.reading.procedureWords.occursIn(clause) || verbs.some((m) => endsKoreanClause(clause, m)))
      );
    }),
  );
}

/** Korean puts the verb last: "그냥 취소", "취소해 주세요" stop; "주문 하나 취소 요청해둔 게 있는데…" speaks of an order. */
function endsKoreanClause(clause: string, m: { start: number; end: number }): boolean {
  if (!/\p{Script=Hangul}/u.test(clause.slice(m.start, m.end))) return false;
  // The rest of the verb's own word ("취소|해") does not count; one word may follow ("주세요").
  const ending = /^\S*/u.exec(clause.slice(m.end))![0];
  const after = clause.slice(m.end + ending.length).trim();
  // A past ending reports a stop, it does not ask for one ("주문 취소했어요": the order was cancelled).
  return !KOREAN_PAST.test(ending) && after.split(' ').filter(Boolean).length <= 1;
}

/** Korean past-tense endings after a verb of stopping ("했", "됐", "되었"). */
const KOREAN_PAST = /^(?:했|됐|되었|됬)/u;
