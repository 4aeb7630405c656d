import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { StemmerZh, TokenizerZh } from '@nlpjs/lang-zh';
import { projectRoot } from '../../bot/config/paths';
import { ChineseWords } from '../../bot/understanding/intents/chineseWords';

/**
 * The compact Chinese word table must read text exactly as NLP.js's own dictionary does: the same
 * words, the same features, so the model trained on one answers the same with the other. Checked
 * on every Chinese training phrasing, against NLP.js's own tokenizer and stemmer (this loads the
 * whole dictionary once, in this test only).
 */
const utterances = JSON.parse(readFileSync(join(projectRoot(), 'locales', 'zh', 'utterances.json'), 'utf8')) as Record<string, string[]>;
const texts = [...new Set(Object.values(utterances).flat()), '我的alipay business账户余额怎么办？', 'visa卡AA制T恤', '驗證碼收不到', ''];

describe('the compact Chinese word table', () => {
  const words = ChineseWords.load();
  const compactStemmer = (() => {
    let stemmer: { processText(text: string): string[] } | undefined;
    words.plugin().register({
      use: (Plugin: unknown) => {
        const instance = new (Plugin as new (settings: unknown) => { name?: string; processText(text: string): string[] })({});
        if (instance.name === 'stemmer-zh') stemmer = instance;
      },
    });
    return stemmer!;
  })();
  const own = { stemmer: new StemmerZh({}), tokenizer: new TokenizerZh({}) };

  it('segments and stems every training phrasing as NLP.js does', () => {
    expect(texts.length).toBeGreaterThan(400);
    const differ = texts.filter(
      (t) =>
        JSON.stringify(words.segment(t)) !== JSON.stringify(own.tokenizer.innerTokenize(t)) ||
        JSON.stringify(compactStemmer.processText(t)) !== JSON.stringify(own.stemmer.processText(t)),
    );
    expect(differ).toEqual([]);
  });

  it('gives words their pinyin, drops particles, and leaves other strings as they are', () => {
    expect(words.feature('余额')).toBe(own.stemmer.translateToEnglish('余额'));
    expect(words.feature('的')).toBeUndefined();
    expect(words.feature('alipay')).toBe('alipay');
  });
});
