/** What a typed answer's punctuation says, which its normalized words no longer show. */
import { normalize } from '../text';

/** The message's first word when punctuation sets it apart ("no, …", "没有，…", "όχι…"), normalized. */
export function openingAnswer(raw: string): string | undefined {
  const word = /^\s*([\p{L}\p{N}]+)\s*[,，.。!！;；…—–-]/u.exec(raw)?.[1];
  return word ? normalize(word) : undefined;
}

/** Typed as a question: a question mark at the end (the Greek one is ";"). */
export function isQuestion(raw: string): boolean {
  return /[?？;]\s*$/u.test(raw.trim());
}

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
  for (const piece of raw.split(/[,，.。;；!！?？…:：]/u)) {
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
