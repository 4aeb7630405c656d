import { setup } from 'xstate';
import {
  askChoice,
  askWhetherFirstTime,
  askYesNo,
  runOnTheWay,
  subProcedureGuards,
  ending,
  escalationActions,
  frozenAccountAnywhere,
  accountFrozenEnding,
  personOffer,
} from './steps';
import type { Choice, ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Reaching Alipay. Buyers (seeds 001, 002): "My AliExpress" → "My Alipay" → the big button →
 * AliExpress sign-in. Sellers (seed 003): "My AliExpress" → "Transaction" → "Alipay International
 * Account", or "Fund Account Management" in My Alibaba; the first visit needs activation.
 */

const roleChoices: readonly Choice[] = [
  { id: 'buyer', labelKey: 'accessAlipay.choice.buyer' },
  { id: 'seller', labelKey: 'accessAlipay.choice.seller' },
];

export const accessAlipayMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: escalationActions,
  guards: {
    ...subProcedureGuards,
    isBuyer: ({ event }) => event.type === 'answer.choice' && event.choice === 'buyer',
    isSeller: ({ event }) => event.type === 'answer.choice' && event.choice === 'seller',
  },
}).createMachine({
  id: 'access_alipay',
  initial: 'askBuyerOrSeller',
  on: frozenAccountAnywhere,
  states: {
    askBuyerOrSeller: {
      meta: { ...askChoice('accessAlipay.askBuyerOrSeller', roleChoices, 1), aboutUser: true },
      on: {
        'answer.choice': [
          { guard: 'isBuyer', target: 'openMyAlipay' },
          { guard: 'isSeller', target: 'openInternationalAccount' },
        ],
      },
    },
    openMyAlipay: {
      meta: askYesNo('accessAlipay.openMyAlipay', 2),
      on: {
        'answer.yes': 'buyerSignedIn',
        'answer.no': 'askSignInProblem',
      },
    },
    askSignInProblem: {
      meta: { ...askYesNo('accessAlipay.askSignInProblem', 2), about: 'forgottenPassword' },
      on: {
        'answer.yes': 'recoverLoginPassword',
        'answer.no': 'offerPerson',
      },
    },
    openInternationalAccount: {
      meta: askYesNo('accessAlipay.openInternationalAccount', 2),
      on: {
        'answer.yes': 'askFirstVisit',
        'answer.no': 'offerPerson',
      },
    },
    askFirstVisit: {
      meta: askWhetherFirstTime('accessAlipay.askFirstVisit', 3),
      on: {
        'answer.yes': 'activateMembership',
        'answer.no': 'sellerSignedIn',
      },
    },
    buyerSignedIn: { type: 'final', meta: ending('solved', 'accessAlipay.buyerSignedIn') },
    sellerSignedIn: { type: 'final', meta: ending('solved', 'accessAlipay.sellerSignedIn') },
    // Signed in with the new password, the user is in My Alipay; activated, in the International Account.
    recoverLoginPassword: runOnTheWay('reset_login_password', 'accessAlipay.recoverLoginPassword', 'buyerSignedIn'),
    activateMembership: runOnTheWay('activate_membership', 'accessAlipay.activateMembership', 'sellerSignedIn'),
    ...personOffer('escalateUserAsked'),
    ...accountFrozenEnding,
  },
});
