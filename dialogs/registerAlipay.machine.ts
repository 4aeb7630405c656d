import { setup } from 'xstate';
import {
  askWhetherArrived,
  askWhetherWanted,
  askYesNo,
  ending,
  escalationActions,
  frozenAccountAnywhere,
  accountFrozenEnding,
  personOffer,
  say,
} from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Registering in Alipay on AliExpress, from seed 001: "My AliExpress" → "My Alipay" → "Go to My
 * Alipay" → AliExpress sign-in → email confirmation → questionnaire (payment password twice,
 * three security questions) → "Go to My Account". Seed 002 says registration closed on
 * 1 January 2017 while 001 says it is open: the first step says so before anything else.
 */

export const registerAlipayMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayTakeYourTime: say('registerAlipay.takeYourTime'),
  },
}).createMachine({
  id: 'register_alipay',
  initial: 'sourcesDisagree',
  on: frozenAccountAnywhere,
  states: {
    sourcesDisagree: {
      meta: askWhetherWanted('registerAlipay.sourcesDisagree', 1),
      on: {
        'answer.yes': 'openMyAlipay',
        'answer.no': 'payWithoutRegistering',
      },
    },
    openMyAlipay: {
      meta: askYesNo('registerAlipay.openMyAlipay', 2),
      on: {
        'answer.yes': 'confirmEmail',
        'answer.no': 'offerPerson',
      },
    },
    confirmEmail: {
      meta: askYesNo('registerAlipay.confirmEmail', 3),
      on: {
        'answer.yes': 'fillQuestionnaire',
        'answer.no': 'resendConfirmation',
      },
    },
    resendConfirmation: {
      meta: askWhetherArrived('registerAlipay.resendConfirmation', 3),
      on: {
        'answer.yes': 'fillQuestionnaire',
        'answer.no': 'offerPerson',
      },
    },
    fillQuestionnaire: {
      meta: askYesNo('registerAlipay.fillQuestionnaire', 4),
      on: {
        'answer.yes': 'registered',
        'answer.no': { target: 'fillQuestionnaire', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    registered: { type: 'final', meta: ending('solved', 'registerAlipay.registered') },
    payWithoutRegistering: { type: 'final', meta: ending('solved', 'registerAlipay.payWithoutRegistering') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
