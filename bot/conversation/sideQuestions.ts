import type { AnswerCatalogue } from '../../dialogs/catalogue';
import { citedArticles, type KnowledgeUnit } from '../../dialogs/knowledge';
import { NONE_INTENT, type IntentResult } from '../understanding/intents/intentClassifier';
import type { DetailsAsked } from '../understanding/answers/detailQuestions';
import type { Understanding } from '../understanding/understanding';
import { wordsEchoing } from '../understanding/wordStems';
import { detailNotStated } from './detailsStated';
import type { Turn } from './turn';

/** How close (combined score) a side question's reading about the current procedure must be to its best one to win over it. */
const NEAR_READING = 0.1;

/** A side question's reading about the current procedure is taken from this score near the best one (its facts are the likely ones). */
const OWN_FACT_MIN_SCORE = 0.4;
const OWN_FACTS_APART = 0.05;

/**
 * A reading this faint is still a leaning: the one fact that states the detail asked is taken from it, and one that
 * states it proves the articles are not silent on it.
 */
const LEANING_MIN_SCORE = 0.25;

/** Words of the next step a question beside the answer must use to be about what that step tells (see aboutWhatFollows). */
const STEP_WORDS = 2;

/** How many of the side question's own best readings the whole message's reading must be among. */
const SIDE_QUESTION_LEANINGS = 4;

/** How the topic reader reads a text and when it is sure of a fact: the side question is read as any other message. */
export interface FactReadings {
  read(nlu: IntentResult): IntentResult;
  sureFact(nlu: IntentResult): KnowledgeUnit | undefined;
  readonly factMinScore: number;
  /** The procedures a procedure runs on the way or hands over to: a question about them is about it too. */
  along(procedureId: string): readonly string[];
}

/**
 * A question asked after an answer ("yes, and will the fees change?"), found by its clauses
 * (bot/understanding/clauses.ts), read with what the rest of the message and the step say of "it".
 */
export class SideQuestions {
  constructor(
    private readonly answers: AnswerCatalogue,
    private readonly understanding: Understanding,
    private readonly readings: FactReadings,
  ) {}

  private readonly aloneReadings = new WeakMap<Turn, { readonly locale: string; readonly reading: ReturnType<SideQuestions['alone']> }>();

  /**
   * The side question and the classifier's reading of it alone, once per turn and language: the answer beside it, the
   * task beside it and whether the articles are silent on it all read the same words.
   */
  alone(turn: Turn): Promise<{ readonly question: string; readonly nlu: IntentResult } | undefined> {
    const locale = turn.data.locale!;
    const known = this.aloneReadings.get(turn);
    if (known?.locale === locale) return known.reading;
    // "c'est fait, et maintenant ?" asks what the next step tells: it is no question on the side (nor a task).
    const asked = this.understanding.sideQuestion(turn.message.text, locale);
    const question = asked && !this.understanding.questions.asksOnlyWhatNext(asked, locale) ? asked : undefined;
    const reading = question
      ? this.understanding.classify(question, locale).then((nlu) => ({ question, nlu: this.readings.read(nlu) }))
      : Promise.resolve(undefined);
    this.aloneReadings.set(turn, { locale, reading });
    return reading;
  }

  async read(turn: Turn, stepPrompt?: string): Promise<KnowledgeUnit | undefined> {
    const side = await this.alone(turn);
    if (!side) return undefined;
    const { question, nlu: alone } = side;
    const locale = turn.data.locale;
    if (alone.locale !== locale) return undefined;
    // The words beside the question often say what "it" is ("yes, about 300 USD. What happens to it?"): the whole
    // message may be sure where the question alone is not, when the question alone leans the same way. It also wins
    // over a short question alone sure of another procedure's fact ("et mon compte alipay business il devient quoi,
    // il est fermé ?" in the 1688 move is not about registering).
    const whole = this.readings.read(await this.understanding.classify(turn.message.text, locale));
    const fact = whole.locale === locale ? this.readings.sureFact(whole) : undefined;
    const leanings = [alone.intent, ...alone.alternatives.map((a) => a.intent)].filter((id) => id !== NONE_INTENT).slice(0, SIDE_QUESTION_LEANINGS);
    const sure = this.readings.sureFact(alone);
    const current = turn.data.procedure?.procedureId;
    // "im stuck at the sms code. does it expire??" in the activation asks about the SMS code it runs on the way.
    const ownProcedures = current ? [current, ...this.readings.along(current)] : [];
    const inThisProcedure = (unit: KnowledgeUnit | undefined) => unit !== undefined && ownProcedures.includes(unit.relatedProcedure);
    if (fact && leanings.includes(fact.id) && (!sure || (inThisProcedure(fact) && !inThisProcedure(sure)))) return fact;
    // A near reading about this procedure wins over another's: "那我Alipay Business的号会不会被注销啊" in the 1688 move asks
    // about that account, not about registering for Alipay on AliExpress.
    const near =
      sure && !inThisProcedure(sure)
        ? alone.alternatives.find((a) => a.score >= alone.score - NEAR_READING && inThisProcedure(this.answers.get(a.intent)))
        : undefined;
    // Not sure enough to state, it still rules out stating the other product's fact.
    if (near) return near.score >= this.readings.factMinScore ? this.answers.get(near.intent) : undefined;
    if (sure) return sure;
    // A question that asks no detail of its own ("what happens to it?") is most often about what the step asked ("is
    // there any balance left?"): read with the step's question, the answer is taken before this procedure's other facts
    // when it is among the question's own leanings. One that asks a detail ("a fee to take it out?") names its subject.
    const asked = this.understanding.questions.detailsAsked(question, locale);
    const aboutStep = async () => {
      const inContext = await this.withStep(question, stepPrompt, locale);
      return inContext && leanings.includes(inContext.id) && inThisProcedure(inContext) ? inContext : undefined;
    };
    const namesSubject = (asked?.details.length ?? 0) > 0;
    const aboutWhatStepAsked = namesSubject ? undefined : await aboutStep();
    if (aboutWhatStepAsked) return aboutWhatStepAsked;
    // Mid-procedure its own facts are the likely ones ("got it. how long is it good for?" when asked whether the code
    // came): one near the best reading of the question alone, or of the whole message among the question's leanings.
    // Two of its facts as near ("a fee to withdraw it?": the withdrawal fee, or the fees that stay the same): neither.
    const own = alone.locale === locale ? this.ownFactsNear(alone, inThisProcedure) : [];
    const ownInWhole = own.length === 0 && whole.locale === locale ? this.ownFactsNear(whole, (u) => inThisProcedure(u) && leanings.includes(u!.id)) : [];
    if (own.length + ownInWhole.length === 1) return own[0] ?? ownInWhole[0];
    // "이거 몇분안에 입력해야돼요?" (within how many minutes?): the one fact of this procedure that states the detail asked,
    // among the question's leanings, answers it however faint the reading.
    const stating = this.factsStating(asked, alone, inThisProcedure);
    if (stating.length === 1) return stating[0];
    return namesSubject ? aboutStep() : undefined;
  }

  /** The fact the question states read with the step's own question, when sure. */
  private async withStep(question: string, stepPrompt: string | undefined, locale: string): Promise<KnowledgeUnit | undefined> {
    if (stepPrompt === undefined) return undefined;
    const nlu = this.readings.read(await this.understanding.classify(`${question} ${stepPrompt}`, locale));
    return nlu.locale === locale ? this.readings.sureFact(nlu) : undefined;
  }

  /**
   * "is there a fee for that?" right after an answer, naming no product: read with the answer's title, the fact about
   * "that", from an article the answer cites.
   */
  async followUp(turn: Turn): Promise<KnowledgeUnit | undefined> {
    const offer = turn.offer?.kind === 'procedure' ? turn.offer : undefined;
    const previous = offer?.answered ? this.answers.get(offer.answered) : undefined;
    const { text } = turn.message;
    if (!previous || this.understanding.mentionsProduct(text) || !this.understanding.questions.asksQuestion(text, turn.data.locale!)) return undefined;
    const sameArticles = (unit: KnowledgeUnit) => citedArticles(unit).some((a) => citedArticles(previous).includes(a));
    const nlu = this.readings.read(await this.understanding.classify(`${text} ${turn.t(previous.titleKey)}`, turn.data.locale));
    if (nlu.locale !== turn.data.locale) return undefined;
    // A detail asked ("a fee?"): the one fact among the leanings, besides the answer given, that states it.
    const asked = this.understanding.questions.detailsAsked(text, turn.data.locale);
    const stating = this.factsStating(asked, nlu, (u) => u.id !== previous.id && sameArticles(u));
    if (stating.length === 1) return stating[0];
    const unit = this.readings.sureFact(nlu);
    return unit && unit.id !== previous.id && sameArticles(unit) && !detailNotStated(asked, unit) ? unit : undefined;
  }

  /**
   * A question beside the step's answer that asks for a detail ("yes, is there a fee for deleting it?", "登录了，删除要收费吗？")
   * that no fact near it states, besides those `elsewhere`: the articles are silent on it. A fact near that states it,
   * but not sure, is no proof of silence, so nothing is claimed then.
   */
  async silentOnDetail(turn: Turn, elsewhere: (unit: KnowledgeUnit) => boolean): Promise<boolean> {
    const side = await this.alone(turn);
    const asked = side && this.understanding.questions.detailsAsked(side.question, turn.data.locale!);
    if (!side || !asked || asked.details.length === 0) return false;
    return this.factsStating(asked, side.nlu, (u) => !elsewhere(u)).length === 0;
  }

  /**
   * A question beside the step's answer that asks for a fact (whether, when, why: not how or where, which the next step
   * may tell), in a few words at least ("right?" asks nothing): when nothing answered it, it is
   * said to be unanswered ("done. will my orders be cancelled if I delete it?"), never dropped in silence.
   */
  async asksFact(turn: Turn, next?: { readonly told: string; readonly before: string }): Promise<boolean> {
    const side = await this.alone(turn);
    if (side === undefined || (next && this.aboutWhatFollows(side.question, next, turn.data.locale!))) return false;
    return this.understanding.questions.asksFactBeside(side.question, turn.message.text, turn.data.locale!);
  }

  /**
   * "ok in my account. theres a little card icon at the top, is that it?": a question in words of the step about to be asked
   * (`told`), not of the one just answered (`before`), is what that step tells: two such words at least.
   */
  private aboutWhatFollows(question: string, { told, before }: { readonly told: string; readonly before: string }, locale: string): boolean {
    return new Set(wordsEchoing(question, told, before).filter((word) => this.understanding.stepWord(word, locale))).size >= STEP_WORDS;
  }

  /** The facts among a reading's leanings, each once, that state the detail asked and pass `keep`; none when no detail is asked. */
  private factsStating(asked: DetailsAsked | undefined, nlu: IntentResult, keep: (unit: KnowledgeUnit) => boolean): KnowledgeUnit[] {
    if (!asked || asked.details.length === 0) return [];
    const leanings = [{ intent: nlu.intent, score: nlu.score }, ...nlu.alternatives].filter((a) => a.score >= LEANING_MIN_SCORE);
    const units = new Set(leanings.map((a) => this.answers.get(a.intent)));
    return [...units].filter((u): u is KnowledgeUnit => u !== undefined && keep(u) && !detailNotStated(asked, u));
  }

  /** The current procedure's facts among a reading's near-best ones, as near as the nearest: one is sure enough inside it. */
  private ownFactsNear(nlu: IntentResult, own: (unit: KnowledgeUnit | undefined) => boolean): KnowledgeUnit[] {
    // Each intent once: two readings of one fact are not two facts as near.
    const readings = [{ intent: nlu.intent, score: nlu.score }, ...nlu.alternatives.filter((a) => a.intent !== nlu.intent)];
    const floor = Math.max(OWN_FACT_MIN_SCORE, Math.max(...readings.map((r) => r.score)) - NEAR_READING);
    const near = readings.filter((r) => r.score >= floor && own(this.answers.get(r.intent)));
    return near.filter((r) => r.score >= near[0].score - OWN_FACTS_APART).map((r) => this.answers.get(r.intent)!);
  }
}
