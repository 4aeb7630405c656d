import type { Detail } from '../../../dialogs/knowledge';
import type { Vocabulary } from '../../locales/vocabulary';
import { charactersBetween, HAN, PhraseSet, UNSPACED_SCRIPT, wordsBetween, type PhraseMatch } from '../text';

/** The details a question is seen to ask for: a date is asked with words ("when") that ask other things too. */
export type AskedDetail = Exclude<Detail, 'date' | 'places' | 'reason'>;
type ListedDetail = keyof Vocabulary['reading']['detailQuestions'];
type PairedDetail = keyof Vocabulary['reading']['detailPairs'];
/** How far apart, in words, the two words of a pair may be ("change *the* email", "change which number"). */
const PAIR_WORDS = 3;
/** The same in Chinese, in characters ("手机号换了", "换一下邮箱"). */
const PAIR_HAN = 4;
const FIGURE_KINDS: ReadonlyArray<AskedDetail | 'reason'> = ['duration', 'amount', 'count'];

export interface DetailsAsked {
  readonly details: ReadonlyArray<AskedDetail | 'reason'>;
  /** A figure is asked for with words that do not tell its kind. */
  readonly figure: boolean;
}

/**
 * One language's words that ask for a detail (see `reading.detailQuestions` and `reading.detailPairs`), compiled once.
 * A question asks for what the words name, whatever fact it is read as: the reader of a unit decides whether its reply
 * gives it (TopicReader.detailNotStated).
 */
export class DetailQuestions {
  private readonly listed: ReadonlyArray<readonly [ListedDetail, PhraseSet]>;
  /** Details asked by two words in one question, a thing and what is done to it: "change" and "email". */
  private readonly paired: ReadonlyArray<readonly [PairedDetail, PhraseSet, PhraseSet]>;
  private readonly figureQuestions: PhraseSet;

  /** `asksHow`: whether the text asks how or where to do something; ending a condition is only asked with it. */
  constructor(
    source: Vocabulary['reading'],
    private readonly asksHow: (norm: string) => boolean,
  ) {
    this.listed = (Object.keys(source.detailQuestions) as ListedDetail[]).map((kind) => [kind, new PhraseSet(source.detailQuestions[kind])] as const);
    this.paired = (Object.keys(source.detailPairs) as PairedDetail[]).map((kind) => {
      const { things, acts } = source.detailPairs[kind];
      return [kind, new PhraseSet(things), new PhraseSet(acts)] as const;
    });
    this.figureQuestions = new PhraseSet(source.figureQuestions);
  }

  /**
   * The details a question asks for, and whether it also asks for a figure of no kind the lists
   * tell ("how often", "combien pour retirer"). A duration's words hide a count's or an amount's
   * ("how many minutes", "how much time"), an amount's a count's ("combien de frais").
   */
  asked(norm: string): DetailsAsked {
    const listed = this.listed.filter(([kind, words]) => words.occursIn(norm) && (kind !== 'clearing' || this.asksHow(norm))).map(([kind]) => kind);
    const paired = this.paired.filter(([, things, acts]) => pairedIn(norm, things.find(norm), acts.find(norm))).map(([kind]) => kind);
    const kinds = [...new Set<AskedDetail>([...listed, ...paired])];
    const main = kinds.find((k) => k === 'duration' || k === 'amount');
    // "at least how long…" asks a duration: the least of a time is the time.
    const details = kinds.filter((k) => (!FIGURE_KINDS.includes(k) || main === undefined || k === main) && !(k === 'minimum' && main === 'duration'));
    return { details, figure: !details.some((k) => FIGURE_KINDS.includes(k)) && this.figureQuestions.occursIn(norm) };
  }

  /** A duration, an amount or a count asked for ("how long…", "多久", "combien"). */
  asksForFigure(norm: string): boolean {
    return this.asked(norm).details.some((k) => FIGURE_KINDS.includes(k));
  }
}

/**
 * An act close before its thing ("change my email", "cambiar el correo"), or, where a thing is written in a script
 * without spaces between words, close after it too ("手机号换了", "번호를 바꿨어요"): "preguntas de seguridad para
 * cambiar la contraseña" changes the password, not the questions.
 */
function pairedIn(norm: string, things: readonly PhraseMatch[], acts: readonly PhraseMatch[]): boolean {
  const near = (first: PhraseMatch, then: PhraseMatch) => {
    // Lists match once where they overlap ("change le" and "le numéro"): overlapping in this order is as near as can be.
    if (first.start >= then.start) return false;
    if (first.end >= then.start) return true;
    const gap = norm.slice(first.end, then.start);
    return HAN.test(gap) ? charactersBetween(norm, first.end, then.start) <= PAIR_HAN : wordsBetween(norm, first.end, then.start) <= PAIR_WORDS;
  };
  const unspaced = (m: PhraseMatch) => UNSPACED_SCRIPT.test(norm.slice(m.start, m.end));
  return things.some((thing) => acts.some((act) => near(act, thing) || (unspaced(thing) && near(thing, act))));
}
