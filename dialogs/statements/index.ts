import type { Statements } from './statementSource';
import { accessAlipayStatements } from './accessAlipay';
import { activateMembershipStatements } from './activateMembership';
import { bindCardStatements } from './bindCard';
import { commonStatements } from './common';
import { feedbackStatements } from './feedback';
import { move1688ToWorldFirstStatements } from './move1688ToWorldFirst';
import { registerAlipayStatements } from './registerAlipay';
import { resetLoginPasswordStatements } from './resetLoginPassword';
import { resetPaymentPasswordStatements } from './resetPaymentPassword';
import { smsCodeStatements } from './smsCode';
import { taobaoChangeAlipayStatements } from './taobaoChangeAlipay';
import { taobaoUnbindAlipayStatements } from './taobaoUnbindAlipay';
import { unbindCardStatements } from './unbindCard';
import { withdrawFundsStatements } from './withdrawFunds';

export type { StatementSource, Statements } from './statementSource';

/**
 * Where every sentence of each message file comes from, by file (namespace). The knowledge base's
 * answers carry their own quotes (dialogs/knowledge); the article names, the agent console, Teams'
 * manifest and the Web Chat page say nothing about the products.
 */
export const STATEMENTS: Readonly<Record<string, Statements>> = {
  accessAlipay: accessAlipayStatements,
  activateMembership: activateMembershipStatements,
  bindCard: bindCardStatements,
  common: commonStatements,
  feedback: feedbackStatements,
  move1688ToWorldFirst: move1688ToWorldFirstStatements,
  registerAlipay: registerAlipayStatements,
  resetLoginPassword: resetLoginPasswordStatements,
  resetPaymentPassword: resetPaymentPasswordStatements,
  smsCode: smsCodeStatements,
  taobaoChangeAlipay: taobaoChangeAlipayStatements,
  taobaoUnbindAlipay: taobaoUnbindAlipayStatements,
  unbindCard: unbindCardStatements,
  withdrawFunds: withdrawFundsStatements,
};

/** Message files whose sentences are sourced elsewhere or state nothing about the products. */
export const NOT_STATEMENTS = ['answers', 'sources', 'agent', 'teams', 'webchat'] as const;
