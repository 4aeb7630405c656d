import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import StemmerZh from '@nlpjs/lang-zh/src/stemmer-zh';
import TokenizerZh from '@nlpjs/lang-zh/src/tokenizer-zh';
import StopwordsZh from '@nlpjs/lang-zh/src/stopwords-zh';
import NormalizerZh from '@nlpjs/lang-zh/src/normalizer-zh';
import { projectRoot } from '../../config/paths';

/**
 * NLP.js reads Chinese through the CEDICT dictionary: it segments a text into the longest
 * dictionary words and turns each into its pinyin (the model's features). Compiled at run time,
 * that dictionary holds ~120 MB of heap for the process's life and takes ~2 s at start. What the
 * model needs of it is much smaller: which strings are words, and each word's feature. Those are
 * computed once at build time by NLP.js's own code (so the features are the same, word for word)
 * into `dist/model/zh-words.json`, and read here into one map.
 */
export const chineseWordsPath = (): string => join(projectRoot(), 'dist', 'model', 'zh-words.json');

/** NLP.js's Chinese package the table is computed from: another version may read words differently. */
const SOURCE = '@nlpjs/lang-zh@4.26.1';
/** NLP.js never looks for a word longer than this. */
const LONGEST_WORD = 8;

interface WordTable {
  readonly source: string;
  /**
   * `words[L - 1]`: every word of L UTF-16 units, sorted, joined without separators (fixed width,
   * so a word is found by binary search); `features`: each word's feature (pinyin, or "" for a
   * particle NLP.js drops), one per line, words of length 1 first, in the same order.
   */
  readonly words: readonly string[];
  readonly features: string;
}

export class ChineseWords {
  /**
   * 230,000 words kept as eight long strings and their features as one, instead of an object with
   * a property per word: the object held ~20 MB of heap for the process's life, these ~7 MB.
   */
  private constructor(
    private readonly words: readonly string[],
    /** Where each length's words start in the feature numbering. */
    private readonly firstOfLength: readonly number[],
    private readonly features: string,
    /** Where each word's feature starts in `features` (one more entry than words, for the end). */
    private readonly featureStarts: Int32Array,
  ) {}

  /** The table from the build, computed now (and written) when it is missing or from another NLP.js version. */
  static load(file: string = chineseWordsPath()): ChineseWords {
    let table = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<WordTable>) : undefined;
    if (table?.source !== SOURCE || !Array.isArray(table.words)) {
      table = compileWordTable();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(table));
    }
    const { words, features } = table as WordTable;
    const firstOfLength = [0];
    words.forEach((bucket, i) => firstOfLength.push(firstOfLength[i] + bucket.length / (i + 1)));
    const featureStarts = new Int32Array(firstOfLength[words.length] + 1);
    let id = 0;
    for (let at = 0; id < featureStarts.length - 1; id++) {
      featureStarts[id] = at;
      at = features.indexOf('\n', at) + 1;
    }
    featureStarts[id] = features.length + 1;
    return new ChineseWords(words, firstOfLength, features, featureStarts);
  }

  /** NLP.js's segmentation: the longest dictionary word at each point, else one character. */
  segment(text: string): string[] {
    const result: string[] = [];
    let rest = text;
    while (rest) {
      let word = '';
      for (let i = Math.min(LONGEST_WORD, rest.length); i > 0; i -= 1) {
        if (this.idOf(rest.slice(0, i)) !== undefined) {
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
    const id = this.idOf(token);
    if (id === undefined) return token;
    return this.features.slice(this.featureStarts[id], this.featureStarts[id + 1] - 1) || undefined;
  }

  /** The word's number in the feature list, by binary search among the words of its length. */
  private idOf(word: string): number | undefined {
    const length = word.length;
    const bucket = this.words[length - 1];
    if (!bucket) return undefined;
    let low = 0;
    let high = bucket.length / length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const candidate = bucket.slice(mid * length, mid * length + length);
      if (candidate === word) return this.firstOfLength[length - 1] + mid;
      if (candidate < word) low = mid + 1;
      else high = mid - 1;
    }
    return undefined;
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

/** Every word of NLP.js's dictionary with the feature NLP.js's own stemmer gives it. */
function compileWordTable(): WordTable {
  const stemmer = new StemmerZh(undefined);
  const dictionary = stemmer.dictionary;
  dictionary.start();
  const byLength: string[][] = Array.from({ length: LONGEST_WORD }, () => []);
  for (const word of new Set([...Object.keys(dictionary.simplified), ...Object.keys(dictionary.traditional)])) {
    if (word && word.length <= LONGEST_WORD) byLength[word.length - 1].push(word);
  }
  // Default sort: by UTF-16 units, the order `<` compares in.
  for (const bucket of byLength) bucket.sort();
  const features = byLength.flat().map((word) => (stemmer.translateToEnglish(word) ?? '').replace(/\n/g, ' '));
  return { source: SOURCE, words: byLength.map((bucket) => bucket.join('')), features: features.join('\n') };
}
