/** What a typed answer's punctuation says, which its normalized words no longer show. */
import type { LanguageVocabulary } from '../languageVocabulary';
import { asksVerbNotVerb, HAN_SPACE, normalize } from '../text';
import type { Polarity } from './screenReport';

/** The message's first words (up to three) when punctuation sets them apart ("no, …", "todavía no, …", "没有，…", "όχι ακόμα…"), normalized. */
export function openingAnswer(raw: string): string | undefined {
  const words = /^\s*((?:[\p{L}\p{N}]+\s+){0,2}[\p{L}\p{N}]+)\s*[,，.。!！;；…—–-]/u.exec(raw)?.[1];
  return words ? normalize(words) : undefined;
}

/**
 * A question that opens with its own negation ("can't I just do it in the Alliance?", "¿no puedo hacerlo allí?"): the
 * negation asks, it answers nothing. English puts a negated auxiliary before its subject; Spanish opens the question
 * mark before the "no".
 */
export function opensNegativeQuestion(raw: string): boolean {
  return /^\s*¿/u.test(raw) || /^\s*(?:ca|do|does|did|is|are|was|were|wo|would|could|should|have|has)n['’]?t\s+(?:i|you|it|we|they|there|he|she)\b/iu.test(raw);
}

/** Typed as a question: a question mark at the end (the Greek one is ";"). */
export function isQuestion(raw: string): boolean {
  return /[?？;]\s*$/u.test(raw.trim());
}

/** Punctuation, or a space between Chinese characters (as in clausesOf). */
const CLAUSE_BOUNDARY = new RegExp(`[,，.。;；!！?？…:：\\p{Extended_Pictographic}]|${HAN_SPACE.source}`, 'u');

/**
 * Where each clause typed between punctuation lies in `norm`, a part of the normalized `raw` (which
 * holds no punctuation): the clauses follow one another there, a space apart.
 */
export function clauseSpans(norm: string, raw: string): Array<{ start: number; end: number }> {
  const whole = normalize(raw);
  const offset = whole.indexOf(norm);
  if (offset < 0) return [{ start: 0, end: norm.length }];
  const spans: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const piece of raw.split(CLAUSE_BOUNDARY)) {
    const clause = normalize(piece);
    if (!clause) continue;
    const at = whole.indexOf(clause, from);
    if (at < 0 || at > from + 1) return [{ start: 0, end: norm.length }];
    from = at + clause.length;
    const start = Math.max(at, offset) - offset;
    const end = Math.min(from, offset + norm.length) - offset;
    if (end > start) spans.push({ start, end });
  }
  return spans;
}

/**
 * Where a question asking how or where opens ("¿cómo puedo saber si mi cuenta está congelada?",
 * "怎么看账户有没有被冻结啊"), if the message is one: only a question by its mark or its ending
 * ("어디에도 없어요", nowhere to be seen, asks nothing), and not "I don't know how" (not sure).
 */
export function howQuestionAt(raw: string, norm: string, v: LanguageVocabulary): number | undefined {
  const r = v.reading;
  const asks = isQuestion(raw) || asksVerbNotVerb(norm) || r.questionEndings.some((e) => norm.endsWith(e));
  return asks && !r.unsure.occursIn(norm) ? r.howAskedAt(norm) : undefined;
}

const YES_SYMBOLS = /[👍👌✅✔☑]/u;
const NO_SYMBOLS = /[👎❌✖]/u;

/** A thumbs up or a tick typed alone is yes, a thumbs down or a cross no, in every language. */
export function symbolAnswer(text: string): Polarity | undefined {
  if (YES_SYMBOLS.test(text) && !NO_SYMBOLS.test(text)) return 'yes';
  return NO_SYMBOLS.test(text) && !YES_SYMBOLS.test(text) ? 'no' : undefined;
}

/** A short quoted piece: what the screen shows, as typed between quotes of any script. */
const QUOTED = /(['"“”‘’«»「」『』])([^'"“”‘’«»「」『』]{1,30})(['"“”‘’«»「」『』])/gu;

/**
 * Button labels quoted from the screen ("the popup has 'cancel' and 'ok', which do I press?", «ακύρωση» και
 * «επιβεβαίωση»): a quoted yes, no or stop word names a button, it does not answer. A longer quote (an error
 * message) stays: what it says is the report ("인증번호가 올바르지 않습니다" 이렇게 떠요).
 */
export function withoutQuotedLabels(raw: string, v: LanguageVocabulary): string {
  return raw.replace(QUOTED, (whole, _open: string, inner: string) => {
    const norm = normalize(inner);
    const label = v.yes.isExactly(norm) || v.no.isExactly(norm) || v.reading.stopVerbs.isExactly(norm) || v.commands.cancel.isExactly(norm);
    return label ? ' ' : whole;
  });
}
