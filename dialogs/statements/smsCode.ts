import type { Statements } from './statementSource';

/** Where each sentence of the "SMS verification code problems" messages comes from. */
export const smsCodeStatements: Statements = {
  title: 'conversation',
  askCodeReceived: {
    '003': [
      '系统会发送验证码到用户绑定的手机',
      'bound their mobile phone number on the Alibaba website',
      'The system will send a verification code to the user’s bound mobile phone',
    ],
  },
  // rewritten: "is your phone switched on with signal?" is in no article.
  checkBoundNumber: {
    '003': ['bound their mobile phone number on the Alibaba website', 'The system will send a verification code to the user’s bound mobile phone'],
  },
  boundNumberWrong: { '003': ['系统会发送验证码到用户绑定的手机', 'The system will send a verification code to the user’s bound mobile phone'] },
  // why: rewritten without "wait a minute or two": says the articles give no delivery time and to request a new code, as every code form allows.
  waitAndResend: 'general guidance',
  askCodeAge: { '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'] },
  codeStillValid: { '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'] },
  codeExpired: { '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'] },
  codeMayHaveExpired: { '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'] },
  // why: requesting a new code is how every code form works; no article describes it.
  requestNewCode: 'general guidance',
  enterCode: { '003': ['用户输入正确的验证码后确认提交', 'After the user enters the correct verification code and confirms submission'] },
  // rewritten without "use the most recent code"; its "request a new code on the page" is the general guidance of requestNewCode.
  codeRejected: { '003': ['After the user enters the correct verification code', 'the mobile phone verification code is valid for 30 minutes'] },
  // The 30 minutes are seed 003's; "request a new code" is the general guidance of requestNewCode.
  expiryReminder: { '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'] },
  verified: 'conversation',
  'choice.justNow': 'conversation',
  'choice.olderThanValidity': 'conversation',
};
