import { PhraseSet, type PhraseMatch } from '../text';
import type { Vocabulary } from '../../locales/vocabulary';

/** Words before a term that can negate it ("my account is *not* frozen"): this many, in spaced scripts. */
const NEGATION_WINDOW_WORDS = 3;
/** The same in Chinese, in characters ("并没有被冻结"). */
const NEGATION_WINDOW_HAN = 4;
/** After a Korean term, the negating ending comes within this many characters ("동결되지 않았어요"). */
const NEGATION_WINDOW_AFTER = 8;
/** A hedge this many words before "frozen" makes it a question ("how do I check whether it is frozen"). */
const HEDGE_WINDOW_WORDS = 6;

const HAN = /\p{Script=Han}/u;

/** One language's `reading` lists (see vocabulary.ts), compiled once. */
export class ReadingVocabulary {
  readonly corrections: PhraseSet;
  readonly unsure: PhraseSet;
  readonly agreeing: PhraseSet;
  readonly ignored: PhraseSet;
  readonly done: PhraseSet;
  readonly failed: PhraseSet;
  readonly exists: PhraseSet;
  readonly absent: PhraseSet;
  readonly thanks: PhraseSet;
  readonly stop: PhraseSet;
  readonly frozenNotAccount: PhraseSet;
  readonly languageCues: PhraseSet;
  readonly hedges: PhraseSet;
  readonly ratings: ReadonlyArray<[PhraseSet, number]>;
  private readonly negatorsBefore: PhraseSet;
  /** Chinese negators are characters that stick to the verb ("没收到"), matched inside words. */
  private readonly hanNegators: readonly string[];
  private readonly negatorsAfter: readonly string[];

  constructor(source: Vocabulary['reading']) {
    this.corrections = new PhraseSet(source.corrections);
    this.unsure = new PhraseSet(source.unsure);
    this.agreeing = new PhraseSet(source.agreeing);
    this.ignored = new PhraseSet(source.ignored);
    this.done = new PhraseSet(source.done);
    this.failed = new PhraseSet(source.failed);
    this.exists = new PhraseSet(source.exists);
    this.absent = new PhraseSet(source.absent);
    this.thanks = new PhraseSet(source.thanks);
    this.stop = new PhraseSet(source.stop);
    this.frozenNotAccount = new PhraseSet(source.frozenNotAccount);
    this.languageCues = new PhraseSet(source.languageCues);
    this.hedges = new PhraseSet(source.hedges);
    this.ratings = Object.entries(source.ratings)
      .sort(([a], [b]) => b.length - a.length)
      .map(([phrase, stars]) => [new PhraseSet([phrase]), stars]);
    this.negatorsBefore = new PhraseSet(source.negatorsBefore.filter((w) => !HAN.test(w)));
    this.hanNegators = source.negatorsBefore.filter((w) => HAN.test(w));
    this.negatorsAfter = source.negatorsAfter;
  }

  /** True when the term at `match` is negated: "not frozen", "没冻结", "동결되지 않았어요". */
  negates(text: string, match: PhraseMatch): boolean {
    const before = text.slice(0, match.start);
    const words = before.trim().split(/\s+/).slice(-NEGATION_WINDOW_WORDS).join(' ');
    if (words && this.negatorsBefore.occursIn(words)) return true;
    const hanBefore = before.replace(/\s/g, '').slice(-NEGATION_WINDOW_HAN);
    if (this.hanNegators.some((n) => hanBefore.includes(n))) return true;
    const after = text.slice(match.end, match.end + NEGATION_WINDOW_AFTER);
    return this.negatorsAfter.some((n) => after.includes(n));
  }

  /** A bare negation anywhere ("didn't", "δεν ήρθε", "没收到", "안 왔어요"). */
  hasNegation(text: string): boolean {
    if (this.negatorsBefore.occursIn(text)) return true;
    if (this.hanNegators.some((n) => text.includes(n))) return true;
    return this.negatorsAfter.some((n) => text.includes(n));
  }

  /** True when a hedge comes shortly before `match`: "whether it is frozen", "是否被冻结". */
  hedged(text: string, match: PhraseMatch): boolean {
    const before = text.slice(0, match.start).trim().split(/\s+/).slice(-HEDGE_WINDOW_WORDS).join(' ');
    return before.length > 0 && this.hedges.occursIn(before);
  }

  /** The text cut where the user corrects themself ("no, wait, yes" → ["no", "yes"]). */
  segments(text: string): string[] {
    const cuts = this.corrections.find(text);
    if (cuts.length === 0) return [text];
    const parts: string[] = [];
    let from = 0;
    for (const cut of cuts) {
      parts.push(text.slice(from, cut.start));
      from = cut.end;
    }
    parts.push(text.slice(from));
    return parts.map((p) => p.trim());
  }
}

/** Blanks `match` out of `text`, keeping every other position where it was. */
export function blank(text: string, match: PhraseMatch): string {
  return text.slice(0, match.start) + ' '.repeat(match.end - match.start) + text.slice(match.end);
}
