import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

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
    expect(keys).toEqual([next]);
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
});

/** Checklist answers given ahead: each later step takes the part about it, and asks only what was not told. */
describe('answers given ahead of their steps', () => {
  const UNBIND: Record<string, string[]> = {
    es: ['quiero desvincular alipay de taobao', 'sí'],
    fr: ['je veux délier alipay de taobao', 'oui'],
    zh: ['我想把淘宝和支付宝解绑', '可以'],
    el: ['θέλω να αποσυνδέσω το alipay από το taobao', 'ναι'],
  };
  it.each([
    ['es', 'no está congelada, y nunca he tenido tienda ni publicado productos'],
    ['fr', "non pas gelé. et j'ai jamais eu de boutique ni publié de produits"],
    ['zh', '没冻结，也没开过店没发布过商品'],
    ['el', 'οχι δεν ειναι παγωμενος. ουτε καταστημα εχω ουτε προιοντα'],
  ])('in %s, at "is it frozen?", "%s" also answers "a shop or products?"', async (locale, report) => {
    expect(await keysAfter(locale, [...UNBIND[locale], report])).toEqual(['taobaoUnbindAlipay.askInventory']);
  });

  it('in en, at "are all orders completed?", "there is no balance left" also answers the balance step', async () => {
    const keys = await keysAfter('en', ['i want to move my 1688 payments to worldfirst', "yes all my orders are done, and there's no balance left"]);
    expect(keys[0]).not.toBe('move1688ToWorldFirst.askRemainingBalance');
    expect(keys).toEqual(['move1688ToWorldFirst.unbindFromAlipayBusiness']);
  });

  it.each([
    ['en', ['i want to delete my card', 'yes, done']],
    ['es', ['quiero eliminar mi tarjeta', 'sí, listo']],
    ['en', ['i want to withdraw money from my alipay international account', 'yes, i see']],
    ['fr', ["je veux retirer de l'argent de mon compte international alipay", 'oui, je vois']],
  ])('in %s, an answer word that is also in the next question ("%j") answers only the step asked', async (locale, turns) => {
    expect(await keysAfter(locale, turns)).toHaveLength(1);
  });

  // "로그인 잘 되고요 동결된 것도 없어요" (logs in fine, and nothing is frozen either): read whole, the last clause's "없어요"
  // answered "can you log in?" with no, and "동결된 것도" (frozen… either) was a frozen account. Without a correction's words,
  // the first clause answers the step and the rest is the next step's, even with one word of its question.
  it('in ko, "logs in fine, nothing frozen either" answers "can you log in?" with yes and is no frozen account', async () => {
    const keys = await keysAfter('ko', [translate('ko')('taobaoUnbindAlipay.title'), '로그인 잘 되고요 동결된 것도 없어요']);
    expect(keys).not.toContain('taobaoUnbindAlipay.onlyTaobaoServiceCanHelp');
    expect(keys).not.toContain('common.escalation.offerPerson');
    // The frozen step is answered ahead ("nothing frozen either"), so it is not asked: the next one is.
    expect(keys[0]).toBe('taobaoUnbindAlipay.askListingsOrShop');
    expect(await keysAfter('en', [translate('en')('taobaoUnbindAlipay.title'), 'yes... wait no, it logged me out'])).toContain(
      'taobaoUnbindAlipay.onlyTaobaoServiceCanHelp',
    );
  });

  // One word of the next question ("frozen") is enough when the rest does not repeat the answer just taken; when it does
  // ("no queda nada pendiente" after "all orders done": more of that yes), "queda" of "¿te queda saldo?" is no answer to it.
  it.each([
    ['en', 'yes i can log in. nothing is frozen'],
    ['ko', '네 로그인 돼요. 동결된 건 없어요'],
    ['fr', "oui je me connecte sans souci, rien n'est gelé"],
  ])('in %s, "%s" answers "can you log in?" and "is it frozen?"', async (locale, report) => {
    const keys = await keysAfter(locale, [translate(locale)('taobaoUnbindAlipay.title'), report]);
    expect(keys).toEqual(['taobaoUnbindAlipay.askListingsOrShop']);
  });

  // Korean joins two clauses with a verb's "-고" (and): "로그인 되고 동결도 아니에요" is "logs in, and is not frozen either",
  // not one "아니에요" (it is not) answering "can you log in?".
  it.each([
    ['로그인 되고 동결도 아니에요', 'taobaoUnbindAlipay.askListingsOrShop'],
    ['로그인은 되고 동결된 것도 없어요', 'taobaoUnbindAlipay.askListingsOrShop'],
    ['네 로그인 되고 동결 안 됐어요', 'taobaoUnbindAlipay.askListingsOrShop'],
    ['로그인 안 되고 동결된 것 같아요', 'taobaoUnbindAlipay.offerPerson'],
  ])('in ko, "%s" answers "can you log in?" with its first clause', async (report, last) => {
    expect((await keysAfter('ko', [translate('ko')('taobaoUnbindAlipay.title'), report])).at(-1)).toBe(last);
  });

  it('in ko, "메일 왔고 링크 눌렀는데 보안 질문 답은 기억나요" (came, clicked, I remember the answers) runs to the new password', async () => {
    const keys = await keysAfter('ko', [...TO_EMAIL_STEP.ko, '메일 왔고 링크 눌렀는데 보안 질문 답은 기억나요']);
    expect(keys).toEqual(['resetPaymentPassword.createNewPassword']);
  });

  it('in es, "all done, nothing pending left" at "are all orders completed?" leaves the balance question to be asked', async () => {
    const keys = await keysAfter('es', [translate('es')('move1688ToWorldFirst.title'), 'ya estan todos terminados, no queda nada pendiente']);
    expect(keys).toEqual(['move1688ToWorldFirst.askRemainingBalance']);
  });
});

/** "Shall I walk you through it?" answered with the first step's answer: the offer is taken and so is that answer. */
describe('a procedure offer answered with the first step’s answer', () => {
  it.each([
    ['en', 'what happens to my alipay business balance?', 'yes, all my 1688 orders are completed'],
    ['es', 'que pasa con el saldo de alipay business?', 'sí, ya tengo todos los pedidos de 1688 completados'],
    ['fr', 'que devient le solde alipay business ?', 'oui, toutes mes commandes 1688 sont terminées'],
    ['zh', 'Alipay Business里的余额怎么办', '好的，1688订单都完成了'],
    ['ko', '1688 결제 월드퍼스트로 바꿔야 한다던데', '주문 다 끝났어요'],
    ['el', 'τι γίνεται με το υπόλοιπο του alipay business;', 'ναι, όλες οι παραγγελίες στο 1688 ολοκληρώθηκαν'],
  ])('in %s, "%s" then "%s" starts the move past "are all orders completed?"', async (locale, question, report) => {
    expect(await keysAfter(locale, [question, report])).toEqual(['common.procedure.starting', 'move1688ToWorldFirst.askRemainingBalance']);
  });

  it('in en, a plain yes starts it at its first step', async () => {
    const keys = await keysAfter('en', ['what happens to my alipay business balance?', 'yes please']);
    expect(keys).toEqual(['common.procedure.starting', 'move1688ToWorldFirst.settleOrders']);
  });
});

/** Review of trial 24: "yes, but one is still in transit" took the yes for "all completed?" and "still" as a balance left. */
describe("a yes qualified by a contrast is the whole message's answer", () => {
  it.each([
    ['en', 'yeah, except one order is still being shipped'],
    ['fr', 'oui mais une commande est toujours en livraison'],
    ['es', 'sí, pero me queda uno todavía en envío'],
    ['el', 'ναι, όμως μία παραγγελία ακόμα αποστέλλεται'],
    ['ko', '네 그런데 주문 하나가 아직 배송 중이에요'],
    ['zh', '是的，但是还有一单在路上'],
  ])('in %s, "%s" to "are all your orders completed?" is a no', async (locale, text) => {
    expect(await keysAfter(locale, [translate(locale)('move1688ToWorldFirst.title'), text])).toEqual([
      'move1688ToWorldFirst.finishOrdersFirst',
      'common.procedure.anythingElse',
    ]);
  });

  it('"all completed, and some balance is left" still answers both', async () => {
    const said = await keysAfter('en', [translate('en')('move1688ToWorldFirst.title'), 'yes all completed, and there is still some balance left']);
    expect(said).toContain('move1688ToWorldFirst.withdrawBalance');
  });
});
