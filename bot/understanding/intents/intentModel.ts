import { createHash } from 'node:crypto';
import { containerBootstrap } from '@nlpjs/core';
import { LangEl } from '@nlpjs/lang-el';
import { LangEn } from '@nlpjs/lang-en-min';
import { LangEs } from '@nlpjs/lang-es';
import { LangFr } from '@nlpjs/lang-fr';
import { Nlp } from '@nlpjs/nlp';
import { ChineseWords } from './chineseWords';
import { KoreanWords } from './koreanWords';

/**
 * The NLP.js model behind intent classification: one neural classifier per language, trained on
 * `locales/<lng>/utterances.json`. Built ahead of time (`npm run train`) and loaded at startup.
 */

/** Training utterances: language → intent → phrasings. */
export type Corpus = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

/** NLP.js's own name for "no intent matched"; we call it `none`. */
export const NLPJS_NONE = 'None';

/**
 * Tokenizers and stemmers per language; a language without one falls back to NLP.js's generic
 * tokenizer. Chinese and Korean are NLP.js's own, reading a compact word table instead of the whole dictionary.
 */
const LANGUAGE_PLUGINS: Readonly<Record<string, () => unknown>> = {
  en: () => LangEn,
  zh: () => ChineseWords.load().plugin(),
  es: () => LangEs,
  fr: () => LangFr,
  el: () => LangEl,
  ko: () => KoreanWords.load().plugin(),
};

export interface NlpLike {
  process(locale: string, text: string): Promise<{ intent: string; score: number; classifications?: Array<{ intent: string; score: number }> }>;
  export(minified?: boolean): string;
  import(data: string): void;
}

/**
 * NLP.js keeps every distinct text it has read, with its features, for up to an hour (per
 * language): under traffic that is a heap growing with every message, and users' words kept
 * longer than the turn. Dropping those caches from time to time costs one re-read of a text
 * seen again (a button label); a bounded number is kept in between.
 */
export function forgetReadTexts(nlp: NlpLike, languages: readonly string[]): void {
  const internals = nlp as {
    nluManager?: { domainManagers?: Record<string, { domains?: Record<string, { cache?: { results?: unknown } }> }> };
    container?: { get(name: string): { cache?: unknown } | undefined };
  };
  // Only the texts read: a read in flight holds the cache between its awaits (tokenize, stem) and reads its steps again
  // after each; dropping the whole cache there failed that read ("reading 'arrToObj'" of undefined), once in 2,000 reads.
  for (const manager of Object.values(internals.nluManager?.domainManagers ?? {}))
    for (const domain of Object.values(manager.domains ?? {})) if (domain.cache) domain.cache.results = {};
  // Each language's tokenizer keeps its own copy of every text it split, and its stemmer every word it stemmed.
  for (const lng of languages) {
    const tokenizer = internals.container?.get(`tokenizer-${lng}`);
    if (tokenizer) tokenizer.cache = undefined;
    const stemmer = internals.container?.get(`stemmer-${lng}`);
    if (stemmer && typeof stemmer.cache === 'object') stemmer.cache = {};
  }
}

/**
 * NLP.js keeps every training sentence after import (per language, ~300 KB of JSON), though reading a message never
 * looks at them: only training and export do, and a loaded model is never trained or exported again. Measured with
 * a heap snapshot: 2.6 MB of the classifier's 28.5 MB heap.
 */
export function forgetTrainingSentences(nlp: NlpLike): void {
  const internals = nlp as { nluManager?: { domainManagers?: Record<string, { sentences?: unknown[] }> } };
  for (const manager of Object.values(internals.nluManager?.domainManagers ?? {})) manager.sentences = [];
}

export function createNlp(languages: readonly string[]): NlpLike & { addDocument(l: string, t: string, i: string): void; train(): Promise<void> } {
  const container = containerBootstrap();
  // NLP.js's defaults for every language's classifier ('nlu-??'), with its training log off.
  container.registerConfiguration(
    'nlu-??',
    { keepStopwords: true, nonefeatureValue: 1, nonedeltaMultiplier: 1.2, spellCheck: true, spellCheckDistance: 1, filterZeros: true, log: false },
    true,
  );
  container.use(Nlp);
  for (const lng of languages) {
    const plugin = LANGUAGE_PLUGINS[lng];
    if (plugin) container.use(plugin());
  }
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.settings.autoLoad = false;
  nlp.settings.log = false;
  // Below our own threshold we say "not understood"; NLP.js must not hide its best guess first.
  nlp.settings.threshold = 0;
  nlp.addLanguage([...languages]);
  return nlp;
}

/** Identifies a corpus: a model trained on other utterances is stale. */
export function corpusHash(corpus: Corpus): string {
  return createHash('sha256').update(JSON.stringify(corpus)).digest('hex').slice(0, 16);
}

/**
 * What a trained model file holds beyond the corpus; a model written under another format is stale.
 * 2: without NLP.js's language-guesser samples (below).
 */
const MODEL_FORMAT = 2;

/** Identifies a model: its corpus and the format it was written in. */
export function modelHash(corpus: Corpus): string {
  return corpusHash({ [`format ${MODEL_FORMAT}`]: {}, ...corpus });
}

export interface TrainedModel {
  readonly corpusHash: string;
  readonly languages: readonly string[];
  readonly nlp: string;
}

export async function trainModel(corpus: Corpus): Promise<TrainedModel> {
  const languages = Object.keys(corpus).sort();
  const nlp = createNlp(languages);
  for (const lng of languages) {
    for (const [intent, phrasings] of Object.entries(corpus[lng])) {
      for (const text of phrasings) nlp.addDocument(lng, text, intent);
    }
  }
  await nlp.train();
  // NLP.js keeps every training sentence for its language guesser and rebuilds the guesser's
  // trigrams from them on import: ~0.45 s of each start and 2.3 MB of heap (CPU profile and heap
  // snapshot after start). The guesser runs only for a text without a locale, and the classifier
  // always gives one (it finds the language itself: IntentClassifier.detectLanguage).
  const exported = JSON.parse(nlp.export(true)) as { nluManager: { extraSentences: unknown[] } };
  exported.nluManager.extraSentences = [];
  return { corpusHash: modelHash(corpus), languages, nlp: JSON.stringify(exported) };
}
