import { keysAfter } from '../support/botKeys';

/**
 * A fact, then "shall I walk you through it?": "ok thanks, got it" takes the answer in and the walkthrough is not
 * started (trial 21: "好吧,谢谢" and "merci c'est clair" began a procedure); a wish, agreeing to try or a plain yes still
 * takes it.
 */
const QUESTION: Record<string, string> = {
  en: 'how long is the sms code valid?',
  es: '¿cuánto dura el código sms?',
  fr: 'combien de temps le code sms est valable ?',
  zh: '短信验证码多长时间有效？',
  ko: '문자 인증번호 유효시간이 얼마예요?',
  el: 'πόσο ισχύει ο κωδικός sms;',
};

describe('an answer taken in is no yes to the walkthrough offered with it', () => {
  it.each([
    ['en', 'ok thanks, got it'],
    ['es', 'vale gracias, entendido'],
    ['fr', "merci c'est clair"],
    ['zh', '明白了，谢谢'],
    ['ko', '아 네 알겠어요 감사합니다'],
    ['el', 'οκ ευχαριστώ, κατάλαβα'],
  ])('in %s, "%s" ends the exchange politely', async (locale, ack) => {
    expect(await keysAfter(locale, [QUESTION[locale], ack])).toEqual(['common.goodbye']);
  });

  it.each([
    ['en', 'got it, lets do it'],
    ['en', 'yes please, got it'],
    ['fr', 'compris, on y va'],
    ['zh', '明白了，那帮我看看吧'],
  ])('in %s, "%s" still takes the walkthrough', async (locale, yes) => {
    expect(await keysAfter(locale, [QUESTION[locale], yes])).toEqual(['common.procedure.starting', 'smsCode.askCodeReceived']);
  });
});
