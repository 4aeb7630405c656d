import { dominantScript, normalize, PhraseSet, type Script } from '../text';
import { createNlp, forgetReadTexts, forgetTrainingSentences, NLPJS_NONE, type Corpus, type NlpLike, type TrainedModel } from './intentModel';
import { PhrasingIndex } from './phrasingIndex';

/**
 * What a free-text message is about, in which language. The intent is a vote of two models built
 * differently: the trained NLP.js network (words, stems) and the nearest training phrasings by
 * character n-grams (`PhrasingIndex`). Either alone, on the dev sets, stated a wrong fact more
 * often or read fewer questions; together they agree when the phrasing is close and share the
 * doubt when it is not. For the language: the script first (Han, Hangul, Greek name one language each), then a word
 * model built from the same training phrasings (and each language's function words), then the
 * conversation's language for short or ambiguous texts ("ok", "no", "merci").
 */

export const NONE_INTENT = 'none';

/**
 * Below this combined score the bot says it did not understand (or offers the closest answers).
 * Chosen on the dev sets with `npm run eval:nlu` (which prints the sweep) and
 * `npm run eval:knowledge`: out-of-scope recall at or above 90% with the fewest wrong facts.
 */
export const INTENT_THRESHOLD = 0.5;

/**
 * And the nearest training phrasing of the winning intent must be at least this similar (cosine
 * of character n-grams): a sentence sharing almost nothing with any phrasing of an intent ("where
 * is football on tonight" for "where can I pay with Alipay") is not that intent, however sure the
 * network is. Chosen on the dev sets with the threshold above.
 */
const MIN_NEIGHBOUR_SIMILARITY = 0.3;

/** The network's share of the vote; the n-gram neighbours have the rest (chosen on the dev sets). */
const NETWORK_WEIGHT = 0.4;

export interface IntentResult {
  readonly text: string;
  /** The language the text was read in: detected, or the one given. */
  readonly locale: string;
  readonly intent: string;
  /** The combined vote for `intent`, 0 to 1. */
  readonly score: number;
  /** The network's own probability for `intent`: urgent intents (a person, a frozen account) need it high. */
  readonly networkScore: number;
  /** Both models ranked `intent` first: a fact may be stated on a lower score. */
  readonly agreed: boolean;
  /** The next best intents after `intent`, best first (for "is it one of these?" below the threshold). */
  readonly alternatives: ReadonlyArray<{ readonly intent: string; readonly score: number }>;
}

/** With a task's words, a procedure this close to a fact's score wins (chosen on the dev sets). */
const TASK_OVER_FACT = 0.5;

/** How many runner-up intents a result carries. */
const ALTERNATIVES = 5;

export interface LanguageProfile {
  readonly locale: string;
  readonly script: Script;
  /** Function words that tell this language apart from others in the same script. */
  readonly hints: readonly string[];
  /** Words of a task or a problem rather than a question ("I want to", "won't", "我想", "싶어요"). */
  readonly taskCues?: readonly string[];
}

interface Guess {
  readonly intent: string;
  readonly score: number;
  /** Every intent either model scored, by the combined vote, best first. */
  readonly ranked: ReadonlyArray<{ readonly intent: string; readonly score: number }>;
  /** The network's probabilities alone. */
  readonly network: ReadonlyMap<string, number>;
  /** The network and the neighbours both put the winner first. */
  readonly agreed: boolean;
  /** The winner's nearest phrasing's similarity. */
  readonly neighbour: number;
}

const rounded = (score: number) => Math.round(score * 1000) / 1000;

/** A word seen in several languages' training phrasings counts for each, divided among them. */
type WordModel = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Sentences this long, with fewer known words than this share, are in a language the bot does not speak. */
const FOREIGN_CHECK_WORDS = 3;
const MIN_KNOWN_WORD_SHARE = 1 / 3;

/** Texts this short (in words) are read in the conversation's language unless a clue is strong. */
const SHORT_TEXT_WORDS = 2;

/** Texts NLP.js may keep read (see forgetReadTexts) before its caches are dropped. */
const READ_TEXTS_KEPT = 2000;

export class IntentClassifier {
  private readonly nlp: NlpLike;
  private readSinceForget = 0;
  private readonly neighbours: ReadonlyMap<string, PhrasingIndex>;
  private readonly words: WordModel;
  private readonly defaultLocale: string;
  private readonly threshold: number;
  private readonly facts: ReadonlySet<string>;
  private readonly procedures: ReadonlySet<string>;
  private readonly tasksOf: ReadonlyMap<string, ReadonlySet<string>>;
  private readonly taskCues: ReadonlyMap<string, PhraseSet>;
  private readonly languagesByScript: ReadonlyMap<Script, readonly string[]>;

  constructor(
    model: TrainedModel,
    corpus: Corpus,
    private readonly profiles: readonly LanguageProfile[],
    options: {
      /** The language to read a text in when nothing tells (no conversation yet, unknown words). */
      readonly defaultLocale?: string;
      readonly threshold?: number;
      /** The phrasings the neighbours are found among (the utterances, without one-word keywords); the corpus when not given. */
      readonly phrasings?: Corpus;
      /** Their indexes, built at build time (modelFile.ts); built here from `phrasings` when not given. */
      readonly neighbours?: ReadonlyMap<string, PhrasingIndex>;
      /** The intents that state a fact (the knowledge units), as opposed to procedures and commands. */
      readonly facts?: ReadonlySet<string>;
      /** The intents that walk a procedure. */
      readonly procedures?: ReadonlySet<string>;
      /** The procedures a task's words may turn each fact into (its product's and its related one); any when not given. */
      readonly tasksOf?: ReadonlyMap<string, ReadonlySet<string>>;
    } = {},
  ) {
    const nlp = createNlp(model.languages);
    nlp.import(model.nlp);
    forgetTrainingSentences(nlp);
    this.nlp = nlp;
    this.defaultLocale = options.defaultLocale ?? profiles[0]?.locale ?? 'en';
    this.threshold = options.threshold ?? INTENT_THRESHOLD;
    const phrasings = options.phrasings ?? corpus;
    this.facts = options.facts ?? new Set();
    this.procedures = options.procedures ?? new Set();
    this.tasksOf = options.tasksOf ?? new Map();
    this.taskCues = new Map(profiles.map((p) => [p.locale, new PhraseSet(p.taskCues ?? [])]));
    this.neighbours = options.neighbours ?? new Map(Object.entries(phrasings).map(([lng, intents]) => [lng, PhrasingIndex.build(intents)]));
    this.words = buildWordModel(corpus, profiles);
    const byScript = new Map<Script, string[]>();
    for (const p of profiles) byScript.set(p.script, [...(byScript.get(p.script) ?? []), p.locale]);
    this.languagesByScript = byScript;
  }

  /**
   * Loads what NLP.js loads lazily (the Chinese dictionary takes about a second) so the first user
   * does not wait. NLP.js announces that compile on stdout, where the CLI writes its JSON: the
   * announcement goes to stderr instead, for this call only.
   */
  async warm(): Promise<void> {
    const log = console.log;
    console.log = (...args: unknown[]) => console.error(...args);
    try {
      for (const locale of this.languages) await this.nlp.process(locale, 'alipay');
    } finally {
      console.log = log;
    }
  }

  get languages(): readonly string[] {
    return this.profiles.map((p) => p.locale);
  }

  /**
   * Language first (unless given), then the intent in that language's model. A sentence made of
   * words none of the languages uses (German, Italian…) is out of scope whatever a model guesses.
   */
  async classify(text: string, options: { locale?: string; conversationLocale?: string; task?: boolean } = {}): Promise<IntentResult> {
    const locale = options.locale ?? this.detectLanguage(text, options.conversationLocale) ?? options.conversationLocale ?? this.defaultLocale;
    const guess = this.taskOverFact(text, locale, await this.guess(text, locale, !options.locale), options.task);
    const intent = this.isSure(guess) ? guess.intent : NONE_INTENT;
    const alternatives = guess.ranked.filter((r) => r.intent !== intent && r.intent !== NONE_INTENT).slice(0, ALTERNATIVES);
    const networkScore = intent === NONE_INTENT ? 0 : (guess.network.get(intent) ?? 0);
    return {
      text,
      locale,
      intent,
      score: rounded(guess.score),
      networkScore: rounded(networkScore),
      agreed: intent !== NONE_INTENT && guess.agreed,
      alternatives: alternatives.map((r) => ({ intent: r.intent, score: rounded(r.score) })),
    };
  }

  /** The intent's raw best guess and score, before the threshold (for choosing the threshold). */
  async rawGuess(text: string, locale: string): Promise<{ intent: string; score: number }> {
    const guess = this.taskOverFact(text, locale, await this.guess(text, locale, true));
    return { intent: guess.intent, score: guess.neighbour < MIN_NEIGHBOUR_SIMILARITY ? 0 : guess.score };
  }

  private isSure(guess: Guess): boolean {
    return guess.intent !== NONE_INTENT && guess.score >= this.threshold && guess.neighbour >= MIN_NEIGHBOUR_SIMILARITY;
  }

  /**
   * Question or task? "je veux délier alipay de taobao" reads close to the fact about unbinding
   * but asks for the procedure: with a task's words, a procedure scoring at least half as high
   * as the fact wins, if it is the fact's own (its product's, or its related procedure): "I can't log
   * in to Taobao, I need to unbind Alipay, what do I do?" read as Taobao's answer is no request to
   * reset an Alipay password. `taskSaid`: its words were taken out ("can you help me…": Understanding.classify).
   */
  private taskOverFact(text: string, locale: string, guess: Guess, taskSaid = false): Guess {
    if (!this.facts.has(guess.intent) || !(taskSaid || this.taskCues.get(locale)?.occursIn(normalize(text)))) return guess;
    const task = guess.ranked.find((r) => this.procedures.has(r.intent));
    const ofTheFact = this.tasksOf.get(guess.intent)?.has(task?.intent ?? '') ?? true;
    if (!task || !ofTheFact || task.score < TASK_OVER_FACT * guess.score) return guess;
    // The topic was read with the fact's confidence; the task's words only decide its form.
    const taken = { intent: task.intent, score: guess.score };
    return { ...guess, ...taken, ranked: [taken, ...guess.ranked.filter((r) => r !== task)], agreed: false };
  }

  /** The vote of both models in `locale`; a foreign sentence is `none` when the language was not given. */
  private async guess(text: string, locale: string, checkForeign: boolean): Promise<Guess> {
    if (checkForeign && this.isForeign(text)) return { intent: NONE_INTENT, score: 1, ranked: [], network: new Map(), agreed: false, neighbour: 1 };
    const result = await this.nlp.process(locale, text);
    if (++this.readSinceForget >= READ_TEXTS_KEPT) {
      this.readSinceForget = 0;
      forgetReadTexts(this.nlp, this.languages);
    }
    const named = (intent: string) => (intent === NLPJS_NONE ? NONE_INTENT : intent);
    const network = new Map((result.classifications ?? []).map((c) => [named(c.intent), c.score]));
    const nearest = new Map((this.neighbours.get(locale)?.nearest(text) ?? []).map((n) => [n.intent, n.score]));
    const ranked = [...new Set([...network.keys(), ...nearest.keys()])]
      .map((intent) => ({ intent, score: NETWORK_WEIGHT * (network.get(intent) ?? 0) + (1 - NETWORK_WEIGHT) * (nearest.get(intent) ?? 0) }))
      .sort((a, b) => b.score - a.score);
    const best = ranked[0] ?? { intent: NONE_INTENT, score: 0 };
    const first = (scores: ReadonlyMap<string, number>) => [...scores].reduce((a, b) => (b[1] > a[1] ? b : a), ['', -1])[0];
    const agreed = first(network) === best.intent && first(nearest) === best.intent;
    return { intent: best.intent, score: best.score, ranked, network, agreed, neighbour: nearest.get(best.intent) ?? 0 };
  }

  /** A Latin-script sentence (3+ words) of which fewer than a third of the words occur in any language's data. */
  private isForeign(text: string): boolean {
    if (dominantScript(text) !== 'Latin') return false;
    const tokens = normalize(text)
      .split(' ')
      .filter((t) => t && !/^\d+$/.test(t));
    if (tokens.length < FOREIGN_CHECK_WORDS) return false;
    const known = tokens.filter((t) => this.words.has(t)).length;
    return known / tokens.length < MIN_KNOWN_WORD_SHARE;
  }

  /**
   * Script first; then, among languages sharing the script, the one whose words the text uses most;
   * the conversation's language when that is a tie, or when the text is too short to tell and the
   * conversation's language is a candidate.
   */
  detectLanguage(text: string, conversationLocale?: string): string | undefined {
    const script = dominantScript(text);
    if (!script) return undefined;
    const candidates = this.languagesByScript.get(script) ?? [];
    if (candidates.length <= 1) return candidates[0];
    const tokens = [...new Set(normalize(text).split(' ').filter(Boolean))];
    const scores = new Map(candidates.map((lng) => [lng, 0]));
    for (const token of tokens) {
      for (const [lng, weight] of this.words.get(token) ?? []) if (scores.has(lng)) scores.set(lng, scores.get(lng)! + weight);
    }
    const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
    const [best, second] = ranked;
    const current = conversationLocale && candidates.includes(conversationLocale) ? conversationLocale : undefined;
    if (best[1] === 0 || best[1] === second?.[1]) return current;
    // "no", "ok", "menu": a word or two that fits the conversation's language keeps it.
    if (current && tokens.length <= SHORT_TEXT_WORDS && (scores.get(current) ?? 0) > 0) return current;
    return best[0];
  }
}

/**
 * Word → language weights from the training phrasings and function words. A word only one
 * language uses weighs 1 for it; one shared by k languages weighs 1/k for each ("alipay", "no").
 */
function buildWordModel(corpus: Corpus, profiles: readonly LanguageProfile[]): WordModel {
  const seenIn = new Map<string, Set<string>>();
  const add = (word: string, lng: string) => {
    if (!word || /^\d+$/.test(word)) return;
    seenIn.set(word, (seenIn.get(word) ?? new Set()).add(lng));
  };
  for (const [lng, intents] of Object.entries(corpus)) {
    for (const phrasings of Object.values(intents)) for (const text of phrasings) for (const word of normalize(text).split(' ')) add(word, lng);
  }
  for (const p of profiles) for (const hint of p.hints) for (const word of normalize(hint).split(' ')) add(word, p.locale);
  const model = new Map<string, Map<string, number>>();
  for (const [word, languages] of seenIn) model.set(word, new Map([...languages].map((lng) => [lng, 1 / languages.size])));
  return model;
}
