import { keysAfter } from '../support/botKeys';

/**
 * "I forgot my Alipay password": the articles recover the login password through AliExpress and the payment password on
 * Alipay's own site, so a password named without its kind is asked about first (trial 28: "no me acuerdo de la
 * contraseña de alipay" began the login password's recovery, "支付宝密码忘了" the payment password's). The answer picks
 * one in its own words ("la de pago", "the login one"), by its button, or by its place. Through the production middleware.
 */
describe('a password named without its kind', () => {
  it.each([
    ['en', 'i forgot my alipay password'],
    ['es', 'no me acuerdo de la contraseña de alipay'],
    ['fr', "j'ai oublié mon mot de passe alipay"],
    ['el', 'ξεχασα τον κωδικο του alipay'],
    ['zh', '支付宝密码忘了'],
    ['ko', '알리페이 비밀번호를 잊어버렸어요'],
  ])('in %s, "%s" is asked which password', async (locale, request) => {
    expect(await keysAfter(locale, [request])).toEqual(['common.answer.whichPassword']);
  });

  it.each([
    ['en', 'i forgot my alipay password', 'the login one', 'resetLoginPassword.clickForgotPassword'],
    ['es', 'no me acuerdo de la contraseña de alipay', 'la de pago', 'resetPaymentPassword.openRecoveryPage'],
    ['fr', "j'ai oublié mon mot de passe alipay", 'celui de paiement', 'resetPaymentPassword.openRecoveryPage'],
    ['el', 'ξεχασα τον κωδικο του alipay', 'αυτον της συνδεσης', 'resetLoginPassword.clickForgotPassword'],
    ['zh', '支付宝密码忘了', '付款用的那个', 'resetPaymentPassword.openRecoveryPage'],
    ['ko', '알리페이 비밀번호를 잊어버렸어요', '결제 비밀번호요', 'resetPaymentPassword.openRecoveryPage'],
    ['en', 'i forgot my alipay password', 'the second one', 'resetPaymentPassword.openRecoveryPage'],
  ])('in %s, after "%s", "%s" begins its recovery', async (locale, request, kind, first) => {
    expect(await keysAfter(locale, [request, kind])).toEqual(['common.procedure.starting', first]);
  });

  it.each([
    ['en', 'i forgot my alipay payment password', 'resetPaymentPassword.openRecoveryPage'],
    ['es', 'olvidé la contraseña para entrar en alipay', 'resetLoginPassword.clickForgotPassword'],
    ['zh', '支付宝支付密码忘了', 'resetPaymentPassword.openRecoveryPage'],
    ['ko', '로그인 비밀번호를 잊어버렸어요', 'resetLoginPassword.clickForgotPassword'],
  ])('in %s, "%s" names it: no question', async (locale, request, first) => {
    expect(await keysAfter(locale, [request])).toEqual(['common.procedure.starting', first]);
  });
});
