import { keysAfter } from '../support/botKeys';

/**
 * A report that runs past the step: the first clauses answer it, the rest names a choice of the next step, which is
 * taken as said ("as you told me: …") instead of asked again or read as "not sure".
 */
const TO_EMAIL_STEP: Record<string, string[]> = {
  en: ['i forgot my payment password', 'yes', 'done'],
  es: ['olvidé mi contraseña de pago', 'sí', 'listo'],
  fr: "j'ai oublié mon mot de passe de paiement|oui|c'est fait".split('|'),
  zh: ['我忘了支付密码', '是', '好了'],
  ko: ['결제 비밀번호를 잊어버렸어요', '네', '했어요'],
  el: ['ξέχασα τον κωδικό πληρωμής', 'ναι', 'έγινε'],
};

describe('a report that runs past the step', () => {
  it.each([
    ['en', 'yes it came, i opened it but i dont remember the answers', 'resetPaymentPassword.forgotSecurityAnswers'],
    ['en', 'got it, clicked the link, now it asks my security questions and i remember them', 'resetPaymentPassword.createNewPassword'],
    ['es', 'ah ya llegó, lo abrí. pero no me acuerdo de las respuestas', 'resetPaymentPassword.forgotSecurityAnswers'],
    ['es', 'sí llegó y le di al enlace, me pide las preguntas de seguridad y me las sé', 'resetPaymentPassword.createNewPassword'],
    ['fr', "oui reçu, j'ai cliqué le lien, mais je me souviens plus des réponses", 'resetPaymentPassword.forgotSecurityAnswers'],
    ['zh', '收到邮件了 点进去了 让我回答安全问题 我记得答案', 'resetPaymentPassword.createNewPassword'],
    ['zh', '收到了，点了链接，要回答安全问题，可是我不记得答案了', 'resetPaymentPassword.forgotSecurityAnswers'],
    ['ko', '메일 왔어요 링크 눌렀는데 보안 질문 답이 기억 안 나요', 'resetPaymentPassword.forgotSecurityAnswers'],
    ['el', 'ήρθε, το άνοιξα, αλλά δεν θυμάμαι τις απαντήσεις', 'resetPaymentPassword.forgotSecurityAnswers'],
  ])('in %s, at "did the email arrive?", "%s" answers it and the next step', async (locale, report, next) => {
    const keys = await keysAfter(locale, [...TO_EMAIL_STEP[locale], report]);
    expect(keys.slice(0, 2)).toEqual(['resetPaymentPassword.answerSecurityQuestions', 'common.procedure.alreadyTold']);
    expect(keys.at(-1)).toBe(next);
  });

  it.each([
    ['en', 'yes im a seller on aliexpress, i opened it and it asks me to activate'],
    ['es', 'sí, vendo en aliexpress. entré y me pide activar'],
    ['zh', '是的 我是速卖通卖家 打开了 它让我激活'],
  ])('in %s, at "are you a member?", "%s" goes on to activation', async (locale, report) => {
    const request = {
      en: 'i want to withdraw money from my alipay international account',
      es: 'quiero retirar dinero de mi cuenta internacional de alipay',
      zh: '我想从支付宝国际账户提现',
    }[locale]!;
    expect(await keysAfter(locale, [request, report])).toContain('withdrawFunds.activateFirst');
  });

  it.each([
    ['en', 'yes, i see'],
    ['en', 'yes, i understand'],
    ['es', 'sí, ya veo'],
    ['fr', 'oui, je vois'],
  ])('in %s, a yes with words that name no choice ("%s") asks the next step', async (locale, answer) => {
    const request = {
      en: 'i want to withdraw money from my alipay international account',
      es: 'quiero retirar dinero de mi cuenta internacional de alipay',
      fr: "je veux retirer de l'argent de mon compte international alipay",
    }[locale]!;
    expect(await keysAfter(locale, [request, answer])).toEqual(['withdrawFunds.openAccount']);
  });
});
