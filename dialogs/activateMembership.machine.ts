import { assign, emit, setup } from 'xstate';
import { FACTS } from './facts';
import { askChoice, askDuration, askYesNo, ending, yesNoChoices } from './steps';
import type { Choice, ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Activating the Alipay International Account membership, from seed 003:
 * open the account page → "Activate Now" → create a payment password → Confirm →
 * (bound phone?) SMS verification code, valid 30 minutes → activated.
 */

/** Two misses with the SMS code (not received, or rejected) and we offer a person instead of a third loop. */
const SMS_ATTEMPTS_BEFORE_OFFERING_PERSON = 2;

const phoneBoundChoices: readonly Choice[] = [
  ...yesNoChoices,
  { id: 'notSure', labelKey: 'activateMembership.choice.notSure' },
];

const codeAgeChoices: readonly Choice[] = [
  { id: 'justNow', labelKey: 'activateMembership.choice.justNow' },
  { id: 'olderThanValidity', labelKey: 'activateMembership.choice.olderThanValidity' },
];


export interface ActivateMembershipContext {
  codeAgeMinutes: number | null;
  smsFailures: number;
}

export const activateMembershipMachine = setup({
  types: {
    context: {} as ActivateMembershipContext,
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    rememberCodeAge: assign({
      codeAgeMinutes: ({ event }) => (event.type === 'answer.duration' ? event.minutes : null),
    }),
    countSmsFailure: assign({ smsFailures: ({ context }) => context.smsFailures + 1 }),
    sayCodeStillValid: emit(({ context }) => ({
      type: 'say' as const,
      key: 'activateMembership.codeStillValid',
      params: { minutesLeft: Math.max(0, Math.round(FACTS.smsCodeValidityMinutes - (context.codeAgeMinutes ?? 0))) },
    })),
    sayCodeExpired: emit({ type: 'say', key: 'activateMembership.codeExpired' }),
    sayMembershipRequirement: emit({ type: 'say', key: 'activateMembership.membershipRequirement' }),
    sayTakeYourTime: emit({ type: 'say', key: 'activateMembership.takeYourTime' }),
    escalateRepeatedFailure: emit({ type: 'escalate', reason: 'repeated_failure' }),
    escalateFrozenAccount: emit({ type: 'escalate', reason: 'account_frozen' }),
  },
  guards: {
    isCodeStillValid: ({ event }) =>
      event.type === 'answer.duration' && event.minutes <= FACTS.smsCodeValidityMinutes,
    isCodeExpired: ({ event }) =>
      event.type === 'answer.duration' && event.minutes > FACTS.smsCodeValidityMinutes,
    choseJustNow: ({ event }) => event.type === 'answer.choice' && event.choice === 'justNow',
    choseOlderThanValidity: ({ event }) =>
      event.type === 'answer.choice' && event.choice === 'olderThanValidity',
    saidPhoneIsBound: ({ event }) => event.type === 'answer.choice' && event.choice === 'yes',
    saidNoPhoneBound: ({ event }) => event.type === 'answer.choice' && event.choice === 'no',
    isNotSureAboutPhone: ({ event }) => event.type === 'answer.choice' && event.choice === 'notSure',
    hasFailedRepeatedly: ({ context }) => context.smsFailures >= SMS_ATTEMPTS_BEFORE_OFFERING_PERSON,
  },
}).createMachine({
  id: 'activate_membership',
  initial: 'openAccountPage',
  context: { codeAgeMinutes: null, smsFailures: 0 },
  on: {
    'user.accountFrozen': { target: '.accountFrozen', actions: 'escalateFrozenAccount' },
  },
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
      meta: askYesNo('activateMembership.clickActivateNow', 2),
      on: {
        'answer.yes': 'createPaymentPassword',
        'answer.no': 'askFirstVisit',
      },
    },
    askFirstVisit: {
      meta: askYesNo('activateMembership.askFirstVisit', 2),
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
          { guard: 'saidPhoneIsBound', target: 'askCodeReceived' },
          { guard: 'saidNoPhoneBound', target: 'activatedWithoutSms' },
          { guard: 'isNotSureAboutPhone', target: 'askVerificationShown' },
        ],
      },
    },
    askVerificationShown: {
      meta: askYesNo('activateMembership.askVerificationShown', 4),
      on: {
        'answer.yes': 'askCodeReceived',
        'answer.no': 'activatedWithoutSms',
      },
    },
    askCodeReceived: {
      meta: askYesNo('activateMembership.askCodeReceived', 5),
      on: {
        'answer.yes': 'askCodeAge',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    askCodeAge: {
      meta: askDuration('activateMembership.askCodeAge', codeAgeChoices, 5),
      on: {
        'answer.duration': [
          { guard: 'isCodeStillValid', target: 'enterCode', actions: ['rememberCodeAge', 'sayCodeStillValid'] },
          { guard: 'isCodeExpired', target: 'requestNewCode', actions: ['rememberCodeAge', 'sayCodeExpired'] },
        ],
        'answer.choice': [
          { guard: 'choseJustNow', target: 'enterCode' },
          { guard: 'choseOlderThanValidity', target: 'requestNewCode', actions: 'sayCodeExpired' },
        ],
      },
    },
    requestNewCode: {
      meta: askYesNo('activateMembership.requestNewCode', 5),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    checkCodeNotReceived: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: askYesNo('activateMembership.codeNotReceived', 5),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', reenter: true, actions: 'countSmsFailure' },
      },
    },
    enterCode: {
      meta: askYesNo('activateMembership.enterCode', 6),
      on: {
        'answer.yes': 'activated',
        'answer.no': { target: 'codeRejected', actions: 'countSmsFailure' },
      },
    },
    codeRejected: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: askYesNo('activateMembership.codeRejected', 6),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    offerPerson: {
      meta: askYesNo('common.escalation.offerPerson'),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: 'escalateRepeatedFailure' },
        'answer.no': 'leftForLater',
      },
    },
    activated: {
      type: 'final',
      meta: ending('solved', 'activateMembership.activated'),
    },
    activatedWithoutSms: {
      type: 'final',
      meta: ending('solved', 'activateMembership.activatedWithoutSms'),
    },
    alreadyActive: {
      type: 'final',
      meta: ending('solved', 'activateMembership.alreadyActive'),
    },
    leftForLater: {
      type: 'final',
      meta: ending('abandoned', 'common.procedure.comeBackAnytime'),
    },
    handedToPerson: { type: 'final', meta: ending('escalated') },
    accountFrozen: { type: 'final', meta: ending('escalated') },
  },
});
