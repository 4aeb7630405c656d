import { unit, type UnitDraft } from './unit';

/** The Alipay International Account for cross-border sellers: article 003 (Chinese, with an English copy). */
export const INTERNATIONAL_ACCOUNT: readonly UnitDraft[] = [
  unit('faq_intl_what_is', 'intlWhatIs', 'access_alipay', {
    '003': [
      'a fund account management platform established by Alipay for domestic sellers engaged in cross-border transactions',
      'collection, refund, and withdrawal of transactions',
    ],
  }),
  unit(
    'faq_intl_currencies',
    'intlCurrencies',
    'withdraw_funds',
    {
      '003': [
        '支付宝国际账户是多币种账户,包含美元账户和人民币账户',
        'Alipay International Account is a multi-currency account, including US dollar accounts and RMB accounts',
      ],
    },
    ['currency'],
  ),
  unit('faq_intl_who_can_use', 'intlWhoCanUse', 'activate_membership', {
    '003': ['目前只有AliExpress(速卖通)与阿里巴巴国际站会员才能使用', 'only AliExpress (AliExpress) and Alibaba International Station members can use it'],
  }),
  unit('faq_intl_where', 'intlWhere', 'access_alipay', {
    '003': ['"My AliExpress"--"Transaction"--"Alipay International Account"', '"Fund Account Management" function in My Alibaba'],
  }),
  unit('faq_intl_activation_needed', 'intlActivationNeeded', 'activate_membership', {
    '003': [
      'If it is the first time to access the Alipay system, users need to activate Alipay membership',
      'Set a payment password and activate Alipay membership',
    ],
  }),
  unit('faq_intl_activate_button', 'intlActivateButton', 'activate_membership', {
    '003': ['Click the “Activate Now” button', 'the page for creating a payment password', 'click the “Confirm” button'],
  }),
  unit('faq_intl_password_same', 'intlPasswordSame', 'activate_membership', {
    '003': ['we recommend that users do not set the same payment password and login password', '我们建议用户不要设置相同的支付密码和登录密码'],
  }),
  unit('faq_intl_phone_verification', 'intlPhoneVerification', 'sms_code', {
    '003': [
      'check whether the user has previously bound their mobile phone number on the Alibaba website',
      'The system will send a verification code to the user’s bound mobile phone',
    ],
  }),
  unit(
    'faq_intl_sms_validity',
    'intlSmsValidity',
    'sms_code',
    {
      '003': ['手机验证码的有效期是30分钟', 'the mobile phone verification code is valid for 30 minutes'],
    },
    ['duration'],
  ),
  unit(
    'faq_intl_withdrawal_rules',
    'intlWithdrawalRules',
    'withdraw_funds',
    {
      '003': [
        '不再限制在100笔交易金额之内',
        'no longer limited to the amount of 100 transactions',
        'withdraw all or part of the “withdrawable amount”',
        'greatly reduces the withdrawal costs',
      ],
    },
    ['count', 'amount'],
  ),
];
