import type { AnyStateMachine } from 'xstate';

/** Products group procedures in the menu. */
export type ProductId = 'alipayInternationalAccount';

/** Everything the bot needs to offer and run one procedure. Adding a procedure = adding one of these. */
export interface ProcedureDefinition {
  readonly id: string;
  readonly product: ProductId;
  readonly machine: AnyStateMachine;
  /** Message key of the menu entry and of "you are in: …". */
  readonly titleKey: string;
  /** Steps on the happy path, for "step 3 of 6". */
  readonly totalSteps: number;
}
