/**
 * Facts from the source articles that may change. Locale strings interpolate them
 * (`{{smsCodeValidityMinutes}}`) instead of repeating the figure in six files.
 */
export const FACTS = Object.freeze({
  /** 003: "注意手机验证码的有效期是30分钟" / "valid for 30 minutes". */
  smsCodeValidityMinutes: 30,
});

export type Facts = typeof FACTS;
