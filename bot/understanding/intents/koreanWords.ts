import { join } from 'node:path';
import { chunk } from '@nlpjs/lang-ko/src/korean-chunker';
import { BaseStemmer, Tokenizer as CoreTokenizer } from '@nlpjs/core';
import NormalizerKo from '@nlpjs/lang-ko/src/normalizer-ko';
import SentimentKo from '@nlpjs/lang-ko/src/sentiment/sentiment_ko';
import StopwordsKo from '@nlpjs/lang-ko/src/stopwords-ko';
import type * as KoreanDictionary from '@nlpjs/lang-ko/src/korean-dictionary';
import { projectRoot } from '../../config/paths';
import { CompactLexicon, lexiconSource } from './compactLexicon';

/**
 * NLP.js reads Korean with a dictionary it builds at first use: 230,000 words and verb
 * conjugations, an object per word, ~27 MB of heap for the process's life and ~0.3 s. Its
 * tokenizer only ever looks up two-syllable slices (is it a word, a name or a number?) and its
 * stemmer only the root of a token of at most two syllables (every conjugation with a root is that
 * short). Those ~58,000 entries are computed at build time from NLP.js's own dictionary into
 * `dist/model/ko-words.json`; the tokenizer and stemmer below are NLP.js's, reading them instead
 * (test/nlu/koreanWords.test.ts checks they read every phrasing the same).
 */
export const koreanWordsPath = (): string => join(projectRoot(), 'dist', 'model', 'ko-words.json');

/** NLP.js's Korean package the table is computed from: another version may split words differently. */
const SOURCE = lexiconSource('@nlpjs/lang-ko');
/** The longest slice NLP.js's Korean tokenizer looks up. */
const LONGEST_LOOKUP = 2;

/** NLP.js's test for a Hangul character (korean-tokenizer.js), without its per-call global regex. */
// Copied as NLP.js wrote it (two combining tone marks included), so text is split where NLP.js splits it.
const HANGUL =
  // eslint-disable-next-line no-misleading-character-class
  /[\u1100-\u11FF\u302E\u302F\u3131-\u318E\u3200-\u321E\u3260-\u327E\uA960-\uA97C\uAC00-\uD7A3\uD7B0-\uD7C6\uD7CB-\uD7FB\uFFA0-\uFFBE\uFFC2-\uFFC7\uFFCA-\uFFCF\uFFD2-\uFFD7\uFFDA-\uFFDC]/;
/** NLP.js's Korean number words (korean-substantive.js). */
const KOREAN_NUMBER = /^[일이삼사오육칠팔구천백십해경조억만]*[일이삼사오육칠팔구천백십해경조억만원배분초]$/;

export class KoreanWords {
  private constructor(private readonly lexicon: CompactLexicon) {}

  /** The table from the build, computed now (and written) when it is missing or from another NLP.js version. */
  static load(file: string = koreanWordsPath()): KoreanWords {
    return new KoreanWords(CompactLexicon.load(file, SOURCE, compileWords));
  }

  /** Writes the table for the build, unless it is there already. */
  static ensure(file: string = koreanWordsPath()): void {
    CompactLexicon.ensure(file, SOURCE, compileWords);
  }

  /** NLP.js's `tokenize` (korean-tokenizer.js): each Hangul chunk cut into known two-syllable slices, else single syllables. */
  tokenize(text: string): string[] {
    const result: string[] = [];
    for (const { text: word } of chunk(text)) {
      if (!HANGUL.test(word.charAt(0))) {
        result.push(word);
        continue;
      }
      for (let pending = word; pending.length > 0;) {
        const slice = pending.slice(0, LONGEST_LOOKUP);
        const top = slice.length === LONGEST_LOOKUP && (this.lexicon.has(slice) || KOREAN_NUMBER.test(slice)) ? slice : pending[0];
        result.push(top);
        pending = pending.slice(top.length);
      }
    }
    return result;
  }

  /** NLP.js's `stemWord`: a conjugated form's root, any other token as it is. */
  stemWord(token: string): string {
    return this.lexicon.valueOf(token) || token;
  }

  /**
   * NLP.js's Korean tokenizer and stemmer (tokenizer-ko.js, stemmer-ko.js), line for line, reading
   * this table; its stopwords, normalizer and sentiment as they are. NLP.js's own classes are not
   * imported: their modules load the whole word list (~7 MB of heap) even when it is never built.
   */
  plugin(): { readonly name: string; register(container: { use(plugin: unknown): void; register(name: string, value: unknown): void }): void } {
    const tokenize = (text: string) => this.tokenize(text);
    const stemWord = (token: string) => this.stemWord(token);
    class Tokenizer extends CoreTokenizer {
      constructor(container?: unknown, shouldTokenize?: boolean) {
        super(container, shouldTokenize);
        this.name = 'tokenizer-ko';
      }

      override innerTokenize(text: string): string[] {
        return tokenize(splitAtScriptChanges(text).join(' '))
          .map((x) => x.trim())
          .filter((x) => x);
      }
    }
    class Stemmer extends BaseStemmer {
      readonly tokenizer = new Tokenizer();
      readonly normalizer = new NormalizerKo();

      constructor(container?: unknown) {
        super(container);
        this.name = 'stemmer-ko';
      }

      normalize(text: string): string {
        return text
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/까?/g, '')
          .toLowerCase();
      }

      tokenize(text: string): string[] {
        return splitAtScriptChanges(text);
      }

      prestem(word: string): string {
        const ending = PRE_ENDINGS.find((e) => word.endsWith(e)) ?? LATER_ENDINGS.find(([e]) => word.endsWith(e))?.[1];
        if (typeof ending === 'string') return word.slice(0, -ending.length);
        return typeof ending === 'number' ? word.slice(0, -ending) : word;
      }

      override innerStem(): void {
        this.setCurrent(stemWord(stemWord(this.prestem(this.getCurrent().trim()))));
      }

      override async stem(text: string | undefined, input?: { utterance?: string; text?: string }): Promise<string[]> {
        const inputText = typeof text === 'string' ? text : input?.utterance || input?.text || '';
        return this.stemTokens(this.tokenizer.tokenize(this.normalizer.normalize(inputText)).join(' '), (t) => this.normalizer.normalize(t));
      }

      async run(input: { locale?: string; text?: string; tokens?: string[] }): Promise<typeof input> {
        const stemmer = (this.container.get(`stemmer-${input.locale ?? 'en'}`) as Stemmer | undefined) ?? this;
        input.tokens = await stemmer.stem(input.text || (input.tokens ?? []).join(' '), input);
        return input;
      }

      override tokenizeAndStem(text: string): string[] {
        return this.stemTokens(this.tokenize(this.normalize(text)).join(' '), (t) => this.normalize(t));
      }

      /** NLP.js's second pass: tokens stemmed, then each replaced by its root once more. */
      private stemTokens(joined: string, normalize: (text: string) => string): string[] {
        return tokenize(normalize(joined))
          .map((x) => stemWord(this.prestem(x.trim())))
          .filter((x) => x)
          .map(stemWord);
      }
    }
    return {
      name: 'LangKoCompact',
      register(container) {
        container.use(Tokenizer);
        container.use(Stemmer);
        container.use(StopwordsKo);
        container.use(NormalizerKo);
        container.register('sentiment-ko', SentimentKo);
      },
    };
  }
}

/** NLP.js's Korean pre-tokenizing (StemmerKo.tokenize, TokenizerKo.clean): words split at punctuation, then where Hangul meets other characters. */
function splitAtScriptChanges(text: string): string[] {
  const result: string[] = [];
  for (const token of text.split(/[\s,.!?;:([\]'"¡¿)/]+/).filter((x) => x)) {
    let word = token[0];
    let isHangul = HANGUL.test(token[0]);
    for (let j = 1; j < token.length; j += 1) {
      const char = token[j];
      const newIsHangul = HANGUL.test(char);
      if (newIsHangul !== isHangul) {
        result.push(word);
        word = char;
        isHangul = newIsHangul;
      } else {
        word += char;
      }
    }
    result.push(word);
  }
  return result;
}

/**
 * NLP.js's endings cut before stemming (stemmer-ko.js), the first that ends the word, in its order.
 * Five are written there in decomposed jamo, which typed text rarely is: kept as they are, escaped,
 * so the features stay NLP.js's own.
 */
const PRE_ENDINGS = [
  '하고있는',
  '합니까',
  '습니다',
  '자에게',
  '머에게',
  '밍하는',
  '에게',
  '자에',
  '자의',
  '하고',
  '하는',
  '자는',
  '자가',
  '습니',
  '읍시',
  '는다',
  '으냐',
  'ᆻ다',
  '하는',
  'ᆻ',
  '처',
  '다',
  '요',
  '까',
  '니',
  '시',
  '\u1105\u1173\u11AF',
  '\u1102\u1173\u11AB',
  '\u110B\u1166',
  '\u110B\u1173\u11AF',
  '\u110B\u1175',
  '의',
  '를',
  '에',
  '는',
  '밍',
];
/** Then these, each with how many characters NLP.js cuts (the rest of its prestem, which the list above mostly shadows). */
const LATER_ENDINGS: ReadonlyArray<readonly [string, number]> = [
  ['습니다', 2],
  ['세요', 2],
  ['으러', 2],
  ['러', 1],
  ['고', 1],
  ['네', 1],
  ['다', 1],
  ['자', 1],
];

/** The entries NLP.js's Korean tokenizer and stemmer can look up, from its own dictionary: each with its root, or "". */
function* compileWords(): Iterable<readonly [string, string]> {
  // Loaded here only: requiring it parses the whole dictionary, and initDicts builds it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { initDicts, dictionary, names } = require('@nlpjs/lang-ko/src/korean-dictionary') as typeof KoreanDictionary;
  initDicts();
  const seen = new Set<string>();
  for (const [word, entry] of Object.entries(dictionary)) {
    if (word.length <= LONGEST_LOOKUP) {
      seen.add(word);
      yield [word, entry.root ?? ''];
    }
  }
  // A two-syllable name is a slice the tokenizer keeps whole, and has no root.
  for (const word of [...Object.keys(names.Full), ...Object.keys(names.Given)]) {
    if (word.length === LONGEST_LOOKUP && !seen.has(word)) {
      seen.add(word);
      yield [word, ''];
    }
  }
}
