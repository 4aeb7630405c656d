import { join } from 'node:path';
import StemmerZh from '@nlpjs/lang-zh/src/stemmer-zh';
import TokenizerZh from '@nlpjs/lang-zh/src/tokenizer-zh';
import StopwordsZh from '@nlpjs/lang-zh/src/stopwords-zh';
import NormalizerZh from '@nlpjs/lang-zh/src/normalizer-zh';
import { projectRoot } from '../../config/paths';
import { CompactLexicon } from './compactLexicon';

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
const SOURCE = '@nlpjs/lang-zh@4.26.1 lexicon';
/** NLP.js never looks for a word longer than this. */
const LONGEST_WORD = 8;

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
    class Stemmer extends StemmerZh {
      // Same as NLP.js's getSegments, with our segmentation: Chinese words apart, other characters joined.
      override getSegments(text: string): string[] {
        const result: string[] = [];
        let chars = '';
        for (const part of segment(text)) {
          if (this.translate.isChineseChar(part)) {
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

      override translateToEnglish(token: string): string | undefined {
        return feature(token);
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
  const stemmer = new StemmerZh(undefined);
  const dictionary = stemmer.dictionary;
  dictionary.start();
  for (const word of new Set([...Object.keys(dictionary.simplified), ...Object.keys(dictionary.traditional)])) {
    if (word && word.length <= LONGEST_WORD) yield [word, stemmer.translateToEnglish(word) ?? ''];
  }
}
