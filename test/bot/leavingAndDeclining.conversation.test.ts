import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * How people take leave and turn down what the bot offers, in their own words (trial 28, every language), through the
 * production middleware: a no or a decline beside a goodbye is a goodbye, a message that ends in a goodbye leaves even
 * mid-step, a no that declines an offer leaves the question after it to be answered, and "not an agent" (Korean "말고")
 * asks for none; a task asked for beside a language request begins in that language.
 */
describe('a no or a decline beside a closing is a goodbye', () => {
  it.each([
    ['en', 'can i top up alipay?', "nah, that's all. bye"],
    ['es', '¿puedo recargar alipay?', 'no gracias, eso es todo, hasta luego'],
    ['fr', 'on peut encore recharger alipay ?', "non merci, rien d'autre, au revoir"],
    ['el', 'μπορω να βαλω χρηματα στο alipay;', 'οχι ευχαριστω, αυτα, γεια σας'],
    ['zh', '支付宝还能充值吗', '不用了，就这些，再见'],
    ['ko', '알리페이 충전 돼요?', '아니요 괜찮아요 그게 다예요 안녕히 계세요'],
    ['zh', '国际账户的入口在哪', '暂时不用，先问到这里，谢谢'],
    ['ko', '알리페이 충전 돼요?', '고마워요 그럼 이만'],
    ['es', '¿puedo recargar alipay?', 'nada, adiós'],
  ])('in %s, after "%s", "%s" is seen off', async (locale, question, leaving) => {
    expect(await keysAfter(locale, [question, leaving])).toEqual(['common.goodbye']);
  });
});

describe('mid-step, a message that ends in a goodbye leaves', () => {
  it.each([
    ['en', 'managed to sign in, thanks, bye'],
    ['es', 'ya entré, gracias, chao'],
    ['fr', 'je suis connecté, merci, bonne journée'],
    ['el', 'συνδεθηκα, ευχαριστω, αντιο'],
    ['zh', '已经登录了，谢谢，拜拜'],
    ['ko', '로그인했어요 감사합니다 수고하세요'],
  ])('in %s, "%s" at "are you signed in?" is seen off, the step kept for a return', async (locale, leaving) => {
    expect(await keysAfter(locale, [translate(locale)('unbindCard.title'), leaving])).toEqual(['common.goodbye']);
  });

  // "Nothing else" and "all good" close a report as often as a conversation: only a goodbye's words leave.
  it.each([
    ['en', "i'm signed in, there's only one card in the list, nothing else"],
    ['es', 'si, ya entré, todo bien'],
    ['fr', "oui je suis connecté, c'est tout"],
  ])('in %s, "%s" answers the step', async (locale, report) => {
    expect(await keysAfter(locale, [translate(locale)('unbindCard.title'), report])).toEqual(['unbindCard.openMyAccount']);
  });
});

describe('a no that declines an offer leaves the question after it to be answered', () => {
  it.each([
    ['en', 'where is the alipay international account?', 'no thanks. is withdrawing still limited to 100 transactions?'],
    ['es', '¿dónde está la cuenta internacional de alipay?', 'no, gracias. ¿el retiro sigue limitado a 100 transacciones?'],
    ['fr', 'où se trouve le compte international alipay ?', 'non merci. le retrait est toujours limité à 100 transactions ?'],
    ['el', 'που βρισκω τον διεθνη λογαριασμο alipay;', 'οχι ευχαριστω. η αναληψη ειναι ακομα περιορισμενη στις 100 συναλλαγες;'],
    ['zh', '国际账户的入口在哪', '不用了。提现还有100笔的限制吗？'],
    ['zh', '国际账户的入口', '不用。提现是不是还限制100笔以内？'],
    ['ko', '알리페이 국제계정 어디서 찾아요?', '아니요 괜찮아요. 출금은 아직도 100건으로 제한돼요?'],
  ])('in %s, after "%s", "%s" gets the withdrawal rules', async (locale, question, declined) => {
    expect(await keysAfter(locale, [question, declined])).toContain('answers.intlWithdrawalRules.answer');
  });
});

describe('Korean "말고": not this one', () => {
  it('"상담원 말고요, …" asks for no person: the task named after it is offered', async () => {
    const said = await keysAfter('ko', [translate('ko')('unbindCard.title'), '상담원 말고요, 카드 추가하는 방법 알려주세요']);
    expect(said).toEqual(['common.procedure.switchOffer']);
  });

  it('"봇 말고 진짜 사람 상담원 좀요" still asks for one', async () => {
    const said = await keysAfter('ko', [translate('ko')('unbindCard.title'), '봇 말고 진짜 사람 상담원 좀요']);
    expect(said).toEqual(['common.escalation.recorded']);
  });

  it('"가입 말고 카드로 결제할래요" declines the registration offered', async () => {
    const said = await keysAfter('ko', ['알리페이 가입해야 돼요?', '가입 말고 카드로 결제할래요']);
    expect(said).not.toContain('common.procedure.starting');
  });
});

describe('a task asked for beside a language request begins in the new language', () => {
  it.each([
    ['fr', 'on peut parler anglais ? je veux supprimer ma carte bancaire', 'unbindCard.signIn'],
    ['es', '¿me puedes atender en francés? necesito recuperar la contraseña de acceso', 'resetLoginPassword.clickForgotPassword'],
    ['en', 'can we do this in spanish? i want to withdraw money from my alipay international account', 'withdrawFunds.askMember'],
    ['zh', '可以用英语吗？我想解绑淘宝上的支付宝', 'taobaoUnbindAlipay.askCanLogIn'],
    ['ko', '영어로 해 주세요. 결제 비밀번호를 재설정하고 싶어요', 'resetPaymentPassword.openRecoveryPage'],
    ['el', 'μπορουμε να μιλησουμε γαλλικα; θελω να προσθεσω μια καρτα στο alipay', 'bindCard.noLongerNeeded'],
  ])('in %s, "%s" switches and starts it', async (locale, message, first) => {
    expect(await keysAfter(locale, ['hello', message])).toEqual(['common.language.switched', 'common.procedure.starting', first]);
  });

  it('a reason beside the request is no task: the menu follows', async () => {
    expect(await keysAfter('en', ['hi', 'can we switch to french? my english is not great'])).toEqual(['common.language.switched', 'common.menu.prompt']);
  });
});

// The language chosen is kept for the conversation (issue 18), and the user's own language is still understood in it.
describe("after a language is chosen, a message in the user's own script is still read", () => {
  it.each([
    ['ko', 'Can we continue in English?', '네 해결됐어요. 점수는 3점 드릴게요'],
    ['zh', 'English please', '是的，处理好了'],
    ['el', 'in english please', 'ναι, εγινε'],
  ])('in %s, after "%s", "%s" answers the step, and the reply stays in English', async (locale, request, answer) => {
    const chat = testConversation(locale);
    for (const line of [translate(locale)('taobaoChangeAlipay.title'), request]) await chat.say(line);
    await chat.say(answer);
    const data = (await chat.storedState()).support;
    expect(data.locale).toBe('en');
    expect(data.transcript.at(-1)).toMatchObject({ key: 'taobaoChangeAlipay.openAllianceOnComputer' });
  });
});

// Never a silent cancel (issue 18): "ça suffit" stops, "un passeport, ça suffit ?" asks whether a passport is enough.
describe("a stop's words closing a question about something stop nothing", () => {
  it.each([
    ['fr', 'attendez, c’est quoi comme document, un passeport ça suffit ?'],
    ['fr', 'une photo de la carte avec les chiffres cachés, ça suffit ?'],
  ])('in %s, "%s" keeps the procedure', async (locale, question) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('resetPaymentPassword.title'));
    await chat.say(question);
    const data = (await chat.storedState()).support;
    expect(data.procedure?.procedureId).toBe('reset_payment_password');
    expect(data.transcript.map((l) => ('key' in l ? l.key : ''))).not.toContain('common.procedure.cancelled');
  });

  it.each([
    ['fr', 'ça suffit, arrêtez'],
    ['fr', 'on arrête ?'],
    ['en', 'can we stop?'],
  ])('in %s, "%s" still stops', async (locale, stop) => {
    expect(await keysAfter(locale, [translate(locale)('resetPaymentPassword.title'), stop])).toContain('common.procedure.cancelled');
  });
});

// Trial 29: "vale, ya lo miraré, adiós" after an answer began the walkthrough it offered; "I'll look into it" declines it.
describe('"I will look into it myself" declines the walkthrough offered', () => {
  it.each([
    ['es', '¿dónde está la cuenta internacional de alipay?', 'vale, ya lo miraré'],
    ['en', 'where is the alipay international account?', "ok, i'll look into it myself later"],
    ['fr', 'où se trouve le compte international alipay ?', 'ok je regarderai plus tard'],
    ['el', 'που βρισκω τον διεθνη λογαριασμο alipay;', 'οκ θα το δω αργοτερα'],
    ['zh', '国际账户的入口在哪', '好的，我回头自己看看'],
    ['ko', '알리페이 국제계정 어디서 찾아요?', '나중에 제가 볼게요'],
  ])('in %s, after "%s", "%s" starts nothing', async (locale, question, later) => {
    expect(await keysAfter(locale, [question, later])).toEqual(['common.procedure.anythingElse']);
  });
});

// Trial 29: "vale pues paso con una persona mejor" at a step was read as its "vale" (yes); a person preferred is asked for.
describe('a person preferred mid-step is asked for', () => {
  it.each([
    ['es', 'vale pues paso con una persona mejor'],
    ['fr', 'bon plutôt un conseiller'],
    ['el', 'οκ καλυτερα με εναν ανθρωπο'],
    ['zh', '好吧还是转人工吧'],
    ['ko', '네 차라리 상담원이랑 얘기할게요'],
    ['en', "ok i'd rather talk to a person"],
  ])('in %s, "%s" goes to a person', async (locale, rather) => {
    expect(await keysAfter(locale, [translate(locale)('unbindCard.title'), rather])).toEqual(['common.escalation.recorded']);
  });
});

// Trial 29: "αν την ακυρώσω μετά γίνεται;" (if I cancel the order, can I then?) got "there is nothing to cancel": the
// classifier's cancel read on a question asks about cancelling something; only a cancel said is one.
describe('a question about cancelling is no cancel', () => {
  it.each([
    ['el', 'αν την ακυρωσω μετα γινεται;'],
    ['el', 'κι αν το ακυρωσω;'],
    ['en', 'and if i cancel it?'],
    ['es', 'y si lo cancelo?'],
    ['fr', "et si j'annule ?"],
    ['zh', '如果取消了呢？'],
    ['ko', '취소하면 돼요?'],
  ])('in %s, "%s" is read as a question', async (locale, question) => {
    expect(await keysAfter(locale, [question])).not.toContain('common.procedure.nothingToCancel');
  });

  it.each([
    ['el', 'ακυρωση'],
    ['en', 'cancel that'],
  ])('in %s, "%s" is still a cancel', async (locale, cancel) => {
    expect(await keysAfter(locale, [cancel])).toEqual(['common.procedure.nothingToCancel']);
  });
});
