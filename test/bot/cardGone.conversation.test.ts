import { keysAfter } from '../support/botKeys';

/**
 * "Is the card gone?" answered with what the screen shows, in the user's words: gone ends the procedure solved, still
 * there offers a person. A no that answers ("no its still there", no comma) does not negate the report after it, and a
 * place said right after a report ("ya no la veo en la lista") is where it is not seen.
 */
const REQUEST: Record<string, string> = {
  en: 'i want to delete my card',
  es: 'quiero eliminar mi tarjeta',
  fr: 'je veux supprimer ma carte',
  zh: '我想删除我的卡',
  ko: '카드 삭제하고 싶어요',
  el: 'θέλω να διαγράψω την κάρτα μου',
};
const YES: Record<string, string> = { en: 'yes', es: 'sí', fr: 'oui', zh: '是', ko: '네', el: 'ναι' };
const atDeleteStep = (locale: string) => [REQUEST[locale], YES[locale], YES[locale], YES[locale]];

describe('is the card gone?', () => {
  it.each([
    ['en', 'no no, its done, the card doesnt show anymore'],
    ['en', 'deleted it, not there now'],
    ['en', 'ok confirmed and the list is empty'],
    ['es', 'no no, ya está, la tarjeta ya no aparece'],
    ['es', 'ya no la veo en la lista'],
    ['es', 'listo, confirmé y ya no está'],
    ['fr', "non non c'est bon, la carte n'apparaît plus"],
    ['fr', "supprimée, elle n'est plus là"],
    ['zh', '好了 卡已经没了'],
    ['zh', '删掉了 列表里看不到了'],
    ['zh', '确认了，已经不显示了'],
    ['ko', '네 삭제됐어요 이제 안 보여요'],
    ['ko', '지웠어요 목록에 없어요'],
    ['el', 'ναι έφυγε, δεν φαίνεται πια'],
    ['el', 'τη διέγραψα, δεν είναι πια εκεί'],
  ])('in %s, "%s" is gone: solved', async (locale, report) => {
    expect(await keysAfter(locale, [...atDeleteStep(locale), report])).toEqual(['unbindCard.cardDeleted', 'feedback.askSolved']);
  });

  it.each([
    ['en', 'no its still there'],
    ['en', 'i confirmed but it still shows'],
    ['es', 'no, sigue ahí'],
    ['es', 'todavía aparece'],
    ['fr', 'non elle est toujours là'],
    ['zh', '没有，还在'],
    ['zh', '还在列表里'],
    ['ko', '아니요 아직 있어요'],
    ['el', 'όχι, είναι ακόμα εκεί'],
  ])('in %s, "%s" is still there: a person is offered', async (locale, report) => {
    expect(await keysAfter(locale, [...atDeleteStep(locale), report])).toEqual(['common.escalation.offerPerson']);
  });

  it.each([
    ['zh', '我想删除我的卡'],
    ['zh', '删除我的银行卡'],
  ])('in %s, "%s" deletes a card, not the conversation’s data', async (locale, request) => {
    expect(await keysAfter(locale, [request])).toEqual(['common.procedure.starting', 'unbindCard.signIn']);
  });
});

describe('is your card listed?', () => {
  const toListStep = (locale: string) => [REQUEST[locale], YES[locale], YES[locale]];
  it.each([
    ['en', 'theres 2 cards listed, the mastercard and a visa. i only want the mastercard gone'],
    ['en', 'yes, i want it gone'],
    ['es', 'sí, quiero que desaparezca'],
  ])('in %s, "%s" is listed: a wish for it gone is no report that it is', async (locale, answer) => {
    expect(await keysAfter(locale, [...toListStep(locale), answer])).toEqual(['unbindCard.deleteCard']);
  });
});
