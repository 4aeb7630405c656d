import type { Statements } from './statementSource';

/** Where each sentence of the "Move 1688 payments from Alipay Business to WorldFirst" messages comes from. */
export const move1688ToWorldFirstStatements: Statements = {
  title: 'conversation',
  settleOrders: {
    '004': [
      'Starting from August 13, 2024',
      'the Cross-border Pay service has been taken over by WorldFirst',
      'Please ensure that all orders have been completed before unbinding your 1688 account',
      'Your payment refund will be returned to the Alipay Business account through the original route',
      '결제 방식에 따라 환불된 위치가 다릅니다',
    ],
  },
  askRemainingBalance: 'conversation',
  withdrawBalance: {
    '004': [
      'You can withdraw money directly to an overseas bank account with the same name',
      'withdrawals from Alipay Business accounts require transaction fees',
      'it is recommended that you use funds to complete purchases as soon as possible',
    ],
  },
  unbindFromAlipayBusiness: {
    '004': [
      'log in to your Alipay Business account promptly to unlink your 1688 account',
      '알리페이 비즈니스 계정 및 1688 계정의 바인딩을 해제해 주시기 바랍니다',
    ],
  },
  askWorldFirstAccount: 'conversation',
  // rewritten: the article names no "1688 portal" and no "WorldFirst registration link", only "the portal registration link".
  registerWorldFirst: { '004': ['If you have not registered a World account, you can register directly through the portal registration link'] },
  logInToWorldFirst: { '004': ['if you have already registered a World account, you can directly log in to the account'] },
  bindCrossBorderPay: { '004': ['choose Cross-border Pay to bind the 1688 account'] },
  askStillBound: {
    '004': [
      'To link your 1688 account to WorldFirst, you must first unlink it from your Alipay Business account',
      "It's not possible to simultaneously bind the same 1688 account to both",
    ],
  },
  unbindBeforeLinking: { '004': ['unbinding it from Alipay Business account is necessary before reassociating it with WorldFirst'] },
  linked: {
    '004': [
      'the Cross-border Pay service has been taken over by WorldFirst',
      'the fees on the 1688 side remain unchanged',
      'Your Alipay Business account will not be deactivated',
      'apart from Cross-border Pay, will remain unaffected',
    ],
  },
  finishOrdersFirst: { '004': ['Please ensure that all orders have been completed before unbinding your 1688 account'] },
  'choice.haveAccount': 'conversation',
  'choice.noAccount': 'conversation',
  'choice.notSure': 'conversation',
};
