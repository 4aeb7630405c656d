import { narrowedTo, unit, type UnitDraft } from './unit';

/** 1688 accounts moving from Alipay Business to WorldFirst: article 004 (Korean, with an English copy). */
export const WORLDFIRST_1688: readonly UnitDraft[] = [
  unit(
    'faq_1688_deadline',
    'deadline1688',
    'move_1688_to_worldfirst',
    {
      '004': ['you may encounter failed transactions', 'the Cross-border Pay service has been taken over by WorldFirst'],
    },
    ['date'],
  ),
  unit(
    'faq_1688_cross_border_pay',
    'crossBorderPay1688',
    'move_1688_to_worldfirst',
    {
      '004': [
        'make payments via Cross-border Pay through your 1688 account',
        'the Cross-border Pay service has been taken over by WorldFirst',
        '콰징바오 서비스는 이미 WorldFirst가 담당했기 때문입니다',
      ],
    },
    ['date'],
  ),
  unit(
    'faq_1688_balance',
    'balance1688',
    'move_1688_to_worldfirst',
    {
      '004': ['overseas bank account with the same name', 'withdrawals from Alipay Business accounts require transaction fees'],
    },
    ['date', 'fee'],
  ),
  unit(
    'faq_1688_withdrawal_fees',
    'withdrawalFees1688',
    'move_1688_to_worldfirst',
    {
      '004': [
        'withdrawals from Alipay Business accounts require transaction fees',
        'it is recommended that you use funds to complete purchases as soon as possible',
      ],
    },
    ['fee'],
  ),
  unit('faq_1688_refund', 'refund1688', 'move_1688_to_worldfirst', {
    '004': ['returned to the Alipay Business account through the original route', 'ensure that all orders have been completed'],
  }),
  // "Do I pay a fee to take it out?" asks for the withdrawal fee, whatever else the fees' words suggest.
  narrowedTo(
    'faq_1688_withdrawal_fees',
    'withdrawal',
    unit(
      'faq_1688_fees',
      'fees1688',
      'move_1688_to_worldfirst',
      {
        '004': ['the fees on the 1688 side remain unchanged', 'fee schedule document'],
      },
      ['fee'],
    ),
  ),

  unit('faq_1688_account_status', 'accountStatus1688', 'move_1688_to_worldfirst', {
    '004': ['Your Alipay Business account will not be deactivated', 'apart from Cross-border Pay, will remain unaffected'],
  }),
  unit('faq_1688_worldfirst_register', 'worldFirstRegister1688', 'move_1688_to_worldfirst', {
    '004': ['you can register directly through the portal registration link', 'choose Cross-border Pay to bind the 1688 account'],
  }),
  unit('faq_1688_link_blocked', 'linkBlocked1688', 'move_1688_to_worldfirst', {
    '004': [
      'you must first unlink it from your Alipay Business account',
      "It's not possible to simultaneously bind the same 1688 account to both an Alipay Business account and a WorldFirst account",
    ],
  }),
  unit(
    'faq_1688_guides',
    'guides1688',
    'move_1688_to_worldfirst',
    {
      '004': ['화면 왼쪽에 있는 4번째 가이드를 참고해 주시기 바랍니다', '화면 왼쪽에 있는 3번째 가이드를 참고해 주시기 바랍니다'],
    },
    ['count'],
  ),
];
