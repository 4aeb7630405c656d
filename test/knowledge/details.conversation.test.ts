import { LOCALES } from '../support/fixtures';
import { askFirst } from './knowledgeCases';

/**
 * A question next to a fact, asking a detail the fact does not give: the articles are silent, so
 * the bot says so and offers a person, never the neighbouring fact. Per language: the fee exists
 * (stated), its amount (silent); the code's validity (a duration: stated), how long a withdrawal
 * takes (silent); support's phone number (silent).
 */
const cases: Record<string, Array<[string, string[]]>> = {
  en: [
    ['is there a fee for withdrawing from alipay business?', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['what percentage is the withdrawal fee on alipay business?', []],
    ['how many minutes is the sms verification code valid?', ['faq_intl_sms_validity']],
    ['how many days does a withdrawal from alipay business take to reach my bank?', []],
    ['does alipay charge a fee to keep my card saved?', []],
  ],
  zh: [
    ['Alipay Business提现有手续费吗', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['Alipay Business提现手续费是多少', []],
    ['短信验证码有效期多久', ['faq_intl_sms_validity']],
    ['Alipay Business余额提现几天到账', []],
    ['支付宝绑卡收费吗', []],
  ],
  es: [
    ['¿retirar de alipay business tiene comisión?', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['¿qué porcentaje cobran por retirar de alipay business?', []],
    ['¿cuántos minutos dura el código sms de verificación?', ['faq_intl_sms_validity']],
    ['¿cuántos días tarda en llegar a mi banco un retiro de alipay business?', []],
    ['¿alipay cobra algo por guardar mi tarjeta?', []],
  ],
  fr: [
    ['y a-t-il des frais pour retirer de alipay business ?', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['quel pourcentage de frais pour un retrait alipay business ?', []],
    ['le code sms de vérification est valable combien de minutes ?', ['faq_intl_sms_validity']],
    ['combien de jours pour recevoir sur ma banque un retrait alipay business ?', []],
    ['alipay prend des frais pour garder ma carte enregistrée ?', []],
  ],
  el: [
    ['υπάρχει χρέωση για ανάληψη από το alipay business;', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['τι ποσοστό είναι η χρέωση ανάληψης από το alipay business;', []],
    ['πόσα λεπτά ισχύει ο κωδικός επαλήθευσης sms;', ['faq_intl_sms_validity']],
    ['σε πόσες μέρες φτάνει στην τράπεζα η ανάληψη από το alipay business;', []],
    ['χρεώνει το alipay για να κρατάει την κάρτα μου αποθηκευμένη;', []],
  ],
  ko: [
    ['알리페이 비즈니스 출금 수수료 있어요?', ['faq_1688_withdrawal_fees', 'faq_1688_balance']],
    ['알리페이 비즈니스 출금 수수료율이 몇 퍼센트예요?', []],
    ['문자 인증번호 유효시간 몇 분이에요?', ['faq_intl_sms_validity']],
    ['알리페이 비즈니스 출금하면 은행에 며칠 걸려요?', []],
    ['알리페이에 카드 저장해 두면 수수료 나가요?', []],
  ],
};

describe.each(LOCALES)('[%s] a question for a detail the articles do not give', (locale) => {
  it.each(cases[locale])('"%s"', async (q, units) => {
    const result = await askFirst({ q, units }, locale);
    expect({ q, verdict: result.verdict }).toEqual({ q, verdict: units.length > 0 ? 'stated' : 'offered' });
  });
});
