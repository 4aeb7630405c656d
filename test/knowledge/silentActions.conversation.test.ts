import { LOCALES } from '../support/fixtures';
import { askFirst } from './knowledgeCases';

/**
 * Questions next to a fact that ask what no article says (sixteenth probe round's classes, written fresh for this
 * test): which device or app it works on, converting currencies or another currency, taxes and invoices, a particular
 * document, several accounts together, closing a whole account, changing a registered email or phone number, how to end
 * a condition a fact only names as blocking. The bot says the articles are silent and offers a person; a procedure is
 * never started for closing an account or changing a contact detail. The neighbouring facts are still stated.
 */
const cases: Record<string, Array<[string, string[]]>> = {
  en: [
    ['can I activate the international account from my phone or only on a computer?', []],
    ['is there a way to convert my USD balance to RMB inside the international account?', []],
    ['do I have to pay tax on what I withdraw from alipay business?', []],
    ['will they accept a passport for the identity check when I reset the payment password?', []],
    ['how do I close my alipay business account for good?', []],
    ['how do I change the phone number bound on alibaba for the sms code?', []],
    ['how do I cancel the withholding agreement that blocks unbinding?', []],
    ['will my alipay business account be closed after the move to worldfirst?', ['faq_1688_account_status']],
    ['which currencies does the international account have, euros too?', ['faq_intl_currencies']],
  ],
  zh: [
    ['国际账户能在手机上激活吗，还是只能用电脑？', []],
    ['国际账户里的美元可以兑换成人民币吗', []],
    ['Alipay Business提现需要交税吗', []],
    ['重置支付密码的时候用护照验证身份可以吗', []],
    ['Alipay Business账户不用了，怎么注销？', []],
    ['阿里巴巴上绑定的手机号换了，怎么改成新号码？', []],
    ['支付宝代扣协议怎么取消？不取消解绑不了', []],
    ['迁到万里汇以后Alipay Business账户会被注销吗', ['faq_1688_account_status']],
  ],
  es: [
    ['¿puedo activar la cuenta internacional desde el celular o solo desde la computadora?', []],
    ['¿se pueden convertir los dólares de la cuenta internacional a yuanes?', []],
    ['¿tengo que pagar impuestos por lo que retiro de alipay business?', []],
    ['¿me aceptan el pasaporte para verificar mi identidad al recuperar la contraseña de pago?', []],
    ['quiero eliminar mi cuenta de alipay business, ¿cómo lo hago?', []],
    ['¿cómo cambio el número de teléfono vinculado en alibaba para recibir el sms?', []],
    ['¿cómo anulo el acuerdo de retención que no me deja desvincular?', []],
    ['¿la cuenta internacional de alipay tiene cuenta en euros?', ['faq_intl_currencies']],
  ],
  fr: [
    ['je peux activer le compte international depuis mon téléphone ou seulement sur ordinateur ?', []],
    ['on peut convertir les dollars du compte international en yuans ?', []],
    ["faut-il payer des impôts sur ce que je retire d'alipay business ?", []],
    ['ils acceptent le passeport pour vérifier mon identité quand je récupère le mot de passe de paiement ?', []],
    ['comment supprimer mon compte alipay business définitivement ?', []],
    ['comment je change le numéro de téléphone lié sur alibaba pour le code sms ?', []],
    ["comment annuler l'accord de prélèvement qui bloque la dissociation ?", []],
    ['le compte international alipay a-t-il un compte en euros ?', ['faq_intl_currencies']],
  ],
  el: [
    ['μπορώ να ενεργοποιήσω τον διεθνή λογαριασμό από το κινητό ή μόνο από υπολογιστή;', []],
    ['μπορώ να μετατρέψω τα δολάρια του διεθνούς λογαριασμού σε γουάν;', []],
    ['πρέπει να πληρώσω φόρο για όσα κάνω ανάληψη από το alipay business;', []],
    ['δέχονται διαβατήριο για την ταυτοποίηση όταν επαναφέρω τον κωδικό πληρωμής;', []],
    ['πώς κλείνω οριστικά τον λογαριασμό alipay business; θέλω να τον διαγράψω εντελώς', []],
    ['πώς αλλάζω το κινητό μου που είναι δηλωμένο στο alibaba για το sms;', []],
    ['πώς ακυρώνω τη συμφωνία παρακράτησης που μπλοκάρει την αποσύνδεση;', []],
    ['ο διεθνής λογαριασμός alipay έχει λογαριασμό σε ευρώ;', ['faq_intl_currencies']],
  ],
  ko: [
    ['국제계정 활성화 모바일에서도 돼요? 아니면 pc에서만 돼요?', []],
    ['국제계정에 있는 달러를 위안화로 환전할 수 있나요?', []],
    ['알리페이 비즈니스에서 출금한 돈도 세금 내야 돼요?', []],
    ['결제 비밀번호 재설정할 때 신분 확인용으로 여권 내도 되나요?', []],
    ['알리페이 비즈니스 계정 탈퇴는 어떻게 해요?', []],
    ['알리바바에 등록된 휴대폰 번호를 바꾸고 싶은데 어떻게 해요?', []],
    ['알리페이 대리결제 약정 해지는 어떻게 해요? 이거 때문에 연동 해제가 안 돼요', []],
    ['국제계정에 유로 계정도 있어요?', ['faq_intl_currencies']],
  ],
};

describe.each(LOCALES)('[%s] a question next to a fact that asks what no article says', (locale) => {
  it.each(cases[locale])('"%s"', async (q, units) => {
    const result = await askFirst({ q, units }, locale);
    expect({ q, verdict: result.verdict }).toEqual({ q, verdict: units.length > 0 ? 'stated' : 'offered' });
  });
});
