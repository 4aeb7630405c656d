import { keysAfter } from '../support/botKeys';

/**
 * A question right after an answer, naming no product, is about that answer ("is there a fee for that?" after "what
 * happens to my Alipay Business balance?": the withdrawal fee, not the unchanged 1688 fees it was read as alone).
 */
describe('a follow-up question is about the answer just given', () => {
  it.each([
    ['en', 'can I still withdraw the money left in alipay business?', 'is there a fee for that?'],
    ['es', '¿puedo sacar el saldo que me queda en alipay business?', '¿y eso tiene comisión?'],
    ['zh', 'alipay business里的余额还能提现吗？', '要手续费吗？'],
    ['fr', 'je peux retirer le solde restant sur alipay business ?', 'et ça coûte des frais ?'],
    ['ko', '알리페이 비즈니스 잔액 출금할 수 있어요?', '수수료 있어요?'],
    ['el', 'μπορώ να κάνω ανάληψη το υπόλοιπο από το alipay business;', 'έχει χρέωση αυτό;'],
  ])('in %s, "%s" then "%s"', async (locale, first, then) => {
    expect((await keysAfter(locale, [first]))[0]).toBe('answers.balance1688.answer');
    expect((await keysAfter(locale, [first, then]))[0]).toBe('answers.withdrawalFees1688.answer');
  });

  it('reads a question naming a product, or a request, as it is', async () => {
    expect((await keysAfter('en', ['can I still withdraw the money left in alipay business?', 'how do I delete my card?']))[0]).toBe(
      'common.procedure.starting',
    );
  });
});
