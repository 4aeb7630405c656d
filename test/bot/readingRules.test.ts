import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding, yesNoStep } from '../support/fixtures';

const understanding = testUnderstanding();

/**
 * The reading rules found with fresh probes (test/answers/README.md): negation and stops read in the right
 * language, "no" said against stopping, symbols, mixed-language answers, first visits, how-questions.
 * (The same classes run as conversations through the middleware in test/answers/.)
 */
describe('reading rules', () => {
  it('reads a negation in the phrase\'s language and the conversation\'s: Greeklish "de" (not) is Spanish "of"', () => {
    expect(understanding.signals('me sale un aviso de que mi cuenta de alipay está congelada', undefined, 'es').frozen).toBe(true);
    expect(understanding.signals('no, mi cuenta de alipay no está congelada', undefined, 'es').frozen).toBe(false);
    expect(understanding.signals("don't cancel the procedure, I'm still here", undefined, 'en').stop).toBe(false);
  });

  it('reads a stop in the conversation\'s language: French "stop" stops, an English sentence with "stop" does not', () => {
    expect(understanding.signals('stop je veux plus continuer', undefined, 'fr').stop).toBe(true);
    expect(understanding.signals('yep, I can finally stop stressing about it', undefined, 'en').stop).toBe(false);
    expect(understanding.signals('Η σελίδα μου ακύρωσε τη συνεδρία, ξανασυνδέθηκα', undefined, 'el').stop).toBe(false);
    expect(understanding.signals('ακύρωσέ το, θα το κάνω αργότερα', undefined, 'el').stop).toBe(true);
  });

  it('takes a no said against stopping as no answer when the message goes on to answer', () => {
    const { step, choices } = yesNoStep;
    expect(understanding.read('No, no quiero abandonar, es que el internet va lentísimo. Ya me llegó', 'es', step, choices).event).toEqual({
      type: 'answer.yes',
    });
    expect(understanding.read("Non non, je n'abandonne pas, c'est juste ma connexion qui rame. C'est fait", 'fr', step, choices).event).toEqual({
      type: 'answer.yes',
    });
    expect(understanding.yesNo('no, no quiero abandonar', 'es')).toBe(false);
  });

  it('keeps the cases a review found: a frozen account on a new phone, a question about an OK button, a choice before a how-question, an emphatic no', () => {
    expect(understanding.signals('my Alipay got blocked on my new phone', undefined, 'en').frozen).toBe(true);
    expect(understanding.signals('支付宝在新手机上被冻结了', undefined, 'zh').frozen).toBe(true);
    expect(understanding.read('OK 누르면 되나요?', 'ko', yesNoStep.step, yesNoStep.choices).event).toBeUndefined();
    const step: StepMeta = { prompt: { key: 'accessAlipay.askBuyerOrSeller' }, expects: 'choice', choices: [] };
    const sellerOrBuyer = [
      { id: 'buyer', label: '구매자예요' },
      { id: 'seller', label: '판매자예요' },
    ];
    expect(understanding.read('판매자인데 출금은 어떻게 하나요?', 'ko', step, sellerOrBuyer).event).toEqual({ type: 'answer.choice', choice: 'seller' });
    expect(understanding.questions.asksQuestion('不不不', 'zh')).toBe(false);
    // Greek and Korean have no recognizers-text model to fall back on: the symbol alone answers.
    expect(understanding.yesNo('👍', 'el')).toBe(true);
  });

  it('reads a thumbs up as yes and a thumbs down as no, at any step', () => {
    const { step, choices } = yesNoStep;
    expect(understanding.read('👍', 'ko', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('✅', 'el', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('👎', 'ko', step, choices).event).toEqual({ type: 'answer.no' });
  });

  it("reads English words mixed into another language's answer, unless the answer negates them", () => {
    const step: StepMeta = { prompt: { key: 'accessAlipay.askBuyerOrSeller' }, expects: 'choice', choices: [] };
    const buyerOrSeller = [
      { id: 'buyer', label: '我是买家' },
      { id: 'seller', label: '我是卖家' },
    ];
    expect(understanding.read('我是buyer', 'zh', step, buyerOrSeller).event).toEqual({ type: 'answer.choice', choice: 'buyer' });
    expect(understanding.read('done了', 'zh', yesNoStep.step, yesNoStep.choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('我不是buyer', 'zh', step, buyerOrSeller).event).toBeUndefined();
  });

  it('reads "is this your first visit?" by having been there before or not', () => {
    const meta: StepMeta = { prompt: { key: 'accessAlipay.askFirstVisit' }, expects: 'yesNo', asks: 'firstTime' };
    const read = (text: string, locale: string) => understanding.read(text, locale, meta, []).event?.type;
    expect(read('never been there before', 'en')).toBe('answer.yes');
    expect(read("not my first time, I've used it before", 'en')).toBe('answer.no');
    expect(read('第一次 以前从来没用过支付宝', 'zh')).toBe('answer.yes');
    expect(read('不是第一次了', 'zh')).toBe('answer.no');
    expect(read('처음은 아니에요 전에 몇 번 들어갔어요', 'ko')).toBe('answer.no');
    expect(read('ποτέ δεν έχω μπει πριν', 'el')).toBe('answer.yes');
    expect(read('ya he entrado antes', 'es')).toBe('answer.no');
    expect(read("je n'y suis jamais allé", 'fr')).toBe('answer.yes');
  });

  it('takes a question about how or where as no answer, and a verb-not-verb question as no negation', () => {
    const { step, choices } = yesNoStep;
    expect(understanding.read('怎么看账户有没有被冻结啊', 'zh', step, choices).event).toBeUndefined();
    expect(understanding.read('¿cómo puedo saber si ya está hecho?', 'es', step, choices).event).toBeUndefined();
    expect(understanding.read('yes, and how do I get the money out?', 'en', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read("I don't know how", 'en', step, choices).unsure).toBe(true);
  });

  it("keeps the cases this session's review found: a verb's own no, a need asked without a person, a hold with a no after it, never unbound, a stop after a question", () => {
    const step: StepMeta = { prompt: { key: 'accessAlipay.askBuyerOrSeller' }, expects: 'choice', choices: [] };
    const buyerOrSeller = [
      { id: 'buyer', label: '' },
      { id: 'seller', label: '' },
    ];
    // Spanish "no" and Greek "δεν" negate the verb after them; French "non" opening a clause answers.
    expect(understanding.read('no soy vendedor', 'es', step, buyerOrSeller).event).toEqual({ type: 'answer.choice', choice: 'buyer' });
    expect(understanding.read('δεν είμαι πωλητής', 'el', step, buyerOrSeller).event).toEqual({ type: 'answer.choice', choice: 'buyer' });
    const answers: StepMeta = { prompt: { key: 'resetPaymentPassword.answerSecurityQuestions' }, expects: 'choice', choices: [] };
    const rememberOrForgot = [
      { id: 'remember', label: '', means: 'yes' as const },
      { id: 'forgot', label: '', means: 'no' as const },
    ];
    expect(understanding.read('non je les ai oubliées', 'fr', answers, rememberOrForgot).event).toEqual({ type: 'answer.choice', choice: 'forgot' });
    // A person asked for beside a question about something else is asked for; one asked about as a need is not.
    expect(understanding.signals('상담원 연결이 필요해요 어떻게 하나요?', undefined, 'ko').person).toBe(true);
    expect(understanding.signals('淘宝登不上了 想解绑支付宝是不是只能找客服', undefined, 'zh').person).toBe(false);
    // A person declined right before it is not asked for; a wait declined before a request for one is ("no need to wait").
    expect(understanding.signals('不用人工', undefined, 'zh').person).toBe(false);
    expect(understanding.signals('不用等了直接转人工', undefined, 'zh').person).toBe(true);
    expect(understanding.signals('no need for an agent', undefined, 'en').person).toBe(false);
    // A no after a hold is about something else; a negated wait is a failure.
    const { step: yesNo, choices } = yesNoStep;
    expect(understanding.read('give me a minute, no rush', 'en', yesNo, choices).holding).toBe(true);
    expect(understanding.read('ok one sec, not at my pc', 'en', yesNo, choices).holding).toBe(true);
    expect(understanding.read('page blanche, ça charge pas', 'fr', yesNo, choices).event).toEqual({ type: 'answer.no' });
    // Never unbound is still bound, with or without a word before it.
    const stillBound: StepMeta = { prompt: { key: 'move1688ToWorldFirst.askStillBound' }, expects: 'yesNo', asks: 'existence' };
    expect(understanding.read('never unbound it', 'en', stillBound, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read("je l'ai jamais délié", 'fr', stillBound, choices).event).toEqual({ type: 'answer.yes' });
    // A stop after a question asked beside the answer: about the question, unless it is a stop of its own.
    expect(understanding.signals('changed it, went thru fine 👍 also can taobao alliance unbind? kinda want to drop it later', undefined, 'en').stop).toBe(
      false,
    );
    expect(understanding.signals('done. is there a fee? anyway I want to stop here', undefined, 'en').stop).toBe(true);
  });

  it('takes a bare stop led by one word that keeps it a request, not one with a subject', () => {
    expect(understanding.signals('just stop', undefined, 'en').stop).toBe(true);
    expect(understanding.signals('bon, arrête', undefined, 'fr').stop).toBe(true);
    expect(understanding.signals('bueno, cancela', undefined, 'es').stop).toBe(true);
    expect(understanding.signals('it stop', undefined, 'en').stop).toBe(false);
    expect(understanding.signals('la page arrête', undefined, 'fr').stop).toBe(false);
  });

  it('takes up an offer said with a wait, and declines one whatever the reason given after the decline', () => {
    const offer: StepMeta = { prompt: { key: 'registerAlipay.sourcesDisagree' }, expects: 'yesNo', asks: 'offer' };
    expect(understanding.read('yes, one sec', 'en', offer, []).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('non merci, pas la peine si je peux payer sans', 'fr', offer, []).event).toEqual({ type: 'answer.no' });
    expect(understanding.read("oui c'est bon", 'fr', offer, []).event).toEqual({ type: 'answer.yes' });
  });

  it('reads "whether I did or not" as a doubt and "no such field" as none, in Korean', () => {
    const { step, choices } = yesNoStep;
    expect(understanding.read('했는지 안 했는지 잘 모르겠어요', 'ko', step, choices).unsure).toBe(true);
    const shown: StepMeta = { prompt: { key: 'activateMembership.askVerificationShown' }, expects: 'yesNo', asks: 'presence' };
    expect(understanding.read('코드 입력칸 같은 건 없어요', 'ko', shown, []).event).toEqual({ type: 'answer.no' });
  });

  it('reads a closing "nothing else" as restricting what was said, and alone as none', () => {
    const seen: StepMeta = { prompt: { key: 'withdrawFunds.openAccount' }, expects: 'choice' };
    const choices = [
      { id: 'open', label: 'The account page', means: 'yes' as const },
      { id: 'asksToActivate', label: 'It asks me to activate' },
      { id: 'notFound', label: "I can't find it", means: 'no' as const },
    ];
    expect(understanding.read('there is only a button to activate and nothing else', 'en', seen, choices).event).toEqual({
      type: 'answer.choice',
      choice: 'asksToActivate',
    });
    expect(understanding.read('nothing else', 'en', seen, choices).event).toEqual({ type: 'answer.choice', choice: 'notFound' });
    const pending: StepMeta = { prompt: { key: 'taobaoUnbindAlipay.askPendingTransactions' }, expects: 'yesNo', asks: 'existence' };
    expect(understanding.read('una compra sin pagar y nada más', 'es', pending, []).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('todo pagado, nada más', 'es', pending, []).event).toEqual({ type: 'answer.no' });
    expect(understanding.read('没有了，别的没有', 'zh', pending, []).event).toEqual({ type: 'answer.no' });
  });

  it('reads a percent sign as an amount asked, and a number to call as a contact asked', () => {
    expect(understanding.questions.detailsAsked('what % do they take on a withdrawal?', 'en')?.details).toContain('amount');
    expect(understanding.questions.detailsAsked('提现手续费是百分之几还是多少%？', 'zh')?.details).toContain('amount');
    expect(understanding.questions.detailsAsked('hay algún teléfono de alipay para llamar?', 'es')?.details).toContain('contact');
    expect(understanding.questions.detailsAsked('¿cómo recargo mi saldo?', 'es')?.details ?? []).not.toContain('fee');
    expect(understanding.questions.detailsAsked('¿cobran un recargo por retirar?', 'es')?.details).toContain('fee');
  });

  it('reads Spanish "como" before an amount as "about", French "l\'espagnol" as a language, Chinese "能登录" as done', () => {
    const codeAge: StepMeta = { prompt: { key: 'smsCode.askCodeAge' }, expects: 'duration' };
    expect(understanding.read('hace una hora, bueno no, hace como 15 min', 'es', codeAge, []).event).toEqual({ type: 'answer.duration', minutes: 15 });
    expect(understanding.signals("on pourrait passer à l'espagnol ?", undefined, 'fr').language).toBe('es');
    expect(understanding.signals("vous pouvez continuer en l'anglais", undefined, 'fr').language).toBe('en');
    const { step, choices } = yesNoStep;
    expect(understanding.read('可以正常登录的', 'zh', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('不能登录', 'zh', step, choices).event).toEqual({ type: 'answer.no' });
  });
});
