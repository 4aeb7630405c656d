import { keysAfter, procedureBegun } from '../support/botKeys';

/**
 * A task told after a sentence of context ("Soy vendedor en AliExpress. Quiero sacar el dinero de la cuenta internacional…",
 * trial 30) is that task: read whole, the context pulled it below the threshold, to "is it one of these?". A question told
 * beside a problem is still the question, and the articles' silence on it is still said.
 */

describe('a task told after its context', () => {
  it.each([
    ['en', 'I sell stuff on AliExpress. I want to take some money out of my international account', 'withdraw_funds'],
    ['en', 'My old card expired. I want to delete it from alipay', 'unbind_card'],
    ['en', 'We run a small shop that buys on 1688. We need to move our payments over to WorldFirst', 'move_1688_to_worldfirst'],
    ['en', 'Long time aliexpress buyer here. I want to register for alipay', 'register_alipay'],
    ['es', 'Soy vendedor en AliExpress. Quiero sacar el dinero de la cuenta internacional de Alipay, pero solo una parte', 'withdraw_funds'],
    ['es', 'Cambié de banco hace poco. Quiero quitar la tarjeta vieja de Alipay', 'unbind_card'],
    ['es', 'Tengo una tienda en Taobao Alliance. Necesito cambiar la cuenta de Alipay vinculada', 'taobao_change_alipay'],
    ['es', 'Compro en AliExpress desde hace años. Quiero añadir una tarjeta a Alipay', 'bind_card'],
    ['es', 'Ayer me registré en AliExpress. Necesito activar la membresía de la cuenta internacional', 'activate_membership'],
    ['fr', "Je vends sur AliExpress depuis un an. Je veux retirer l'argent de mon compte international", 'withdraw_funds'],
    ['fr', "Ma carte a expiré le mois dernier. Je voudrais la supprimer d'Alipay", 'unbind_card'],
    ['fr', "J'ai changé de compte Alipay. Je veux modifier celui lié à Taobao Alliance", 'taobao_change_alipay'],
    ['fr', "Je n'utilise plus Taobao. Je veux délier mon Alipay de mon compte Taobao", 'taobao_unbind_alipay'],
    ['zh', '我是速卖通的卖家。我想把国际账户里的钱提出来', 'withdraw_funds'],
    ['zh', '我的银行卡过期了。想把它从支付宝删掉', 'unbind_card'],
    ['zh', '我换了新的支付宝账号。想改一下淘宝联盟绑定的支付宝', 'taobao_change_alipay'],
    ['zh', '淘宝我已经不用了。我要解绑淘宝和支付宝', 'taobao_unbind_alipay'],
    ['el', 'Η κάρτα μου έληξε. Θέλω να την αφαιρέσω από το Alipay', 'unbind_card'],
    ['el', 'Έχω καινούργια κάρτα. Θέλω να την προσθέσω στο Alipay', 'bind_card'],
    ['el', 'Άλλαξα λογαριασμό Alipay. Θέλω να αλλάξω αυτόν που είναι συνδεδεμένος στο Taobao Alliance', 'taobao_change_alipay'],
    ['ko', '저는 알리익스프레스 판매자예요. 국제계정에서 돈을 인출하고 싶어요', 'withdraw_funds'],
    ['ko', '카드 유효기간이 끝났어요. 알리페이에서 카드를 삭제하고 싶어요', 'unbind_card'],
    ['ko', '저희는 1688에서 구매해요. 결제를 월드퍼스트로 옮겨야 해요', 'move_1688_to_worldfirst'],
    ['ko', '새 카드를 만들었어요. 알리페이에 카드를 추가하고 싶어요', 'bind_card'],
    ['ko', '타오바오는 이제 안 써요. 타오바오에서 알리페이 연결을 해제하고 싶어요', 'taobao_unbind_alipay'],
  ])('in %s, "%s" starts %s', async (locale, message, procedureId) => {
    expect(await procedureBegun(locale, [message])).toEqual({ starting: 'common.procedure.starting', procedure: procedureId });
  });

  it.each([
    ['el', 'Ο κωδικός SMS μου έληξε πάλι. Πόσες φορές την ημέρα μπορώ να ζητήσω καινούργιο;'],
    ['zh', '怎么知道我的淘宝账号能不能解绑支付宝？之前开过店'],
    ['en', 'My card expired. Can I still see old payments made with it?'],
    ['es', 'Mi tarjeta caducó. ¿Puedo seguir viendo los pagos antiguos que hice con ella?'],
  ])('in %s, "%s" asks its question and starts nothing', async (locale, message) => {
    expect(await keysAfter(locale, [message])).not.toContain('common.procedure.starting');
  });
});
