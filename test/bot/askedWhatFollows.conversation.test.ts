import { keysAfter } from '../support/botKeys';

/**
 * A question beside the answer that the next step tells ("yep i'm on that page now, what do i type in?", "si, me acaba de
 * llegar otro. lo pongo ya?", "ok in my account. theres a little card icon at the top, is that it?"; trial 31) is answered
 * by that step: it is not first said to be missing from the articles ("I couldn't find that…", then the answer). What to
 * type or whether this is the thing, or the next step's own words; a fact the next step does not give is still said to be
 * unanswered.
 */
describe('a question the next step answers', () => {
  it.each([
    ['en', 'I forgot my payment password', "yep i'm on that page now, what do i type in?"],
    ['es', 'olvidé mi contraseña de pago', 'sí, ya estoy en la página. ¿qué pongo?'],
    ['fr', "j'ai oublié mon mot de passe de paiement", "oui j'y suis. je mets quoi ?"],
    ['zh', '支付密码忘了', '在了，填什么？'],
    ['el', 'ξέχασα τον κωδικό πληρωμής', 'ναι, είμαι εκεί. τι γράφω;'],
    ['ko', '결제 비밀번호를 잊어버렸어요', '네 들어왔어요. 뭐 입력해요?'],
  ])('in %s, after "%s", "%s" goes on to the step that says what to type', async (locale, request, report) => {
    expect(await keysAfter(locale, [request, report])).toEqual(['resetPaymentPassword.enterEmailAndCaptcha']);
  });

  it.each(['ok in my account. theres a little card icon at the top, is that it?', 'ok in my account. is the card icon the one in the top bar?'])(
    'in en, "%s" goes on to the step that shows the card icon',
    async (report) => {
      expect(await keysAfter('en', ['remove a card from alipay', 'yes', report])).toEqual(['unbindCard.openEditCards']);
    },
  );

  it.each([
    ['en', 'done. is there a fee for deleting a card?'],
    ['es', 'hecho. ¿cobran algo por borrar la tarjeta?'],
  ])('in %s, "%s" asks a fact the next step does not give: said to be unanswered', async (locale, report) => {
    const request = locale === 'en' ? 'remove a card from alipay' : 'quiero borrar mi tarjeta de alipay';
    const keys = await keysAfter(locale, [request, locale === 'en' ? 'yes' : 'sí', report]);
    expect(keys).toEqual(['common.procedure.questionNotFound', 'unbindCard.openEditCards']);
  });
});
