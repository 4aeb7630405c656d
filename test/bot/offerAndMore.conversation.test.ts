import { keysAfter } from '../support/botKeys';

/**
 * An offer ("shall I walk you through…?", "would you like a person?") stands for one message; what that message says
 * beyond a yes or a no is not swallowed (trial 18): a question whose yes words are its own ("et est-ce qu'alipay
 * accepte paypal ?") takes nothing, a goodbye with an "ok" starts nothing, and a no followed by a request of its own
 * ("non, je veux réinitialiser le mdp de paiement") declines and then does what was asked.
 */
const offered = {
  en: 'what is alipay?',
  es: 'que es alipay?',
  fr: "c'est quoi alipay ?",
  zh: '支付宝是什么？',
  ko: '알리페이가 뭐예요?',
  el: 'τι είναι το alipay;',
} as const;
type Locale = keyof typeof offered;

describe('the message after an offer is read for all it says', () => {
  it.each<[Locale]>([['en'], ['fr'], ['zh']])('in %s, the question about Alipay offers its walkthrough', async (locale) => {
    expect(await keysAfter(locale, [offered[locale]])).toContain('common.answer.offerProcedure');
  });

  it.each<[Locale, string]>([
    ['fr', "et est-ce qu'alipay accepte paypal ?"],
    ['en', 'and does alipay accept paypal?'],
    ['es', '¿y alipay acepta paypal?'],
  ])('in %s, "%s" is a question, not a yes', async (locale, text) => {
    expect(await keysAfter(locale, [offered[locale], text])).not.toContain('common.procedure.starting');
  });

  it.each<[Locale, string]>([
    ['fr', "d'accord merci, bonne journée"],
    ['en', 'ok thanks, bye'],
    ['es', 'vale gracias, hasta luego'],
  ])('in %s, "%s" is a goodbye', async (locale, text) => {
    expect(await keysAfter(locale, [offered[locale], text])).toEqual(['common.goodbye']);
  });

  it.each<[Locale, string, string]>([
    ['fr', 'non, je veux réinitialiser le mdp de paiement', 'resetPaymentPassword.openRecoveryPage'],
    ['en', 'no, I want to delete my card', 'unbindCard.signIn'],
    ['es', 'no gracias, quiero borrar mi tarjeta', 'unbindCard.signIn'],
    ['zh', '不用了，我要删除银行卡', 'unbindCard.signIn'],
    ['ko', '아니요 카드 삭제하고 싶어요', 'unbindCard.signIn'],
  ])('in %s, "%s" declines and starts what it asks for', async (locale, text, step) => {
    expect(await keysAfter(locale, [offered[locale], text])).toEqual(['common.procedure.starting', step]);
  });

  it('in el, "όχι. απλά πες μου τι είναι το alipay" declines and asks again: the answer', async () => {
    expect((await keysAfter('el', [offered.el, 'όχι. απλά πες μου τι είναι το alipay']))[0]).toBe('answers.whatIsAlipay.answer');
  });

  it.each<[Locale, string]>([
    ['fr', 'oui merci'],
    ['fr', 'oui je veux bien'],
    ['en', 'yes please, and does it work with mastercard?'],
    ['en', 'sure'],
  ])('in %s, "%s" still takes it', async (locale, text) => {
    expect(await keysAfter(locale, [offered[locale], text])).toContain('common.procedure.starting');
  });

  it.each<[Locale, string]>([
    ['fr', 'non merci'],
    ['en', 'no thanks, please'],
  ])('in %s, "%s" declines and asks for nothing more', async (locale, text) => {
    expect(await keysAfter(locale, [offered[locale], text])).toEqual(['common.procedure.anythingElse']);
  });
});
