import { setup } from 'xstate';
import { askWhetherWanted, askYesNo, ending, escalationActions, frozenAccountAnywhere, accountFrozenEnding, personOffer } from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Adding a bank card to Alipay, from seed 001: card icon in the account → "Add card" → the form.
 * Seed 002 says binding a card is no longer relevant since Alipay closed (any card or e-wallet
 * pays AliExpress directly): the first step says so and lets the user decide.
 */

export const bindCardMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: escalationActions,
}).createMachine({
  id: 'bind_card',
  initial: 'noLongerNeeded',
  on: frozenAccountAnywhere,
  states: {
    noLongerNeeded: {
      meta: askWhetherWanted('bindCard.noLongerNeeded', 1),
      on: {
        'answer.yes': 'openCardList',
        'answer.no': 'payDirectly',
      },
    },
    openCardList: {
      meta: askYesNo('bindCard.openCardList', 2),
      on: {
        'answer.yes': 'fillCardForm',
        'answer.no': 'offerPerson',
      },
    },
    fillCardForm: {
      meta: askYesNo('bindCard.fillCardForm', 3),
      on: {
        'answer.yes': 'cardAdded',
        'answer.no': 'offerPerson',
      },
    },
    cardAdded: { type: 'final', meta: ending('solved', 'bindCard.cardAdded') },
    payDirectly: { type: 'final', meta: ending('solved', 'bindCard.payDirectly') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
