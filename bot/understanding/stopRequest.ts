import { clausesOf, plainClauses } from './clauses';
import type { LanguageVocabulary } from './languageVocabulary';
import { HAN, HANGUL, wordsBetween, type PhraseMatch, type PhraseSet } from './text';

/**
 * A verb of stopping said of the procedure ("cancelar el proceso"), or standing alone in its
 * clause ("…, 取消"), not negated ("don't cancel the procedure").
 */
export function asksToStop(text: string, all: readonly LanguageVocabulary[], procedureId?: string): boolean {
  // "can I cancel the withdrawal later?" asks; only a request names the procedure by its topic.
  let asks: boolean | undefined;
  const asking = () => (asks ??= all.some((v) => clausesOf(text, v.reading).some((c) => c.question)));
  return plainClauses(text).some((clause) =>
    all.some((v) => {
      const verbs = v.reading.stopVerbs.find(clause).filter((m) => !v.reading.negates(clause, m) && !stopsUsing(clause.slice(m.end), all));
      const topic = procedureId ? v.procedureTopics.get(procedureId) : undefined;
      const namesTopic = (m: PhraseMatch) => topic !== undefined && asRequest(clause, m) && names(topic, clause, m) && !asking();
      return (
        verbs.length > 0 &&
        ((!HANGUL.test(clause) && !asking() && standsAlone(clause, v)) ||
          v.reading.stopVerbs.isExactly(clause) ||
          verbs.some((m) => names(v.reading.procedureWords, clause, m) || namesTopic(m) || endsKoreanClause(clause, m)))
      );
    }),
  );
}

/** What follows a verb of stopping opens with using ("…using Alipay Business", "…d'utiliser"): a product is given up, not the procedure. */
export function stopsUsing(after: string, all: readonly LanguageVocabulary[]): boolean {
  const next = after.trim();
  return all.some((v) => v.reading.useWords.find(next).some((m) => m.start === 0));
}

/** Chinese particles that close a request ("退出吧", "停呗"); "了" stays out: "取消了" reports. */
const REQUEST_PARTICLES = /[吧呗哈]+$/u;
/** Chinese words that open a request ("帮我停掉吧", "请取消"). */
const REQUEST_OPENERS = /^(?:帮我|给我|请|麻烦)/u;

/** Korean endings that make the verb a request or an intention ("활성화는 취소할게요", "출금 취소해 주세요"), not a report ("취소했어요"). */
const KOREAN_REQUEST = /^\s?(?:할게요|할께요|할래요|해\s?주세요|해줘|하겠습니다|할게)/u;

/** Words that may come before a request's verb in spaced scripts ("nah cancel…", "please stop…"). */
const REQUEST_LEAD_WORDS = 1;

/**
 * The verb is the whole clause but for politeness ("annuler svp", "cancel please"), a word leading to it that keeps it
 * a request ("just stop", "actually cancel", "bon, arrête") or a Chinese request's opener and particle. Not in Korean,
 * whose politeness words include "해야 돼요" ("취소해야 돼요?" asks whether to cancel something).
 */
function standsAlone(clause: string, v: LanguageVocabulary): boolean {
  const bare = v.reading.ignored.remove(clause).replace(REQUEST_OPENERS, '').replace(REQUEST_PARTICLES, '').trim();
  if (bare === '') return false;
  const words = bare.split(' ');
  const led = words.length === 2 && [v.reading.requestLeads, v.reading.corrections, v.reading.agreeing, v.no].some((s) => s.isExactly(words[0]));
  return v.reading.stopVerbs.isExactly(bare) || (led && v.reading.stopVerbs.isExactly(words[1]));
}

/**
 * The verb said as a request, not reported: in Chinese with a request's opener or particle ("帮我停掉吧", "取消提现吧"),
 * in spaced scripts opening the clause ("cancel the withdrawal", "nah stop the alliance thing"). "上一笔提现我已经取消了",
 * "the withdrawal will end up in my bank" and "the sms says reply STOP" report; in Korean with a request's ending.
 */
function asRequest(clause: string, verb: PhraseMatch): boolean {
  if (HANGUL.test(clause.slice(verb.start, verb.end))) return KOREAN_REQUEST.test(clause.slice(verb.end));
  if (HAN.test(clause.slice(verb.start, verb.end))) return REQUEST_OPENERS.test(clause) || REQUEST_PARTICLES.test(clause);
  return wordsBetween(clause, 0, verb.start) <= REQUEST_LEAD_WORDS;
}

/**
 * The procedure named with the verb ("cancelar el proceso", "절차 중단"), by a word for a procedure
 * or by its own topic ("cancel the withdrawal", "取消迁移"). Korean puts the object
 * before the verb: "주문 취소해서 진행중인 거래는 없어요" cancelled an order, and "진행중" (in
 * progress) after it is no procedure.
 */
function names(words: PhraseSet, clause: string, verb: { start: number }): boolean {
  return words.find(clause).some((p) => !HANGUL.test(clause.slice(p.start, p.end)) || p.end <= verb.start);
}

/**
 * Korean puts the verb last, and a bare verb of stopping closing the clause asks to stop ("그냥
 * 취소", "이제 그만"); inside a sentence it speaks of something else ("주문 하나 취소 요청해둔 게
 * 있는데…"), and with an ending it may be a question or a report ("취소하면 환불되나요",
 * "취소했어요"). Requests with their endings are in the `stop` list ("취소해 주세요").
 */
function endsKoreanClause(clause: string, m: { start: number; end: number }): boolean {
  const word = clause.slice(m.start, m.end);
  return HANGUL.test(word) && clause.trimEnd().split(' ').at(-1) === word;
}
