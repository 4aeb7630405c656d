import { keysAfter } from '../support/botKeys';

/** "Do you remember the answers?" answered by having answered them ("I answered all 3 questions correctly"): remembered. */
const AT_ANSWERS_STEP: Record<string, string[]> = {
  en: ['i forgot my payment password', 'yes', 'done', 'yes'],
  es: ['olvidé mi contraseña de pago', 'sí', 'listo', 'sí'],
  fr: "j'ai oublié mon mot de passe de paiement|oui|c'est fait|oui".split('|'),
  zh: ['我忘了支付密码', '是', '好了', '是'],
  ko: ['결제 비밀번호를 잊어버렸어요', '네', '했어요', '네'],
  el: ['ξέχασα τον κωδικό πληρωμής', 'ναι', 'έγινε', 'ναι'],
};

describe('security questions already answered', () => {
  it.each([
    ['en', 'I answered all 3 questions correctly'],
    ['es', 'ya las contesté'],
    ['fr', "j'ai répondu aux questions"],
    ['zh', '都答对了'],
    ['ko', '답 다 입력했어요'],
    ['el', 'τις απάντησα όλες'],
  ])('in %s, "%s" goes on to the new password', async (locale, answer) => {
    expect(await keysAfter(locale, [...AT_ANSWERS_STEP[locale], answer])).toEqual(['resetPaymentPassword.createNewPassword']);
  });
});
