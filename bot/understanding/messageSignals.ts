import type { StepMeta } from '../../dialogs/types';
import { clauseSpans, openingAnswer } from './answers/punctuation';
import { setApartAnswer } from './answers/screenReport';
import { clausesOf } from './clauses';
import { languageRequest } from './languageRequest';
import type { LanguageVocabulary } from './languageVocabulary';
import { asksToStop, stopsUsing } from './stopRequest';
import { charactersBetween, HAN, lies, normalize, PhraseSet, UNSPACED_SCRIPT, wordsBetween, type PhraseMatch } from './text';

/** What a message says besides answering the step: each read in every language, negation aware. */
export interface MessageSignals {
  /** "my account is frozen", not "it's not frozen" nor "how do I check whether it is frozen". */
  readonly frozen: boolean;
  /** A person asked for, not "I don't need a person". */
  readonly person: boolean;
  /**
   * …in so many words: named alone in its clause or with a word that asks ("no, I want an agent",
   * "转人工"), not only told about ("un conseiller l'a déjà vérifié", "제가 직접 고객센터에 전화해 볼게요").
   */
  readonly personAsked: boolean;
  /** A language asked for ("in English please", "중국어로 바꿔 주세요"). */
  readonly language?: string;
  /** A clear request to stop the procedure ("I want to stop", "je veux arrêter"). */
  readonly stop: boolean;
  /** The words for a frozen account or a person are there, stated or not (so the classifier is not trusted over a negation). */
  readonly frozenMentioned: boolean;
  readonly personMentioned: boolean;
}

const NO_PHRASES = new PhraseSet([]);

/** Frozen account, a person, a language, a stop: what else the message says, read in every language in `all`. */
export function readSignals(
  text: string,
  all: readonly LanguageVocabulary[],
  step?: Pick<StepMeta, 'about'>,
  current?: string,
  procedureId?: string,
): MessageSignals {
  const norm = normalize(text);
  // A negation, a hedge or the thing that is stuck reaches as far as its clause: "ça marche pas, ils ont suspendu mon compte" states a frozen account.
  const spans = clauseSpans(norm, text);
  const clauseOf = (m: PhraseMatch) => {
    const clause = spans.find((c) => m.start >= c.start && m.start < c.end) ?? { start: 0, end: norm.length };
    return { local: norm.slice(clause.start, clause.end), at: { start: m.start - clause.start, end: m.end - clause.start } };
  };
  const stuck = all.flatMap((v) => v.reading.stuckNotFrozen.find(norm));
  const accountNotFunds = (clause: string) =>
    all.some((v) => v.reading.accountWords.occursIn(clause)) && !all.some((v) => v.reading.frozenNotAccount.occursIn(clause));
  const namesScreen = (clause: string) => all.some((v) => v.reading.screenThings.occursIn(clause));
  const setAside = (m: PhraseMatch) => {
    const { local } = clauseOf(m);
    // A product named with it may be the account ("my alipay page is blocked"): a person rather than a frozen account missed.
    const account = all.some((v) => v.reading.accountWords.occursIn(local) || v.productNames.occursIn(local));
    return (namesScreen(local) && !account) || stuck.some((s) => lies(m, s));
  };
  // Read with the words of the phrase's language and the conversation's (every language's before the
  // conversation has one): Greeklish "de" (not) is Spanish "of".
  const readersOf = (phraseLanguage: LanguageVocabulary): readonly LanguageVocabulary[] =>
    current === undefined ? all : all.filter((r) => r === phraseLanguage || r.locale === current);
  const negatedOrHedged = (m: PhraseMatch, hedges: boolean, phraseLanguage: LanguageVocabulary): boolean => {
    const { local, at } = clauseOf(m);
    return readersOf(phraseLanguage).some((r) => r.reading.negates(local, at) || (hedges && r.reading.hedged(local, at)));
  };
  const negatedBefore = (m: PhraseMatch, phraseLanguage: LanguageVocabulary): boolean => {
    const { local, at } = clauseOf(m);
    return readersOf(phraseLanguage).some((r) => r.reading.negatedBefore(local, at));
  };
  // Named alone in its clause ("…, agent"), or with a word that asks, and not something the user will do themself.
  const askedInWords = (m: PhraseMatch): boolean => {
    const { local, at } = clauseOf(m);
    // What the screen says ("the popup says 'please contact customer service'") is quoted, not asked.
    if (all.some((v) => v.reading.onMyOwn.occursIn(local) || v.reading.shows.occursIn(local))) return false;
    const rest = `${local.slice(0, at.start)} ${local.slice(at.end)}`.trim();
    return rest === '' || all.some((v) => v.reading.asksFor.occursIn(local));
  };
  // "no need for an agent", "pas besoin d'un conseiller", "不用人工": declined right before it, a person is not asked for
  // ("不用等了直接转人工" asks for one: Chinese spaces no words, so the distance is counted in characters).
  const declined = (m: PhraseMatch): boolean => {
    const { local, at } = clauseOf(m);
    const near = (d: PhraseMatch) =>
      (HAN.test(local.slice(d.start, d.end)) ? charactersBetween(local, d.end, at.start) : wordsBetween(local, d.end, at.start)) <= 2;
    // Korean and Chinese decline after the noun ("상담원 연결은 괜찮아요", "人工就不用了").
    const after = (d: PhraseMatch) =>
      UNSPACED_SCRIPT.test(local.slice(at.start, at.end)) && d.start >= at.end && charactersBetween(local, at.end, d.start) <= 3;
    return all.some((v) => v.reading.declines.find(local).some((d) => (d.end <= at.start && near(d)) || after(d)));
  };
  // "是不是只能找客服？", "do I have to call support?": whether a person is needed is asked, none is asked for.
  const askedWhetherNeeded = (m: PhraseMatch, v: LanguageVocabulary): boolean => {
    const { local } = clauseOf(m);
    return clausesOf(local, v.reading).some((c) => c.question && v.reading.needQuestions.occursIn(c.text) && v.commands.human.occursIn(c.text));
  };
  // A stop said of a page or an app (the two words after it name a screen thing), or of using a product
  // ("I want to stop using Alipay Business", "j'arrête d'utiliser…"): not of the procedure.
  const ofSomethingElse = (m: PhraseMatch): boolean => {
    const { local, at } = clauseOf(m);
    const after = local.slice(at.end).trim().split(' ').slice(0, 2).join(' ');
    return namesScreen(after) || stopsUsing(after, all);
  };
  // "un passeport, ça suffit ?" (is a passport enough?): a stop's words closing a question, after what they are said of, ask
  // about it and stop nothing; "on arrête ?", "can we stop?" ask to stop. A stop missed costs a message; one misread, the procedure.
  const askedOf = (m: PhraseMatch): boolean => {
    const asks = all.some((v) => v.reading.asksFor.occursIn(norm));
    // What it is said of, not the question's own opening ("est-ce qu'on arrête ?").
    const said = all.reduce((before, v) => v.reading.questionCues.remove(before), norm.slice(0, m.start));
    return /[?？]\s*$/u.test(text) && norm.slice(m.end).trim() === '' && wordsBetween(said, 0, said.length) >= 2 && !asks;
  };
  const stated = (pick: (v: LanguageVocabulary) => PhraseSet, hedges: boolean, aside: (m: PhraseMatch) => boolean = () => false, text = norm): boolean =>
    all.some((v) =>
      pick(v)
        .find(text)
        .some((m) => !aside(m) && !negatedOrHedged(m, hedges, v)),
    );
  // "no, I want an agent" and "an agent already checked it" both name a person; only the first asks for one.
  // In spaced scripts negated by a word before it only ("un vrai conseiller svp, pas un robot" asks for one); Korean
  // and Chinese negate after the noun ("상담원 연결은 필요 없어요").
  const people = all.flatMap((v) =>
    v.commands.human
      .find(norm)
      .filter((m) => !(UNSPACED_SCRIPT.test(norm.slice(m.start, m.end)) ? negatedOrHedged(m, false, v) : negatedBefore(m, v)))
      .filter((m) => !askedWhetherNeeded(m, v) && !declined(m)),
  );
  return {
    frozenMentioned: all.some((v) => v.commands.frozen.occursIn(norm)),
    personMentioned: all.some((v) => v.commands.human.occursIn(norm)),
    // "the auction deposit is frozen, can I unbind?" asks the articles; it reports no frozen account. Asked about frozen
    // money, only a clause naming an account and no money states one ("没有保证金。不过…支付宝账户被冻结了").
    frozen:
      step?.about === 'frozenFunds'
        ? stated(
            (v) => v.commands.frozen,
            true,
            (m) => setAside(m) || !accountNotFunds(clauseOf(m).local),
          )
        : step?.about !== 'frozen' && stated((v) => v.commands.frozen, true, setAside) && !all.some((v) => v.reading.frozenNotAccount.occursIn(norm)),
    person: people.length > 0,
    personAsked: people.some(askedInWords),
    language: languageRequest(norm, all, current),
    // A stop is read in the conversation's language: French "stop" stops, "I can finally stop stressing" does not;
    // nor does quitting the app ("had to quit the app and open the site").
    stop:
      stated(
        (v) => (current === undefined || v.locale === current ? v.reading.stop : NO_PHRASES),
        false,
        (m) => ofSomethingElse(m) || askedOf(m),
        withoutOpeningNo(text, norm, all),
      ) ||
      all.some((v) => v.commands.cancel.isExactly(norm)) ||
      asksToStop(text, all, procedureId),
  };
}

/** "no, sigamos con el registro": a no set apart at the start answers; it does not negate what follows into a stop ("no sigamos"). */
function withoutOpeningNo(text: string, norm: string, all: readonly LanguageVocabulary[]): string {
  const setApart = setApartAnswer(norm, openingAnswer(text), (words) => all.some((v) => v.no.isExactly(words)));
  return ' '.repeat(setApart) + norm.slice(setApart);
}
