import { asksVerbNotVerb, HAN, HAN_SPACE, HANGUL, lies, normalize, UNSPACED_SCRIPT, type PhraseSet } from './text';

/**
 * A message cut into clauses, so an answer and a question typed in one message ("yes, around
 * 200 USD. What happens to it?", "가입했어요 근데 수수료 더 나가요?") are read apart: the answer by
 * the step, the question by the knowledge base.
 */
export interface Clause {
  /** The clause, normalized. */
  readonly text: string;
  readonly question: boolean;
  /** A question as sure as its mark ("?", "？", Greek ";", an intro such as "quick question", a closing "吗"), not only by its words ("啥也没有", "기억 안 나요" read as asking). */
  readonly marked: boolean;
}

/** The words a language marks clauses with (`reading.questionCues`, `reading.clauseBreaks`). */
export interface ClauseWords {
  readonly questionCues: Pick<PhraseSet, 'find'>;
  /** Normalized endings that close a question where no mark is typed ("吗", "나요"). */
  readonly questionEndings: readonly string[];
  /** Those of them as sure as a question mark ("吗", "습니까"). */
  readonly sureQuestionEndings: readonly string[];
  readonly clauseBreaks: Pick<PhraseSet, 'find'>;
  /** Words that open a condition ("if", "si", "如果", "만약"): a condition before a question is part of it. */
  readonly hedges: Pick<PhraseSet, 'find'>;
  /** Words that open a question as surely as a mark ("quick question", "me preguntaba si", "想问一下", "궁금한 게"). */
  readonly questionIntros: Pick<PhraseSet, 'find'>;
  /** Phrases holding a question word that ask nothing ("sí que sale", "ya que", "parce que"). */
  readonly notAsking: Pick<PhraseSet, 'find'>;
  /** Self-corrections ("哦不", "no wait"): said alone in a clause, they ask nothing. */
  readonly corrections: Pick<PhraseSet, 'isExactly'>;
}

/** Where a clause ends: sentence punctuation in every script, commas included, new lines, and an emoji typed as a stop ("all updated 👍 can I…"). */
const CLAUSE_END = /(?<=[?？.。!！,，;；\n…]|\p{Extended_Pictographic}\uFE0F?)/u;
/** A question mark; the Greek question mark is the semicolon. */
const QUESTION_MARK = /[?？]\s*$|(?<=\p{Script=Greek}[^;]*);\s*$/u;

/** Spaced scripts: a question word among a clause's first words ("so what happens…"). */
const OPENING_WORDS = 2;
const openingLength = (text: string): number => text.split(' ').slice(0, OPENING_WORDS).join(' ').length;

/**
 * Splits `text` at punctuation and at the words that open a new clause ("but", "by the way",
 * "근데", "顺便问下"), and marks the questions: a clause ending in a question mark, opening with a
 * question word, or holding a question particle where words are not spaced ("吗", "나요").
 */
export function clausesOf(text: string, words: ClauseWords): Clause[] {
  return betweenPunctuation(text)
    .flatMap(betweenHanSpaces)
    .flatMap(betweenKoreanSentences)
    .flatMap(betweenKoreanClauses)
    .flatMap(({ raw, norm }) => {
      const parts = cutAt(norm, words.clauseBreaks);
      const marked = QUESTION_MARK.test(raw);
      return parts.map((part, i) => {
        // Asked as surely as with a mark: opened by "quick question", "je me demandais", "想问一下", or closed by "吗".
        const sure =
          (marked && i === parts.length - 1) ||
          words.questionIntros.find(part.text).some((m) => m.start === 0) ||
          words.sureQuestionEndings.some((e) => part.body.endsWith(e) && part.body.length > e.length);
        return { text: part.text, question: sure || asksByWords(part.body, words), marked: sure };
      });
    });
}

/**
 * The message's clauses between punctuation, normalized; in Chinese, its space-separated pieces
 * too ("好的 取消": Chinese puts no spaces between words, so a space sets a clause apart). Korean
 * spaces its words: a piece there is one word ("주문 하나 취소 요청해둔 게…"), not a clause; its
 * sentences end with their polite endings ("취소요 나중에 다시 할게요").
 */
export function plainClauses(text: string): string[] {
  return betweenPunctuation(text)
    .flatMap(betweenKoreanSentences)
    .flatMap(betweenKoreanClauses)
    .flatMap(({ norm }) => (HAN.test(norm) ? [norm, ...norm.split(' ')] : [norm]));
}

/** The message's first clause between punctuation and what follows it, as typed ("不用。提现还限制吗？" → "不用。", "提现还限制吗？"). */
export function openingClause(text: string): { readonly opening: string; readonly rest: string } | undefined {
  const [opening, ...rest] = text.split(CLAUSE_END);
  const after = rest.join('').trim();
  return normalize(opening) && normalize(after) ? { opening, rest: after } : undefined;
}

type Piece = { raw: string; norm: string };

/** A piece written in `script` cut again where `boundary` matches in it; other pieces as they are. */
function splitWhere(script: RegExp, boundary: RegExp): (piece: Piece) => Piece[] {
  return (piece) =>
    script.test(piece.norm)
      ? piece.raw
          .split(boundary)
          .map((raw) => ({ raw, norm: normalize(raw) }))
          .filter((c) => c.norm.length > 0)
      : [piece];
}

/**
 * Chinese puts no spaces between words: a space between two Chinese characters sets a clause
 * apart ("还剩一点钱 提现要收手续费吗"); one beside a Latin word does not ("支付宝 Business 的余额").
 */
const betweenHanSpaces = splitWhere(HAN, HAN_SPACE);

/**
 * Korean closes a sentence with its polite or formal ending, often with no punctuation after it:
 * a word ending in "요" or "니다" followed by more words ends a sentence ("다 완료됐어요 환불은
 * 어디로 들어와요?"), also with a tilde or a laugh after it ("연동됐어요~ 수수료는…"). A single "요" or "다" is not such a word.
 */
const betweenKoreanSentences = splitWhere(HANGUL, /(?<=\p{Script=Hangul}(?:요|니다)[~～^ㅎㅋㅠㅜ]*)\s+(?=\S)/u);

/** Every Hangul syllable ending in ㅆ (했, 됐, 왔, 있…): the past tense and "있다" before an ending. */
const ENDS_IN_SS = Array.from({ length: 19 * 21 }, (_, i) => String.fromCharCode(0xac00 + i * 28 + 20)).join('');

/**
 * A verb joined to the next clause by "-고" (and) ends a clause of its own: "로그인 되고 동결도 아니에요" (logs in, and
 * is not frozen either) answers two steps, not one "아니에요". Only a verb's "-고": a past tense (했고, 왔고), 되고,
 * 있고, 없고, 아니고; "하고" also means "with" ("카드하고"), and "않고" means "without".
 */
const betweenKoreanClauses = splitWhere(HANGUL, new RegExp(`(?<=(?:[${ENDS_IN_SS}]|되|있|없|아니)고)\\s+(?=\\S)`, 'u'));

/** The pieces of `text` between punctuation, as typed and normalized; pieces with no words left out. */
function betweenPunctuation(text: string): Piece[] {
  return text
    .split(CLAUSE_END)
    .map((raw) => ({ raw, norm: normalize(raw) }))
    .filter((c) => c.norm.length > 0);
}

/**
 * The part of a message that can answer the step: what comes before the question that follows an
 * answer (what follows the question is about it: "进去了。怎么充值啊 找了半天没看到入口"). The whole
 * text when no question follows a statement (a lone question is the reader's to judge: "is it the
 * blue button?").
 */
export function answerPart(text: string, words: ClauseWords): string {
  const clauses = clausesOf(text, words);
  // Asked before the answer ("do sellers pay a fee? just asking before I choose"): the answer is what follows the questions.
  const asked = questionsThenAnswer(clauses, words);
  if (asked) return asked.answer.map((c) => c.text).join(', ');
  let first = clauses.findIndex((c) => c.question);
  if (first <= 0) return text;
  // "All completed, yes. But if a supplier refunds an order later, where does the money go?": the condition belongs to the question.
  while (first > 1 && opensWithCondition(clauses[first - 1].text, words)) first--;
  // Clauses stay set apart: "no, tengo uno pendiente" is a "no" and what it says, not "no tengo".
  return clauses
    .slice(0, first)
    .map((c) => c.text)
    .join(', ');
}

/**
 * A message that opens with questions, by their mark, and answers after them ("can it be the same
 * as my login password? I haven't confirmed yet"): the two parts, split where answerPart and
 * sideQuestion both need them.
 */
function questionsThenAnswer(clauses: readonly Clause[], words: ClauseWords): { questions: readonly Clause[]; answer: readonly Clause[] } | undefined {
  const lead = introClauses(clauses, words);
  if (!clauses[lead]?.marked) return undefined;
  const at = clauses.findIndex((c, i) => i > lead && !c.question);
  return at > 0 ? { questions: clauses.slice(0, at), answer: clauses.slice(at) } : undefined;
}

/** How many clauses open the message only to announce a question ("oye, una pregunta, …", "quick q: …"). */
function introClauses(clauses: readonly Clause[], words: ClauseWords): number {
  let lead = 0;
  // The intro is the clause but for a word ("oye, una pregunta"); "ya quedó vinculada, una pregunta" answers.
  const onlyIntro = (text: string) => words.questionIntros.find(text).some((m) => text.length - (m.end - m.start) <= text.split(' ')[0].length + 1);
  while (lead < clauses.length - 1 && !clauses[lead].question && onlyIntro(clauses[lead].text)) lead++;
  return lead;
}

/** A clause opening with a condition ("but if a supplier refunds…", "如果供应商退款"), more than the word alone. */
function opensWithCondition(clause: string, words: ClauseWords): boolean {
  const opening = UNSPACED_SCRIPT.test(clause) ? 3 : openingLength(clause);
  return words.hedges.find(clause).some((m) => m.start < opening && clause.length > m.end - m.start + 2);
}

/**
 * The question asked beside the answer: from the first question after the first clause to the
 * end, or the questions asked before it ("can it be the same as my login password? I haven't
 * confirmed yet"). Read only once the step took an answer: a lone question answers nothing.
 */
export function sideQuestion(text: string, words: ClauseWords): string | undefined {
  const clauses = clausesOf(text, words);
  if (clauses[introClauses(clauses, words)]?.marked)
    return questionsThenAnswer(clauses, words)
      ?.questions.map((c) => c.text)
      .join(' ');
  let first = clauses.findIndex((c, i) => i > 0 && c.question);
  if (first <= 0) return undefined;
  // "…, si on me rembourse plus tard, l'argent va où ?": the condition is the question's, as answerPart leaves it out.
  while (first > 1 && opensWithCondition(clauses[first - 1].text, words)) first--;
  return clauses
    .slice(first)
    .map((c) => c.text)
    .join(' ');
}

/** The clauses between the break words; each keeps its break word ("还有…"), its `body` is what follows it. */
function cutAt(norm: string, breaks: Pick<PhraseSet, 'find'>): Array<{ text: string; body: string }> {
  const parts: Array<{ text: string; body: string }> = [];
  let from = 0;
  let bodyFrom = 0;
  for (const m of breaks.find(norm)) {
    parts.push({ text: norm.slice(from, m.start).trim(), body: norm.slice(bodyFrom, m.start).trim() });
    from = m.start;
    bodyFrom = m.end;
  }
  const body = norm.slice(bodyFrom).trim();
  // A break word that ends the clause opens nothing ("on peut recharger aussi ?", "il arrive où d'ailleurs ?"): it stays with it.
  if (parts.length > 0 && body === '') parts[parts.length - 1] = { text: `${parts.at(-1)!.text} ${norm.slice(from).trim()}`.trim(), body: parts.at(-1)!.body };
  else parts.push({ text: norm.slice(from).trim(), body });
  return parts.filter((p) => p.text.length > 0);
}

/** "还没到呢", "正在弄着呢": after "not yet" or an ongoing "着", "呢" tells a state still so; it asks nothing. */
const STILL_SO = /(?:还没|着)\S*呢$/u;

/**
 * A question word opening the clause (spaced scripts), a question word anywhere in it where words
 * are not spaced (Chinese "…是干嘛的"), a Chinese verb-not-verb ("认不认"), or a question ending
 * closing it ("…可以吗", "…되나요").
 */
function asksByWords(body: string, words: ClauseWords): boolean {
  // "买家吧，哦不，我是开店的": a self-correction ends in "不" and asks nothing.
  if (words.corrections.isExactly(body)) return false;
  // An ending alone or repeated asks nothing ("不", "不不不": a no).
  const endsAsking = (e: string) => body.endsWith(e) && body.length > e.length && !body.endsWith(e + e) && !(e === '呢' && STILL_SO.test(body));
  const statements = words.notAsking.find(body);
  // "기억이 안 나요" (I don't remember) ends like a question and states: a statement closing the clause asks nothing.
  const endsStating = statements.some((s) => s.end === body.length);
  if ((!endsStating && words.questionEndings.some(endsAsking)) || asksVerbNotVerb(body)) return true;
  const opening = openingLength(body);
  return words.questionCues
    .find(body)
    .filter((m) => !statements.some((s) => lies(m, s)))
    .some((m) => UNSPACED_SCRIPT.test(body.slice(m.start, m.end)) || m.end <= opening);
}
