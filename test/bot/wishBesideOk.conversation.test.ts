import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * An ok, then a wish for another procedure, to "shall I walk you through X?" after an answer (trial 33: "vale. entonces
 * quiero quitar mi tarjeta de ahi" began "Get into My Alipay"): the ok takes the answer in; the wish is the request.
 */
describe('an ok and a wish for another procedure, to an offer', () => {
  it.each([
    ['en', 'ok. then I want to delete my card from there'],
    ['es', 'vale. entonces quiero quitar mi tarjeta de ahi'],
    ['fr', "d'accord. alors je veux supprimer ma carte"],
    ['el', 'οκ. τότε θέλω να διαγράψω την κάρτα μου'],
    ['zh', '好的。那我想删除银行卡'],
    ['ko', '네 그럼 카드 삭제하고 싶어요'],
  ])('in %s, "%s" starts the procedure wished for', async (locale, line) => {
    const keys = await keysAfter(locale, [translate(locale)('answers.alipayTopup.title'), line]);
    expect(keys).toEqual(['common.procedure.starting', 'unbindCard.signIn']);
  });

  it.each([
    ['en', 'yes I want to get into my alipay'],
    ['es', 'sí, quiero entrar en mi alipay'],
  ])('in %s, "%s" (the offered one wished for) takes the offer', async (locale, line) => {
    const keys = await keysAfter(locale, [translate(locale)('answers.alipayTopup.title'), line]);
    expect(keys).toEqual(['common.procedure.starting', 'accessAlipay.askBuyerOrSeller']);
  });
});
