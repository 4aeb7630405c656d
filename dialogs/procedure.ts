import type { AnyStateMachine } from 'xstate';
import type { SourceQuotes } from './sources';
import type { MessageKey } from './types';

/** Products group procedures and answers in the menu, in this order. */
export const PRODUCTS = ['aliexpressAlipay', 'alipayInternationalAccount', 'taobao', 'worldFirst1688'] as const;
export type ProductId = (typeof PRODUCTS)[number];

/** Everything the bot needs to offer and run one procedure. Adding a procedure = adding one of these. */
export interface ProcedureDefinition {
  readonly id: string;
  readonly product: ProductId;
  readonly machine: AnyStateMachine;
  /** Message key of the menu entry and of "you are in: …". */
  readonly titleKey: MessageKey;
  /** Steps on the happy path, for "step 3 of 6". */
  readonly totalSteps: number;
  /** The articles it follows, quoted. */
  readonly sources: SourceQuotes;
}
