import { keysAfter } from '../support/botKeys';

/**
 * "Shall I walk you through it?" answered by agreeing to try ("bon on essaie", "probemos", "한번 해볼게요"): the offer is
 * taken, as "yes" would. At a step, the same words promise work not done yet and answer nothing.
 */
describe('agreeing to try takes an offer', () => {
  it.each([
    ['en', 'can i still register for alipay on aliexpress?', 'ok lets try'],
    ['es', '¿todavía puedo registrarme en alipay para aliexpress?', 'bueno, probemos'],
    ['fr', "Bonjour, je n'ai jamais eu d'Alipay, je peux encore m'inscrire pour payer sur AliExpress ?", 'bon on essaie'],
    ['zh', '现在还能在速卖通注册支付宝吗？', '那试试吧'],
    ['ko', '알리익스프레스에서 알리페이 아직 가입할 수 있어요?', '한번 해볼게요'],
    ['el', 'μπορώ ακόμα να εγγραφώ στο alipay για το aliexpress;', 'ας το δοκιμάσουμε'],
  ])('in %s, "%s" then "%s" begins the registration', async (locale, question, accept) => {
    expect(await keysAfter(locale, [question])).toContain('common.answer.offerProcedure');
    expect(await keysAfter(locale, [question, accept])).toEqual(['common.procedure.starting', 'registerAlipay.sourcesDisagree']);
  });

  it.each([
    ['fr', 'je veux supprimer ma carte', 'bon on essaie'],
    ['ko', '카드 삭제하고 싶어요', '한번 해볼게요'],
  ])('in %s, at a step, "%s" then "%s" answers nothing yet', async (locale, request, accept) => {
    expect(await keysAfter(locale, [request, accept])).not.toContain('unbindCard.openMyAccount');
  });
});
