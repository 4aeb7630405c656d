import type { AnswerDefinition } from './procedure';

/** The questions the articles answer in one reply. Each ends by offering the related procedure. */
export const ANSWERS: readonly AnswerDefinition[] = [
  {
    id: 'faq_what_is_alipay',
    product: 'aliexpressAlipay',
    titleKey: 'answers.whatIsAlipay.title',
    answerKey: 'answers.whatIsAlipay.answer',
    relatedProcedure: 'access_alipay',
    sources: {
      '001': ['κινεζικό σύστημα πληρωμών', 'Holding Alibaba', '14 διαφορετικές νομίσματα'],
      '002': ['système de paiement international créé par Alibaba Group', 'Alipay travaille avec 14 devises', 'Visa et MasterCard'],
    },
  },
  {
    id: 'faq_alipay_topup',
    product: 'aliexpressAlipay',
    titleKey: 'answers.alipayTopup.title',
    answerKey: 'answers.alipayTopup.answer',
    relatedProcedure: 'access_alipay',
    sources: {
      '001': ['Παλαιότερα, ήταν δυνατό να τροφοδοτεί τον λογαριασμό'],
      '002': ["Il n'est plus possible de le reconstituer", "il n'accepte pas les nouveaux clients"],
    },
  },
  {
    id: 'faq_1688_deadline',
    product: 'worldFirst1688',
    titleKey: 'answers.deadline1688.title',
    answerKey: 'answers.deadline1688.answer',
    relatedProcedure: 'move_1688_to_worldfirst',
    sources: {
      '004': ['you may encounter failed transactions', 'the Cross-border Pay service has been taken over by WorldFirst'],
    },
  },
  {
    id: 'faq_1688_balance',
    product: 'worldFirst1688',
    titleKey: 'answers.balance1688.title',
    answerKey: 'answers.balance1688.answer',
    relatedProcedure: 'move_1688_to_worldfirst',
    sources: {
      '004': ['overseas bank account with the same name', 'withdrawals from Alipay Business accounts require transaction fees'],
    },
  },
  {
    id: 'faq_1688_refund',
    product: 'worldFirst1688',
    titleKey: 'answers.refund1688.title',
    answerKey: 'answers.refund1688.answer',
    relatedProcedure: 'move_1688_to_worldfirst',
    sources: {
      '004': ['returned to the Alipay Business account through the original route', 'ensure that all orders have been completed'],
    },
  },
  {
    id: 'faq_1688_fees',
    product: 'worldFirst1688',
    titleKey: 'answers.fees1688.title',
    answerKey: 'answers.fees1688.answer',
    relatedProcedure: 'move_1688_to_worldfirst',
    sources: { '004': ['the fees on the 1688 side remain unchanged'] },
  },
  {
    id: 'faq_1688_account_status',
    product: 'worldFirst1688',
    titleKey: 'answers.accountStatus1688.title',
    answerKey: 'answers.accountStatus1688.answer',
    relatedProcedure: 'move_1688_to_worldfirst',
    sources: { '004': ['Your Alipay Business account will not be deactivated', 'apart from Cross-border Pay, will remain unaffected'] },
  },
];
