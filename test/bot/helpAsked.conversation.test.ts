import { keysAfter, procedureBegun } from '../support/botKeys';

/**
 * Help asked for with a task ("can you help me get my money out of the intl account", "me puedes ayudar a sacar…", "…좀
 * 도와주세요") is the task: the words asking for help are the menu's own ("can you help me?") and used to pull such a message
 * to the menu, to "is it one of these?", or, asked as a question, to a fact about the task instead of its steps. Asked
 * alone, help is still the menu.
 */

describe('help asked with a task starts that task', () => {
  it.each([
    ['en', 'can you help me get my money out of the intl account', 'withdraw_funds'],
    ['en', 'could you please help me unlink my bank card from alipay', 'unbind_card'],
    ['en', 'i need some help with the sms code, it never comes', 'sms_code'],
    ['en', 'pls help me change the alipay account on my taobao alliance', 'taobao_change_alipay'],
    ['en', 'help me out with resetting my payment password', 'reset_payment_password'],
    ['en', 'my 1688 payments have to move to worldfirst, can you help?', 'move_1688_to_worldfirst'],
    ['es', 'me puedes ayudar a sacar el dinero de mi cuenta internacional', 'withdraw_funds'],
    ['es', 'necesito ayuda para cambiar la contraseña de pago', 'reset_payment_password'],
    ['es', '¿me podrías ayudar a quitar mi tarjeta de alipay?', 'unbind_card'],
    ['es', 'ayúdame con el código sms que no me llega', 'sms_code'],
    ['es', 'quisiera ayuda para activar la membresía de la cuenta internacional', 'activate_membership'],
    ['es', '¿puedes ayudarme a desvincular alipay de mi cuenta de taobao?', 'taobao_unbind_alipay'],
    ['fr', "pouvez-vous m'aider à retirer l'argent de mon compte international", 'withdraw_funds'],
    ['fr', "j'ai besoin d'aide pour supprimer ma carte", 'unbind_card'],
    ['fr', "tu peux m'aider à récupérer mon mot de passe de connexion ?", 'reset_login_password'],
    ['fr', 'aidez-moi à changer le compte alipay lié à taobao alliance svp', 'taobao_change_alipay'],
    ['fr', "le code sms n'arrive jamais, vous pouvez m'aider ?", 'sms_code'],
    ['fr', "j'ai besoin d'un coup de main pour ajouter une carte bancaire sur alipay", 'bind_card'],
    ['zh', '你能帮我把国际账户的钱提出来吗', 'withdraw_funds'],
    ['zh', '帮我解绑淘宝的支付宝', 'taobao_unbind_alipay'],
    ['zh', '麻烦帮我删除支付宝里的银行卡', 'unbind_card'],
    ['zh', '可以帮我重置支付密码吗', 'reset_payment_password'],
    ['zh', '能不能帮我把1688的付款换到万里汇', 'move_1688_to_worldfirst'],
    ['zh', '短信验证码一直收不到，帮帮我', 'sms_code'],
    ['el', 'μπορείς να με βοηθήσεις να βγάλω τα χρήματα από τον διεθνή λογαριασμό;', 'withdraw_funds'],
    ['el', 'χρειάζομαι βοήθεια να αφαιρέσω την κάρτα μου', 'unbind_card'],
    ['el', 'βοήθησέ με να αλλάξω τον κωδικό πληρωμής', 'reset_payment_password'],
    ['el', 'θα ήθελα βοήθεια με τον κωδικό sms, δεν έρχεται ποτέ', 'sms_code'],
    ['el', 'μπορείτε να με βοηθήσετε να προσθέσω κάρτα στο alipay;', 'bind_card'],
    ['el', 'με βοηθάς να αλλάξω το alipay στο taobao alliance;', 'taobao_change_alipay'],
    ['ko', '국제계정에서 돈 빼는 거 좀 도와주세요', 'withdraw_funds'],
    ['ko', '카드 삭제하는 것 좀 도와줄 수 있어요?', 'unbind_card'],
    ['ko', '결제 비밀번호 재설정 좀 도와주실 수 있나요?', 'reset_payment_password'],
    ['ko', '타오바오에서 알리페이 연결 해제하는 거 도와줘요', 'taobao_unbind_alipay'],
    ['ko', '인증번호 문자가 안 와요 도와주세요', 'sms_code'],
    ['ko', '알리페이에 카드 추가하는 것 좀 도와주시겠어요?', 'bind_card'],
  ])('in %s, "%s" starts %s', async (locale, message, procedureId) => {
    expect(await procedureBegun(locale, [message])).toEqual({ starting: 'common.procedure.starting', procedure: procedureId });
  });

  it.each([
    ['en', 'can you help me?'],
    ['es', '¿me puedes ayudar?'],
    ['fr', "vous pouvez m'aider ?"],
    ['zh', '你能帮我吗'],
    ['el', 'μπορείς να με βοηθήσεις;'],
    ['ko', '도와주세요'],
  ])('in %s, "%s" alone shows what the bot can do', async (locale, message) => {
    expect(await keysAfter(locale, [message])).toEqual(['common.menu.help']);
  });
});
