import type { StepMeta } from '../../dialogs/types';
import { clausesOf } from '../../bot/understanding/clauses';
import { amountReport } from '../../bot/understanding/answers/amountReport';
import { statesRating } from '../../bot/understanding/answers/ratingReader';
import { testCatalog, testUnderstanding, yesNoStep } from '../support/fixtures';
import { ReadingVocabulary } from '../../bot/understanding/answers/readingVocabulary';
import { expandAlternatives, PhraseSet } from '../../bot/understanding/text';

const understanding = testUnderstanding();

/**
 * Reports read as answers, found with the fourth round of typed-answer probes (test/answers/dev): amounts, "never",
 * a "not yet" set apart, a state still so, a Korean sentence closed with a tilde, stops said with a particle.
 * (The same classes run as conversations through the middleware in test/answers/.)
 */
const existence: StepMeta = { prompt: { key: 'move1688ToWorldFirst.askRemainingBalance' }, expects: 'yesNo', asks: 'existence' };
const settled: StepMeta = { prompt: { key: 'move1688ToWorldFirst.settleOrders' }, expects: 'yesNo', asks: 'settled' };
const presence: StepMeta = { prompt: { key: 'resetPaymentPassword.openEmailLink' }, expects: 'yesNo', asks: 'presence' };
const read = (text: string, locale: string, meta: StepMeta) => understanding.read(text, locale, meta, []).event?.type;

describe('amounts typed as the answer to "is there any left?"', () => {
  it.each([
    ['잔액 0원이에요', 'ko', 'answer.no'],
    ['잔액 0으로 나와요', 'ko', 'answer.no'],
    ['잔액 100원 남았어요', 'ko', 'answer.yes'],
    ['100달러 정도요', 'ko', 'answer.yes'],
    ['余额显示0.00', 'zh', 'answer.no'],
    ['还有100块', 'zh', 'answer.yes'],
    ['balance is 0.00', 'en', 'answer.no'],
    ['about 250 usd', 'en', 'answer.yes'],
  ])('"%s" (%s) → %s', (text, locale, expected) => {
    expect(read(text, locale, existence)).toBe(expected);
  });

  it('reads zeros from digits, so "100" holds none', () => {
    const products = new PhraseSet(['1688']);
    expect(amountReport('100', products, 'no')).toEqual({ zeros: [], some: true });
    expect(amountReport('saldo 0 00', products, 'no')).toEqual({ zeros: [{ at: 6, end: 10, polarity: 'no' }], some: false });
    expect(amountReport('都转到1688了', products, 'no')).toEqual({ zeros: [], some: false });
  });
});

describe('reports', () => {
  it('takes a thing never done as not there, and one not done yet as still there', () => {
    const deposit: StepMeta = { prompt: { key: 'taobaoUnbindAlipay.askAuctionDeposit' }, expects: 'yesNo', asks: 'existence' };
    expect(read("j'ai jamais fait d'enchère de ma vie", 'fr', deposit)).toBe('answer.no');
    expect(read('never done an auction', 'en', deposit)).toBe('answer.no');
  });

  it('sets apart a "not yet" of several words before a report ("todavía no, tengo dos abiertos")', () => {
    expect(read('todavia no, tengo dos pedidos abiertos', 'es', settled)).toBe('answer.no');
    expect(read('όχι ακόμα, περιμένω μια επιστροφή χρημάτων', 'el', settled)).toBe('answer.no');
    expect(read('pas du tout, je le vois nulle part', 'fr', yesNoStep.step)).toBe('answer.no');
  });

  it('reads what the user did beside what is there: "checked the spam folder too" is no arrival', () => {
    expect(read('邮箱里啥也没有 垃圾箱也翻过了', 'zh', presence)).toBe('answer.no');
    expect(read('checked spam too, still empty', 'en', presence)).toBe('answer.no');
    expect(read('过了', 'zh', yesNoStep.step)).toBe('answer.yes');
  });

  it('reads a correction whose last part says what came back', () => {
    const removal: StepMeta = { prompt: { key: 'unbindCard.deleteCard' }, expects: 'yesNo', asks: 'removal' };
    expect(read("oui elle a disparu... ah non attends, elle est revenue quand j'ai actualisé", 'fr', removal)).toBe('answer.no');
    expect(read('到了 哦不是 那封是广告 还没到呢', 'zh', presence)).toBe('answer.no');
    expect(read('제출했어요 아 아니 보안질문 하나 아직 남았어요', 'ko', yesNoStep.step)).toBe('answer.no');
  });
});

describe('clauses', () => {
  const words = new ReadingVocabulary(testCatalog().vocabulary.zh.reading);
  const korean = new ReadingVocabulary(testCatalog().vocabulary.ko.reading);

  it('takes "还没…呢" as a state still so, not a question; "为什么还没到呢" still asks', () => {
    expect(clausesOf('还没到呢', words).map((c) => c.question)).toEqual([false]);
    expect(clausesOf('为什么还没到呢', words).map((c) => c.question)).toEqual([true]);
    expect(clausesOf('没收到的话呢', words).map((c) => c.question)).toEqual([true]);
  });

  it('ends a Korean sentence at its polite ending with a tilde after it', () => {
    expect(clausesOf('연동됐어요~ 1688 수수료는 그대로인가요?', korean).map((c) => c.question)).toEqual([false, true]);
  });
});

describe('stops', () => {
  it.each([
    ['退出吧', 'zh', true],
    ['钱我先不提了 退出吧', 'zh', true],
    ['我先退出再重新登录 现在能登上了', 'zh', false],
    ['取消了', 'zh', false],
    ["j'ai failli tout arrêter tellement c'était long mais voilà c'est envoyé", 'fr', false],
    ['no, sigo igual que al principio', 'es', false],
  ])('"%s" (%s) asks to stop: %p', (text, locale, stops) => {
    expect(understanding.signals(text, undefined, locale).stop).toBe(stops);
  });
});

describe('questions opened by their intro, and stops said of the procedure by its topic', () => {
  const english = new ReadingVocabulary(testCatalog().vocabulary.en.reading);

  it('takes a clause opened by "quick question" or "I was wondering" as asked, even before the answer', () => {
    expect(clausesOf('i was wondering whether refunds still go back to alipay business... anyway yes all completed', english).map((c) => c.marked)).toEqual([
      true,
      false,
    ]);
    expect(
      clausesOf('支付密码可以跟登录密码设成一样的吗 我刚已经点确认了', new ReadingVocabulary(testCatalog().vocabulary.zh.reading)).map((c) => c.marked),
    ).toEqual([true, false]);
  });

  it.each([
    ['nah cancel the withdrawal, changed my mind', 'en', 'withdraw_funds', true],
    ['can i cancel the withdrawal later?', 'en', 'withdraw_funds', false],
    ['I cancelled the withdrawal yesterday', 'en', 'withdraw_funds', false],
    ['annuler svp, je reviendrai plus tard', 'fr', undefined, true],
    ['迁移这事老板说先不动 帮我停掉吧', 'zh', 'move_1688_to_worldfirst', true],
    ['上一笔提现我已经取消了', 'zh', 'withdraw_funds', false],
    ['출금 취소했어요', 'ko', 'withdraw_funds', false],
    ['ok, the withdrawal will end up in my bank account', 'en', 'withdraw_funds', false],
    ['the sms says reply STOP to opt out', 'en', 'sms_code', false],
    ['취소해야 돼요?', 'ko', 'taobao_unbind_alipay', false],
    ['사장님한테 먼저 확인해야 될 것 같아서 활성화는 취소할게요', 'ko', 'activate_membership', true],
  ])('"%s" (%s, in %s) asks to stop: %p', (text, locale, procedureId, stops) => {
    expect(understanding.signals(text, undefined, locale, procedureId).stop).toBe(stops);
  });

  it('answers "first visit?" by having been there, not by what was done', () => {
    const firstTime: StepMeta = { prompt: { key: 'accessAlipay.askFirstVisit' }, expects: 'yesNo', asks: 'firstTime' };
    expect(read("oui c la premiere fois... euh non en fait je l'ai déjà activé", 'fr', firstTime)).toBe('answer.no');
  });
});

describe('near misses, past freezes and what was cancelled (sixth probe round)', () => {
  it.each([
    ["j'ai failli laisser tomber au début mais bon c'est fait", 'fr'],
    ['本来都想放弃了 最后还是弄好了', 'zh'],
  ])('"%s" (%s): almost giving up is no stop', (text, locale) => {
    expect(understanding.signals(text, undefined, locale).stop).toBe(false);
  });

  it.each([
    ['네 해결됐어요 계정 동결된 줄 알고 놀랐는데 아니었네요', 'ko', false],
    ['能正常登 之前被冻过一次 早就解了', 'zh', false],
    ['perimene, to alipay mou to epagosan simera to prwi', 'el', true],
  ])('"%s" (%s) states a frozen account: %p', (text, locale, frozen) => {
    expect(understanding.signals(text, undefined, locale).frozen).toBe(frozen);
  });

  it('asks for a person said with "not a robot" after the noun, and not one negated after it in Korean', () => {
    expect(understanding.signals('je veux parler à un vrai conseiller svp pas à un robot', undefined, 'fr').personAsked).toBe(true);
    expect(understanding.signals('아니요 괜찮아요 상담원 연결은 필요 없어요', undefined, 'ko').person).toBe(false);
  });

  it('takes "I cancelled it" as none left at "is there still a withholding agreement?"', () => {
    const agreement: StepMeta = { prompt: { key: 'taobaoUnbindAlipay.askWithholdingAgreement' }, expects: 'yesNo', asks: 'existence' };
    expect(read('代扣协议上个月就取消了', 'zh', agreement)).toBe('answer.no');
    expect(read('el cargo automatico lo di de baja hace meses', 'es', agreement)).toBe('answer.no');
  });

  it('reads a language named inside a longer Chinese word ("用法语")', () => {
    expect(understanding.signals('能用法语跟我说吗', undefined, 'zh').language).toBe('fr');
    expect(understanding.signals('麻烦切到西语', undefined, 'zh').language).toBe('es');
  });
});

describe('button labels quoted from the screen', () => {
  it('takes a quoted yes or cancel as a label, and a quoted error message as the report', () => {
    const removal: StepMeta = { prompt: { key: 'unbindCard.deleteCard' }, expects: 'yesNo', asks: 'removal' };
    expect(read("the popup has 'cancel' and 'ok' buttons, which do i press?", 'en', removal)).toBeUndefined();
    expect(read('"인증번호가 올바르지 않습니다" 이렇게 떠요', 'ko', yesNoStep.step)).toBe('answer.no');
    expect(read("ok c'est supprimé", 'fr', removal)).toBe('answer.yes');
  });
});

describe('phrases with alternatives in braces', () => {
  it('stand for each of their readings, and match as those would', () => {
    expect(expandAlternatives('{want to|wanna} {try|try it}')).toEqual(['want to try', 'want to try it', 'wanna try', 'wanna try it']);
    expect(expandAlternatives('{想|要}{试试|试一下}')).toEqual(['想试试', '想试一下', '要试试', '要试一下']);
    expect(expandAlternatives('plain words')).toEqual(['plain words']);
    const wish = new PhraseSet(['{i want to|wanna} {try|give it a go}']);
    expect(wish.occursIn('ok i want to give it a go')).toBe(true);
    expect(wish.occursIn('i want to')).toBe(false);
    expect(wish.isExactly('wanna try')).toBe(true);
  });
});

/** A control the user cannot use ("greyed out", "grisé", "灰色的") is a failure, whatever they see beside it (trial 22). */
describe('a greyed-out or disabled button is a no to "have you been able to…?"', () => {
  const submitted: StepMeta = { prompt: { key: 'withdrawFunds.withdrawAmount' }, expects: 'yesNo' };
  it.each([
    ['i see the usd balance but the withdraw button is greyed out', 'en'],
    ['the button is disabled', 'en'],
    ['je vois le solde usd mais le bouton retirer est grisé', 'fr'],
    ['el botón de retirar sale en gris', 'es'],
    ['no me deja pulsar el botón', 'es'],
    ['提现按钮是灰色的', 'zh'],
    ['출금 버튼이 회색이에요', 'ko'],
    ['το κουμπί είναι γκρι και δεν πατιέται', 'el'],
  ])('"%s" (%s)', (text, locale) => {
    expect(read(text, locale, submitted)).toBe('answer.no');
  });
});

/** "All but one" at "are all your orders completed?" is a no, wherever the exception stands (trial 22). */
describe('all but one, asked whether all are completed', () => {
  it.each([
    ['all done except one that is being refunded', 'en', 'answer.no'],
    ['todos los pedidos estan completados menos uno que esta en reembolso', 'es', 'answer.no'],
    ['toutes terminées sauf une en remboursement', 'fr', 'answer.no'],
    ['除了一单在退款 其他都完成了', 'zh', 'answer.no'],
    ['환불 중인 거 하나 빼고 다 끝났어요', 'ko', 'answer.no'],
    ['όλες ολοκληρώθηκαν εκτός από μία που είναι σε επιστροφή', 'el', 'answer.no'],
    ['all done', 'en', 'answer.yes'],
    ['toutes terminées', 'fr', 'answer.yes'],
  ])('"%s" (%s) → %s', (text, locale, expected) => {
    expect(read(text, locale, settled)).toBe(expected);
  });
});

/** Trial 23: an "ok" that acknowledges before a report of none; "非常" (very) is no negation; ratings in more words. */
describe('an acknowledgement, "very", and ratings given in words', () => {
  const pending: StepMeta = { prompt: { key: 'taobaoUnbindAlipay.askPendingTransactions' }, expects: 'yesNo', asks: 'existence' };
  const solved: StepMeta = { prompt: { key: 'feedback.askSolved' }, expects: 'yesNo', about: 'solved' };
  it.each([
    ['vale, no tengo ninguna', 'es', 'answer.no'],
    ['ok, none', 'en', 'answer.no'],
    ['ok no i dont have any', 'en', 'answer.no'],
    ["yes, there's one that isn't paid yet", 'en', 'answer.yes'],
    ['sí, hay una pendiente', 'es', 'answer.yes'],
  ])('"%s" (%s) at "any pending transactions?" → %s', (text, locale, expected) => {
    expect(read(text, locale, pending)).toBe(expected);
  });

  it.each([
    ['非常感谢', 'answer.yes'],
    ['解决了，非常感谢', 'answer.yes'],
    ['没解决', 'answer.no'],
  ])('"%s" (zh) at "did this solve your problem?" → %s', (text, expected) => {
    expect(read(text, 'zh', solved)).toBe(expected);
  });

  it.each([
    '감사합니다 별 다섯개 드릴게요',
    'ok 搞定 谢谢 五星好评',
    'gracias, puntuación 5',
    'le doy un 4',
    "i'd give it a 4",
    'θα έβαζα 5',
    'je mets une note de 4',
  ])('"%s" states a rating', (text) => expect(statesRating(text)).toBe(true));

  it.each(['네 개 있어요', 'i have 2 cards', 'a 4 digit code', '我有两张卡'])('"%s" states none', (text) => expect(statesRating(text)).toBe(false));
});

/** "Not yet" opening the answer to "are all your orders completed?" is a no (its "encore", "ακόμα" read as "nothing still pending"). */
describe('not yet, asked whether all are completed', () => {
  it.each([
    ['pas encore', 'fr', 'answer.no'],
    ['όχι ακόμα', 'el', 'answer.no'],
    ['还没有', 'zh', 'answer.no'],
    ['pas encore, il en reste deux', 'fr', 'answer.no'],
    ['全部完成了，没有还没完成的', 'zh', 'answer.yes'],
  ])('"%s" (%s) → %s', (text, locale, expected) => {
    expect(read(text, locale, settled)).toBe(expected);
  });
});

/** A count short of its whole at "are all your orders completed?" is a no; the whole count is no such thing. */
describe('a count short of its whole, asked whether all are completed', () => {
  it.each([
    ['two out of three are finished, one is still shipping', 'en', 'answer.no'],
    ['llevo 4 de 5 completados', 'es', 'answer.no'],
    ['3 sur 4 sont livrées', 'fr', 'answer.no'],
    ['有6个订单，其中5个完成了', 'zh', 'answer.no'],
    ['주문 3건 중 2건 끝났어요', 'ko', 'answer.no'],
    ['έχουν ολοκληρωθεί οι 4 από τις 5', 'el', 'answer.no'],
    ['yes, 3 of 3 completed', 'en', 'answer.yes'],
    ['sí, todos completados desde el 13 de agosto', 'es', 'answer.yes'],
  ])('"%s" (%s) → %s', (text, locale, expected) => {
    expect(read(text, locale, settled)).toBe(expected);
  });
});
