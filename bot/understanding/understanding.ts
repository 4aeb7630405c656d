import type { AnswerEvent, StepMeta } from '../../dialogs/types';
import { AnswerReader, readsSomething, type AskedStep, type StepReading } from './answers/answerReader';
import { echoesOffer } from './answers/offerEcho';
import type { OfferedChoice } from './answers/offeredChoice';
import { isQuestion, openingAnswer, symbolAnswer } from './answers/punctuation';
import { BuiltInRecognizers } from './builtInRecognizers';
import { clausesOf, sideQuestion } from './clauses';
import { closeMisspelling } from './closeMisspelling';
import { minutesSinceClockTime } from './clockTime';
import { readCommand, type Command } from './commandReader';
import { mixedInWords } from './mixedLanguage';
import { acknowledges, closes, isShort, onlyRates, onlyThanks, placePicked, reportsSomething, saysMore } from './shortMessage';
import { NONE_INTENT, type IntentClassifier, type IntentResult } from './intents/intentClassifier';
import { LanguageVocabulary } from './languageVocabulary';
import { readSignals, type MessageSignals } from './messageSignals';
import { reportsDoing, reportsGoal, reportsProgress, takesOffer } from './answers/takesOffer';
import { toldBefore } from './answers/toldBefore';
import { LanguageReader } from './languageReader';
import { QuestionReader } from './questionReader';
import { apartFromHan, normalize, severalWords, wordsBetween } from './text';
import type { Vocabulary } from '../locales/vocabulary';

export type { Command } from './commandReader';
export type { StepReading } from './answers/answerReader';
export type { OfferedChoice } from './answers/offeredChoice';
export type { MessageSignals } from './messageSignals';

/** recognizers-text's yes/no is trusted on answers this short (in words) only. */
const SHORT_ANSWER_WORDS = 3;

/** Reads what the user typed: which language, a command that works anywhere, the answer it gives to the current step;
 * recognizers-text first where it has a model, the per-language vocabulary covering its gaps (Greek, Korean, "半小时"). */
export class Understanding {
  private readonly vocabularies: ReadonlyMap<string, LanguageVocabulary>;
  private readonly reader = new AnswerReader();
  /** What a message asks: whether it is a question, of which kind, for which details (see QuestionReader). */
  readonly questions: QuestionReader;
  /** Which language a channel asks for and a message is written in (see LanguageReader). */
  readonly languages: LanguageReader;

  constructor(
    vocabularies: Readonly<Record<string, Vocabulary>>,
    private readonly classifier: IntentClassifier,
    private readonly now: () => Date = () => new Date(),
    private readonly builtIn = new BuiltInRecognizers(),
  ) {
    this.vocabularies = new Map(Object.entries(vocabularies).map(([lng, v]) => [lng, LanguageVocabulary.of(lng, v)]));
    this.questions = new QuestionReader(this.vocabularies);
    this.languages = new LanguageReader(this.vocabularies, classifier);
  }

  warm(): void {
    for (const v of this.vocabularies.values()) if (v.source.recognizerCulture) this.builtIn.warm(v.source.recognizerCulture, v.source.recognizerModels);
  }

  /** Loads the intent model's lazy parts (the Chinese dictionary). */
  warmIntents(): Promise<void> {
    return this.classifier.warm();
  }

  /** What a free-text message is about (an intent id, or `none`), read in its detected language. */
  async classify(text: string, conversationLocale: string | undefined): Promise<IntentResult> {
    // The products' short names in the words of the language the text is written in ("跟AE是一家的吗", "WF 계정").
    const written = [...this.vocabularies.values()].find((v) => v.usesScript(text)) ?? this.vocabularies.get(conversationLocale ?? '');
    const asked = written ? written.withProductNames(written.withoutQuestionIntro(text)) : text;
    // Help asked with a task: the task alone, as a task; the whole when it names none ("can you help me with something?").
    const rest = written?.withoutHelpRequest(asked);
    const helped = rest ? await this.classifier.classify(rest.text, { conversationLocale, task: rest.task }) : undefined;
    return helped && helped.intent !== NONE_INTENT ? helped : this.classifier.classify(asked, { conversationLocale });
  }

  /** Commands that work at any step, in any language (see commandReader.ts). */
  command(text: string): Command | undefined {
    return readCommand(text, [...this.vocabularies.values()]);
  }

  /** Whether the text names one of the products, in any language ("alipay", "1688", "支付宝", "付1688的货"). */
  mentionsProduct(text: string): boolean {
    const spaced = apartFromHan(normalize(text));
    return [...this.vocabularies.values()].some((v) => v.productNames.occursIn(spaced));
  }

  /** A word a message shares with a step's prompt that can tell which step it is about: no answer word ("done", "ok"), no product's name ("alipay"). */
  stepWord(word: string, locale: string): boolean {
    return this.yesNo(word, locale) === undefined && !this.mentionsProduct(word);
  }

  /** The articles whose own product the text names, in any language ("alipay business" → 004, "淘宝联盟" → 000; see productArticles). */
  articlesNamed(text: string): string[] {
    const spaced = apartFromHan(normalize(text));
    return [...this.vocabularies.values()].flatMap((v) => v.articlesNamed(spaced));
  }

  /** A few words ("no thanks", "不用了"): short enough to be a reply rather than a question. */
  isShort(text: string): boolean {
    return isShort(normalize(text));
  }

  /** The message without its greetings and small talk ("hola, ¿qué tal? el código no me llega" → what it is about); `smallTalk`: only when it held some. */
  afterGreeting(text: string, smallTalk = false): string | undefined {
    const greeted = [...this.vocabularies.values()].reduce((left, v) => v.greetings.remove(left), normalize(text));
    const rest = [...this.vocabularies.values()].reduce((left, v) => v.smallTalk.remove(left), greeted);
    return rest !== normalize(text) && (!smallTalk || rest !== greeted) && saysMore(rest) ? rest : undefined;
  }

  /** What a request says after the user corrects themself ("je veux ajouter… non pardon, retirer une carte" → "retirer une carte"; a marker closing it, "…en fait", is no cut). */
  afterCorrection(text: string, locale: string): string | undefined {
    const v = this.vocabularies.get(locale);
    const last = v?.reading.segments(normalize(text)).filter(Boolean).at(-1);
    return last && last !== normalize(text) && severalWords(last) ? last : undefined;
  }

  /** Which password a message means ("the payment one"), or that it leaves open ("olvidé la contraseña de alipay"): see LanguageVocabulary. */
  passwordKinds(text: string, locale: string): { readonly named: string[]; readonly open: string[] } {
    return this.inLanguage(locale, { named: [], open: [] }, (v) => v.passwordKinds(normalize(text)));
  }

  /** The place a message picks among the suggestions just offered ("the first one", "la segunda", "第三个"), from 1. */
  place(text: string, locale: string): number | undefined {
    return this.inLanguage(locale, undefined, (v) => placePicked(text, v));
  }

  /** "gracias, eso es todo", "that's all, thanks": a closing and thanks, nothing else; `thanksAlone`: see closes(); `afterOffer`: see acknowledges(). */
  isClosing(text: string, locale: string, thanksAlone = false, afterOffer = false): boolean {
    return this.inLanguage(locale, false, (v) => closes(text, v, thanksAlone, thanksAlone || afterOffer) || (afterOffer && acknowledges(text, v)));
  }

  /** Thanks and praise, nothing else ("thank you!", "gracias, muy útil"): see shortMessage.ts. */
  onlyThanks(text: string, locale: string): boolean {
    return this.inLanguage(locale, false, (v) => onlyThanks(text, v));
  }

  /** A short no that reports nothing ("no thanks", "不用了"), not "still nothing came": see reportsSomething(); `rating`: the rating declined in words ("no rating", "평가는 생략"). */
  declines(text: string, locale: string, rating = false): boolean {
    if (rating) return this.inLanguage(locale, false, (v) => v.reading.ratingDeclined.occursIn(normalize(text)));
    return this.inLanguage(locale, false, (v) => isShort(normalize(text)) && this.yesNo(text, locale) === false && !reportsSomething(text, v));
  }

  /** A short hello or small talk; a goodbye's words are none ("안녕히 계세요", goodbye, holds "안녕", hi). */
  isGreeting(text: string): boolean {
    const norm = normalize(text);
    return isShort(norm) && [...this.vocabularies.values()].some((v) => [v.greetings, v.smallTalk].some((s) => s.occursIn(v.reading.closings.remove(norm))));
  }

  /** What the text gives the step that asked (`asked`: its question as the user read it): an answer, "I don't know", or nothing. */
  read(text: string, locale: string, meta: StepMeta, choices: readonly OfferedChoice[], secretTyped = false, asked?: string): StepReading {
    const v = this.vocabularies.get(locale);
    if (!v) return {};
    const step: AskedStep = meta.asks === 'offer' && asked !== undefined && this.answersOffer(text, locale, asked) ? { ...meta, echoed: true } : meta;
    if (step.expects === 'text') return text.trim() ? { event: { type: 'answer.text', text: text.trim() } } : {};
    if (step.expects === 'procedure') return {};
    // "τέλεια, 5 αστέρια", "merci, je mets 5/5" to a step: a rating given early (see ratedEarly), no yes and no "5 minutes ago".
    if (step.expects !== 'number' && step.about !== 'solved' && onlyRates(text, v)) return {};
    const reading = this.reader.read(text, v, step, choices, secretTyped);
    // "ah si je l'ai trouvée, j'ai cliqué sur supprimer" to "shall I pass you to a person?" is a report, not a yes.
    if (step.asks === 'offer' && reading.event?.type === 'answer.yes' && !this.takesOffer(text, locale)) return {};
    if (readsSomething(reading)) return reading;
    const norm = normalize(text);
    const mixed = mixedInWords(text, norm, v, this.vocabularies, () => this.questions.asksQuestion(text, v.locale));
    if (mixed) {
      const inMixed = this.reader.read(mixed.text, mixed.vocabulary, step, choices, secretTyped);
      if (readsSomething(inMixed)) return inMixed;
    }
    if (step.expects === 'duration') {
      const minutes = this.minutesAgo(text, locale);
      if (minutes !== undefined) return { event: { type: 'answer.duration', minutes } };
      return this.reader.polarity(norm, v) === 'unsure' ? { unsure: true } : {};
    }
    const byLabel = closeMisspelling(norm, choices);
    if (byLabel) return { event: { type: 'answer.choice', choice: byLabel } };
    // recognizers-text reads a few more yes/no forms ("sure thing", "nah"), on short answers only ("si" in a sentence is "if").
    const short = norm.split(' ').length <= SHORT_ANSWER_WORDS;
    const yes = short && v.source.recognizerCulture && step.expects !== 'number' ? this.builtIn.yesNo(text, v.source.recognizerCulture) : undefined;
    if (yes === undefined) return {};
    const id = yes ? 'yes' : 'no';
    if (step.expects === 'yesNo') return { event: { type: yes ? 'answer.yes' : 'answer.no' } };
    const chosen = choices.find((c) => c.id === id) ?? choices.find((c) => c.means === id);
    return chosen ? { event: { type: 'answer.choice', choice: chosen.id } } : {};
  }

  /** Whether the message says the goal of one of `procedures` is reached ("it says activated"): see takesOffer.ts. */
  reportsGoal(text: string, locale: string, procedures: readonly string[]): boolean {
    return this.inLanguage(locale, false, (v) => reportsGoal(text, v, procedures));
  }

  /** Whether a yes takes an offer rather than opening a report of the user's own: see takesOffer.ts. */
  takesOffer(text: string, locale: string): boolean {
    return this.inLanguage(locale, true, (v) => takesOffer(text, v));
  }

  /** A report of progress of the user's own ("found it", "弄好了 删了"), not a yes word alone; `doneTo`: of that done, come (or `seen`) only (takesOffer.ts). */
  reportsProgress(text: string, locale: string, doneTo?: (around: string, words: string) => boolean, seen = false): boolean {
    return this.inLanguage(locale, false, (v) => (doneTo ? reportsDoing(text, v, doneTo, seen) : reportsProgress(text, v)));
  }

  /** Whether a wish answers the offer `asked` in its own words, taking or declining it: see offerEcho.ts. */
  answersOffer(text: string, locale: string, asked: string): boolean {
    return this.inLanguage(locale, false, (v) => echoesOffer(text, asked, v));
  }

  /** What the request that started a procedure says to a step about the user ("I'm a seller, how do I…"): see toldBefore.ts. */
  toldBefore(text: string, locale: string, step: StepMeta, choices: readonly OfferedChoice[]): AnswerEvent | undefined {
    const v = this.vocabularies.get(locale);
    const named = choices.filter((c) => c.id !== 'yes' && c.id !== 'no');
    return v ? toldBefore(text, v, step, named, (norm, among) => this.reader.named(norm, v, among, text)) : undefined;
  }

  /** The question typed after an answer ("yes. what happens to the balance?"), if any. */
  sideQuestion(text: string, locale: string): string | undefined {
    return this.inLanguage(locale, undefined, (v) => sideQuestion(text, v.reading));
  }

  /** Frozen account, a person, a language, a stop: what else the message says, in any language. */
  signals(text: string, step?: Pick<StepMeta, 'about'>, current?: string, procedureId?: string): MessageSignals {
    const all = [...this.vocabularies.values()];
    const read = readSignals(text, all, step, current, procedureId);
    // "changed it, went fine 👍 also can taobao alliance unbind? kinda want to drop it later": after an answer, what follows the
    // question asked beside it is about what it asks; a stop counts up to it ("…, on peut arrêter là ?" asks to stop).
    const words = this.vocabularies.get(current ?? '')?.reading;
    const clauses = read.stop && words ? clausesOf(text, words) : [];
    const asked = clauses.findIndex((c) => c.marked);
    if (asked <= 0 || clauses[0].question) return read;
    const answer = clauses
      .slice(0, asked + 1)
      .map((c) => c.text)
      .join(', ');
    // …unless a later clause is a stop of its own ("…is there a fee? anyway I want to stop here").
    const opensWithStop = (clause: string) => words!.stop.find(clause).some((m) => wordsBetween(clause, 0, m.start) <= 1);
    const stopsAlone = clauses.slice(asked + 1).some((c) => opensWithStop(c.text) || words!.stopVerbs.isExactly(c.text));
    return { ...read, stop: stopsAlone || readSignals(answer, all, step, current, procedureId).stop };
  }

  matchChoice(text: string, locale: string, choices: readonly OfferedChoice[]): string | undefined {
    const norm = normalize(text);
    if (!norm) return undefined;
    const synonyms = this.vocabularies.get(locale)?.choices;
    const named = choices.find((c) => normalize(c.label) === norm) ?? choices.find((c) => synonyms?.get(c.id)?.occursIn(norm));
    return named?.id ?? closeMisspelling(norm, choices);
  }

  /** Yes or no to a question the bot asked outside a step (`asks: 'offer'` for "would you like…?"); undefined for anything else, "not sure" included. */
  yesNo(text: string, locale: string, asks?: StepMeta['asks']): boolean | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    const norm = normalize(text);
    // "👍" has no words: its symbol answers. A yes or no set apart ("oxi, to vrika telika") answers, negating nothing after it;
    // a yes word inside a question ("et est-ce qu'alipay accepte paypal ?") asks: only one opening it answers.
    const question = isQuestion(text);
    const polarity = norm ? this.reader.polarity(norm, v, { ...(asks ? { asks } : {}), openingAnswer: openingAnswer(text), question }) : symbolAnswer(text);
    if (polarity === 'yes' || polarity === 'no') return polarity === 'yes';
    if (polarity === 'unsure' || !v.source.recognizerCulture) return undefined;
    return this.builtIn.yesNo(text, v.source.recognizerCulture);
  }

  minutesAgo(text: string, locale: string): number | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    const norm = normalize(text);
    if (/^\d+(?:[.,]\d+)?$/.test(norm)) return Number(norm.replace(',', '.'));
    if (v.justNow.occursIn(norm)) return 0;
    // "<number> <unit>" is read exactly by the vocabulary in microseconds; the date-time recognizer
    // costs ~6 ms a call and is kept for everything else ("at 9:40", "a quarter of an hour ago").
    const fromWords = v.minutesFromWords(norm);
    if (fromWords !== undefined) return fromWords;
    // A clock time ("9:40") is written alike in every language: the most recent such moment.
    const clock = minutesSinceClockTime(text, this.now());
    if (clock !== undefined) return clock;
    const culture = recognizer(v.source, 'dateTime');
    // A bare number is minutes ("20", "like 20"); one that counts something named after it is not ("6 chiffres", "6 digits").
    const counted = v.countsOtherThanTime(norm);
    return (culture ? this.builtIn.minutesAgo(text, culture, this.now()) : undefined) ?? (counted ? undefined : this.number(text, locale));
  }

  number(text: string, locale: string): number | undefined {
    const v = this.vocabularies.get(locale);
    if (!v) return undefined;
    const norm = normalize(text);
    const culture = recognizer(v.source, 'number');
    // A unit may follow digits directly in Korean and Chinese ("4점", "4分").
    const digits = /(?:^|\s)(\d+(?:[.,]\d+)?)(?=\s|$|[\p{Script=Hangul}\p{Script=Han}])/u.exec(norm)?.[1];
    return (culture ? this.builtIn.number(text, culture) : undefined) ?? (digits ? Number(digits.replace(',', '.')) : undefined) ?? v.numberFromWords(norm);
  }

  /** `read` with `locale`'s words; `otherwise` in a language without them. */
  private inLanguage<T>(locale: string, otherwise: T, read: (v: LanguageVocabulary) => T): T {
    const v = this.vocabularies.get(locale);
    return v ? read(v) : otherwise;
  }
}

/** The recognizers' culture for `model` in this language, when the language reads with that model. */
function recognizer(source: { recognizerCulture: string | null; recognizerModels?: readonly string[] }, model: 'number' | 'dateTime'): string | null {
  return source.recognizerModels && !source.recognizerModels.includes(model) ? null : source.recognizerCulture;
}
