import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import StemmerKo from '@nlpjs/lang-ko/src/stemmer-ko';
import TokenizerKo from '@nlpjs/lang-ko/src/tokenizer-ko';
import { projectRoot } from '../../bot/config/paths';
import { KoreanWords } from '../../bot/understanding/intents/koreanWords';

/**
 * The compact Korean table must read text exactly as NLP.js's own dictionary does, so the model
 * trained with one answers the same with the other. Checked against NLP.js's own Korean tokenizer
 * and stemmer (which build the whole dictionary, in this test only) on every Korean training
 * phrasing and every Korean string the bot says: thousands of sentences, conjugated verbs, names,
 * numbers and Latin product names among them.
 */
const koreanDir = join(projectRoot(), 'locales', 'ko');
const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : [];
const texts = [
  ...new Set(readdirSync(koreanDir).flatMap((file) => strings(JSON.parse(readFileSync(join(koreanDir, file), 'utf8'))))),
  '알리페이 비밀번호를 잊어버렸어요',
  '김민수입니다 3만원 보냈어요',
  '인증번호가 안 와요!! 123456',
  'Alipay계정 해지하고싶습니다',
  '',
];

type Stemmer = {
  stem(text: string): Promise<string[]>;
  tokenizeAndStem(text: string): string[];
  setCurrent(w: string): void;
  innerStem(): void;
  getCurrent(): string;
};

function pluginParts(words: KoreanWords): { tokenizer: { tokenize(text: string): string[] }; stemmer: Stemmer } {
  const parts: Record<string, unknown> = {};
  words.plugin().register({
    use: (Plugin: unknown) => {
      const instance = new (Plugin as new () => { name?: string })();
      if (instance.name) parts[instance.name] = instance;
    },
    register: () => undefined,
  });
  return { tokenizer: parts['tokenizer-ko'] as { tokenize(text: string): string[] }, stemmer: parts['stemmer-ko'] as Stemmer };
}

describe('the compact Korean word table', () => {
  const compact = pluginParts(KoreanWords.load());
  const own = { tokenizer: new TokenizerKo(), stemmer: new StemmerKo() as unknown as Stemmer };
  const stemOne = (stemmer: Stemmer, word: string): string => {
    stemmer.setCurrent(word);
    stemmer.innerStem();
    return stemmer.getCurrent();
  };

  it('tokenizes and stems every Korean phrasing and string as NLP.js does', async () => {
    expect(texts.length).toBeGreaterThan(1000);
    const differ: string[] = [];
    for (const text of texts) {
      const same =
        JSON.stringify(compact.tokenizer.tokenize(text)) === JSON.stringify(own.tokenizer.tokenize(text)) &&
        JSON.stringify(await compact.stemmer.stem(text)) === JSON.stringify(await own.stemmer.stem(text)) &&
        JSON.stringify(compact.stemmer.tokenizeAndStem(text)) === JSON.stringify(own.stemmer.tokenizeAndStem(text)) &&
        text.split(/\s+/).every((word) => stemOne(compact.stemmer, word) === stemOne(own.stemmer, word));
      if (!same) differ.push(text);
    }
    expect(differ).toEqual([]);
  });

  it('gives a conjugated form the root NLP.js gives it, and leaves other tokens as they are', () => {
    const words = KoreanWords.load();
    expect(words.stemWord('값지')).toBe(stemOne(own.stemmer, '값지'));
    expect(words.stemWord('값지')).not.toBe('값지');
    expect(words.stemWord('가요')).toBe('가요');
    expect(words.stemWord('alipay')).toBe('alipay');
  });
});
