import { proceduresAlong, type AnswerCatalogue, type ProcedureCatalogue } from '../../dialogs/catalogue';
import { citedArticles, type KnowledgeUnit } from '../../dialogs/knowledge';
import type { ProcedureDefinition } from '../../dialogs/procedure';
import type { Translator } from '../locales/translator';
import { NONE_INTENT, type IntentResult } from '../understanding/intents/intentClassifier';
import { openingClause } from '../understanding/clauses';
import { normalize } from '../understanding/text';
import { titleNamed } from '../understanding/wordStems';
import type { Command, Understanding } from '../understanding/understanding';
import { followsLanguage } from './conversationLocale';
import { asksWhatNoProcedureDoes, detailNotStated } from './detailsStated';
import { narrowed } from './narrowing';
import type { ReplyWriter } from './replyWriter';
import type { Turn } from './turn';
import { taskOfSentences } from './sentenceReading';
import { SideQuestions } from './sideQuestions';
import { TypedLabels } from './typedLabels';

/** What the classifier read in a message: a procedure to walk through, or a question it can answer. */
export type Topic = { readonly kind: 'procedure'; readonly definition: ProcedureDefinition } | { readonly kind: 'answer'; readonly answer: KnowledgeUnit };

/** A fact is stated from this combined score, or when both models agree (chosen on the dev sets: ≤ 1% wrong facts). */
const FACT_MIN_SCORE = 0.55;

/** A fact stated beside a person named but not asked for needs this score (a person is the fallback, not a guess). */
const FIRM_FACT_MIN_SCORE = 0.6;

/**
 * "¿por qué no me deja vincular mi 1688 a WorldFirst?": asked why, the procedure read has a fact of its own that
 * explains it; that fact is stated from this score (still the procedure's runner-up, and its own).
 */
const WHY_FACT_MIN_SCORE = 0.35;

/** Intents this likely (combined score) are offered as "is it one of these?" when no reading is sure. */
const CLOSEST_MIN_SCORE = 0.25;
const MAX_CLOSEST = 3;

/** The classifier must be this sure to send someone to a person on its own reading: "I sell on AliExpress" asks for no agent. */
const URGENT_MIN_SCORE = 0.8;

/** Intents that need a person at once: the bot must never keep a frozen account or a person waiting. */
const URGENT_INTENTS: Readonly<Record<string, Command>> = {
  account_frozen: { kind: 'frozen' },
  human_agent: { kind: 'human' },
};

/** Reads what a free-text message is about, with the intent classifier and the menu's labels; what to say is the routes' to decide. */
export class TopicReader {
  private readonly answerTitles = new TypedLabels(() => [...this.answers.values()].map((u) => [u.titleKey, u] as const));
  private readonly menuTitles = new TypedLabels(() => [...this.catalogue.values()].map((d) => [d.titleKey, d] as const));
  private readonly sideQuestions: SideQuestions;

  constructor(
    private readonly catalogue: ProcedureCatalogue,
    private readonly answers: AnswerCatalogue,
    private readonly understanding: Understanding,
    private readonly translator: Translator,
    private readonly write: ReplyWriter,
  ) {
    const along = new Map([...catalogue.values()].map((definition) => [definition.id, proceduresAlong(definition)]));
    this.sideQuestions = new SideQuestions(answers, understanding, {
      read: (nlu) => this.read(nlu),
      sureFact: (nlu) => this.sureFact(nlu),
      factMinScore: FACT_MIN_SCORE,
      along: (id) => along.get(id) ?? [],
    });
  }

  /** The classifier's reading, once per turn; a message clearly in another language moves the conversation there. */
  async classify(turn: Turn): Promise<IntentResult> {
    const { data, message } = turn;
    if (turn.nlu) return turn.nlu;
    turn.nlu = this.read(await this.understanding.classify(message.text, data.locale));
    // Greetings or small talk opening a request ("hola buenas tardes, el código por SMS nunca me llega", "hi, how are you? quick one: …").
    const { intent } = turn.nlu;
    const request = intent === 'greeting' || intent === NONE_INTENT ? this.understanding.afterGreeting(message.text, intent === NONE_INTENT) : undefined;
    const asked = request && this.read(await this.understanding.classify(request, turn.nlu.locale));
    if (asked && asked.intent !== NONE_INTENT) turn.nlu = asked;
    // A context sentence beside a request, outside a procedure (whose messages are answers): the task the sentences ask.
    const sentence = !data.procedure && (await taskOfSentences(message.text, turn.nlu, this.understanding, this.catalogue));
    if (sentence) turn.nlu = this.read(sentence);
    // "Je veux ajouter… non pardon, retirer une carte": the procedure asked for after the correction, when clear on its own.
    const corrected = this.catalogue.has(turn.nlu.intent) ? this.understanding.afterCorrection(message.text, turn.nlu.locale) : undefined;
    const reread = corrected && (await this.understanding.classify(corrected, turn.nlu.locale));
    if (reread && this.catalogue.has(reread.intent) && reread.intent !== turn.nlu.intent && reread.score >= FACT_MIN_SCORE) turn.nlu = reread;
    // "不用。提现是不是还限制100笔以内？", "no thanks. can I top up?": a no that declines the last offer opens it; the rest is read alone.
    const opening = turn.offer && openingClause(message.text);
    const declined =
      opening && this.understanding.declines(opening.opening, turn.nlu.locale) && (await this.understanding.classify(opening.rest, turn.nlu.locale));
    if (declined && declined.intent !== NONE_INTENT && declined.score > turn.nlu.score) turn.nlu = this.read(declined);
    if (followsLanguage(data, turn.nlu.locale, message.text, this.understanding.languages)) {
      data.locale = turn.nlu.locale;
      data.localeChosenBy = 'text';
      turn.t = this.translator.forLocale(turn.nlu.locale);
    }
    return turn.nlu;
  }

  /** A menu button pressed, or its label typed; else the procedure or question the classifier read. */
  topicOf(turn: Turn): Topic | undefined {
    const pressed = this.menuButtonPressed(turn);
    if (pressed) return { kind: 'procedure', definition: pressed };
    const id = turn.nlu?.intent;
    if (!id) return undefined;
    const definition = this.catalogue.get(id);
    if (definition) return { kind: 'procedure', definition };
    const answer = this.sureFact(turn.nlu!);
    return answer && !this.aboutAnotherProduct(turn, answer) ? { kind: 'answer', answer } : undefined;
  }

  /**
   * A fact from an article about another product answers what was not asked: one naming a product only one article covers
   * ("3k usd in the alipay business account, what happens to it?") is that article's; mid-procedure, one naming none is about
   * what the procedure follows ("are there fees for that?" while deleting a card is not the 1688 fees). Its silence is said.
   */
  private aboutAnotherProduct(turn: Turn, unit: KnowledgeUnit): boolean {
    const [named, cited] = [this.understanding.articlesNamed(turn.message.text), citedArticles(unit)];
    if (named.length > 0) return !cited.some((a) => named.includes(a));
    const current = turn.data.procedure && this.catalogue.get(turn.data.procedure.procedureId);
    const followed = current ? Object.keys(current.sources) : [];
    return current !== undefined && !cited.some((a) => followed.includes(a)) && !this.understanding.mentionsProduct(turn.message.text);
  }

  /** Outside a procedure (whose own steps say what a freeze means there), the answer to a question beside a stated freeze. */
  async frozenAccountQuestion(turn: Turn): Promise<KnowledgeUnit | undefined> {
    // Told without a question ("…frozen and I can't unbind"), or with a person asked for: a person.
    if (turn.data.procedure || turn.data.wrapUp || turn.signals?.personAsked) return undefined;
    if (!this.understanding.questions.asksQuestion(turn.message.text, turn.data.locale!)) return undefined;
    const nlu = await this.classify(turn);
    const topic = this.topicOf(turn);
    // The freeze is already known: read as one, the message is about its question when that is the runner-up
    // ("…είναι παγωμένος. μπορώ να ξεσυνδέσω το alipay;").
    const runnerUp = URGENT_INTENTS[nlu.intent]?.kind === 'frozen' ? nlu.alternatives.find((a) => this.answers.get(a.intent)?.aboutFrozenAccount) : undefined;
    const answer = topic?.kind === 'answer' ? topic.answer : runnerUp && runnerUp.score >= FACT_MIN_SCORE ? this.answers.get(runnerUp.intent) : undefined;
    // "…frozen, how long until it is unfrozen?" asks what the articles do not say: a person, as for any freeze.
    return answer?.aboutFrozenAccount && !this.detailNotStated(turn, answer) ? answer : undefined;
  }

  /**
   * A question naming a person without asking for one ("the agent asked for a photo of my card, is that safe?"): its
   * answer, when the classifier is firmly sure of it; otherwise the person named is the safer reading.
   */
  async factBesidePerson(turn: Turn): Promise<KnowledgeUnit | undefined> {
    if (!this.understanding.questions.asksQuestion(turn.message.text, turn.data.locale!)) return undefined;
    const nlu = await this.classify(turn);
    const unit = this.answers.get(nlu.intent);
    return unit && nlu.score >= FIRM_FACT_MIN_SCORE && !this.detailNotStated(turn, unit) ? unit : undefined;
  }

  /** "is there a fee for that?" right after an answer: see SideQuestions.followUp. */
  followUp(turn: Turn): Promise<KnowledgeUnit | undefined> {
    return this.sideQuestions.followUp(turn);
  }

  /** The wrap-up's answer was not one: does the message move on to a topic or a command? */
  async movesOn(turn: Turn): Promise<boolean> {
    await this.classify(turn);
    return this.topicOf(turn) !== undefined || this.understanding.command(turn.message.text) !== undefined;
  }

  /** A menu button (its label, typed or pressed). */
  menuButtonPressed(turn: Turn): ProcedureDefinition | undefined {
    const id = this.understanding.matchChoice(turn.message.text, turn.data.locale!, this.write.menuChoices(turn));
    return id ? this.catalogue.get(id) : undefined;
  }

  /** The "talk to a person" button, pressed or its label typed. */
  pressedPersonButton(turn: Turn): boolean {
    return this.understanding.matchChoice(turn.message.text, turn.data.locale!, [this.write.personChoice(turn)]) !== undefined;
  }

  /** A frozen account or a request for a person read by the classifier, sure enough and not negated or hedged ("not frozen"). */
  urgent(turn: Turn): Command | undefined {
    const urgent = turn.nlu && turn.nlu.networkScore >= URGENT_MIN_SCORE ? URGENT_INTENTS[turn.nlu.intent] : undefined;
    if (urgent?.kind === 'frozen' && turn.signals?.frozenMentioned) return undefined;
    if (urgent?.kind === 'human' && turn.signals?.personMentioned) return undefined;
    return urgent;
  }

  /**
   * A question asked after an answer ("yes, and will the fees change?"), found by its clauses
   * (bot/understanding/clauses.ts). Only a sure reading is answered: a wrong fact beside a step
   * misleads more than a question left for the user to ask again.
   */
  async sideQuestion(turn: Turn, stepPrompt?: string): Promise<KnowledgeUnit | undefined> {
    const unit = await this.sideQuestions.read(turn, stepPrompt);
    return unit && !this.aboutAnotherProduct(turn, unit) ? unit : undefined;
  }

  /**
   * A question beside the step's answer that no fact answers, to be said to be (as a question alone is, mid-procedure):
   * a detail no fact of the articles the procedure follows states (see SideQuestions.silentOnDetail), or a fact no
   * reading was sure of (see SideQuestions.asksFact; `next`: the step about to be asked). Ask only once no fact or task was read from it.
   */
  async questionUnanswered(turn: Turn, next?: { readonly told: string; readonly before: string }): Promise<boolean> {
    return (await this.sideQuestions.silentOnDetail(turn, (unit) => this.aboutAnotherProduct(turn, unit))) || this.sideQuestions.asksFact(turn, next);
  }

  /** Another procedure asked for after the step's answer ("ya se activó. ahora ¿cómo retiro dinero?"), read as sure as a fact. */
  async sideTask(turn: Turn): Promise<ProcedureDefinition | undefined> {
    const nlu = (await this.sideQuestions.alone(turn))?.nlu;
    const task = nlu && nlu.locale === turn.data.locale && nlu.score >= FACT_MIN_SCORE ? this.catalogue.get(nlu.intent) : undefined;
    return task && task.id !== turn.data.procedure?.procedureId ? task : undefined;
  }

  /** Whether the unit's reply leaves unanswered a detail the message asks for (see detailNotStated). */
  detailNotStated(turn: Turn, unit: KnowledgeUnit): boolean {
    return detailNotStated(this.understanding.questions.detailsAsked(turn.message.text, turn.data.locale!), unit);
  }

  /** "How do I delete my whole account?" read as a procedure: no procedure does what it asks (see asksWhatNoProcedureDoes). */
  asksWhatNoProcedureDoes(turn: Turn): boolean {
    return asksWhatNoProcedureDoes(this.understanding.questions.detailsAsked(turn.message.text, turn.data.locale!));
  }

  /**
   * "Is it one of these?": the answers and procedures the model leans to, when none is sure. For a
   * question about a procedure's topic (see asksAboutProcedure), the answers come first.
   */
  closest(turn: Turn, answersFirst = false): Array<KnowledgeUnit | ProcedureDefinition> {
    const read = turn.nlu && turn.nlu.intent !== NONE_INTENT ? [{ intent: turn.nlu.intent, score: turn.nlu.score }] : [];
    // Never a fact about another product than the one named ("…余额…付1688的货吗" is not the AliExpress balance).
    const otherProducts = (id: string) => this.answers.has(id) && this.aboutAnotherProduct(turn, this.answers.get(id)!);
    const leanings = [...read, ...(turn.nlu?.alternatives ?? [])].filter((a) => a.score >= CLOSEST_MIN_SCORE && !otherProducts(a.intent));
    // Answers first, but the procedure read stays among the offered: it is one press away.
    const ordered = answersFirst
      ? [...leanings.filter((a) => this.answers.has(a.intent)).slice(0, MAX_CLOSEST - 1), ...leanings.filter((a) => !this.answers.has(a.intent))]
      : leanings;
    return ordered
      .slice(0, MAX_CLOSEST)
      .map((a) => this.answers.get(a.intent) ?? this.catalogue.get(a.intent))
      .filter((o): o is KnowledgeUnit | ProcedureDefinition => o !== undefined);
  }

  /**
   * The classifier read a procedure, but the message asks whether, when or why ("Ajouter ma CB sur
   * Alipay, c'est faisable ?", "카드 정보 지워도 돼요?"), not how: a question never starts a procedure
   * it did not ask for. Its answer is stated when sure; otherwise the closest are offered, answers first.
   */
  asksAboutProcedure(turn: Turn): boolean {
    return (
      turn.nlu !== undefined && this.catalogue.has(turn.nlu.intent) && this.understanding.questions.asksWhetherNotHow(turn.message.text, turn.data.locale!)
    );
  }

  /** The best answer among the runner-ups of a procedure asked about, when sure enough to state. */
  answerAskedAbout(turn: Turn): KnowledgeUnit | undefined {
    const best = turn.nlu?.alternatives.find((a) => this.answers.has(a.intent));
    const unit = best && this.answers.get(best.intent);
    if (!best || !unit) return undefined;
    const why = unit.relatedProcedure === turn.nlu?.intent && this.understanding.questions.asksWhy(turn.message.text, turn.data.locale!);
    return best.score >= (why ? WHY_FACT_MIN_SCORE : FACT_MIN_SCORE) ? unit : undefined;
  }

  /**
   * A title from "is it one of these?", pressed or typed, or any answer's title typed word for
   * word: the bot's own wording is as unmistakable as a menu label, whatever the model makes of it.
   */
  pickedSuggestion(turn: Turn): KnowledgeUnit | ProcedureDefinition | undefined {
    const text = normalize(turn.message.text);
    const offered = (turn.suggested ?? []).map((id) => this.answers.get(id) ?? this.catalogue.get(id));
    // "la primera", "第二个": the suggestion at that place, an answer or a procedure.
    const place = turn.suggested ? this.understanding.place(text, turn.data.locale!) : undefined;
    const answer = offered.find((u) => u && 'answerKey' in u && normalize(turn.t(u.titleKey)) === text);
    return (place && offered[place - 1]) || (answer ?? this.answerTitles.find(turn.t, text)) || this.suggestionNamed(turn, offered);
  }

  /** "oui l'inscription", "收费那个", "la de pago" (which password?): a short message naming one suggestion in other words, not with a no. */
  private suggestionNamed(
    turn: Turn,
    offered: ReadonlyArray<KnowledgeUnit | ProcedureDefinition | undefined>,
  ): KnowledgeUnit | ProcedureDefinition | undefined {
    const { text } = turn.message;
    if (offered.length === 0 || !this.understanding.isShort(text) || this.understanding.yesNo(text, turn.data.locale!) === false) return undefined;
    const at = titleNamed(
      text,
      offered.map((o) => (o ? turn.t(o.titleKey) : '')),
    );
    const [kind, ...more] = this.understanding.passwordKinds(text, turn.data.locale!).named;
    return at !== undefined ? offered[at] : more.length === 0 ? offered.find((o) => o?.id === kind) : undefined;
  }

  /** A menu entry's title typed word for word: as good as pressing it. */
  typedMenuItem(turn: Turn): ProcedureDefinition | undefined {
    return this.menuTitles.find(turn.t, turn.message.text);
  }

  private read(nlu: IntentResult): IntentResult {
    return narrowed(nlu, this.answers, this.understanding.questions, this.catalogue);
  }

  /**
   * The unit the classifier read, when sure enough to state its fact: a wrong fact misleads, a
   * wrong procedure is one "no" away. Otherwise the routes offer it among the closest.
   */
  private sureFact(nlu: IntentResult): KnowledgeUnit | undefined {
    const unit = this.answers.get(nlu.intent);
    return unit && (nlu.score >= FACT_MIN_SCORE || nlu.agreed) ? unit : undefined;
  }
}
