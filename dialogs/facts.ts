import type { SourceQuotes } from './sources';

/**
 * Facts from the source articles that may change. Locale strings interpolate them
 * (`{{smsCodeValidityMinutes}}`, `{{alipayClosedOn, datetime(dateStyle: long)}}`) instead of
 * repeating the figure in six files. Dates are ISO days; `factVariables()` turns them into dates
 * the translator formats per language.
 */
export const FACTS = Object.freeze({
  smsCodeValidityMinutes: 30,
  alipayCurrencies: 14,
  alipayClosedOn: '2017-01-01',
  crossBorderPayMovedOn: '2024-08-13',
  formerWithdrawalTransactionLimit: 100,
});

export type Facts = typeof FACTS;

/** Where each fact is written: a test checks every quote is in the seed and states the value. */
export const FACT_SOURCES: Readonly<Record<keyof Facts, SourceQuotes>> = {
  smsCodeValidityMinutes: { '003': ['手机验证码的有效期是30分钟', 'verification code is valid for 30 minutes'] },
  alipayCurrencies: { '001': ['14 διαφορετικές νομίσματα'], '002': ['Alipay travaille avec 14 devises'] },
  alipayClosedOn: { '002': ['Depuis le 1er janvier 2017', 'Alipay a fermé ses portes le 1er janvier 2017'] },
  crossBorderPayMovedOn: { '004': ['2024년 8월 13일 이후', 'Starting from August 13, 2024'] },
  formerWithdrawalTransactionLimit: { '003': ['不再限制在100笔交易金额之内', 'no longer limited to the amount of 100 transactions'] },
};

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The facts as message variables. Dates become noon UTC so that no time zone moves them to
 * another day when formatted.
 */
export function factVariables(): Record<string, number | Date> {
  return Object.fromEntries(
    Object.entries(FACTS).map(([name, value]) => [name, typeof value === 'string' && ISO_DAY.test(value) ? new Date(`${value}T12:00:00Z`) : (value as number)]),
  );
}
