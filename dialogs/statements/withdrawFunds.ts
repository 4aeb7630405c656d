import type { Statements } from './statementSource';

/** Where each sentence of the "Withdraw from the Alipay International Account" messages comes from. */
export const withdrawFundsStatements: Statements = {
  title: 'conversation',
  askMember: {
    '003': [
      '目前只有AliExpress(速卖通)与阿里巴巴国际站会员才能使用',
      'Currently, only AliExpress (AliExpress) and Alibaba International Station members can use it',
    ],
  },
  openAccount: { '003': ['"My AliExpress"--"Transaction"--"Alipay International Account"', 'the "Fund Account Management" function in My Alibaba'] },
  // rewritten: no article describes entering an amount or submitting the withdrawal form.
  withdrawAmount: {
    '003': [
      'including US dollar accounts and RMB accounts',
      'withdraw all or part of the “withdrawable amount”',
      'no longer limited to the amount of 100 transactions',
      'greatly reduces the withdrawal costs of users',
    ],
  },
  withdrawalSubmitted: 'conversation',
  notAvailable: { '003': ['only AliExpress (AliExpress) and Alibaba International Station members can use it'] },
  activateFirst: { '003': ['If it is the first time to access the Alipay system, users need to activate Alipay membership'] },
  'choice.open': 'conversation',
  'choice.asksToActivate': 'conversation',
  'choice.notFound': 'conversation',
};
