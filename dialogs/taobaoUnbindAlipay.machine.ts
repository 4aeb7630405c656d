import { setup } from 'xstate';
import { askWhetherAny, askWhetherFrozen, askYesNo, ending, escalationActions, frozenAccountAnywhere, accountFrozenEnding, say } from './steps';
import type { MessageKey, ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Can the Alipay account be unbound from the Taobao account? Seed 000's conditions, one question
 * at a time. A "yes" to any blocking condition says which one blocks it. A frozen account, or one
 * that cannot log in, cannot be unbound by the user: only Taobao's online customer service can
 * help, so it goes to a person.
 */

type BlockedSay =
  | 'sayBlockedByListingsOrShop'
  | 'sayBlockedByInventory'
  | 'sayBlockedByPendingTransactions'
  | 'sayBlockedByAuctionDeposit'
  | 'sayBlockedByWithholdingAgreement'
  | 'sayBlockedBySupplierIdentity';

/** A checklist question's key under taobaoUnbindAlipay (the locale file names each). */
type TaobaoUnbindQuestion = MessageKey extends infer K ? (K extends `taobaoUnbindAlipay.${infer Q}` ? Q : never) : never;

/** One condition of the checklist: "yes" blocks the unbinding (saying which), "no" asks the next. */
function blockingCondition(question: TaobaoUnbindQuestion, step: number, blocked: BlockedSay, next: string, about?: 'frozen') {
  return {
    meta: { ...askWhetherAny(`taobaoUnbindAlipay.${question}`, step), ...(about ? { about } : {}) },
    on: {
      'answer.yes': { target: 'notEligible', actions: blocked },
      'answer.no': next,
    },
  };
}

export const taobaoUnbindAlipayMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayOnlyTaobaoServiceCanHelp: say('taobaoUnbindAlipay.onlyTaobaoServiceCanHelp'),
    sayBlockedByListingsOrShop: say('taobaoUnbindAlipay.blockedBy.listingsOrShop'),
    sayBlockedByInventory: say('taobaoUnbindAlipay.blockedBy.inventory'),
    sayBlockedByPendingTransactions: say('taobaoUnbindAlipay.blockedBy.pendingTransactions'),
    sayBlockedByAuctionDeposit: say('taobaoUnbindAlipay.blockedBy.auctionDeposit'),
    sayBlockedByWithholdingAgreement: say('taobaoUnbindAlipay.blockedBy.withholdingAgreement'),
    sayBlockedBySupplierIdentity: say('taobaoUnbindAlipay.blockedBy.supplierIdentity'),
  },
}).createMachine({
  id: 'taobao_unbind_alipay',
  initial: 'askCanLogIn',
  on: frozenAccountAnywhere,
  states: {
    askCanLogIn: {
      meta: askYesNo('taobaoUnbindAlipay.askCanLogIn', 1),
      on: {
        'answer.yes': 'askAccountFrozen',
        'answer.no': { target: 'cannotLogIn', actions: ['sayOnlyTaobaoServiceCanHelp', 'escalateCannotLogIn'] },
      },
    },
    askAccountFrozen: {
      meta: askWhetherFrozen('taobaoUnbindAlipay.askAccountFrozen', 2),
      on: {
        'answer.yes': { target: 'accountFrozen', actions: ['sayOnlyTaobaoServiceCanHelp', 'escalateFrozenAccount'] },
        'answer.no': 'askListingsOrShop',
      },
    },
    askListingsOrShop: blockingCondition('askListingsOrShop', 3, 'sayBlockedByListingsOrShop', 'askInventory'),
    askInventory: blockingCondition('askInventory', 4, 'sayBlockedByInventory', 'askPendingTransactions'),
    askPendingTransactions: blockingCondition('askPendingTransactions', 5, 'sayBlockedByPendingTransactions', 'askAuctionDeposit'),
    askAuctionDeposit: blockingCondition('askAuctionDeposit', 6, 'sayBlockedByAuctionDeposit', 'askWithholdingAgreement', 'frozen'),
    askWithholdingAgreement: blockingCondition('askWithholdingAgreement', 7, 'sayBlockedByWithholdingAgreement', 'askSupplierIdentity'),
    askSupplierIdentity: blockingCondition('askSupplierIdentity', 8, 'sayBlockedBySupplierIdentity', 'eligible'),
    eligible: { type: 'final', meta: ending('solved', 'taobaoUnbindAlipay.eligible') },
    notEligible: { type: 'final', meta: ending('solved', 'taobaoUnbindAlipay.notEligible') },
    cannotLogIn: { type: 'final', meta: ending('escalated') },
    ...accountFrozenEnding,
  },
});
