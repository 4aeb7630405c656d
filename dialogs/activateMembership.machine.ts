import { assign, emit, setup } from 'xstate';
import { FACTS } from './facts';
import type { Choice, FinalMeta, ProcedureEmitted, ProcedureEvent, StepMeta } from './types';

/**
 * Activating the Alipay International Account membership, from seed 003:
 * open the account page → "Activate Now" → create a payment password → Confirm →
 * (bound phone?) SMS verification code, valid 30 minutes → activated.
 */

/** Two misses with the SMS code (not received, or rejected) and we offer a person instead of a third loop. */
const SMS_ATTEMPTS_BEFORE_OFFERING_PERSON = 2;

const yesNoChoices: readonly Choice[] = [
  { id: 'yes', labelKey: 'common.choice.yes' },
  { id: 'no', labelKey: 'common.choice.no' },
];

const phoneBoundChoices: readonly Choice[] = [
  ...yesNoChoices,
  { id: 'notSure', labelKey: 'activateMembership.choice.notSure' },
];

const codeAgeChoices: readonly Choice[] = [
  { id: 'justNow', labelKey: 'activateMembership.choice.justNow' },
  { id: 'olderThanValidity', labelKey: 'activateMembership.choice.olderThanValidity' },
];

const step = (meta: StepMeta): StepMeta => meta;
const ending = (meta: FinalMeta): FinalMeta => meta;

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
      meta: step({ prompt: { key: 'activateMembership.openAccountPage' }, expects: 'yesNo', choices: yesNoChoices, step: 1 }),
      on: {
        'answer.yes': 'clickActivateNow',
        'answer.no': { target: 'findAccountPageAgain', actions: 'sayMembershipRequirement' },
      },
    },
    findAccountPageAgain: {
      meta: step({ prompt: { key: 'activateMembership.findAccountPageAgain' }, expects: 'yesNo', choices: yesNoChoices, step: 1 }),
      on: {
        'answer.yes': 'clickActivateNow',
        'answer.no': 'offerPerson',
      },
    },
    clickActivateNow: {
      meta: step({ prompt: { key: 'activateMembership.clickActivateNow' }, expects: 'yesNo', choices: yesNoChoices, step: 2 }),
      on: {
        'answer.yes': 'createPaymentPassword',
        'answer.no': 'askFirstVisit',
      },
    },
    askFirstVisit: {
      meta: step({ prompt: { key: 'activateMembership.askFirstVisit' }, expects: 'yesNo', choices: yesNoChoices, step: 2 }),
      on: {
        'answer.yes': 'offerPerson',
        'answer.no': 'alreadyActive',
      },
    },
    createPaymentPassword: {
      meta: step({ prompt: { key: 'activateMembership.createPaymentPassword' }, expects: 'yesNo', choices: yesNoChoices, step: 3 }),
      on: {
        'answer.yes': 'askPhoneBound',
        'answer.no': { target: 'createPaymentPassword', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    askPhoneBound: {
      meta: step({ prompt: { key: 'activateMembership.askPhoneBound' }, expects: 'choice', choices: phoneBoundChoices, step: 4 }),
      on: {
        'answer.choice': [
          { guard: 'saidPhoneIsBound', target: 'askCodeReceived' },
          { guard: 'saidNoPhoneBound', target: 'activatedWithoutSms' },
          { guard: 'isNotSureAboutPhone', target: 'askVerificationShown' },
        ],
      },
    },
    askVerificationShown: {
      meta: step({ prompt: { key: 'activateMembership.askVerificationShown' }, expects: 'yesNo', choices: yesNoChoices, step: 4 }),
      on: {
        'answer.yes': 'askCodeReceived',
        'answer.no': 'activatedWithoutSms',
      },
    },
    askCodeReceived: {
      meta: step({ prompt: { key: 'activateMembership.askCodeReceived' }, expects: 'yesNo', choices: yesNoChoices, step: 5 }),
      on: {
        'answer.yes': 'askCodeAge',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    askCodeAge: {
      meta: step({ prompt: { key: 'activateMembership.askCodeAge' }, expects: 'duration', choices: codeAgeChoices, step: 5 }),
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
      meta: step({ prompt: { key: 'activateMembership.requestNewCode' }, expects: 'yesNo', choices: yesNoChoices, step: 5 }),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    checkCodeNotReceived: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: step({ prompt: { key: 'activateMembership.codeNotReceived' }, expects: 'yesNo', choices: yesNoChoices, step: 5 }),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', reenter: true, actions: 'countSmsFailure' },
      },
    },
    enterCode: {
      meta: step({ prompt: { key: 'activateMembership.enterCode' }, expects: 'yesNo', choices: yesNoChoices, step: 6 }),
      on: {
        'answer.yes': 'activated',
        'answer.no': { target: 'codeRejected', actions: 'countSmsFailure' },
      },
    },
    codeRejected: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: step({ prompt: { key: 'activateMembership.codeRejected' }, expects: 'yesNo', choices: yesNoChoices, step: 6 }),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'checkCodeNotReceived', actions: 'countSmsFailure' },
      },
    },
    offerPerson: {
      meta: step({ prompt: { key: 'common.escalation.offerPerson' }, expects: 'yesNo', choices: yesNoChoices }),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: 'escalateRepeatedFailure' },
        'answer.no': 'leftForLater',
      },
    },
    activated: {
      type: 'final',
      meta: ending({ outcome: 'solved', closing: { key: 'activateMembership.activated' } }),
    },
    activatedWithoutSms: {
      type: 'final',
      meta: ending({ outcome: 'solved', closing: { key: 'activateMembership.activatedWithoutSms' } }),
    },
    alreadyActive: {
      type: 'final',
      meta: ending({ outcome: 'solved', closing: { key: 'activateMembership.alreadyActive' } }),
    },
    leftForLater: {
      type: 'final',
      meta: ending({ outcome: 'abandoned', closing: { key: 'common.procedure.comeBackAnytime' } }),
    },
    handedToPerson: { type: 'final', meta: ending({ outcome: 'escalated' }) },
    accountFrozen: { type: 'final', meta: ending({ outcome: 'escalated' }) },
  },
});
