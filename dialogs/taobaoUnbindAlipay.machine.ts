import { setup } from 'xstate';
import { askYesNo, ending, escalationActions, frozenAccountAnywhere, accountFrozenEnding, say } from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Can the Alipay account be unbound from the Taobao account? Seed 000's conditions, one question
 * at a time. A "yes" to any blocking condition says which one blocks it. A frozen account, or one
 * that cannot log in, cannot be unbound by the user: only Taobao's online customer service can
 * help, so it goes to a person.
 */

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
      meta: askYesNo('taobaoUnbindAlipay.askAccountFrozen', 2),
      on: {
        'answer.yes': { target: 'accountFrozen', actions: ['sayOnlyTaobaoServiceCanHelp', 'escalateFrozenAccount'] },
        'answer.no': 'askListingsOrShop',
      },
    },
    askListingsOrShop: {
      meta: askYesNo('taobaoUnbindAlipay.askListingsOrShop', 3),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedByListingsOrShop' },
        'answer.no': 'askInventory',
      },
    },
    askInventory: {
      meta: askYesNo('taobaoUnbindAlipay.askInventory', 4),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedByInventory' },
        'answer.no': 'askPendingTransactions',
      },
    },
    askPendingTransactions: {
      meta: askYesNo('taobaoUnbindAlipay.askPendingTransactions', 5),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedByPendingTransactions' },
        'answer.no': 'askAuctionDeposit',
      },
    },
    askAuctionDeposit: {
      meta: askYesNo('taobaoUnbindAlipay.askAuctionDeposit', 6),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedByAuctionDeposit' },
        'answer.no': 'askWithholdingAgreement',
      },
    },
    askWithholdingAgreement: {
      meta: askYesNo('taobaoUnbindAlipay.askWithholdingAgreement', 7),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedByWithholdingAgreement' },
        'answer.no': 'askSupplierIdentity',
      },
    },
    askSupplierIdentity: {
      meta: askYesNo('taobaoUnbindAlipay.askSupplierIdentity', 8),
      on: {
        'answer.yes': { target: 'notEligible', actions: 'sayBlockedBySupplierIdentity' },
        'answer.no': 'eligible',
      },
    },
    eligible: { type: 'final', meta: ending('solved', 'taobaoUnbindAlipay.eligible') },
    notEligible: { type: 'final', meta: ending('solved', 'taobaoUnbindAlipay.notEligible') },
    cannotLogIn: { type: 'final', meta: ending('escalated') },
    ...accountFrozenEnding,
  },
});
