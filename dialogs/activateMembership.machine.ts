import { setup } from 'xstate';
import {
  askWhetherFirstTime,
  askWhetherShown,
  askChoice,
  askYesNo,
  ending,
  escalationActions,
  frozenAccountAnywhere,
  accountFrozenEnding,
  personOffer,
  runOnTheWay,
  say,
  subProcedureGuards,
} from './steps';
import type { Choice, ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Activating the Alipay International Account membership, from seed 003:
 * open the account page → "Activate Now" → create a payment password → Confirm →
 * (bound phone?) SMS verification code (the `sms_code` procedure) → activated.
 */

const phoneBoundChoices: readonly Choice[] = [
  { id: 'yes', labelKey: 'common.choice.yes' },
  { id: 'no', labelKey: 'common.choice.no' },
  { id: 'notSure', labelKey: 'activateMembership.choice.notSure' },
];

export const activateMembershipMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayMembershipRequirement: say('activateMembership.membershipRequirement'),
    sayTakeYourTime: say('activateMembership.takeYourTime'),
  },
  guards: {
    ...subProcedureGuards,
    saidPhoneIsBound: ({ event }) => event.type === 'answer.choice' && event.choice === 'yes',
    saidNoPhoneBound: ({ event }) => event.type === 'answer.choice' && event.choice === 'no',
    isNotSureAboutPhone: ({ event }) => event.type === 'answer.choice' && event.choice === 'notSure',
  },
}).createMachine({
  id: 'activate_membership',
  initial: 'openAccountPage',
  on: frozenAccountAnywhere,
  states: {
    openAccountPage: {
      meta: askYesNo('activateMembership.openAccountPage', 1),
      on: {
        'answer.yes': 'clickActivateNow',
        'answer.no': { target: 'findAccountPageAgain', actions: 'sayMembershipRequirement' },
      },
    },
    findAccountPageAgain: {
      meta: askYesNo('activateMembership.findAccountPageAgain', 1),
      on: {
        'answer.yes': 'clickActivateNow',
        'answer.no': 'offerPerson',
      },
    },
    clickActivateNow: {
      meta: askWhetherShown('activateMembership.clickActivateNow', 2),
      on: {
        'answer.yes': 'createPaymentPassword',
        'answer.no': 'askFirstVisit',
      },
    },
    askFirstVisit: {
      meta: askWhetherFirstTime('activateMembership.askFirstVisit', 2),
      on: {
        'answer.yes': 'offerPerson',
        'answer.no': 'alreadyActive',
      },
    },
    createPaymentPassword: {
      meta: askYesNo('activateMembership.createPaymentPassword', 3),
      on: {
        'answer.yes': 'askPhoneBound',
        'answer.no': { target: 'createPaymentPassword', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    askPhoneBound: {
      meta: askChoice('activateMembership.askPhoneBound', phoneBoundChoices, 4),
      on: {
        'answer.choice': [
          { guard: 'saidPhoneIsBound', target: 'verifyPhone' },
          { guard: 'saidNoPhoneBound', target: 'activatedWithoutSms' },
          { guard: 'isNotSureAboutPhone', target: 'askVerificationShown' },
        ],
      },
    },
    askVerificationShown: {
      meta: askWhetherShown('activateMembership.askVerificationShown', 4),
      on: {
        'answer.yes': 'verifyPhone',
        'answer.no': 'activatedWithoutSms',
      },
    },
    verifyPhone: runOnTheWay('sms_code', 'activateMembership.verifyPhone', 'activated', 5),
    activated: { type: 'final', meta: ending('solved', 'activateMembership.activated') },
    activatedWithoutSms: { type: 'final', meta: ending('solved', 'activateMembership.activatedWithoutSms') },
    alreadyActive: { type: 'final', meta: ending('solved', 'activateMembership.alreadyActive') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
