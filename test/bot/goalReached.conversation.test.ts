import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * A report that the procedure's goal is reached, typed at an earlier step (trial 32: "ok got a new one, entered it and
 * it says activated!" and "收到了！激活成功" were answered "Type the code… Was it accepted?"): the steps left are taken
 * as done and the procedure ends solved, the one it runs inside too. A wish, someone else's doing or a question is no report.
 */
const yes: Record<string, string> = { en: 'yes', es: 'sí', fr: 'oui', el: 'ναι', zh: '是的', ko: '네' };

describe('the goal reported reached', () => {
  it.each([
    ['en', 'got it, typed it in and it says activated!'],
    ['es', 'me llegó, lo puse y ya está activada'],
    ['fr', "reçu, je l'ai saisi et c'est activé !"],
    ['el', 'ήρθε, τον έβαλα και ενεργοποιήθηκε'],
    ['zh', '收到了，输进去已经激活成功了'],
    ['ko', '받았어요 입력했더니 활성화됐어요'],
  ])('in %s, "%s" asked whether the SMS code came ends the code and the activation', async (locale, report) => {
    const chat = testConversation(locale);
    for (const line of [translate(locale)('activateMembership.title'), yes[locale], yes[locale], yes[locale], yes[locale]]) await chat.say(line);
    expect((await chat.storedState()).support.procedure?.procedureId).toBe('sms_code');
    await chat.say(report);
    const data = (await chat.storedState()).support;
    expect(data.procedure).toBeUndefined();
    expect(data.wrapUp).toMatchObject({ procedureId: 'activate_membership', finalStep: 'activated' });
  });

  it.each([
    ['en', 'I already deleted the card'],
    ['es', 'ya borré la tarjeta'],
    ['fr', "j'ai déjà supprimé la carte"],
    ['el', 'την έσβησα ήδη την κάρτα'],
    ['zh', '卡已经删掉了'],
    ['ko', '카드 벌써 삭제했어요'],
  ])('in %s, "%s" asked to open "My account" ends the card deletion', async (locale, report) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), yes[locale], report]);
    expect(keys).toEqual(['unbindCard.cardDeleted', 'feedback.askSolved']);
  });

  it.each([
    ['en', 'is the card deleted now?'],
    ['en', 'my brother already deleted his card'],
    ['es', '¿ya se borró la tarjeta?'],
    ['zh', '卡删掉了吗？'],
  ])('in %s, "%s" does not end it', async (locale, message) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), yes[locale], message]);
    expect(keys).not.toContain('unbindCard.cardDeleted');
  });
});
