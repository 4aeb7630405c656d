import { dominantScript, normalize, type Script } from '../text';
import { createNlp, NLPJS_NONE, type Corpus, type NlpLike, type TrainedModel } from './intentModel';

/**
 * What a free-text message is about, in which language: the trained NLP.js model for the intent,
 * and for the language the script first (Han, Hangul, Greek name one language each), then a word
 * model built from the same training phrasings (and each language's function words), then the
 * conversation's language for short or ambiguous texts ("ok", "no", "merci").
 */

export const NONE_INTENT = 'none';

/**
 * Below this score the bot says it did not understand. Chosen on the dev set with
 * `npm run eval:nlu` (which prints the sweep): the lowest threshold that keeps out-of-scope recall
 * at or above 90% without sending more than 3% of in-scope sentences to `none`.
 */
export const INTENT_THRESHOLD = 0.6;

export interface IntentResult {
  readonly text: string;
  /** The language the text was read in: detected, or the one given. */
  readonly locale: string;
  readonly intent: string;
  readonly score: number;
}

export interface LanguageProfile {
  readonly locale: string;
  readonly script: Script;
  /** Function words that tell this language apart from others in the same script. */
  readonly hints: readonly string[];
}

/** A word seen in several languages' training phrasings counts for each, divided among them. */
type WordModel = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Sentences this long, with fewer known words than this share, are in a language the bot does not speak. */
const FOREIGN_CHECK_WORDS = 3;
const MIN_KNOWN_WORD_SHARE = 1 / 3;

/** Texts this short (in words) are read in the conversation's language unless a clue is strong. */
const SHORT_TEXT_WORDS = 2;

export class IntentClassifier {
  private readonly nlp: NlpLike;
  private readonly words: WordModel;
  private readonly languagesByScript: ReadonlyMap<Script, readonly string[]>;

  constructor(
    model: TrainedModel,
    corpus: Corpus,
    private readonly profiles: readonly LanguageProfile[],
    /** The language to read a text in when nothing tells (no conversation yet, unknown words). */
    private readonly defaultLocale: string = profiles[0]?.locale ?? 'en',
    private readonly threshold: number = INTENT_THRESHOLD,
  ) {
    const nlp = createNlp(model.languages);
    nlp.import(model.nlp);
    this.nlp = nlp;
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
  async classify(text: string, options: { locale?: string; conversationLocale?: string } = {}): Promise<IntentResult> {
    const locale = options.locale ?? this.detectLanguage(text, options.conversationLocale) ?? options.conversationLocale ?? this.defaultLocale;
    const guess = await this.guess(text, locale, !options.locale);
    const intent = guess.score < this.threshold ? NONE_INTENT : guess.intent;
    return { text, locale, intent, score: Math.round(guess.score * 1000) / 1000 };
  }

  /** The intent's raw best guess and score, before the threshold (for choosing the threshold). */
  rawGuess(text: string, locale: string): Promise<{ intent: string; score: number }> {
    return this.guess(text, locale, true);
  }

  /** NLP.js's best guess in `locale`; a foreign sentence is `none` when the language was not given. */
  private async guess(text: string, locale: string, checkForeign: boolean): Promise<{ intent: string; score: number }> {
    if (checkForeign && this.isForeign(text)) return { intent: NONE_INTENT, score: 1 };
    const result = await this.nlp.process(locale, text);
    return { intent: result.intent === NLPJS_NONE ? NONE_INTENT : result.intent, score: result.score };
  }

  /** A Latin-script sentence (3+ words) of which fewer than a third of the words occur in any language's data. */
  private isForeign(text: string): boolean {
    if (dominantScript(text) !== 'Latin') return false;
    const tokens = normalize(text).split(' ').filter((t) => t && !/^\d+$/.test(t));
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
