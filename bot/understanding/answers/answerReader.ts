import type { LanguageVocabulary } from '../languageVocabulary';
import { HAN, lies, normalize, PhraseSet, wordsBetween, type PhraseMatch } from '../text';
import { answerPart, sideQuestion } from '../clauses';
import { amountReport } from './amountReport';
import { withoutDeniedFailures } from './deniedFailure';
import { namedChoice } from './namedChoice';
import {
  correctionSegments,
  doubtOrForgotten,
  forgetsASecret,
  holdsOn,
  lastAnswer,
  okayAlone,
  asksWhatNext,
  withoutAcknowledgement,
  withoutClosingRestriction,
  withoutSolvedAsides,
  withoutReason,
} from './answerParts';
import { endsAReport, notAllSettled } from './reportParts';
import { NOT_SURE_CHOICE, YES_NO, type OfferedChoice } from './offeredChoice';
import { fromPolarity, markNotYet, readsSomething, type AskedStep, type StepReading } from './stepReading';
import { wishNegated } from './offerEcho';
import { howQuestionAt, isQuestion, openingAnswer, opensNegativeQuestion, symbolAnswer, withoutQuotedLabels } from './punctuation';
import { durationAnswer } from './durationReader';
import { hasStars, ratingAnswer } from './ratingReader';
import { blank } from './readingVocabulary';
import { failureAtArrival, leadsWith, readScreen, SCREEN_ASKS, setApartAnswer, type Polarity, type ScreenAsked, type Signal } from './screenReport';

export { readsSomething, type AskedStep, type StepReading } from './stepReading';

/** How a list's match answers: always the same, or by whether it is negated. */
type Reading = Polarity | ((negated: boolean, m: PhraseMatch) => Polarity | undefined);
type MatchTest = (m: PhraseMatch) => boolean;

/**
 * Reads a typed answer against the step that asked it, the way a person at the desk would:
 * the last thing stated wins ("no, wait, yes"), a negated choice is not that choice ("I'm not a
 * seller"), "not sure" is an answer of its own, and "there is one still pending" is yes to
 * "is there…?". Only words from `locales/<lng>/understanding.json`; no model.
 */
export class AnswerReader {
  private readonly choicePhrases = new Map<string, PhraseSet>(); // per language and label (labels come from the translator)

  /**
   * `secretTyped`: the message held a code or password (masked before it got here). Asked about
   * ("the code I got is ••••••, do I type it here?"), the whole message is a question about it: a
   * report in it does not answer the step, only a plain yes or no does.
   */
  read(typed: string, v: LanguageVocabulary, meta: AskedStep, choices: readonly OfferedChoice[], secretTyped = false): StepReading {
    // "Yes, about 200 USD. What happens to it?": the question is answered on the side, not read as the answer.
    const unquoted = withoutQuotedLabels(typed, v);
    const text = answerPart(unquoted, v.reading);
    const question = isQuestion(text) || (secretTyped && isQuestion(typed));
    const norm = withoutClosingRestriction(meta.about === 'solved' ? withoutSolvedAsides(normalize(text), v) : normalize(text), v);
    // "οκ. και μπορω να τραβηξω μισα μονο;": an ok before a question takes in the last reply, it reports nothing done; asking
    // what comes next ("ok, and now?"), it says this step is.
    const okThenAsked = text !== unquoted && meta.expects === 'yesNo' && meta.asks !== 'offer' && meta.about !== 'solved' && okayAlone(norm, v.reading);
    if (okThenAsked && !asksWhatNext(sideQuestion(unquoted, v.reading), v.reading)) return { holding: true };
    if (!norm && meta.expects !== 'number') return fromPolarity(symbolAnswer(text), choices, meta.expects === 'yesNo');
    if (!norm && !hasStars(text)) return {};
    // "how do I check whether it's frozen?" answers nothing; "yes, about 300 left, how do I get it out?" answers first.
    const how = meta.expects === 'yesNo' ? howQuestionAt(text, norm, v) : undefined;
    if (how !== undefined && this.polarity(norm.slice(0, how), v, meta) === undefined) return {};
    const whole = choices.find((c) => normalize(c.label) === norm);
    if (whole && meta.expects === 'yesNo') return { event: { type: whole.id === 'no' ? 'answer.no' : 'answer.yes' } };
    if (whole) return { event: { type: 'answer.choice', choice: whole.id } };
    // The last segment that answers wins: "no, hang on, yes" → yes.
    const segments = correctionSegments(norm, v, meta.expects === 'yesNo' || choices.some((c) => c.means === 'no' || c.id === 'no'));
    for (const segment of [...segments.reverse(), ...(segments.length > 1 ? [norm] : [])]) {
      const reading = this.readSegment(segment, text, v, meta, choices, norm, question);
      if (readsSomething(reading)) return markNotYet(reading, segment, v);
    }
    return {};
  }

  /** yes, no or "not sure", whichever the text states last; undefined when it says none. */
  polarity(
    norm: string,
    v: LanguageVocabulary,
    meta: Partial<Pick<AskedStep, 'asks' | 'about' | 'echoed' | 'expects'>> & { question?: boolean; openingAnswer?: string; negativeQuestion?: boolean } = {},
  ): Polarity | undefined {
    const r = v.reading;
    const signals: Signal[] = [];
    let text = withoutReason(norm, v);
    // A negator read with what it negates is not read again ("not my first time, I've used it before");
    // a "no" set apart at the start ("no, ya había entrado antes") answers, it negates nothing.
    const setApart = setApartAnswer(norm, meta.openingAnswer, (words) => v.no.isExactly(words));
    // `readsNegator`: the negator before a match is read with it, and not again, unless the reading ignores it.
    // `kept`: matches left in the text for the lists read after.
    const take = (set: PhraseSet, polarity: Reading, readsNegator: boolean | MatchTest = true, kept: MatchTest = () => false) => {
      for (const m of set.find(text)) {
        if (kept(m)) continue;
        // "no, tengo uno pendiente": the "no" set apart is not part of "no tengo".
        if (m.start < setApart && m.end > setApart) continue;
        const scope = setApart ? ' '.repeat(setApart) + text.slice(setApart) : text;
        const reads = typeof readsNegator === 'function' ? readsNegator(m) : readsNegator;
        const negator = typeof polarity === 'function' && reads ? r.negatorBefore(scope, m) : undefined;
        const p = typeof polarity === 'function' ? polarity(r.negates(scope, m), m) : polarity;
        if (p) signals.push({ at: m.start, end: m.end, polarity: p });
        text = blank(text, m);
        if (negator && p) text = blank(text, negator);
      }
    };
    const affirmed = (negated: boolean): Polarity => (negated ? 'no' : 'yes');
    if (r.unsureAlone.isExactly(text)) return 'unsure';
    if (r.yesAlone.isExactly(text)) return 'yes';
    if (r.noAlone.isExactly(text)) return 'no';
    // "I'm good, thanks" declines an offer, whatever follows, unless a yes comes first ("oui c'est bon"; an ok only takes it in).
    if (meta.asks === 'offer') {
      take(r.declines, (negated) => (negated ? undefined : 'no'), true, endsAReport(text, r));
      if (signals.length > 0 && !v.yes.find(text).some((m) => m.start < signals[0].at && !r.okays.find(text).some((o) => lies(m, o)))) return 'no';
      take(r.accepts, (negated) => (negated ? undefined : 'yes')); // "bon on essaie" takes it; "pourquoi pas on essaie" is no refusal
      // "Do you still want to add one?" "i still want to add it", "想添加", "추가하고 싶어요": the wish, in the offer's words.
      if (meta.echoed) take(r.wishes, (_negated, m) => affirmed(wishNegated(text, m, r)), false);
    }
    // "creo que no", "je crois que oui": an opinion word inside (or starting inside: "enfin si ça a marché") a yes or no phrase is
    // that answer, not doubt. Naming a password forgotten: see doubtOrForgotten.
    const answered = [...v.yes.find(text), ...v.no.find(text)];
    const opensInAnswer = (m: PhraseMatch) => answered.some((a) => lies(m, a) || (m.start > a.start && m.start < a.end));
    take(r.unsure, doubtOrForgotten(text, v, meta), true, opensInAnswer);
    // "euh si c'est fait", "hmm, no": a sound of hesitation before an answer is a pause; the answer stands.
    const hesitations = signals.filter((s) => s.polarity === 'unsure' && r.hesitations.isExactly(norm.slice(s.at, s.end).trim()));
    take(v.choices.get(NOT_SURE_CHOICE) ?? new PhraseSet([]), doubtOrForgotten(text, v, meta), false);
    // "Don't close this, I'm looking": the negation belongs to the waiting, not to the answer.
    // "ça charge pas": a wait negated is a failure, not a wait.
    const holding = r.holding.find(text).filter((m) => !r.negatedRightThere(text, m));
    for (const m of holding) text = blank(text, m);
    // "dont need an agent lol, im in": a person declined answers only the offer of one; elsewhere its "not" is no answer.
    if (meta.asks !== 'offer') {
      for (const m of v.commands.human.find(text)) {
        if (!r.negates(text, m)) continue;
        const negators = [r.negatorBefore(text, m), r.negatorAfter(text, m)];
        text = blank(text, m);
        for (const negator of negators) if (negator) text = blank(text, negator);
      }
    }
    take(r.agreeing, 'yes', true, (m) => answered.some((a) => lies(m, a))); // "νομίζω πως όχι" holds "πως όχι" (why not)
    // Thanks answer "did this solve it?" (elsewhere they are politeness, read as nothing).
    if (meta.about === 'solved') take(r.thanks, affirmed);
    // "partly solved", "반쯤 해결됐어요": the qualifier is the answer, whatever the word of success it qualifies says.
    if (meta.about === 'solved' && r.partly.occursIn(text)) return 'no';
    take(r.ignored, () => undefined);
    if (meta.about === 'frozen' || meta.about === 'frozenFunds') {
      for (const m of v.commands.frozen.find(text)) {
        if (!r.hedged(text, m)) signals.push({ at: m.start, polarity: affirmed(r.negates(text, m)) });
        text = blank(text, m);
      }
    }
    // "Is it gone?" turns what is seen around: "still there" is no, "no longer shows" is yes.
    const screen = SCREEN_ASKS.has(meta.asks) ? readScreen(text, v, meta.asks as ScreenAsked, meta.openingAnswer) : undefined;
    if (screen) text = screen.text;
    // Buying or selling there, said beside a doubt ("不太确定，我在速卖通上买过东西"), is the member the doubt is about.
    const evidence =
      meta.asks === 'membership' &&
      [r.memberEvidence, ...['seller', 'buyer'].map((role) => v.choices.get(role))].some((set) => set?.find(text).some((m) => !r.negates(text, m)));
    if (meta.asks === 'membership') {
      take(r.memberEvidence, affirmed);
      take(r.member, affirmed);
      for (const role of ['seller', 'buyer']) take(v.choices.get(role) ?? new PhraseSet([]), affirmed);
    }
    if (meta.asks === 'firstTime') {
      // First-time words first, so "never been" is read whole; "not my first", "不是第一次" are negated.
      take(r.firstTime, affirmed);
      take(r.beenBefore, (negated) => (negated ? 'yes' : 'no'));
    }
    // "오류났다고 떠요" (an error, it shows), "아직 연결돼 있다고 나오네요" (still linked, it says): a word of
    // success right after a report says what the screen shows; the report answers.
    const saysShown = (m: PhraseMatch) =>
      r.shows.isExactly(norm.slice(m.start, m.end)) && signals.some((s) => s.end !== undefined && s.end <= m.start && wordsBetween(text, s.end, m.start) <= 1);
    // "Is there any left?" and "are they all completed?" both count what is left.
    const countsLeft = meta.asks === 'existence' || meta.asks === 'settled';
    // "je l'ai jamais délié" (never unbound): what never went away is still there; "jamais rien vendu" negates once, and its "never"
    // still reaches what follows ("nunca he vendido nada ni he abierto tienda"), as a Chinese all-done word negated does ("还没全部完成",
    // not all completed yet); elsewhere two negations agree ("δεν εκκρεμεί τίποτα", "nunca publiqué nada": nothing at all).
    const notAllDone = (m: PhraseMatch) => HAN.test(text.slice(m.start, m.end)) && !r.hasNegation(text.slice(m.start, m.end)) && r.negatedBefore(text, m);
    const neverAbsent = (m: PhraseMatch) => (r.neverBefore(text, m) && !r.hasNegation(text.slice(m.start, m.end))) || notAllDone(m);
    // "nothing waiting for payment": what an absent word comes right before is absent too.
    const absentAt = countsLeft ? r.absent.find(text).filter((a) => !neverAbsent(a)) : [];
    const absent = (negated: boolean, m: PhraseMatch) => negated || absentAt.some((a) => a.end <= m.start && wordsBetween(text, a.end, m.start) === 0);
    const amounts = countsLeft ? amountReport(text, v.productNames, meta.asks === 'existence' ? 'no' : 'yes') : undefined;
    signals.push(...(amounts?.zeros ?? []));
    if (meta.asks === 'existence' || meta.asks === 'history') {
      take(r.absent, (_negated, m) => (neverAbsent(m) ? 'yes' : 'no'), neverAbsent);
      take(r.exists, (negated, m) => (saysShown(m) ? undefined : affirmed(absent(negated, m))));
      // "all paid" is nothing left; "one order isn't paid yet" is one left. Asked whether it ever happened, done is yes.
      if (meta.asks === 'history') take(r.everDone, affirmed);
      take(r.done, (negated, m) =>
        saysShown(m) ? undefined : meta.asks === 'history' ? affirmed(negated) : negated && !r.neverBefore(text, m) ? 'yes' : 'no',
      );
      take(r.failed, 'no');
    } else {
      // "Are they all completed?": "all done, nothing pending" is settled; "y en a encore 3 en cours" is not.
      if (meta.asks === 'settled') {
        // …but a bare no is the answer ("没有，还有一单": no, one is left).
        const bareNo = (m: PhraseMatch) => m.end <= setApart && setApart < norm.length;
        if (notAllSettled(text, v)) return 'no';
        take(r.absent, (_negated, m) => (neverAbsent(m) ? 'no' : 'yes'), neverAbsent, bareNo);
        take(r.exists, (negated, m) => (absent(negated, m) ? 'yes' : 'no'));
      }
      // "je l'ai déjà activé" answers "first visit?" by having been there, not by what it did; "the sms code expired"
      // answers neither it nor "are you a member?".
      const aboutThem = meta.asks === 'firstTime' || meta.asks === 'membership';
      // "me dice caducado": asked whether a code arrived, one that fails did (failureAtArrival); "no error" is no failure.
      if (!aboutThem && meta.asks !== 'arrival') text = withoutDeniedFailures(text, r, signals, setApart, !meta.asks);
      if (!aboutThem) take(r.failed, () => (meta.asks === 'arrival' ? failureAtArrival(norm, v, screen!) : 'no'));
      if (meta.asks !== 'firstTime') take(r.done, (negated, m) => (saysShown(m) ? undefined : affirmed(negated)));
    }
    const plainStart = signals.length;
    take(v.no, 'no');
    // Spanish "si" inside a sentence, words on, is "whether" ("no me respondiste si es peligroso"), where "sí, ya" is a yes.
    take(
      v.yes,
      affirmed,
      true,
      (m) => text.slice(0, m.start).trim() !== '' && r.hedges.isExactly(text.slice(m.start, m.end)) && wordsBetween(text, m.end, text.length) >= 2,
    );
    for (let i = plainStart; i < signals.length; i++) signals[i] = { ...signals[i], plain: true };
    // "forgot the pw" (the security answers' words) as doubtOrForgotten reads it, where nothing else answers ("在了 就是忘了支付密码").
    if (signals.length === 0 && meta.expects !== 'choice')
      take(v.choices.get('forgot') ?? new PhraseSet([]), doubtOrForgotten(text, v, meta), false, (m) => !forgetsASecret(text, m, v));
    // "…dragon42, ok?", "이거 맞아요?", "c'est le bleu, non ?": a yes or no inside a question asks for one or is one of its words
    // ("would my passport work?"); it gives none. One that opens the message answers, but an ok ("ㅇㅋ 카드 삭제하는 데 수수료 있어요?").
    const kept = (s: Signal) =>
      !(meta.asks !== 'offer' && okayAlone(norm.slice(s.at, s.end), r)) && (!s.plain || (leadsWith(norm, s.at) && !meta.negativeQuestion));
    if (meta.question) signals.splice(0, signals.length, ...signals.filter(kept));
    if (holdsOn(signals, holding, meta.asks === 'offer', hesitations)) return 'hold';
    // "I confirmed, but it's still there": what the screen shows answers "is it gone?", not what was clicked.
    // An error on the screen is no answer either way ("an error popped up").
    if (screen && !screen.failed && screen.signals.length > 0) {
      if (!meta.question && !signals.some((s) => s.polarity === 'unsure')) return screen.signals.at(-1)!.polarity;
      signals.push(...screen.signals);
    }
    // …but what the screen shows after the error passed still answers ("화면이 멈췄었는데 이제 보여요": it froze, now it shows).
    if (screen?.failed)
      signals.push(...screen.signals.filter((s) => signals.some((f) => f.polarity === 'no' && f.end !== undefined && wordsBetween(norm, f.end, s.at) > 1)));
    // A bare "not" answers no ("didn't", "没收到"); typed as a question ("je le vois pas ?") it asks, and the step stands.
    if (signals.length === 0) return meta.question ? undefined : r.hasNegation(text) ? 'no' : amounts?.some && meta.asks === 'existence' ? 'yes' : undefined;
    const read = countsLeft || meta.asks === 'history' ? withoutAcknowledgement(signals) : signals;
    return lastAnswer(evidence ? read.filter((s) => s.polarity !== 'unsure') : read, norm, v, hesitations, meta.question);
  }

  private readSegment(
    norm: string,
    raw: string,
    v: LanguageVocabulary,
    meta: AskedStep,
    choices: readonly OfferedChoice[],
    whole: string,
    question: boolean,
  ): StepReading {
    if (meta.expects === 'number') return ratingAnswer(norm, raw, v, choices, (c) => this.phrasesFor(v, c), this.cached);
    if (!norm) return {};
    switch (meta.expects) {
      case 'yesNo':
        return fromPolarity(this.polarity(norm, v, this.asPunctuated(meta, raw, question)), YES_NO, true);
      case 'choice':
        return this.choice(norm, raw, v, meta, choices, question);
      case 'duration':
        return durationAnswer(norm, whole, v, () => this.named(norm, v, choices));
      default:
        return {};
    }
  }

  /** The step with what the answer's punctuation says: asked back, opened by its answer, or a negative question. */
  private asPunctuated(meta: AskedStep, raw: string, question: boolean) {
    return { ...meta, question, openingAnswer: openingAnswer(raw), negativeQuestion: opensNegativeQuestion(raw) };
  }

  /** One of the step's choices: by its words (a negated one is ruled out), else by yes/no. */
  private choice(norm: string, raw: string, v: LanguageVocabulary, meta: AskedStep, choices: readonly OfferedChoice[], question: boolean): StepReading {
    const named = choices.filter((c) => c.id !== 'yes' && c.id !== 'no');
    const polarity = this.polarity(norm, v, this.asPunctuated(meta, raw, question));
    const hit = this.named(norm, v, named, raw);
    if (hit) return hit;
    return fromPolarity(polarity, choices, false);
  }

  /** The choice whose words the text uses (see namedChoice.ts). */
  named(norm: string, v: LanguageVocabulary, choices: readonly OfferedChoice[], raw?: string): StepReading | undefined {
    return namedChoice(norm, v, choices, (c) => this.phrasesFor(v, c), raw);
  }

  /** A choice's words: its label and the vocabulary's extra words for its id. */
  private phrasesFor(v: LanguageVocabulary, choice: OfferedChoice): PhraseSet {
    return this.cached(
      `${v.locale}:${choice.id}:${choice.label}`,
      () => new PhraseSet([...(choice.label ? [choice.label] : []), ...(v.source.choices[choice.id] ?? [])]),
    );
  }

  private readonly cached = (key: string, build: () => PhraseSet): PhraseSet => {
    let set = this.choicePhrases.get(key);
    if (!set) this.choicePhrases.set(key, (set = build()));
    return set;
  };
}
