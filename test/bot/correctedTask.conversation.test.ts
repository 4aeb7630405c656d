import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * A correction to another procedure: the user started the wrong one ("actually I meant to delete a card, not add
 * one"). Its "no" is no answer to the step: the other procedure is offered in place of this one.
 */
describe('a correction to another procedure', () => {
  const ADD_CARD: Record<string, string> = { en: 'yes', es: 'sí', fr: 'oui', zh: '登录了', ko: '로그인했어요', el: 'ναι' };
  it.each([
    ['en', 'wait no sorry, i meant delete a card'],
    ['es', 'uy perdón, me equivoqué, en realidad quería borrar una tarjeta, no añadirla'],
    ['fr', 'ah non pardon, je veux supprimer ma carte en fait'],
    ['zh', '不对不对，我是要删除银行卡'],
    ['ko', '아 잠깐, 사실은 카드 삭제하려고요'],
    ['el', 'α όχι συγγνώμη, εννοούσα να διαγράψω την κάρτα'],
  ])('in %s, "%s" while adding a card offers to delete one instead', async (locale, correction) => {
    const keys = await keysAfter(locale, [translate(locale)('bindCard.title'), ADD_CARD[locale], correction]);
    expect(keys).toEqual(['common.procedure.switchOffer']);
  });

  it('in ko, a correction with its own no ("아 잠깐, 아니요, 카드 삭제하려던 거예요") during the 1688 move offers to delete a card', async () => {
    const keys = await keysAfter('ko', [translate('ko')('move1688ToWorldFirst.title'), '아 잠깐, 아니요, 카드 삭제하려던 거예요']);
    expect(keys).toEqual(['common.procedure.switchOffer']);
  });

  it('in fr, the payment password after starting the login one ("…que j\'ai oublié en fait")', async () => {
    const keys = await keysAfter('fr', [translate('fr')('resetLoginPassword.title'), "non attends, c'est le mot de passe de paiement que j'ai oublié en fait"]);
    expect(keys).toEqual(['common.procedure.switchOffer']);
  });

  // Trial 30: "actually no, it's the payment password I forgot" was read as "no" to the step; the marker holds its "no".
  it.each([
    ['en', 'I forgot my login password', "actually no, it's the payment password I forgot"],
    ['en', 'I forgot my login password', 'ah no, I meant the payment password, that one I forgot'],
    ['es', 'olvidé mi contraseña de acceso', 'en realidad no, es la contraseña de pago la que olvidé'],
    ['fr', "j'ai oublié mon mot de passe de connexion", "en fait non, c'est le mot de passe de paiement que j'ai oublié"],
    ['el', 'ξέχασα τον κωδικό σύνδεσης', 'βασικά όχι, τον κωδικό πληρωμής ξέχασα'],
    ['zh', '登录密码忘了', '其实不是，我忘的是支付密码'],
  ])('in %s, "%s" then "%s" offers the payment password instead', async (locale, request, correction) => {
    expect(await keysAfter(locale, [request, correction])).toEqual(['common.procedure.switchOffer']);
  });

  it.each([
    ['en', ['resetLoginPassword.title'], 'yes... wait no, i dont see it', 'resetLoginPassword.findLinkAgain'],
    ['en', ['resetLoginPassword.title'], 'actually no, i dont see it', 'resetLoginPassword.findLinkAgain'],
    ['es', ['registerAlipay.title', 'sí'], 'si.. ah no espera, todavia me esta pidiendo iniciar sesion. no', 'common.escalation.offerPerson'],
  ] as const)("in %s, a correction of the step's own answer is still that answer", async (locale, [title, ...before], correction, next) => {
    const keys = await keysAfter(locale, [translate(locale)(title), ...before, correction]);
    expect(keys).not.toContain('common.procedure.switchOffer');
    expect(keys.at(-1)).toBe(next);
  });
});
