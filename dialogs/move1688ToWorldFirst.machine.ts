import { setup } from 'xstate';
import {
  askChoice,
  askWhetherAllSettled,
  askWhetherAny,
  askYesNo,
  ending,
  escalationActions,
  frozenAccountAnywhere,
  accountFrozenEnding,
  personOffer,
  say,
} from './steps';
import type { Choice, ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Moving 1688's Cross-border Pay from Alipay Business to WorldFirst, from seed 004: settle orders
 * and refunds first (refunds go back the original route) → a remaining balance is withdrawn to a
 * same-name overseas bank account (with fees) → unbind 1688 in Alipay Business → register or log
 * in to WorldFirst → Cross-border Pay → bind 1688. "Cannot link" means 1688 is still bound to
 * Alipay Business: both cannot hold it at once.
 */

const worldFirstChoices: readonly Choice[] = [
  { id: 'haveAccount', labelKey: 'move1688ToWorldFirst.choice.haveAccount', means: 'yes' },
  { id: 'noAccount', labelKey: 'move1688ToWorldFirst.choice.noAccount', means: 'no' },
];

const stillBoundChoices: readonly Choice[] = [
  { id: 'yes', labelKey: 'common.choice.yes' },
  { id: 'no', labelKey: 'common.choice.no' },
  { id: 'notSure', labelKey: 'move1688ToWorldFirst.choice.notSure' },
];

export const move1688ToWorldFirstMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayUnbindBeforeLinking: say('move1688ToWorldFirst.unbindBeforeLinking'),
  },
  guards: {
    hasWorldFirstAccount: ({ event }) => event.type === 'answer.choice' && (event.choice === 'haveAccount' || event.choice === 'yes'),
    hasNoWorldFirstAccount: ({ event }) => event.type === 'answer.choice' && (event.choice === 'noAccount' || event.choice === 'no'),
    mayStillBeBound: ({ event }) => event.type === 'answer.choice' && (event.choice === 'yes' || event.choice === 'notSure'),
    isNoLongerBound: ({ event }) => event.type === 'answer.choice' && event.choice === 'no',
  },
}).createMachine({
  id: 'move_1688_to_worldfirst',
  initial: 'settleOrders',
  on: frozenAccountAnywhere,
  states: {
    settleOrders: {
      meta: askWhetherAllSettled('move1688ToWorldFirst.settleOrders', 1),
      on: {
        'answer.yes': 'askRemainingBalance',
        'answer.no': 'finishOrdersFirst',
      },
    },
    askRemainingBalance: {
      meta: askWhetherAny('move1688ToWorldFirst.askRemainingBalance', 2),
      on: {
        'answer.yes': 'withdrawBalance',
        'answer.no': 'unbindFromAlipayBusiness',
      },
    },
    withdrawBalance: {
      meta: askYesNo('move1688ToWorldFirst.withdrawBalance', 2),
      on: {
        'answer.yes': 'unbindFromAlipayBusiness',
        'answer.no': 'leftForLater',
      },
    },
    unbindFromAlipayBusiness: {
      meta: askYesNo('move1688ToWorldFirst.unbindFromAlipayBusiness', 3),
      on: {
        'answer.yes': 'askWorldFirstAccount',
        'answer.no': 'offerPerson',
      },
    },
    askWorldFirstAccount: {
      meta: askChoice('move1688ToWorldFirst.askWorldFirstAccount', worldFirstChoices, 4),
      on: {
        'answer.choice': [
          { guard: 'hasWorldFirstAccount', target: 'logInToWorldFirst' },
          { guard: 'hasNoWorldFirstAccount', target: 'registerWorldFirst' },
        ],
      },
    },
    registerWorldFirst: {
      meta: askYesNo('move1688ToWorldFirst.registerWorldFirst', 4),
      on: {
        'answer.yes': 'bindCrossBorderPay',
        'answer.no': 'offerPerson',
      },
    },
    logInToWorldFirst: {
      meta: askYesNo('move1688ToWorldFirst.logInToWorldFirst', 4),
      on: {
        'answer.yes': 'bindCrossBorderPay',
        'answer.no': 'offerPerson',
      },
    },
    bindCrossBorderPay: {
      meta: askYesNo('move1688ToWorldFirst.bindCrossBorderPay', 5),
      on: {
        'answer.yes': 'linked',
        'answer.no': 'askStillBound',
      },
    },
    askStillBound: {
      meta: { ...askChoice('move1688ToWorldFirst.askStillBound', stillBoundChoices, 5), asks: 'existence' as const },
      on: {
        'answer.choice': [
          { guard: 'mayStillBeBound', target: 'unbindFromAlipayBusiness', actions: 'sayUnbindBeforeLinking' },
          { guard: 'isNoLongerBound', target: 'offerPerson' },
        ],
      },
    },
    linked: { type: 'final', meta: ending('solved', 'move1688ToWorldFirst.linked') },
    finishOrdersFirst: { type: 'final', meta: ending('blocked', 'move1688ToWorldFirst.finishOrdersFirst', 'ordersInProgress') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
