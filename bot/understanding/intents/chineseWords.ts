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
  /** Word → its feature (pinyin), or "" for a particle NLP.js drops. */
  readonly words: Readonly<Record<string, string>>;
}

export class ChineseWords {
  /** The parsed table as it is: copying 230,000 words into a Map would double the memory at start for no faster lookup. */
  private constructor(private readonly features: Readonly<Record<string, string>>) {}

  /** The table from the build, computed now (and written) when it is missing or from another NLP.js version. */
  static load(file: string = chineseWordsPath()): ChineseWords {
    let table = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as WordTable) : undefined;
    if (table?.source !== SOURCE) {
      table = compileWordTable();
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, JSON.stringify(table));
    }
    return new ChineseWords(table.words);
  }

  /** NLP.js's segmentation: the longest dictionary word at each point, else one character. */
  segment(text: string): string[] {
    const result: string[] = [];
    let rest = text;
    while (rest) {
      let word = '';
      for (let i = Math.min(LONGEST_WORD, rest.length); i > 0; i -= 1) {
        if (Object.hasOwn(this.features, rest.slice(0, i))) {
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
    if (!Object.hasOwn(this.features, token)) return token;
    return this.features[token] || undefined;
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
  const words: Record<string, string> = {};
  for (const word of new Set([...Object.keys(dictionary.simplified), ...Object.keys(dictionary.traditional)])) {
    if (!word || word.length > LONGEST_WORD) continue;
    words[word] = stemmer.translateToEnglish(word) ?? '';
  }
  return { source: SOURCE, words };
}
