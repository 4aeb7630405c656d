import { expandAlternatives, HAN, HANGUL, normalize, PhraseSet, UNSPACED_SCRIPT, withoutVerbNotVerb, wordsBetween, type PhraseMatch } from '../text';
import type { Vocabulary } from '../../locales/vocabulary';
import { DetailQuestions, type DetailsAsked } from './detailQuestions';
import { hangulWordEnd, lastWords } from './blanking';

export { blank, lastWords } from './blanking';

/** Words before a term that can negate it ("my account is *not* frozen"): this many, in spaced scripts. */
const NEGATION_WINDOW_WORDS = 3;
/** How far before "or"/"ni" a negation may stand and still reach past it ("never had a shop or listed…"). */
const JOINED_WORDS = 2;
const NEGATION_WINDOW_WORDS_HANGUL = 1; // the same before a Korean term: one word
/** The same in Chinese, in characters ("并没有被冻结"). */
const NEGATION_WINDOW_HAN = 4;
/** Korean words a negation after a term reaches across: "thing" ("동결된 것도 없어요") and "need" ("연결은 필요 없어요"). */
const KOREAN_PASSED = /^(?:건|것|것은|것이|것도|게|거|거는|거도|필요|필요는|필요가|필요도)$/u;
const KOREAN_NEED = /^필요(?:는|가)?/u;
const NEGATION_WINDOW_AFTER = 8; // after a Korean term, the negating ending comes within this many characters ("동결되지 않았어요")
/** A hedge this many words before "frozen" makes it a question ("how do I check whether it is frozen"). */
const HEDGE_WINDOW_WORDS = 6;

/** Text that starts in a script written without spaces (a Korean ending, the characters after a term). */
const STARTS_UNSPACED = new RegExp(`^${UNSPACED_SCRIPT.source}`, 'u');

/** One language's `reading` lists (see vocabulary.ts), compiled once. */
export class ReadingVocabulary {
  readonly corrections: PhraseSet;
  readonly unsure: PhraseSet;
  readonly unsureAlone: PhraseSet;
  readonly yesAlone: PhraseSet;
  readonly noAlone: PhraseSet;
  readonly holding: PhraseSet;
  readonly notYet: PhraseSet;
  readonly exceptions: PhraseSet;
  readonly afterAll: PhraseSet;
  readonly elsewhere: PhraseSet;
  readonly contrasts: PhraseSet;
  readonly agreeing: PhraseSet;
  readonly ignored: PhraseSet;
  readonly done: PhraseSet;
  readonly failed: PhraseSet;
  readonly failedUnseen: PhraseSet;
  readonly vagueTrouble: PhraseSet;
  readonly arrives: PhraseSet;
  readonly exists: PhraseSet;
  readonly absent: PhraseSet;
  readonly present: PhraseSet;
  readonly gone: PhraseSet;
  readonly firstTime: PhraseSet;
  readonly shows: PhraseSet;
  readonly beenBefore: PhraseSet;
  readonly member: PhraseSet;
  readonly memberEvidence: PhraseSet;
  readonly because: PhraseSet;
  readonly standaloneNo: PhraseSet;
  readonly hesitations: PhraseSet;
  readonly requestLeads: PhraseSet;
  readonly useWords: PhraseSet;
  readonly closings: PhraseSet;
  readonly goodbyes: PhraseSet;
  readonly ordinals: readonly PhraseSet[];
  readonly narrowing: ReadonlyMap<string, PhraseSet>;
  readonly everDone: PhraseSet;
  readonly nothingElse: PhraseSet;
  readonly partly: PhraseSet;
  readonly thanks: PhraseSet;
  readonly understood: PhraseSet;
  readonly okays: PhraseSet;
  readonly whatNext: PhraseSet;
  readonly ratingDeclined: PhraseSet;
  readonly stop: PhraseSet;
  readonly stopVerbs: PhraseSet;
  readonly procedureWords: PhraseSet;
  readonly frozenNotAccount: PhraseSet;
  readonly stuckNotFrozen: PhraseSet;
  readonly screenThings: PhraseSet;
  readonly accountWords: PhraseSet;
  readonly asksFor: PhraseSet;
  readonly onMyOwn: PhraseSet;
  readonly declines: PhraseSet;
  readonly accepts: PhraseSet;
  readonly wishes: PhraseSet;
  readonly wishWords: string; // the wishes' words, which echo no offer (see offerEcho.ts)
  readonly languageCues: PhraseSet;
  readonly languageDescribed: PhraseSet;
  readonly hedges: PhraseSet;
  readonly questionCues: PhraseSet;
  readonly questionIntros: PhraseSet;
  readonly notAsking: PhraseSet;
  readonly details: DetailQuestions;
  readonly howQuestions: PhraseSet;
  readonly whyWords: PhraseSet;
  readonly needQuestions: PhraseSet;
  readonly never: PhraseSet;
  readonly howOpeners: PhraseSet;
  readonly clauseBreaks: PhraseSet;
  readonly questionEndings: readonly string[];
  readonly sureQuestionEndings: readonly string[];
  readonly ratings: ReadonlyArray<[PhraseSet, number]>;
  readonly negatorsBefore: PhraseSet;
  readonly unable: PhraseSet;
  private readonly negationJoins: PhraseSet;
  readonly hanNegators: readonly string[]; // Chinese ones stick to the verb ("没收到"): matched inside words
  private readonly negatorsAfter: readonly string[];

  constructor(source: Vocabulary['reading']) {
    this.corrections = new PhraseSet(source.corrections);
    this.unsure = new PhraseSet(source.unsure);
    this.unsureAlone = new PhraseSet(source.unsureAlone);
    this.yesAlone = new PhraseSet(source.yesAlone);
    this.noAlone = new PhraseSet(source.noAlone);
    this.holding = new PhraseSet(source.holding);
    this.notYet = new PhraseSet(source.notYet);
    this.exceptions = new PhraseSet(source.exceptions);
    this.afterAll = new PhraseSet(source.afterAll);
    this.elsewhere = new PhraseSet(source.elsewhere);
    this.contrasts = new PhraseSet(source.contrasts);
    this.agreeing = new PhraseSet(source.agreeing);
    this.ignored = new PhraseSet(source.ignored);
    this.done = new PhraseSet(source.done);
    this.failed = new PhraseSet(source.failed);
    this.failedUnseen = new PhraseSet(source.failedUnseen);
    this.vagueTrouble = new PhraseSet(source.vagueTrouble);
    this.arrives = new PhraseSet(source.arrives);
    this.exists = new PhraseSet(source.exists);
    this.absent = new PhraseSet(source.absent);
    this.present = new PhraseSet(source.present);
    this.gone = new PhraseSet(source.gone);
    this.firstTime = new PhraseSet(source.firstTime);
    this.shows = new PhraseSet(source.shows);
    this.beenBefore = new PhraseSet(source.beenBefore);
    this.member = new PhraseSet(source.member);
    this.memberEvidence = new PhraseSet(source.memberEvidence);
    this.because = new PhraseSet(source.because);
    this.standaloneNo = new PhraseSet(source.standaloneNo);
    this.hesitations = new PhraseSet(source.hesitations);
    this.requestLeads = new PhraseSet(source.requestLeads);
    this.useWords = new PhraseSet(source.useWords);
    this.closings = new PhraseSet(source.closings);
    this.goodbyes = new PhraseSet(source.goodbyes);
    this.ordinals = source.ordinals.map((place) => new PhraseSet(place));
    this.narrowing = new Map(Object.entries(source.narrowing).map(([name, words]) => [name, new PhraseSet(words)]));
    this.everDone = new PhraseSet(source.everDone);
    this.nothingElse = new PhraseSet(source.nothingElse);
    this.partly = new PhraseSet(source.partly);
    this.thanks = new PhraseSet(source.thanks);
    this.understood = new PhraseSet(source.understood);
    this.okays = new PhraseSet(source.okays);
    this.whatNext = new PhraseSet(source.whatNext);
    this.ratingDeclined = new PhraseSet(source.ratingDeclined);
    this.stop = new PhraseSet(source.stop);
    this.stopVerbs = new PhraseSet(source.stopVerbs);
    this.procedureWords = new PhraseSet(source.procedureWords);
    this.frozenNotAccount = new PhraseSet(source.frozenNotAccount);
    this.stuckNotFrozen = new PhraseSet(source.stuckNotFrozen);
    this.screenThings = new PhraseSet(source.screenThings);
    this.accountWords = new PhraseSet(source.accountWords);
    this.asksFor = new PhraseSet(source.asksFor);
    this.onMyOwn = new PhraseSet(source.onMyOwn);
    this.declines = new PhraseSet(source.declines);
    this.accepts = new PhraseSet(source.accepts);
    this.wishes = new PhraseSet(source.wishes);
    this.wishWords = source.wishes.flatMap(expandAlternatives).join(' ').replace(/\*/g, '');
    this.languageCues = new PhraseSet(source.languageCues);
    this.languageDescribed = new PhraseSet(source.languageDescribed);
    this.hedges = new PhraseSet(source.hedges);
    this.questionCues = new PhraseSet(source.questionCues);
    this.questionIntros = new PhraseSet(source.questionIntros);
    this.notAsking = new PhraseSet(source.notAsking);
    this.howQuestions = new PhraseSet(source.howQuestions);
    this.whyWords = new PhraseSet(source.whyWords);
    this.needQuestions = new PhraseSet(source.needQuestions);
    this.never = new PhraseSet(source.never);
    this.howOpeners = new PhraseSet(source.howOpeners);
    this.clauseBreaks = new PhraseSet(source.clauseBreaks);
    this.details = new DetailQuestions(source, (norm) => this.howAskedAt(norm) !== undefined);
    this.questionEndings = source.questionEndings.map(normalize);
    this.sureQuestionEndings = source.sureQuestionEndings.map(normalize);
    this.ratings = Object.entries(source.ratings)
      .sort(([a], [b]) => b.length - a.length)
      .map(([phrase, stars]) => [new PhraseSet([phrase]), stars]);
    this.negatorsBefore = new PhraseSet(source.negatorsBefore.filter((w) => !HAN.test(w)));
    this.negationJoins = new PhraseSet(source.negationJoins);
    this.unable = new PhraseSet(source.unable);
    this.hanNegators = source.negatorsBefore.filter((w) => HAN.test(w));
    this.negatorsAfter = source.negatorsAfter;
  }

  /** The details a question asks for (see DetailQuestions.asked). */
  detailsAsked(norm: string): DetailsAsked {
    return this.details.asked(norm);
  }

  /** A duration, an amount or a count asked for ("how long…", "多久", "combien"). */
  asksForFigure(norm: string): boolean {
    return this.details.asksForFigure(norm);
  }

  /** True when the term at `match` is negated: "not frozen", "没冻结", "동결되지 않았어요". */
  negates(text: string, match: PhraseMatch): boolean {
    return this.negatedBefore(text, match) || this.hasNegatorAfter(text.slice(match.end, match.end + NEGATION_WINDOW_AFTER), true);
  }

  /** Negated by a word before it only: for phrases that carry their own negation after the verb ("n'apparaît plus"). */
  negatedBefore(text: string, match: PhraseMatch): boolean {
    const before = text.slice(0, match.start);
    // Korean "안"/"못" negate the word right after them ("안 하기로 했어요 그만할게요" stops).
    const window = HANGUL.test(text.slice(match.start, match.end)) ? NEGATION_WINDOW_WORDS_HANGUL : NEGATION_WINDOW_WORDS;
    const words = lastWords(before, window);
    if (words && this.negatorsBefore.occursIn(words)) return true;
    // "never had a shop or listed anything": the negation before "or" reaches the verb right after it.
    const join = this.negationJoins.find(before).at(-1);
    if (
      join &&
      wordsBetween(before, join.end, before.length) <= 1 &&
      this.negatorsBefore.occursIn(lastWords(before.slice(0, join.start), window + JOINED_WORDS))
    )
      return true;
    const hanBefore = withoutVerbNotVerb(before.replace(/\s/g, '')).slice(-NEGATION_WINDOW_HAN);
    return this.hanNegators.some((n) => hanBefore.includes(n));
  }

  /** Negated with "never" ("jamais fait", "从来没弄过"): it did not happen at all, where "not yet" leaves it to do. */
  neverBefore(text: string, match: PhraseMatch): boolean {
    const before = text.slice(0, match.start);
    return this.never.occursIn(lastWords(before, NEGATION_WINDOW_WORDS)) || this.never.find(before.replace(/\s/g, '').slice(-NEGATION_WINDOW_HAN)).length > 0;
  }

  /** Where the text asks how or where to do something ("how do I…", or "πώς προσθέτω…" opening it), if it does. */
  howAskedAt(norm: string): number | undefined {
    const first = norm.split(' ')[0];
    return this.howQuestions.find(norm)[0]?.start ?? (this.howOpeners.isExactly(first) ? 0 : undefined);
  }

  /** The word before `match` that negates it ("not" in "not my first"), read once only; Chinese ones stay ("不是" is a no of its own). */
  negatorBefore(text: string, match: PhraseMatch): PhraseMatch | undefined {
    const before = text.slice(0, match.start);
    const word = this.negatorsBefore.find(before).at(-1);
    return word && this.negatedBefore(text, match) && wordsBetween(before, word.end, before.length) < NEGATION_WINDOW_WORDS ? word : undefined;
  }

  /** The word right after `match` that negates it ("상담원 말고요": not an agent), read once only. */
  negatorAfter(text: string, match: PhraseMatch): PhraseMatch | undefined {
    const next = /^\s*(\S+)/u.exec(text.slice(match.end));
    if (!next || !this.hasNegatorAfter(next[1])) return undefined;
    return { start: match.end, end: match.end + next[0].length };
  }

  /** Negated by a word right before or right after it ("ça charge pas"), not by one further off ("wont load it, one min"). */
  negatedRightThere(text: string, match: PhraseMatch): boolean {
    const before = this.negatorBefore(text, match);
    if (before && wordsBetween(text, before.end, match.start) === 0) return true;
    return this.negatorAfter(text, match) !== undefined;
  }

  /** A bare negation anywhere ("didn't", "δεν ήρθε", "没收到", "안 왔어요"). */
  hasNegation(text: string): boolean {
    if (this.negatorsBefore.occursIn(text)) return true;
    const asked = withoutVerbNotVerb(text);
    if (this.hanNegators.some((n) => asked.includes(n))) return true;
    return this.hasNegatorAfter(text);
  }

  /**
   * A negating ending in `text`: Korean endings stick to the word; elsewhere a whole word ("je le vois pas", not "je passe").
   * Right after a term (`following`), a one-syllable ending ("없") negates it only in its own word, opening the next,
   * or across KOREAN_PASSED ("동결된 건 없어요"): "중단해줘 시간없어" (stop it, no time) stops.
   */
  private hasNegatorAfter(text: string, following = false): boolean {
    const [own = '', next = '', third = ''] = text.split(' ');
    return this.negatorsAfter.some((n) => {
      if (!STARTS_UNSPACED.test(n)) return ` ${text} `.includes(` ${n} `);
      if (following && [...n].length === 1)
        return own.includes(n) || next.replace(KOREAN_NEED, '').startsWith(n) || (KOREAN_PASSED.test(next) && third.startsWith(n));
      return text.includes(n);
    });
  }

  /** A hedge shortly before `match` ("whether it is frozen", "是否被冻结"), or right after it unspaced ("동결됐는지"). */
  hedged(text: string, match: PhraseMatch): boolean {
    const before = lastWords(text.slice(0, match.start), HEDGE_WINDOW_WORDS);
    if (before.length > 0 && this.hedges.occursIn(before)) return true;
    const after = text.slice(match.end, match.end + NEGATION_WINDOW_AFTER).replace(/\s/g, '');
    return STARTS_UNSPACED.test(after) && this.hedges.occursIn(after);
  }

  /** The text cut where the user corrects themself ("no, wait, yes" → ["no", "yes"]); a marker that answers ("ah si", "哦对", "아 네": `keepsMarker`) opens the part after it. */
  segments(text: string, keepsMarker: (marker: string, last: boolean) => boolean = () => false): string[] {
    const cuts = this.corrections.find(text);
    if (cuts.length === 0) return [text];
    const parts: string[] = [];
    let from = 0;
    for (const cut of cuts) {
      parts.push(text.slice(from, cut.start));
      from = keepsMarker(text.slice(cut.start, cut.end), text.slice(cut.end).trim() === '') ? cut.start : hangulWordEnd(text, cut.end);
    }
    parts.push(text.slice(from));
    return parts.map((p) => p.trim());
  }
}
