import { setup } from 'xstate';
import {
  askWhetherShown,
  askWhetherGone,
  askYesNo,
  runOnTheWay,
  subProcedureGuards,
  ending,
  escalationActions,
  frozenAccountAnywhere,
  accountFrozenEnding,
  personOffer,
} from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Deleting a bank card from Alipay, from seed 002 (and 001's "Delete"): sign in → "My account" →
 * the card icon, "Edit cards" → "Delete card" → confirm in the pop-up.
 */

export const unbindCardMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: escalationActions,
  guards: subProcedureGuards,
}).createMachine({
  id: 'unbind_card',
  initial: 'signIn',
  on: frozenAccountAnywhere,
  states: {
    signIn: {
      meta: askYesNo('unbindCard.signIn', 1),
      on: {
        'answer.yes': 'openMyAccount',
        'answer.no': 'askSignInHelp',
      },
    },
    askSignInHelp: {
      meta: { ...askYesNo('unbindCard.askSignInHelp', 1), about: 'forgottenPassword' },
      on: {
        'answer.yes': 'recoverLoginPassword',
        'answer.no': 'offerPerson',
      },
    },
    openMyAccount: {
      meta: askYesNo('unbindCard.openMyAccount', 2),
      on: {
        'answer.yes': 'openEditCards',
        'answer.no': 'offerPerson',
      },
    },
    openEditCards: {
      meta: askWhetherShown('unbindCard.openEditCards', 3),
      on: {
        'answer.yes': 'deleteCard',
        'answer.no': 'noCardLinked',
      },
    },
    deleteCard: {
      meta: askWhetherGone('unbindCard.deleteCard', 4),
      on: {
        'answer.yes': 'cardDeleted',
        'answer.no': 'offerPerson',
      },
    },
    cardDeleted: { type: 'final', meta: ending('solved', 'unbindCard.cardDeleted') },
    noCardLinked: { type: 'final', meta: ending('solved', 'unbindCard.noCardLinked') },
    // Signed in with the new password, the card is deleted from where signing in leads.
    recoverLoginPassword: runOnTheWay('reset_login_password', 'unbindCard.recoverLoginPassword', 'openMyAccount'),
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
