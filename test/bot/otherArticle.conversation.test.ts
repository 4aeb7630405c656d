import { translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * Mid-procedure, a question naming no product is about what the procedure follows: "are there fees for that?" while
 * deleting a card is not the 1688 fees question. The articles the procedure follows are silent; the bot says so.
 */
describe('a question beside a procedure is about what the procedure follows', () => {
  const unbindCard = (locale: string) => translate(locale)('unbindCard.title');

  it.each([
    ['en', 'are there fees for that?'],
    ['es', '¿y eso cobra comisión?'],
    ['zh', '这个要手续费吗？'],
    ['fr', 'il y a des frais pour ça ?'],
    ['ko', '이거 수수료 있어요?'],
    ['el', 'έχει χρεώσεις αυτό;'],
  ])('in %s, "%s" while deleting a card states no 1688 fee', async (locale, question) => {
    const keys = await keysAfter(locale, [unbindCard(locale), question]);
    expect(keys).not.toContain('answers.fees1688.answer');
    expect(keys).toEqual(['common.procedure.questionNotFound', 'unbindCard.signIn']);
  });

  it("answers the other product's fact when the question names it", async () => {
    const keys = await keysAfter('en', [unbindCard('en'), 'will the fees on 1688 change after the upgrade to worldfirst?']);
    expect(keys).toContain('answers.fees1688.answer');
    expect(keys.at(-1)).toBe('unbindCard.signIn');
  });

  it.each([
    ['withdrawFunds.title', 'what currencies does it hold?'],
    // Getting into My Alipay opens the International Account: its article is one the procedure follows.
    ['accessAlipay.title', 'which currencies does it hold?'],
  ])('answers a fact of an article the procedure follows (%s, "%s")', async (title, question) => {
    const keys = await keysAfter('en', [translate('en')(title), question]);
    expect(keys[0]).toBe('answers.intlCurrencies.answer');
  });

  it('says the articles are silent on a withdrawal fee from the International Account (article 003 names none)', async () => {
    const keys = await keysAfter('en', [translate('en')('withdrawFunds.title'), 'is there a fee for withdrawing?']);
    expect(keys[0]).toBe('common.procedure.questionNotFound');
  });
});

describe('a question beside a step answer is never dropped in silence', () => {
  const unbindCard = (locale: string) => translate(locale)('unbindCard.title');

  it.each([
    ['en', 'yes, is there a fee for deleting it?'],
    ['en', 'yes. how long does deleting take?'],
    ['es', 'sí, ¿cobran algo por borrarla?'],
    ['fr', 'oui, il y a des frais pour la supprimer ?'],
    ['zh', '登录了，删除要收费吗？'],
    ['ko', '네 로그인했어요. 삭제하면 수수료 있어요?'],
    ['el', 'ναι, έχει χρέωση η διαγραφή;'],
  ])('in %s, "%s": the answer is taken, the articles are said to be silent, then the next step', async (locale, text) => {
    expect(await keysAfter(locale, [unbindCard(locale), text])).toEqual(['common.procedure.questionNotFound', 'unbindCard.openMyAccount']);
  });

  // Asking no detail the articles name, the question still asks for a fact: no reading is sure of one, and it is said so.
  it.each([
    ['en', "yes I'm in. will my orders be cancelled if I delete it?"],
    ['en', 'yep logged in. will the seller know I removed it?'],
    ['es', 'ya entré, ¿si la elimino pierdo mis compras?'],
    ['es', 'ya entré. oye y si la borro se cancelan mis pedidos?'],
    ['fr', 'je suis connecté. est-ce que mes commandes seront annulées si je la supprime ?'],
    ['fr', "oui, c'est normal ?"],
    ['el', 'μπήκα. αν τη διαγράψω θα ακυρωθούν οι παραγγελίες μου;'],
    ['el', 'ναι, θα το δει ο πωλητής ότι την έσβησα;'],
    ['ko', '들어왔어요 근데 삭제하면 환불은 어떻게 돼요?'],
    ['ko', '로그인 했어요, 원래 이렇게 느린가요?'],
    ['zh', '登进去了，会有邮件通知吗？'],
    ['zh', '进去了，一直这么慢正常吗'],
  ])('in %s, "%s": the answer is taken, the question said to be unanswered, then the next step', async (locale, text) => {
    expect(await keysAfter(locale, [unbindCard(locale), text])).toEqual(['common.procedure.questionNotFound', 'unbindCard.openMyAccount']);
  });

  // A word that may open a question, with no question mark or ending, is no question left unanswered.
  it.each([
    ['es', 'ya entré, y parece q todo va bien'],
    ['es', 'si ya entre y q rapido fue'],
    ['en', "yes I'm in and what a relief that was"],
    ['fr', 'oui connecté et quel soulagement franchement'],
    ['el', 'ναι μπήκα, και τι ωραία που ήταν εύκολο'],
  ])('in %s, "%s" is the answer alone', async (locale, text) => {
    expect(await keysAfter(locale, [unbindCard(locale), text])).toEqual(['unbindCard.openMyAccount']);
  });

  it.each([
    ['en', 'yes, what next?'],
    ['en', 'yes, right?'],
    ['es', 'sí, ¿y ahora qué hago?'],
    ['es', 'sí, ¿verdad?'],
    ['zh', '登录了，然后呢？'],
    ['zh', '进去了，对吧？'],
    ['fr', "c'est fait, et maintenant ?"],
    ['fr', 'connecté, et ensuite ?'],
    ['el', 'έγινε, και μετά;'],
    ['el', 'ναι, σωστά;'],
    ['ko', '됐어요 그 다음은요?'],
    ['ko', '네 맞죠?'],
  ])('in %s, "%s" asks for the next step (or only checks), which is the answer', async (locale, text) => {
    expect(await keysAfter(locale, [unbindCard(locale), text])).toEqual(['unbindCard.openMyAccount']);
  });
});

describe("a question beside a step answer asking a detail that one of the procedure's own facts states", () => {
  const smsCode = (locale: string) => translate(locale)('smsCode.title');

  it.each([
    ['ko', '네 왔어요. 근데 이거 몇분안에 입력해야돼요?'],
    ['en', 'yes it came. how many minutes do i have to enter it?'],
    ['zh', '收到了，这个码多久有效？'],
    ['es', 'sí me llegó, ¿cuánto dura el código?'],
  ])('in %s, "%s" gets the validity, then the next step', async (locale, text) => {
    expect(await keysAfter(locale, [smsCode(locale), text])).toEqual(['answers.intlSmsValidity.answer', 'common.answer.source', 'smsCode.askCodeAge']);
  });
});

describe('a question beside a step answer about a procedure the current one runs on the way', () => {
  const activate = (locale: string) => translate(locale)('activateMembership.title');

  // The activation runs the SMS code procedure as a step: its facts are the activation's own too.
  it.each([
    ['en', "yes. then it's the sms code, right? does that one expire?"],
    ['en', 'yes but honestly the sms part is what worries me. does it expire?'],
    ['fr', 'oui, au fait le code sms il expire ?'],
    ['es', 'sí, una duda: ¿el código sms caduca?'],
    ['ko', '네 근데 문자 인증번호 유효시간 있어요?'],
    ['el', 'ναι, ο κωδικός sms λήγει;'],
    // Expiry asks how long it lasts ("会过期吗", "vence", "만료", "λήγει"): the validity states it.
    ['es', 'sí, ¿y el código que me manden vence?'],
    ['ko', '네 근데 인증번호 만료돼요?'],
    ['el', 'ναι. ο κωδικός που θα έρθει λήγει κάποια στιγμή;'],
  ])('in %s, "%s" at "are you on that page?" gets the validity, then the next step', async (locale, text) => {
    expect(await keysAfter(locale, [activate(locale), text])).toEqual([
      'answers.intlSmsValidity.answer',
      'common.answer.source',
      'activateMembership.clickActivateNow',
    ]);
  });
});

describe('expiry asked beside an answer', () => {
  it('in zh, "在了，顺便问一下短信验证码会过期吗？" at "do you see it?" gets the validity, then the next step', async () => {
    expect(await keysAfter('zh', [translate('zh')('activateMembership.title'), '是', '在了，顺便问一下短信验证码会过期吗？'])).toEqual([
      'answers.intlSmsValidity.answer',
      'common.answer.source',
      'activateMembership.createPaymentPassword',
    ]);
  });
});
