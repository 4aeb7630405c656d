import { keysAfter } from '../support/botKeys';

/**
 * "Shall I pause X and start Y?" answered with a yes, something not done yet, and a go-ahead ("ναι, δεν έγραψα κανέναν
 * κωδικό πάντως. πάμε για τον κωδικό πληρωμής", trial 30; "yes, I didn't click anything yet. let's do the payment one"):
 * the switch is taken. What the user says was not done opens no report of their own, and "let's go" asks for what was
 * offered; the yes used to be read as the paused step's answer, and the wrong procedure went on.
 */
describe('a yes to a switch, beside something not done', () => {
  it.each([
    [
      'en',
      ['I forgot my login password', "sorry, my mistake, it's the payment password I forgot"],
      "yes, I didn't click anything yet. let's do the payment one",
    ],
    ['en', ['I forgot my login password', "sorry, my mistake, it's the payment password I forgot"], "yes please, haven't done anything on that page"],
    [
      'es',
      ['olvidé mi contraseña de acceso', 'perdona, en realidad es la contraseña de pago la que olvidé'],
      'sí, no he hecho nada todavía. vamos con la de pago',
    ],
    [
      'fr',
      ["j'ai oublié mon mot de passe de connexion", "pardon, en fait c'est le mot de passe de paiement que j'ai oublié"],
      "oui, j'ai rien fait encore. allons-y pour celui de paiement",
    ],
    ['zh', ['登录密码忘了', '不对，我忘的是支付密码'], '好的，我还没填任何东西，开始吧'],
    [
      'el',
      ['ξέχασα τον κωδικό σύνδεσης', 'συγγνώμη, λάθος μου, τον κωδικό πληρωμής ξέχασα'],
      'ναι, δεν έγραψα κανέναν κωδικό πάντως. πάμε για τον κωδικό πληρωμής',
    ],
    ['ko', ['로그인 비밀번호를 잊어버렸어요', '아 잠깐, 결제 비밀번호를 잊어버린 거예요'], '네, 아직 아무것도 안 했어요. 그걸로 가죠'],
  ])('in %s, after %j, "%s" starts the payment password reset', async (locale, before, answer) => {
    const keys = await keysAfter(locale, [...before, answer]);
    expect(keys).toContain('common.procedure.starting');
    expect(keys.at(-1)).toBe('resetPaymentPassword.openRecoveryPage');
  });
});
