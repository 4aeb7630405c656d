import { translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * "Has it arrived?" asked of a code or an email (StepMeta.asks 'arrival'): a code that fails has arrived ("me dice
 * caducado"), one that does not come has not ("收不到"); and the request that started the procedure already tells it,
 * so the step is not asked again (trial 18: "el codigo sms que me llego no funciona, me dice caducado" → "¿Lo ha recibido?").
 */
describe('a failing code has arrived', () => {
  const smsCode = (locale: string) => translate(locale)('smsCode.title');

  it.each([
    ['en', 'it came but it says invalid'],
    ['en', 'i got it but it expired'],
    ['es', 'me llegó pero ya caducó'],
    ['fr', 'le code ne marche pas'],
    ['zh', '收到了但是提示验证码错误'],
    ['ko', '인증번호가 만료됐대요'],
    ['el', 'ο κωδικός έληξε'],
  ])('in %s, "%s" at "have you received it?" asks when it came', async (locale, text) => {
    expect(await keysAfter(locale, [smsCode(locale), text])).toEqual(['smsCode.askCodeAge']);
  });

  it.each([
    ['en', "the code hasn't arrived, nothing works"],
    ['es', 'no me llega, sale error'],
    ['fr', "le sms n'arrive pas"],
    ['zh', '还是收不到'],
    ['ko', '인증번호 문자가 안와요'],
    ['el', 'δεν μου έρχεται'],
  ])('in %s, "%s" at "have you received it?" checks the bound number', async (locale, text) => {
    expect(await keysAfter(locale, [smsCode(locale), text])).toEqual(['smsCode.checkBoundNumber']);
  });

  it('reads "still has not arrived" at "has the email arrived now?" as no, beside a mention of the promotions tab', async () => {
    const keys = await keysAfter('es', [
      translate('es')('resetPaymentPassword.title'),
      'sí',
      'sí',
      'no',
      'nada, revisé spam, promociones, todo y el correo sigue sin llegar',
    ]);
    expect(keys).not.toContain('resetPaymentPassword.answerSecurityQuestions');
  });
});

describe('the request tells whether the code came', () => {
  it.each([
    ['en', 'sms verification code not arriving', 'smsCode.checkBoundNumber'],
    ['en', 'my sms code expired, what do i do', 'smsCode.askCodeAge'],
    ['es', 'hola, el codigo sms que me llego no funciona, me dice caducado', 'smsCode.askCodeAge'],
    ['es', 'no me llega el codigo sms', 'smsCode.checkBoundNumber'],
    ['fr', 'je reçois pas le code sms', 'smsCode.checkBoundNumber'],
    ['fr', 'le code sms ne marche pas', 'smsCode.askCodeAge'],
    ['zh', '手机收不到验证码', 'smsCode.checkBoundNumber'],
    ['zh', '验证码过期了怎么办', 'smsCode.askCodeAge'],
    ['ko', '인증번호 문자가 안와요', 'smsCode.checkBoundNumber'],
    ['ko', '인증번호가 만료됐어요', 'smsCode.askCodeAge'],
    ['el', 'δεν μου έρχεται ο κωδικός sms', 'smsCode.checkBoundNumber'],
    ['el', 'ο κωδικός sms έληξε', 'smsCode.askCodeAge'],
  ])('in %s, "%s" is not asked "have you received it?" again', async (locale, text, next) => {
    expect(await keysAfter(locale, [text])).toEqual(['common.procedure.starting', next]);
  });

  it.each([
    ['en', 'help with the sms verification code'],
    ['es', 'no sé qué hacer con el código sms'],
  ])('in %s, "%s" tells nothing of it: the step is asked', async (locale, text) => {
    expect(await keysAfter(locale, [text])).toEqual(['common.procedure.starting', 'smsCode.askCodeReceived']);
  });
});

describe('when the code came, said with its arrival, is not asked again', () => {
  const smsCode = (locale: string) => translate(locale)('smsCode.title');

  it.each([
    ['es', 'sí, me llegó hace como una hora', 'smsCode.codeExpired'],
    ['en', 'yes it came about 10 minutes ago', 'smsCode.codeStillValid'],
    ['zh', '收到了，20分钟前', 'smsCode.codeStillValid'],
    ['ko', '네 한 시간 전에 왔어요', 'smsCode.codeExpired'],
    ['fr', 'oui reçu il y a 5 minutes', 'smsCode.codeStillValid'],
    ['el', 'ναι ήρθε πριν 40 λεπτά', 'smsCode.codeExpired'],
  ])('in %s, "%s" goes on from the time it gives', async (locale, text, verdict) => {
    const keys = await keysAfter(locale, [smsCode(locale), text]);
    expect(keys[0]).toBe(verdict);
  });

  it('asks when it came after a plain yes', async () => {
    expect(await keysAfter('en', [smsCode('en'), 'yes'])).toEqual(['smsCode.askCodeAge']);
  });

  it('reads both from the request: it came, two hours ago', async () => {
    expect(await keysAfter('en', ['my sms code came 2 hours ago and it says expired'])).toEqual([
      'common.procedure.starting',
      'smsCode.codeExpired',
      'smsCode.requestNewCode',
    ]);
  });
});
