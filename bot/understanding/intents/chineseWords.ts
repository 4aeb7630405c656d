import { join } from 'node:path';
import type StemmerZhType from '@nlpjs/lang-zh/src/stemmer-zh';
import TokenizerZh from '@nlpjs/lang-zh/src/tokenizer-zh';
import StopwordsZh from '@nlpjs/lang-zh/src/stopwords-zh';
import NormalizerZh from '@nlpjs/lang-zh/src/normalizer-zh';
import { projectRoot } from '../../config/paths';
import { CompactLexicon, lexiconSource } from './compactLexicon';

/**
 * NLP.js reads Chinese through the CEDICT dictionary: it segments a text into the longest
 * dictionary words and turns each into its pinyin (the model's features). Compiled at run time,
 * that dictionary holds ~120 MB of heap for the process's life and takes ~2 s at start. What the
 * model needs of it is much smaller: which strings are words, and each word's feature. Those are
 * computed once at build time by NLP.js's own code (so the features are the same, word for word)
 * into `dist/model/zh-words.json`, and read here as a CompactLexicon.
 */
export const chineseWordsPath = (): string => join(projectRoot(), 'dist', 'model', 'zh-words.json');

/** NLP.js's Chinese package the table is computed from (and the table's layout): another version may read words differently. */
const SOURCE = lexiconSource('@nlpjs/lang-zh');
/** NLP.js never looks for a word longer than this. */
const LONGEST_WORD = 8;

/** NLP.js's test for a Chinese character (translate-zh.js), without its per-call global regex. */
const CHINESE_CHAR =
  /[\u2E80-\u2E99\u2E9B-\u2EF3\u2F00-\u2FD5\u3005\u3007\u3021-\u3029\u3038-\u303B\u3400-\u4DB5\u4E00-\u9FCC\uF900-\uFA6D\uFA70-\uFAD9]|[\uD840-\uD868\uD86A-\uD86C][\uDC00-\uDFFF]|\uD869[\uDC00-\uDED6\uDF00-\uDFFF]|\uD86D[\uDC00-\uDF34\uDF40-\uDFFF]|\uD86E[\uDC00-\uDC1D]|\uD87E[\uDC00-\uDE1D]/;
/** NLP.js's punctuation pattern in stemmer-zh.js, as it is (a sequence, matched as a regular expression). */
const NLPJS_PUNCTUATION = new RegExp('.:+-=()"\'!?،,؛;。，？！￥：；《》【】（）', 'g');

export class ChineseWords {
  /** 230,000 words: as an object with a property per word they held ~20 MB of heap, as a CompactLexicon ~7 MB. */
  private constructor(private readonly lexicon: CompactLexicon) {}

  /** The table from the build, computed now (and written) when it is missing or from another NLP.js version. */
  static load(file: string = chineseWordsPath()): ChineseWords {
    return new ChineseWords(CompactLexicon.load(file, SOURCE, compileWords));
  }

  /** Writes the table for the build, unless it is there already. */
  static ensure(file: string = chineseWordsPath()): void {
    CompactLexicon.ensure(file, SOURCE, compileWords);
  }

  /** NLP.js's segmentation: the longest dictionary word at each point, else one character. */
  segment(text: string): string[] {
    const result: string[] = [];
    let rest = text;
    while (rest) {
      let word = '';
      for (let i = Math.min(LONGEST_WORD, rest.length); i > 0; i -= 1) {
        if (this.lexicon.has(rest.slice(0, i))) {
          word = rest.slice(0, i);
          break;
        }
      }
      const seg = word || rest.slice(0, 1);
      result.push(seg);
      rest = rest.slice(seg.length);
    }
    return result;
  }

  /** A word's feature; a string that is no word stays itself; a particle has none. */
  feature(token: string): string | undefined {
    const feature = this.lexicon.valueOf(token);
    return feature === undefined ? token : feature || undefined;
  }

  /** NLP.js's Chinese tokenizer, stemmer, stopwords and normalizer, reading this table instead of the dictionary. */
  plugin(): { readonly name: string; register(container: { use(plugin: unknown): void }): void } {
    const segment = (text: string) => this.segment(text);
    const feature = (token: string) => this.feature(token);
    class Tokenizer extends TokenizerZh {
      override innerTokenize(text: string): string[] {
        return segment(text);
      }
    }
    /**
     * NLP.js's StemmerZh (stemmer-zh.js), line for line, reading our table: importing NLP.js's own
     * would load its traditional/simplified phrase tables (~5 MB of heap) for one character test.
     */
    class Stemmer {
      readonly name = 'stemmer-zh';

      constructor(private readonly container?: { get(name: string): unknown }) {}

      clearText(text: string): string {
        // NLP.js's own: replace() with a string replaces the first one only, and its pattern is a sequence, not a class.
        return text.replace('？', ' ').replace('！', ' ').replace(NLPJS_PUNCTUATION, ' ');
      }

      /** Chinese words apart, other characters joined. */
      getSegments(text: string): string[] {
        const result: string[] = [];
        let chars = '';
        for (const part of segment(text)) {
          if (CHINESE_CHAR.test(part)) {
            if (chars) result.push(chars);
            chars = '';
            result.push(part);
          } else {
            chars += part;
          }
        }
        if (chars) result.push(chars);
        return result;
      }

      translateToEnglish(token: string): string | undefined {
        return feature(token);
      }

      processText(text: string): string[] {
        const translated = this.getSegments(this.clearText(text))
          .map((part) => this.translateToEnglish(part))
          .filter((part) => part);
        return this.clearText(translated.join(' '))
          .toLowerCase()
          .split(' ')
          .filter((x) => x);
      }

      async stem(text: string | undefined, input?: { utterance?: string; text?: string }): Promise<string[]> {
        return this.processText(typeof text === 'string' ? text : input?.utterance || input?.text || '');
      }

      async run(input: { locale?: string; text?: string; tokens?: string[] }): Promise<typeof input> {
        const stemmer = (this.container?.get(`stemmer-${input.locale ?? 'en'}`) as Stemmer | undefined) ?? this;
        input.tokens = await stemmer.stem(input.text || (input.tokens ?? []).join(' '), input);
        return input;
      }
    }
    return {
      name: 'LangZhCompact',
      register(container) {
        container.use(Tokenizer);
        container.use(Stemmer);
        container.use(StopwordsZh);
        container.use(NormalizerZh);
      },
    };
  }
}

/** Every word of NLP.js's dictionary with the feature NLP.js's own stemmer gives it (its pinyin, or "" for a particle it drops). */
function* compileWords(): Iterable<readonly [string, string]> {
  // Loaded here only: it loads NLP.js's phrase tables, and start() its whole dictionary.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const StemmerZh = require('@nlpjs/lang-zh/src/stemmer-zh') as typeof StemmerZhType;
  const stemmer = new StemmerZh(undefined);
  const dictionary = stemmer.dictionary;
  dictionary.start();
  for (const word of new Set([...Object.keys(dictionary.simplified), ...Object.keys(dictionary.traditional)])) {
    if (word && word.length <= LONGEST_WORD) yield [word, stemmer.translateToEnglish(word) ?? ''];
  }
}
