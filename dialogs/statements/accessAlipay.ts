import type { Statements } from './statementSource';

/** Where each sentence of the "Get into My Alipay" messages comes from. */
export const accessAlipayStatements: Statements = {
  title: 'conversation',
  askBuyerOrSeller: {
    '002': ['Sélectionnez le dernier menu "mon alipay"', 'paiements faciles entre les clients du monde entier'],
    '003': ['for domestic sellers engaged in cross-border transactions'],
  },
  openMyAlipay: {
    '001': [
      'το ποντίκι πάνω στο "Aliexpress μου" Και κάντε κλικ στο «Μου Alipay»',
      'στην κεντρική σελίδα κάντε κλικ στο μεγάλο μπλε κουμπί στο κέντρο της οθόνης',
      'θα πρέπει να συνδεθείτε για να Aliexpress',
      'η άδεια χρησιμοποιεί δεδομένα από Aliexpress',
    ],
    '002': ['entrez simplement votre compte AliExpress'],
  },
  askSignInProblem: 'conversation',
  openInternationalAccount: {
    '003': [
      'by logging in to "My AliExpress"--"Transaction"--"Alipay International Account"',
      'the "Fund Account Management" function in My Alibaba',
      'only AliExpress (AliExpress) and Alibaba International Station members can use it',
    ],
  },
  askFirstVisit: {
    '003': [
      '如果是初次访问Alipay系统,用户需要激活Alipay会员身份',
      'If it is the first time to access the Alipay system, users need to activate Alipay membership',
    ],
  },
  buyerSignedIn: 'conversation',
  sellerSignedIn: 'conversation',
  recoverLoginPassword: 'conversation',
  activateMembership: 'conversation',
  'choice.buyer': 'conversation',
  'choice.seller': 'conversation',
};
