import type { LanguageVocabulary } from '../languageVocabulary';
import { charactersBetween, HAN, lies, wordsBetween, type PhraseMatch, type PhraseSet } from '../text';
import { NOT_SURE_CHOICE, type OfferedChoice } from './offeredChoice';
import { clauseSpans } from './punctuation';
import type { StepReading } from './stepReading';

/**
 * The choice whose words the text uses, not negated ("I'm not a seller, I only buy" → buyer);
 * with one of two choices ruled out, the other. The last one named wins. `raw` (the text as
 * typed) keeps a negation in its clause: "je suis pas vendeur, j'achète juste" negates the seller only.
 */
export function namedChoice(
  norm: string,
  v: LanguageVocabulary,
  choices: readonly OfferedChoice[],
  phrasesFor: (choice: OfferedChoice) => PhraseSet,
  raw?: string,
): StepReading | undefined {
  const stated: Array<{ id: string; at: number }> = [];
  const ruledOut = new Set<string>();
  const clauses = raw === undefined ? [{ start: 0, end: norm.length }] : clauseSpans(norm, raw);
  const found = choices.flatMap((c) =>
    phrasesFor(c)
      .find(norm)
      .map((m) => ({ id: c.id, m })),
  );
  for (const { id, m } of found) {
    const { start, end } = clauses.find((span) => lies(m, span)) ?? { start: 0, end: norm.length };
    const clause = norm.slice(start, end);
    const at = { start: m.start - start, end: m.end - start };
    // "no me acuerdo" is itself a choice's words: its "no" negates "me acuerdo".
    const inAnotherChoice = (n: PhraseMatch) => found.some((o) => o.m !== m && lies({ start: n.start + start, end: n.end + start }, o.m));
    if (v.reading.negates(clause, at) && !answersNoFirst(clause, at, v, inAnotherChoice) && !cannotReach(clause, at, v)) ruledOut.add(id);
    else stated.push({ id, at: m.start });
  }
  const last = stated.sort((a, b) => a.at - b.at).at(-1);
  if (last) return { event: { type: 'answer.choice', choice: last.id } };
  const left = choices.filter((c) => !ruledOut.has(c.id) && c.id !== NOT_SURE_CHOICE);
  if (ruledOut.size > 0 && left.length === 1) return { event: { type: 'answer.choice', choice: left[0].id } };
  return undefined;
}

/**
 * "non je les ai oubliées", "no i forgot them": a plain no opening the clause, before a choice said as a clause of its
 * own (words away, or in words of its own), answers the step the way a comma after it would; it does not negate the
 * choice ("no seller" does).
 */
function answersNoFirst(clause: string, at: PhraseMatch, v: LanguageVocabulary, inAnotherChoice: (negator: PhraseMatch) => boolean): boolean {
  const negator = v.reading.negatorBefore(clause, at);
  if (!negator || negator.start !== 0 || inAnotherChoice(negator)) return false;
  const ownClause = wordsBetween(clause, negator.end, at.start) >= 1 || wordsBetween(clause, at.start, at.end) >= 2;
  return v.reading.standaloneNo.isExactly(clause.slice(negator.start, negator.end)) && ownClause;
}

/** Words or characters an inability stands from the choice it is about ("can't get into my alipay", "进不去国际账户"). */
const UNABLE_REACH_WORDS = 3;
const UNABLE_REACH_CHARACTERS = 4;

/**
 * "I can't get into My Alipay", "我进不去国际账户", "δεν μπορώ να μπω στο my alipay": negated by an inability, the choice is
 * the place the user is trying to reach, the one they need, where "I'm not a seller" rules a choice out. Between them
 * stands the verb of reaching; an inability right at the choice negates the choice's own verb ("can't remember them",
 * "기억 못 해요"). Chinese writes the verb inside the inability ("进不去", "登不上"), so there only the distance counts.
 */
function cannotReach(clause: string, at: PhraseMatch, v: LanguageVocabulary): boolean {
  const near = (from: number, to: number) => {
    const words = wordsBetween(clause, from, to);
    return HAN.test(clause) ? charactersBetween(clause, from, to) <= UNABLE_REACH_CHARACTERS : words >= 1 && words <= UNABLE_REACH_WORDS;
  };
  return v.reading.unable.find(clause).some((u) => (u.end <= at.start && near(u.end, at.start)) || (u.start >= at.end && near(at.end, u.start)));
}
