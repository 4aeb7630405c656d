import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding, yesNoStep } from '../support/fixtures';

/**
 * Reading rules from the eleventh and twelfth probe rounds: giving up a product is no stop, "has it
 * ever…?" is answered by having done it once, a Chinese "not all done" leaves some, a figure asked
 * for is a fact, an emoji ends a clause, a minimum or another store asked for is a detail the
 * articles do not give, one star beside a number is decoration, a person declined after the noun.
 */
const understanding = testUnderstanding();
const ever: StepMeta = { prompt: { key: 'taobaoUnbindAlipay.askListingsOrShop' }, expects: 'yesNo', asks: 'history' };
const settled: StepMeta = { prompt: { key: 'move1688ToWorldFirst.settleOrders' }, expects: 'yesNo', asks: 'settled' };
const yes = { type: 'answer.yes' };
const no = { type: 'answer.no' };

describe('stopping the use of a product is not stopping the procedure', () => {
  it.each([
    ['en', 'yes, I want to stop using Alipay Business'],
    ['fr', "oui c'est fait, j'arrête d'utiliser Alipay Business après"],
    ['es', 'listo, después voy a dejar de usar alipay business'],
    ['el', 'έγινε, θα σταματήσω να χρησιμοποιώ το alipay business'],
  ])('in %s, "%s" does not stop', (locale, text) => {
    expect(understanding.signals(text, undefined, locale, 'move_1688_to_worldfirst').stop).toBe(false);
  });

  it.each([
    ['en', 'i want to stop'],
    ['fr', 'je veux arrêter'],
    ['es', 'quiero parar'],
  ])('in %s, "%s" still stops', (locale, text) => {
    expect(understanding.signals(text, undefined, locale, 'move_1688_to_worldfirst').stop).toBe(true);
  });
});

describe('"has it ever…?": done once is yes, never is no', () => {
  it.each([
    ['en', 'I opened a shop back in 2019 but closed it', yes],
    ['en', 'used to sell phone cases on it', yes],
    ['fr', "non jamais rien publié, ah si zut, j'avais ouvert une petite boutique en 2019", yes],
    ['zh', '以前开过个小店卖衣服，后来没做了就一直放着', yes],
    ['ko', '예전에 상점 연 적 있어요', yes],
    ['en', 'never opened one', no],
    ['fr', 'non jamais ouvert de boutique', no],
    ['zh', '从来没发布过商品', no],
  ])('in %s, "%s"', (locale, text, event) => {
    expect(understanding.read(text, locale, ever, yesNoStep.choices).event).toEqual(event);
  });

  it('keeps "all paid" a no where the step asks what is still pending', () => {
    const pending: StepMeta = { ...ever, asks: 'existence' };
    expect(understanding.read('all paid, nothing pending', 'en', pending, yesNoStep.choices).event).toEqual(no);
  });
});

describe('"are they all completed?"', () => {
  it.each([
    ['zh', '还没全部完成', no],
    ['zh', '没有，还有一单', no],
    ['zh', '全部完成了', yes],
    ['el', 'ολα εχουν κλεισει δεν εκκρεμει τιποτα', yes],
  ])('in %s, "%s"', (locale, text, event) => {
    expect(understanding.read(text, locale, settled, yesNoStep.choices).event).toEqual(event);
  });
});

describe('a figure asked for is a fact, whatever task its words name', () => {
  it.each([
    ['zh', '短信验证码几分钟就过期了？'],
    ['zh', '短信验证码多久过期？'],
    ['en', 'how long does the sms verification code stay valid?'],
  ])('in %s, "%s" asks for a fact', (locale, text) => {
    expect(understanding.questions.asksWhetherNotHow(text, locale)).toBe(true);
  });

  it('keeps a wish told beside it a task', () => {
    expect(understanding.questions.asksWhetherNotHow('I want to withdraw money, how long does it take?', 'en')).toBe(false);
  });
});

describe('an emoji ends a clause', () => {
  it('reads the answer before it, and the question after it as a question', () => {
    const text = 'all updated 👍 after this can i unbind it or log out of the alliance?';
    expect(understanding.read(text, 'en', yesNoStep.step, yesNoStep.choices).event).toEqual(yes);
  });
});

describe('a Korean "not that" after the thing it denies', () => {
  it.each(['동결 그런 건 아니고 그냥 비번을 까먹은 거예요', '정지 같은 건 아니고 그냥 비번 까먹었어요'])('"%s" states no frozen account', (text) => {
    expect(understanding.signals(text, undefined, 'ko').frozen).toBe(false);
  });
});

describe('details the articles never give', () => {
  it.each([
    ['en', 'is there a minimum withdrawal amount on the international account?', 'minimum'],
    ['es', '¿hay un monto mínimo para retirar de la cuenta internacional?', 'minimum'],
    ['zh', '国际账户提现有最低金额吗', 'minimum'],
    ['en', 'can i use my alipay balance to shop on amazon or temu?', 'elsewhere'],
    ['ko', '카카오페이로 알리익스프레스 결제 되나요?', 'elsewhere'],
    ['fr', 'je peux payer sur cdiscount avec alipay ?', 'elsewhere'],
  ])('in %s, "%s" asks for %s', (locale, text, detail) => {
    expect(understanding.questions.detailsAsked(text, locale)?.details).toContain(detail);
  });

  it('reads "at least how long" as a duration', () => {
    expect(understanding.questions.detailsAsked('how long is the code valid at minimum?', 'en')?.details).toEqual(['duration']);
  });
});

describe('ratings', () => {
  const rating: StepMeta = { prompt: { key: 'feedback.askRating' }, expects: 'number' };
  it.each([
    ['ko', '별 네 개 ⭐', 4],
    ['el', 'ενα πενταρακι το αξιζεις', 5],
    ['en', '⭐⭐⭐', 3],
    ['en', '⭐', 1],
  ])('in %s, "%s" is %i', (locale, text, value) => {
    expect(understanding.read(text, locale, rating, []).event).toEqual({ type: 'answer.number', value });
  });
});

describe('a person declined after the noun', () => {
  it.each([
    ['ko', '아뇨 상담원 연결은 괜찮아요', false],
    ['zh', '人工就不用了', false],
    ['ko', '상담원 연결해 주세요', true],
  ])('in %s, "%s" asks for a person: %s', (locale, text, asked) => {
    expect(understanding.signals(text, undefined, locale).person).toBe(asked);
  });
});

describe('round 13: deleting a card is no request to erase data', () => {
  it.each([
    ['zh', '怎么删除银行卡信息'],
    ['ko', '카드 정보 삭제해 주세요'],
    ['fr', 'supprimer les informations de ma carte'],
    ['es', 'borrar el historial de pagos'],
    ['el', 'διαγραφη στοιχεια καρτας'],
    ['en', 'can you remove the card for me'],
    ['es', 'quiero quitar alipay de mi cuenta taobao'],
  ])('in %s, "%s" is not an erase request', (_locale, text) => {
    expect(understanding.command(text)).toBeUndefined();
  });

  it.each([
    'borra mis datos',
    'delete my data',
    'delete my card and all my personal data',
    '删除我的聊天记录',
    '개인정보 삭제해 주세요',
    'delete me from your system',
  ])('"%s" still is', (text) => {
    expect(understanding.command(text)).toEqual({ kind: 'eraseData' });
  });
});

describe('round 13: stuck is not frozen, a screen in a language is no language request', () => {
  it.each([
    ['fr', "j'ai oublié mes réponses, je suis bloqué pour toujours pour le mot de passe de paiement ?", false],
    ['el', 'εχω μια παραγγελια απληρωτη, μπλοκαρει αυτο την αποσυνδεση του alipay;', false],
    ['fr', 'mon compte est bloqué', true],
    ['el', 'μου μπλοκαρει τον λογαριασμο', true],
  ])('in %s, "%s" states a frozen account: %s', (locale, text, frozen) => {
    expect(understanding.signals(text, undefined, locale).frozen).toBe(frozen);
  });

  it.each([
    ['es', 'me sale una ventana con un botón, pero está en chino y no sé si eso es el formulario', undefined],
    ['en', 'the page is in chinese', undefined],
    ['zh', '页面全是英文的', undefined],
    ['ko', '화면이 중국어로 되어 있어요', undefined],
    ['es', 'puedes hablarme en inglés?', 'en'],
    ['en', 'in spanish please, the page is in chinese', 'es'],
    ['ko', '영어로 해주세요 화면이 중국어로 되어 있어요', 'en'],
    ['ko', '중국어로 바꿔 주세요', 'zh'],
  ])('in %s, "%s" asks for %s', (locale, text, language) => {
    expect(understanding.signals(text, undefined, locale).language).toBe(language);
  });
});

describe('round 13: roundabout answers', () => {
  const shown: StepMeta = { prompt: { key: 'taobaoChangeAlipay.openAllianceOnComputer' }, expects: 'yesNo', asks: 'presence' };
  it.each([
    ['fr', 'non, je ne vois aucun message concernant le nouveau compte', shown, no],
    ['en', "not that I know of, I've never bid in an auction", yesNoStep.step, no],
    ['fr', "pas que je sache, je n'ai jamais rien mis en vente", yesNoStep.step, no],
  ])('in %s, "%s"', (locale, text, step, event) => {
    expect(understanding.read(text, locale, step, yesNoStep.choices).event).toEqual(event);
  });

  it('reads "can\'t check right now" as not knowing', () => {
    expect(understanding.read('ahora mismo no lo puedo comprobar, estoy fuera y no tengo el portátil', 'es', yesNoStep.step, yesNoStep.choices).unsure).toBe(
      true,
    );
  });

  it('takes a figure asked after a problem told as a question for a fact', () => {
    expect(understanding.questions.asksWhetherNotHow('ο κωδικος sms εληξε πριν τον βαλω; ποση ωρα ισχυει;', 'el')).toBe(true);
  });
});

describe('round 14: words that narrow a fact, and small words', () => {
  it.each([
    ['en', 'do i pay a fee to pull it out?', 'withdrawal', true],
    ['es', 'si la paso a mi banco me cobran algo?', 'withdrawal', true],
    ['es', 'con el cambio a worldfirst me van a cobrar mas comisiones en 1688?', 'withdrawal', false],
    ['zh', '提现要手续费吗', 'withdrawal', true],
    ['en', 'i removed my visa last week, can i put it back?', 'addingBack', true],
    ['ko', '카드 다시 등록할 수 있어요?', 'addingBack', true],
  ])('in %s, "%s" uses the %s words: %s', (locale, text, words, uses) => {
    expect(understanding.questions.narrowsTo(text, locale, words)).toBe(uses);
  });

  it.each([
    ['el', 'πριν κανα τριλεπτο', { type: 'answer.duration', minutes: 3 }],
    ['zh', '确认邮件里的链接点过了', yes],
    ['ko', '결제비번 찾는 페이지는 열어놨어요', yes],
  ])('in %s, "%s"', (locale, text, event) => {
    const step: StepMeta = locale === 'el' ? { prompt: { key: 'smsCode.askCodeAge' }, expects: 'duration' } : yesNoStep.step;
    expect(understanding.read(text, locale, step, locale === 'el' ? [] : yesNoStep.choices).event).toEqual(event);
  });
});

describe('trial: buying there is being a member, whatever doubt comes with it', () => {
  const member: StepMeta = { prompt: { key: 'withdrawFunds.askMember' }, expects: 'yesNo', asks: 'membership' };
  it.each([
    ['zh', '不太确定，我在速卖通上买过东西，算会员吗？', yes],
    ['en', "not sure, i've bought on aliexpress a few times, does that count?", yes],
  ])('in %s, "%s"', (locale, text, event) => {
    expect(understanding.read(text, locale, member, yesNoStep.choices).event).toEqual(event);
  });

  it.each([
    ['zh', '我也搞不清楚自己算不算会员'],
    ['es', 'ni idea si soy miembro de eso'],
  ])('in %s, a doubt about being a member stays a doubt: "%s"', (locale, text) => {
    expect(understanding.read(text, locale, member, yesNoStep.choices).unsure).toBe(true);
  });
});

describe('trial: a failure told about something else answers no "first time?" or "member?"', () => {
  it.each<[string, StepMeta['asks']]>([
    ['sms code expired', 'firstTime'],
    ['the sms code expired', 'membership'],
  ])('"%s" at a %s step answers nothing', (text, asks) => {
    const step: StepMeta = { prompt: { key: 'activateMembership.askFirstVisit' }, expects: 'yesNo', asks };
    expect(understanding.read(text, 'en', step, yesNoStep.choices).event).toBeUndefined();
  });
});

describe('trial: Korean "I think I did"', () => {
  it.each([
    ['이 번호로 했던 것 같아요', yes],
    ['안 했던 것 같아요', no],
  ])('"%s"', (text, event) => {
    expect(understanding.read(text, 'ko', yesNoStep.step, yesNoStep.choices).event).toEqual(event);
  });
});

describe('round 15: a why-question asks for a reason', () => {
  it.each([
    ['en', 'why did alipay on aliexpress shut down?'],
    ['es', 'por que cerraron alipay en aliexpress?'],
    ['zh', '万里汇为什么接管跨境宝？'],
  ])('in %s, "%s" asks for a reason', (locale, text) => {
    expect(understanding.questions.detailsAsked(text, locale)?.details).toContain('reason');
  });

  it('asks none when it asks when', () => {
    expect(understanding.questions.detailsAsked('when did alipay on aliexpress shut down?', 'en')?.details).not.toContain('reason');
  });
});
