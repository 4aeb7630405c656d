import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding } from '../support/fixtures';

/**
 * What a message says besides its answer, read clause by clause: a question after the answer,
 * "hold on, I'm looking", a stop said of the procedure, a language named beside the one spoken.
 * (Conversations with these, through the middleware: test/answers/, classes twoThings, notCancel,
 * explicitCancel, language.)
 */
const understanding = testUnderstanding();
const doneStep: StepMeta = { prompt: { key: 'bindCard.openCardList' }, expects: 'yesNo' };
const anyLeft: StepMeta = { prompt: { key: 'move1688ToWorldFirst.askRemainingBalance' }, expects: 'yesNo', asks: 'existence' };
const allSettled: StepMeta = { prompt: { key: 'move1688ToWorldFirst.settleOrders' }, expects: 'yesNo', asks: 'settled' };

describe('an answer and a question in one message', () => {
  it.each([
    ['en', 'yes, around 200 USD. What happens to it?', 'what happens to it'],
    ['en', 'done but will the fees change', 'but will the fees change'],
    ['fr', "c'est fait. du coup mon compte va être fermé ?", 'du coup mon compte va etre ferme'],
    ['es', 'todavía no. ¿desde cuándo hay que pagar con WorldFirst?', 'desde cuando hay que pagar con worldfirst'],
    ['zh', '绑好了，换成万里汇之后手续费会涨吗', '换成万里汇之后手续费会涨吗'],
    ['ko', '가입했어요 근데 수수료 더 나가요', '근데 수수료 더 나가요'],
    ['el', 'ναι, έχουν μείνει 300 δολάρια. τι θα γίνει με αυτά;', 'τι θα γινει με αυτα'],
    // A Korean polite ending closes a sentence with no mark after it; a Chinese clause may ask with a final "不".
    ['ko', '다 끝났어요 환불은 어디로 들어와요?', '환불은 어디로 들어와요'],
    ['ko', '해지했습니다 수수료도 바뀌나요', '수수료도 바뀌나요'],
    ['ko', '해결됐어요 알리페이가 정확히 뭐예요', '알리페이가 정확히 뭐예요'],
    ['zh', '弄好了 对了支付宝还能充值不', '对了支付宝还能充值不'],
    // Asked before the answer: the question clauses, not the answer after them.
    ['en', 'does the code expire? got it just now', 'does the code expire'],
    ['fr', 'ça coûte quelque chose ? sinon oui je suis inscrit', 'ca coute quelque chose'],
    ['zh', '余额会怎么处理？还剩一点', '余额会怎么处理'],
  ])('in %s, "%s" asks "%s" beside its answer', (locale, text, question) => {
    expect(understanding.sideQuestion(text, locale)).toBe(question);
  });

  it.each([
    ['en', 'is it the blue button?'],
    ['en', 'yes I added my number last year'],
    ['zh', '登进去了'],
    ['fr', 'oui je vois le formulaire'],
    ['ko', '아니요 제가 직접 전화해 볼게요'],
    ['zh', '不'],
  ])('in %s, "%s" asks nothing beside an answer', (locale, text) => {
    expect(understanding.sideQuestion(text, locale)).toBeUndefined();
  });

  it.each([
    // A condition before the question is part of it: "refunds" is not read as the answer.
    ['en', 'All completed, yes. But if a supplier refunds an order later, where does that money end up?', 'answer.yes'],
    ['en', 'yes, around 200 USD. What happens to it if I leave it there?', 'answer.yes'],
    ['fr', "c'est fait. du coup mon compte va être fermé ?", 'answer.yes'],
    ['zh', '解绑了。那我的账户会不会被注销？', 'answer.yes'],
    ['ko', '네 좀 남아 있어요 그 돈은 어떻게 되는 거예요?', 'answer.yes'],
  ])('in %s, the question in "%s" does not change the answer (%s)', (locale, text, type) => {
    const step = text.includes('200') || text.includes('남아') ? anyLeft : text.includes('completed') ? allSettled : doneStep;
    expect(understanding.read(text, locale, step, []).event?.type).toBe(type);
  });

  it.each([
    ['en', 'do sellers pay a fee? just asking, I buy', 'buyer'],
    ['en', 'what do sellers get? anyway I am a buyer', 'buyer'],
    ['es', '¿los vendedores pagan comisión? yo solo compro', 'buyer'],
    // A self-correction ending in "不" asks nothing: what follows it answers.
    ['zh', '卖家，啊不，我只是买东西的，买家', 'buyer'],
  ])('in %s, "%s" is answered by what follows its question or correction', (locale, text, choice) => {
    const buyerOrSeller: StepMeta = { prompt: { key: 'accessAlipay.askBuyerOrSeller' }, expects: 'choice' };
    const choices = [
      { id: 'buyer', label: 'Buyer' },
      { id: 'seller', label: 'Seller' },
    ];
    expect(understanding.read(text, locale, buyerOrSeller, choices).event).toEqual({ type: 'answer.choice', choice });
    // Nothing answered after the question: no choice is taken from it.
    expect(understanding.read('do sellers pay a fee? just asking before I choose', 'en', buyerOrSeller, choices).event).toBeUndefined();
  });
});

describe('still at the step', () => {
  it.each([
    ['en', "don't close this, I'm just switching to my email app"],
    ['en', 'ok one sec'],
    ['fr', "bouge pas, je cherche l'icone"],
    ['es', 'un momento, sigue cargando'],
    ['zh', '等我一下，我再找找'],
    ['el', 'περίμενε, ακόμα φορτώνει'],
    ['ko', '잠깐만요 찾는 중이에요'],
  ])('in %s, "%s" answers nothing and waits', (locale, text) => {
    expect(understanding.read(text, locale, doneStep, [])).toEqual({ holding: true });
  });

  it.each([
    ['en', 'hold on... yes, done'],
    ['fr', "attends, c'est bon je l'ai"],
  ])('in %s, "%s" is an answer after the wait', (locale, text) => {
    expect(understanding.read(text, locale, doneStep, []).event?.type).toBe('answer.yes');
  });
});

describe('a stop said of the procedure, and only then', () => {
  it.each([
    'cancelar el proceso por favor',
    'annule la procédure stp',
    '退出这个流程',
    '我不想提现了 取消',
    'άκυρο, άλλαξα γνώμη',
    '연동 해제 안 하기로 했어요 그만할게요',
  ])('"%s" stops', (text) => {
    expect(understanding.signals(text).stop).toBe(true);
  });

  it.each([
    "j'ai failli tout arrêter tellement c'était long mais voilà c'est envoyé",
    '取消键旁边那个确认按钮对吧？',
    '别取消啊，继续继续',
    "don't cancel the procedure, I'm still here",
    'I cancelled one order last week',
  ])('"%s" does not stop', (text) => {
    expect(understanding.signals(text).stop).toBe(false);
  });
});

describe('a language asked for beside the one spoken', () => {
  it('takes the language that is not the conversation’s', () => {
    expect(understanding.signals("do you speak chinese? my english isn't great", undefined, 'en').language).toBe('zh');
  });
});

describe('a break word that ends the question stays with it', () => {
  it.each([
    ['fr', 'oui je vois le formulaire. Et on peut recharger Alipay aussi ?', 'et on peut recharger alipay aussi'],
    ['fr', "non, il y en a une en cours de remboursement. le remboursement il arrive où d'ailleurs ?", 'le remboursement il arrive ou dailleurs'],
  ])('in %s, "%s" asks "%s"', (locale, text, question) => {
    expect(understanding.sideQuestion(text, locale)).toBe(question);
  });
});

describe('a question about a fact, or a question asking for a procedure', () => {
  it.each([
    ['en', 'can I still bind a card to alipay?'],
    ['en', 'why did alipay send me a text right after I set my payment password?'],
    ['fr', 'Ajouter ma CB sur mon compte Alipay, c’est faisable ?'],
    ['es', '¿el cambio en Taobao se pasa solo a Taobao Alliance?'],
    ['zh', '支付宝还让不让绑银行卡'],
    ['ko', '카드 정보 지워도 돼요?'],
    ['el', 'θα ήταν λάθος να έχω τον ίδιο κωδικό για είσοδο και πληρωμή;'],
    // Unaccented "ou" (or), "που" (which), "como" (like) inside a sentence ask nothing of how or where.
    ['fr', 'je peux supprimer ma carte ou pas ?'],
    ['el', 'μπορώ να σβήσω την κάρτα που πρόσθεσα;'],
    ['es', '¿puedo pagar como invitado sin cuenta?'],
  ])('in %s, "%s" asks whether, when or why', (locale, text) => {
    expect(understanding.questions.asksWhetherNotHow(text, locale)).toBe(true);
  });

  it.each([
    ['en', 'how do I bind a card to alipay?'],
    ['en', 'where can I find my alipay?'],
    ['en', "I can't log in, can you help me?"],
    ['fr', 'comment ajouter ma CB sur Alipay ?'],
    ['es', '¿cómo cambio alipay en Taobao Alliance?'],
    ['zh', '支付宝怎么绑银行卡'],
    ['ko', '카드 정보 어떻게 지워요?'],
    ['el', 'πώς αλλάζω τον κωδικό πληρωμής;'],
    ['el', 'πως προσθετω την καρτα μου στο alipay;'],
    ['es', 'como cambio mi contraseña?'],
    ['fr', 'où je trouve le bouton ?'],
    ['en', 'I want to bind a card'],
  ])('in %s, "%s" asks how, states a task, or asks nothing', (locale, text) => {
    expect(understanding.questions.asksWhetherNotHow(text, locale)).toBe(false);
  });
});
