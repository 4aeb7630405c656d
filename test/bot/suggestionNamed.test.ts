import { translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';
import { titleNamed, wordStems } from '../../bot/understanding/wordStems';

/**
 * "Is it one of these?" answered in other words than a title ("oui l'inscription" for "S'inscrire à Alipay sur
 * AliExpress"): the one suggestion whose title shares the most word beginnings is taken (trial 18: the bot asked again).
 */
describe('a suggestion named in other words', () => {
  const titles = (locale: string) =>
    ['registerAlipay.title', 'answers.whatIsAlipay.title', 'unbindCard.title', 'answers.fees1688.title'].map((k) => translate(locale)(k));

  it.each([
    ['fr', "oui l'inscription", 0],
    ['en', 'the registration', 0],
    ['en', 'deleting the card', 2],
    ['es', 'eliminar la tarjeta', 2],
    ['zh', '删除银行卡那个', 2],
    ['ko', '카드 삭제요', 2],
    ['el', 'τη διαγραφή της κάρτας', 2],
  ])('in %s, "%s" names suggestion %i', (locale, text, at) => {
    expect(titleNamed(text, titles(locale))).toBe(at);
  });

  it.each([
    ['en', 'none of these'],
    ['en', 'alipay'],
    ['fr', 'non'],
  ])('in %s, "%s" names none', (locale, text) => {
    expect(titleNamed(text, titles(locale))).toBeUndefined();
  });

  it('splits elided articles off and pairs characters where words are not spaced', () => {
    expect(wordStems("l'inscription")).toEqual(new Set(['inscr']));
    expect(wordStems('删除卡')).toEqual(new Set(['删除', '除卡']));
    // Hangul syllables, not the letters (jamo) that decomposing them for accents would leave.
    expect(wordStems('카드삭제')).toEqual(new Set(['카드', '드삭', '삭제']));
  });

  it('in a conversation, "oui l\'inscription" after the suggestions starts the registration', async () => {
    const asked = "coucou, comment je m'inscris sur alipay via aliexpress ?";
    expect(await keysAfter('fr', [asked])).toEqual(['common.answer.closest']);
    expect((await keysAfter('fr', [asked, "oui l'inscription"]))[0]).toBe('common.procedure.starting');
    expect(await keysAfter('fr', [asked, "non, aucune d'elles"])).not.toContain('common.procedure.starting');
  });
});
