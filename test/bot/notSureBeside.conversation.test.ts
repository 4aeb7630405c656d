import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * "Not sure" takes no branch, but what comes with it is not dropped (trial 30: "hmm not sure. whats the point of it now
 * anyway, can i still put money on it?" got "if you can check it, answer when you know" and nothing on the question). A
 * question beside it is answered, or said to be one the articles are silent on; unsure whether they want something
 * ("Do you still want to add one?"), there is nothing to check: it is all right, and asked again.
 */
describe('"not sure" and what comes with it', () => {
  it.each([
    ['en', 'hmm not sure tbh'],
    ['es', 'mmm no sé, la verdad'],
    ['fr', 'euh je sais pas trop'],
    ['zh', '嗯……说不准'],
    ['el', 'δεν ξέρω ακόμα'],
    ['ko', '음 잘 모르겠어요'],
  ])('in %s, "%s" to "do you still want to add one?" is all right, with nothing to check', async (locale, unsure) => {
    expect(await keysAfter(locale, [translate(locale)('bindCard.title'), unsure])).toEqual(['common.procedure.notSureWrapUp', 'bindCard.noLongerNeeded']);
  });

  it.each([
    ['en', 'not sure. does deleting a card cost anything?'],
    ['es', 'no estoy seguro. ¿borrar la tarjeta cuesta algo?'],
    ['fr', 'je sais pas trop. ça coûte quelque chose de supprimer la carte ?'],
    ['zh', '说不准。删除银行卡需要多长时间？'],
    ['el', 'δεν είμαι σίγουρος. κοστίζει κάτι η διαγραφή της κάρτας;'],
    ['ko', '잘 모르겠어요. 카드 삭제하면 수수료 있어요?'],
  ])('in %s, "%s" says the question is not in the articles, then asks the step again', async (locale, unsure) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), unsure]);
    expect(keys).toEqual(['common.procedure.questionNotFound', 'common.procedure.notSure', 'unbindCard.signIn']);
  });

  it('in en, a question the articles answer is answered before the step comes back', async () => {
    const keys = await keysAfter('en', [translate('en')('bindCard.title'), 'not sure yet. can i still put money on alipay?']);
    expect(keys).toEqual(['answers.alipayTopup.answer', 'common.answer.source', 'common.procedure.notSureWrapUp', 'bindCard.noLongerNeeded']);
  });
});
