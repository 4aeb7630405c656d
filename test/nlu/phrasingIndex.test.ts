import { PhrasingIndex } from '../../bot/understanding/intents/phrasingIndex';
import { testCatalog } from '../support/fixtures';

/**
 * The phrasing index is written at build time and read back at start (modelFile.ts): the index
 * read from its bytes must find exactly what the one built from the phrasings finds.
 */
describe('PhrasingIndex written and read back', () => {
  const { utterances } = testCatalog();
  const probes: Record<string, string[]> = {
    en: ['how do i unbind my card', 'my sms code never came', 'what is alipay'],
    zh: ['怎么解绑银行卡', '验证码收不到', '支付宝是什么'],
    ko: ['카드 연동 해제하려면', '인증번호가 안 와요'],
    el: ['πώς αφαιρώ την κάρτα μου', 'δεν ήρθε ο κωδικός'],
    es: ['como desvinculo mi tarjeta', 'no me llega el codigo'],
    fr: ['comment supprimer ma carte', 'le code narrive pas'],
  };

  it.each(Object.entries(probes))('in %s, finds the same nearest phrasings', (lng, texts) => {
    const built = PhrasingIndex.build(utterances[lng]);
    const bytes = built.toBytes();
    // Read from an 8-byte-aligned copy placed after other bytes, as in the model file.
    const file = Buffer.alloc(bytes.length + 64);
    bytes.copy(file, 64);
    const { index: read, size } = PhrasingIndex.fromBytes(file.subarray(64));
    expect(size).toBe(bytes.length);
    for (const text of texts) {
      const nearest = built.nearest(text);
      expect(nearest.length).toBeGreaterThan(0);
      expect(read.nearest(text)).toEqual(nearest);
    }
  });
});
