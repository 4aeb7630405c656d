import type { Statements } from './statementSource';

/** Where each sentence of the "Activate Alipay International Account membership" messages comes from. */
export const activateMembershipStatements: Statements = {
  title: 'conversation',
  openAccountPage: { '003': ['"My AliExpress"--"Transaction"--"Alipay International Account"', 'the "Fund Account Management" function in My Alibaba'] },
  membershipRequirement: {
    '003': [
      'Currently, only AliExpress (AliExpress) and Alibaba International Station members can use it',
      '"My AliExpress"--"Transaction"--"Alipay International Account" or the "Fund Account Management" function in My Alibaba',
    ],
  },
  findAccountPageAgain: 'conversation',
  clickActivateNow: {
    '003': [
      'If it is the first time to access the Alipay system, users need to activate Alipay membership',
      'Click the “Activate Now” button, and the system will display the page for creating a payment password',
    ],
  },
  askFirstVisit: 'conversation',
  alreadyActive: { '003': ['If it is the first time to access the Alipay system, users need to activate Alipay membership'] },
  createPaymentPassword: {
    '003': [
      'users need to enter their payment password',
      'we recommend that users do not set the same payment password and login password',
      'After the user enters the payment password, click the “Confirm” button',
    ],
  },
  takeYourTime: 'conversation',
  askPhoneBound: {
    '003': ['click the “Confirm” button, which will check whether the user has previously bound their mobile phone number on the Alibaba website'],
  },
  askVerificationShown: 'conversation',
  activatedWithoutSms: {
    '003': ['Set a payment password and activate Alipay membership', 'If it has been bound, mobile phone verification is required at this time'],
  },
  activated: { '003': ['After the user enters the correct verification code and confirms submission, the Alipay membership can be successfully activated'] },
  'choice.notSure': 'conversation',
  verifyPhone: {
    '003': [
      'If it has been bound, mobile phone verification is required at this time',
      'The system will send a verification code to the user’s bound mobile phone',
    ],
  },
};
