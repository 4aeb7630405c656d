import { join } from 'node:path';
import { chunk } from '@nlpjs/lang-ko/src/korean-chunker';
import NormalizerKo from '@nlpjs/lang-ko/src/normalizer-ko';
import SentimentKo from '@nlpjs/lang-ko/src/sentiment/sentiment_ko';
import StemmerKo from '@nlpjs/lang-ko/src/stemmer-ko';
import StopwordsKo from '@nlpjs/lang-ko/src/stopwords-ko';
import TokenizerKo from '@nlpjs/lang-ko/src/tokenizer-ko';
import type * as KoreanDictionary from '@nlpjs/lang-ko/src/korean-dictionary';
import { projectRoot } from '../../config/paths';
import { CompactLexicon } from './compactLexicon';

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
const SOURCE = '@nlpjs/lang-ko@4.26.1 lexicon';
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

  /** NLP.js's Korean tokenizer, stemmer, stopwords, normalizer and sentiment, reading this table instead of the dictionary. */
  plugin(): { readonly name: string; register(container: { use(plugin: unknown): void; register(name: string, value: unknown): void }): void } {
    const tokenize = (text: string) => this.tokenize(text);
    const stemWord = (token: string) => this.stemWord(token);
    class Tokenizer extends TokenizerKo {
      override innerTokenize(text: string): string[] {
        return tokenize(this.clean(text))
          .map((x) => x.trim())
          .filter((x) => x);
      }
    }
    class Stemmer extends StemmerKo {
      constructor(container?: unknown) {
        super(container);
        this.tokenizer = new Tokenizer();
      }

      override innerStem(): void {
        this.setCurrent(stemWord(stemWord(this.prestem(this.getCurrent().trim()))));
      }

      override async stem(text: string | undefined, input?: { utterance?: string; text?: string }): Promise<string[]> {
        const inputText = typeof text === 'string' ? text : (input?.utterance ?? input?.text ?? '');
        return this.stemTokens(this.tokenizer.tokenize(this.normalizer.normalize(inputText)).join(' '), (t) => this.normalizer.normalize(t));
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
