import { setup } from 'xstate';
import { askWhetherAny, askWhetherFrozen, askWhetherWanted, askYesNo, ending, escalationActions, say } from './steps';
import type { MessageKey, ProcedureEmitted, ProcedureEvent, StepMeta } from './types';

/**
 * Can the Alipay account be unbound from the Taobao account? Seed 000's conditions, one question
 * at a time. A "yes" to any blocking condition says which one blocks it. A frozen account, or one
 * that cannot log in, cannot be unbound by the user: the article sends them to Taobao's online
 * customer service, so the bot says that (at any step) and only offers a person of our own.
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

/** A blocking condition's name, as the desk lead's report shows it: `blockedBy.<name>` in the locale file. */
type Condition = 'listingsOrShop' | 'inventory' | 'pendingTransactions' | 'auctionDeposit' | 'withholdingAgreement' | 'supplierIdentity';

/** How a condition's answer reads when it is not "is there still…?": ever done (a shop once opened), or a freeze. */
type ConditionReading = Pick<StepMeta, 'asks' | 'about'>;

/** One condition of the checklist: "yes" blocks the unbinding (saying which), "no" asks the next. */
function blockingCondition(
  question: TaobaoUnbindQuestion,
  step: number,
  condition: Condition,
  blocked: BlockedSay,
  next: string,
  reading: ConditionReading = {},
) {
  return {
    meta: { ...askWhetherAny(`taobaoUnbindAlipay.${question}`, step), ...reading },
    on: {
      'answer.yes': { target: blockedState(condition), actions: blocked },
      'answer.no': next,
    },
  };
}

const blockedState = (condition: Condition) => `blockedBy${condition[0].toUpperCase()}${condition.slice(1)}`;

/** Where a "yes" to a condition ends: the run is recorded as blocked by that condition. */
const blockedEnding = (condition: Condition) => ({
  [blockedState(condition)]: { type: 'final' as const, meta: ending('blocked', 'taobaoUnbindAlipay.notEligible', condition) },
});

/**
 * The article's own instruction first (only Taobao's online customer service can help), then a
 * person of ours offered, not imposed: yes escalates for `reason`, no ends the run blocked.
 */
function onlyTaobaoServiceCanHelp(reason: 'cannotLogIn' | 'accountFrozen', escalate: 'escalateCannotLogIn' | 'escalateFrozenAccount') {
  return {
    meta: askWhetherWanted('taobaoUnbindAlipay.offerPerson'),
    on: {
      'answer.yes': { target: 'handedToPerson', actions: escalate },
      'answer.no': reason === 'cannotLogIn' ? 'referredToTaobaoCannotLogIn' : 'referredToTaobaoAccountFrozen',
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
  // Seed 000 names who handles a frozen Taobao account: its own instruction, wherever it is said.
  on: { 'user.accountFrozen': { target: '.accountFrozen', actions: 'sayOnlyTaobaoServiceCanHelp' } },
  states: {
    askCanLogIn: {
      meta: askYesNo('taobaoUnbindAlipay.askCanLogIn', 1),
      on: {
        'answer.yes': 'askAccountFrozen',
        'answer.no': { target: 'cannotLogIn', actions: 'sayOnlyTaobaoServiceCanHelp' },
      },
    },
    askAccountFrozen: {
      meta: askWhetherFrozen('taobaoUnbindAlipay.askAccountFrozen', 2),
      on: {
        'answer.yes': { target: 'accountFrozen', actions: 'sayOnlyTaobaoServiceCanHelp' },
        'answer.no': 'askListingsOrShop',
      },
    },
    // The article's condition is that the account never published products nor created a shop: one opened once and since left counts.
    askListingsOrShop: blockingCondition('askListingsOrShop', 3, 'listingsOrShop', 'sayBlockedByListingsOrShop', 'askInventory', { asks: 'history' }),
    askInventory: blockingCondition('askInventory', 4, 'inventory', 'sayBlockedByInventory', 'askPendingTransactions'),
    askPendingTransactions: blockingCondition('askPendingTransactions', 5, 'pendingTransactions', 'sayBlockedByPendingTransactions', 'askAuctionDeposit'),
    askAuctionDeposit: blockingCondition('askAuctionDeposit', 6, 'auctionDeposit', 'sayBlockedByAuctionDeposit', 'askWithholdingAgreement', {
      about: 'frozenFunds',
    }),
    askWithholdingAgreement: blockingCondition('askWithholdingAgreement', 7, 'withholdingAgreement', 'sayBlockedByWithholdingAgreement', 'askSupplierIdentity'),
    askSupplierIdentity: blockingCondition('askSupplierIdentity', 8, 'supplierIdentity', 'sayBlockedBySupplierIdentity', 'eligible'),
    eligible: { type: 'final', meta: ending('solved', 'taobaoUnbindAlipay.eligible') },
    ...blockedEnding('listingsOrShop'),
    ...blockedEnding('inventory'),
    ...blockedEnding('pendingTransactions'),
    ...blockedEnding('auctionDeposit'),
    ...blockedEnding('withholdingAgreement'),
    ...blockedEnding('supplierIdentity'),
    cannotLogIn: onlyTaobaoServiceCanHelp('cannotLogIn', 'escalateCannotLogIn'),
    accountFrozen: onlyTaobaoServiceCanHelp('accountFrozen', 'escalateFrozenAccount'),
    referredToTaobaoCannotLogIn: { type: 'final', meta: ending('blocked', 'taobaoUnbindAlipay.contactTaobao', 'cannotLogIn') },
    referredToTaobaoAccountFrozen: { type: 'final', meta: ending('blocked', 'taobaoUnbindAlipay.contactTaobao', 'accountFrozen') },
    handedToPerson: { type: 'final', meta: ending('escalated') },
  },
});
