import { setup } from 'xstate';
import {
  askChoice,
  askWhetherMember,
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
 * Withdrawing from the Alipay International Account, from seed 003: only AliExpress and
 * Alibaba.com members can use it; it holds a US dollar and an RMB account; all or part of the
 * "withdrawable amount" can be withdrawn, no longer limited to the amount of 100 transactions.
 */

const accountPageChoices: readonly Choice[] = [
  // "What do you see?": "yes, it's there" is the account page; "no" is not finding it.
  { id: 'open', labelKey: 'withdrawFunds.choice.open', means: 'yes' },
  { id: 'asksToActivate', labelKey: 'withdrawFunds.choice.asksToActivate' },
  { id: 'notFound', labelKey: 'withdrawFunds.choice.notFound', means: 'no' },
];

export const withdrawFundsMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: escalationActions,
  guards: {
    ...subProcedureGuards,
    accountIsOpen: ({ event }) => event.type === 'answer.choice' && (event.choice === 'open' || event.choice === 'yes'),
    asksToActivate: ({ event }) => event.type === 'answer.choice' && event.choice === 'asksToActivate',
    accountNotFound: ({ event }) => event.type === 'answer.choice' && (event.choice === 'notFound' || event.choice === 'no'),
  },
}).createMachine({
  id: 'withdraw_funds',
  initial: 'askMember',
  on: frozenAccountAnywhere,
  states: {
    askMember: {
      meta: askWhetherMember('withdrawFunds.askMember', 1),
      on: {
        'answer.yes': 'openAccount',
        'answer.no': 'notAvailable',
      },
    },
    openAccount: {
      meta: askChoice('withdrawFunds.openAccount', accountPageChoices, 2),
      on: {
        'answer.choice': [
          { guard: 'accountIsOpen', target: 'withdrawAmount' },
          { guard: 'asksToActivate', target: 'activateMembership' },
          { guard: 'accountNotFound', target: 'offerPerson' },
        ],
      },
    },
    withdrawAmount: {
      meta: askYesNo('withdrawFunds.withdrawAmount', 3),
      on: {
        'answer.yes': 'withdrawalSubmitted',
        'answer.no': 'offerPerson',
      },
    },
    withdrawalSubmitted: { type: 'final', meta: ending('solved', 'withdrawFunds.withdrawalSubmitted') },
    notAvailable: { type: 'final', meta: ending('solved', 'withdrawFunds.notAvailable') },
    // Activation is a step on the way: once active, the withdrawal goes on where the account page opens.
    activateMembership: runOnTheWay('activate_membership', 'withdrawFunds.activateFirst', 'withdrawAmount'),
    ...personOffer('escalateUserAsked'),
    ...accountFrozenEnding,
  },
});
