// NLP.js ships no type declarations; these cover what intentModel.ts uses.
declare module '@nlpjs/core' {
  /** The part of NLP.js's `Nlp` that intentModel.ts uses. */
  export interface NlpInstance {
    settings: { autoSave: boolean; autoLoad: boolean; log: boolean; threshold: number };
    addLanguage(languages: string[]): void;
    addDocument(locale: string, text: string, intent: string): void;
    train(): Promise<void>;
    process(locale: string, text: string): Promise<{ intent: string; score: number; classifications?: Array<{ intent: string; score: number }> }>;
    export(minified?: boolean): string;
    import(data: string): void;
  }
  /** NLP.js's base classes, which koreanWords.ts extends as NLP.js's Korean classes do. */
  export class Tokenizer {
    constructor(container?: unknown, shouldTokenize?: boolean);
    name: string;
    tokenize(text: string, normalize?: boolean): string[];
    innerTokenize(text: string): string[];
  }
  export class BaseStemmer {
    constructor(container?: unknown);
    name: string;
    readonly container: { get(name: string): unknown };
    getCurrent(): string;
    setCurrent(word: string): void;
    innerStem(): void;
    stem(text: unknown, input?: unknown): unknown;
    tokenizeAndStem(text: string, keepStops?: boolean): string[];
  }
  export function containerBootstrap(): {
    use(plugin: unknown): void;
    get(name: 'nlp'): NlpInstance;
    registerConfiguration(tag: string, configuration: Record<string, unknown>, overwrite: boolean): void;
  };
}
declare module '@nlpjs/nlp' {
  export const Nlp: unknown;
}
declare module '@nlpjs/lang-en-min' {
  export const LangEn: unknown;
}
declare module '@nlpjs/lang-es' {
  export const LangEs: unknown;
}
declare module '@nlpjs/lang-fr' {
  export const LangFr: unknown;
}
declare module '@nlpjs/lang-el' {
  export const LangEl: unknown;
}
declare module '@nlpjs/lang-ko' {
  export const LangKo: unknown;
}
/** NLP.js's Chinese parts, read by chineseWords.ts without loading the dictionary at run time. */
declare module '@nlpjs/lang-zh/src/stemmer-zh' {
  export default class StemmerZh {
    constructor(container: unknown);
    readonly translate: { isChineseChar(text: string): boolean };
    readonly dictionary: { start(): void; simplified: Record<string, unknown>; traditional: Record<string, unknown> };
    getSegments(text: string): string[];
    translateToEnglish(token: string): string | undefined;
  }
}
declare module '@nlpjs/lang-zh/src/tokenizer-zh' {
  export default class TokenizerZh {
    constructor(container: unknown, shouldTokenize?: boolean);
    innerTokenize(text: string): string[];
  }
}
declare module '@nlpjs/lang-zh/src/stopwords-zh' {
  const StopwordsZh: unknown;
  export default StopwordsZh;
}
declare module '@nlpjs/lang-zh/src/normalizer-zh' {
  const NormalizerZh: unknown;
  export default NormalizerZh;
}
declare module '@nlpjs/lang-zh' {
  /** NLP.js's own Chinese classes, which the compact word table is checked against (test/nlu/chineseWords.test.ts). */
  export class StemmerZh {
    constructor(container: unknown);
    processText(text: string): string[];
    translateToEnglish(token: string): string | undefined;
  }
  export class TokenizerZh {
    constructor(container: unknown);
    innerTokenize(text: string): string[];
  }
}
/** NLP.js's Korean parts, read by koreanWords.ts without building the dictionary at run time. */
declare module '@nlpjs/lang-ko/src/korean-chunker' {
  export function chunk(text: string): Array<{ text: string }>;
}
declare module '@nlpjs/lang-ko/src/korean-dictionary' {
  export function initDicts(): void;
  export const dictionary: Record<string, { type: string; root?: string }>;
  export const names: Record<'Full' | 'Given' | 'Family', Record<string, number>>;
}
declare module '@nlpjs/lang-ko/src/tokenizer-ko' {
  export default class TokenizerKo {
    constructor(container?: unknown, shouldTokenize?: boolean);
    clean(text: string): string;
    tokenize(text: string, normalize?: boolean): string[];
    innerTokenize(text: string): string[];
  }
}
declare module '@nlpjs/lang-ko/src/stemmer-ko' {
  export default class StemmerKo {
    constructor(container?: unknown);
    tokenizer: { tokenize(text: string): string[] };
    readonly normalizer: { normalize(text: string): string };
    normalize(text: string): string;
    tokenize(text: string): string[];
    prestem(word: string): string;
    getCurrent(): string;
    setCurrent(word: string): void;
    innerStem(): void;
    stem(text: string | undefined, input?: { utterance?: string; text?: string }): Promise<string[]>;
    tokenizeAndStem(text: string): string[];
    processText?(text: string): string[];
  }
}
declare module '@nlpjs/lang-ko/src/stopwords-ko' {
  const StopwordsKo: unknown;
  export default StopwordsKo;
}
declare module '@nlpjs/lang-ko/src/normalizer-ko' {
  const NormalizerKo: new () => { normalize(text: string): string };
  export default NormalizerKo;
}
declare module '@nlpjs/lang-ko/src/sentiment/sentiment_ko' {
  const SentimentKo: unknown;
  export default SentimentKo;
}
