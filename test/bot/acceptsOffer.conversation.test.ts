import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * "Shall I walk you through it?" answered by agreeing to try ("bon on essaie", "probemos", "한번 해볼게요"): the offer is
 * taken, as "yes" would. At a step, the same words promise work not done yet and answer nothing.
 */
describe('agreeing to try takes an offer', () => {
  it.each([
    ['en', 'can i still register for alipay on aliexpress?', 'ok lets try'],
    ['es', '¿todavía puedo registrarme en alipay para aliexpress?', 'bueno, probemos'],
    ['fr', "Bonjour, je n'ai jamais eu d'Alipay, je peux encore m'inscrire pour payer sur AliExpress ?", 'bon on essaie'],
    ['zh', '现在还能在速卖通注册支付宝吗？', '那试试吧'],
    ['ko', '알리익스프레스에서 알리페이 아직 가입할 수 있어요?', '한번 해볼게요'],
    ['el', 'μπορώ ακόμα να εγγραφώ στο alipay για το aliexpress;', 'ας το δοκιμάσουμε'],
  ])('in %s, "%s" then "%s" begins the registration', async (locale, question, accept) => {
    expect(await keysAfter(locale, [question])).toContain('common.answer.offerProcedure');
    expect(await keysAfter(locale, [question, accept])).toEqual(['common.procedure.starting', 'registerAlipay.sourcesDisagree']);
  });

  it.each([
    ['fr', 'je veux supprimer ma carte', 'bon on essaie'],
    ['ko', '카드 삭제하고 싶어요', '한번 해볼게요'],
  ])('in %s, at a step, "%s" then "%s" answers nothing yet', async (locale, request, accept) => {
    expect(await keysAfter(locale, [request, accept])).not.toContain('unbindCard.openMyAccount');
  });

  // "Do you still want to try registering?": stating the wish to try is yes, stating it negated is no (class 2 of issue 18's trial).
  it.each([
    ['en', ['i want to try', "i'd like to give it a go anyway"], ["i don't want to try", 'no, i would not like to try']],
    ['es', ['quiero intentarlo', 'lo quiero probar de todos modos'], ['no quiero intentarlo', 'no, prefiero no probar']],
    ['fr', ['je veux essayer', 'je voudrais quand même tenter'], ['je veux pas essayer', "non je n'ai pas envie d'essayer"]],
    ['zh', ['想试试', '我还是想试一下'], ['不想试了', '不要试了']],
    ['ko', ['해보고 싶어요', '그래도 가입해 보고 싶어요'], ['안 해볼래요', '아니요 해보고 싶지 않아요']],
    ['el', ['θέλω να δοκιμάσω', 'θα ήθελα να το δοκιμάσω πάντως'], ['δεν θέλω να δοκιμάσω', 'όχι, δεν θα ήθελα να προσπαθήσω']],
  ])('in %s, wanting to try takes the offer to register (%j) and not wanting to declines it (%j)', async (locale, wanted, unwanted) => {
    const title = translate(locale)('registerAlipay.title');
    for (const text of wanted) expect(await keysAfter(locale, [title, text])).toEqual(['registerAlipay.openMyAlipay']);
    for (const text of unwanted) expect(await keysAfter(locale, [title, text])).toContain('registerAlipay.payWithoutRegistering');
  });

  // "Do you still want to add one?" answered in its own words: the wish takes it, negated it declines, and a wish for
  // something else ("I want to delete my card") is a new request, not a yes.
  it.each([
    ['en', ['i still want to add it', "i'd like to add one"], ["i don't want to add one", 'no, i would not like to add it'], 'i want to delete my card'],
    [
      'es',
      ['quiero añadirla igual', 'me gustaría añadir una de todas formas'],
      ['no quiero añadirla', 'no, no quiero añadir ninguna'],
      'quiero eliminar mi tarjeta',
    ],
    [
      'fr',
      ["je veux l'ajouter", 'je voudrais quand même en ajouter une'],
      ["je veux pas l'ajouter", 'non je ne veux pas en ajouter'],
      'je veux supprimer ma carte',
    ],
    ['zh', ['想添加', '我还是想添加一张'], ['不想添加了', '不想添加'], '我想删除我的卡'],
    ['ko', ['추가하고 싶어요', '그래도 카드 추가하고 싶어요'], ['추가하고 싶지 않아요', '아니요 추가 안 하고 싶어요'], '카드 삭제하고 싶어요'],
    [
      'el',
      ['θέλω να την προσθέσω', 'θα ήθελα να προσθέσω μία πάντως'],
      ['δεν θέλω να την προσθέσω', 'όχι, δεν θέλω να προσθέσω'],
      'θέλω να διαγράψω την κάρτα μου',
    ],
  ])(
    "in %s, a wish in the offer's words takes it (%j), negated declines it (%j), for something else (%j) takes nothing",
    async (locale, wanted, unwanted, other) => {
      const title = translate(locale)('bindCard.title');
      for (const text of wanted) expect(await keysAfter(locale, [title, text])).toEqual(['bindCard.openCardList']);
      for (const text of unwanted) expect(await keysAfter(locale, [title, text])).toContain('bindCard.payDirectly');
      const elsewhere = await keysAfter(locale, [title, other]);
      expect(elsewhere).not.toContain('bindCard.openCardList');
      expect(elsewhere).not.toContain('bindCard.payDirectly');
    },
  );

  it('in Korean, a stop said of what is offered declines the offer; a stop said alone still stops', async () => {
    const title = translate('ko')('bindCard.title');
    expect(await keysAfter('ko', [title, '카드 추가 안 하고 싶어요'])).toContain('bindCard.payDirectly');
    expect(await keysAfter('ko', [title, '그만할래요'])).toContain('common.procedure.cancelled');
  });
});
