import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * What the next step names, seen or found, typed at a "Done?" step (trial 32: "找到卡片图标了，显示编辑银行卡" to "Open
 * 'My account'. Done?" was not understood, twice): the user is past the step, so it is taken as done and the next
 * step asked, as a person at the desk would. A screen that still shows the old state, a question, or a failure is no such report.
 */
const yes: Record<string, string> = { en: 'yes', es: 'sí', fr: 'oui', el: 'ναι', zh: '是的', ko: '네' };

describe('the next step seen from this one', () => {
  it.each([
    ['en', 'ok I can see the card icon up top'],
    ['es', 'ya veo el icono de la tarjeta arriba'],
    ['fr', "je vois l'icône de carte en haut"],
    ['el', 'βλέπω το εικονίδιο της κάρτας πάνω'],
    ['zh', '看到银行卡图标了'],
    ['ko', '카드 아이콘 보여요'],
  ])('in %s, "%s" after signing in opens "My account" and asks the card list step', async (locale, report) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), yes[locale], report]);
    expect(keys).toEqual(['unbindCard.openEditCards']);
  });

  it.each([
    ['en', "there's an Activate Now button here"],
    ['es', 'me sale un botón de Activar ahora'],
    ['fr', 'il y a un bouton Activer maintenant'],
    ['el', 'μου βγάζει ένα κουμπί Ενεργοποίηση τώρα'],
    ['zh', '页面上有个立即激活的按钮'],
    ['ko', '지금 활성화 버튼이 보여요'],
  ])('in %s, "%s" is on the account page: the Activate Now step is asked', async (locale, report) => {
    const keys = await keysAfter(locale, [translate(locale)('activateMembership.title'), report]);
    expect(keys).toEqual(['activateMembership.clickActivateNow']);
  });

  it.each([
    ['en', "I don't see any card icon"],
    ['fr', "ça affiche toujours l'ancien compte sur Taobao"],
    ['zh', '淘宝里显示的还是原来那个支付宝'],
  ])('in %s, "%s" moves nothing on', async (locale, report) => {
    const title = locale === 'en' ? 'unbindCard.title' : 'taobaoChangeAlipay.title';
    const keys = await keysAfter(locale, [translate(locale)(title), ...(locale === 'en' ? [yes.en] : []), report]);
    expect(keys).not.toContain(locale === 'en' ? 'unbindCard.openEditCards' : 'taobaoChangeAlipay.openAllianceOnComputer');
  });
});
