import { assign, emit, setup } from 'xstate';
import { FACTS } from './facts';
import {
  askWhetherArrived,
  askWhetherWanted,
  askDuration,
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
 * The SMS verification code on its own, from seed 003: the system sends a code to the phone
 * bound on the Alibaba website; the code is valid for 30 minutes; the right code confirms.
 * Covers the three ways it goes wrong (not received, expired, not accepted). Runs on its own or
 * as a step of another procedure (activating the membership).
 */

/** Two misses (not received, or rejected) and we offer a person instead of a third loop. */
const FAILURES_BEFORE_OFFERING_PERSON = 2;

/** A code this close to the end of its validity is treated as lapsing: the user still has to type it in. */
const NEAR_EXPIRY_MINUTES = 3;

const codeAgeChoices: readonly Choice[] = [
  { id: 'justNow', labelKey: 'smsCode.choice.justNow' },
  { id: 'olderThanValidity', labelKey: 'smsCode.choice.olderThanValidity' },
];

export interface SmsCodeContext {
  codeAgeMinutes: number | null;
  failures: number;
}

/** The steps at which the user still has a code to type: a reminder lapses once they have left them. */
const STILL_TYPING_THE_CODE = ['enterCode', 'codeRejected'] as const;

const remindOfExpiry = (arrivedMinutesAgo: number): ProcedureEmitted => ({
  type: 'remind',
  kind: 'smsCodeExpiry',
  key: 'smsCode.expiryReminder',
  startedMinutesAgo: arrivedMinutesAgo,
  whileAt: STILL_TYPING_THE_CODE,
});

export const smsCodeMachine = setup({
  types: {
    context: {} as SmsCodeContext,
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    rememberCodeAge: assign({
      codeAgeMinutes: ({ event }) => (event.type === 'answer.duration' ? event.minutes : null),
    }),
    countFailure: assign({ failures: ({ context }) => context.failures + 1 }),
    sayCodeStillValid: emit(({ context }) => ({
      type: 'say' as const,
      key: 'smsCode.codeStillValid',
      params: { minutesLeft: Math.max(0, Math.round(FACTS.smsCodeValidityMinutes - (context.codeAgeMinutes ?? 0))) },
    })),
    sayCodeExpired: say('smsCode.codeExpired'),
    // The code is valid for 30 minutes from its arrival (seed 003): a user still at the page near the end is told.
    remindBeforeCodeExpires: emit(({ context }) => remindOfExpiry(context.codeAgeMinutes ?? 0)),
    remindBeforeNewCodeExpires: emit(() => remindOfExpiry(0)),
    sayCodeMayHaveExpired: say('smsCode.codeMayHaveExpired'),
  },
  guards: {
    isCodeStillValid: ({ event }) => event.type === 'answer.duration' && event.minutes <= FACTS.smsCodeValidityMinutes - NEAR_EXPIRY_MINUTES,
    // "29 minutes ago" is valid on paper but will lapse while the user types it: a new code is surer.
    isCodeNearExpiry: ({ event }) =>
      event.type === 'answer.duration' && event.minutes > FACTS.smsCodeValidityMinutes - NEAR_EXPIRY_MINUTES && event.minutes <= FACTS.smsCodeValidityMinutes,
    isCodeExpired: ({ event }) => event.type === 'answer.duration' && event.minutes > FACTS.smsCodeValidityMinutes,
    choseJustNow: ({ event }) => event.type === 'answer.choice' && event.choice === 'justNow',
    choseOlderThanValidity: ({ event }) => event.type === 'answer.choice' && event.choice === 'olderThanValidity',
    hasFailedRepeatedly: ({ context }) => context.failures >= FAILURES_BEFORE_OFFERING_PERSON,
  },
}).createMachine({
  id: 'sms_code',
  initial: 'askCodeReceived',
  context: { codeAgeMinutes: null, failures: 0 },
  on: frozenAccountAnywhere,
  states: {
    askCodeReceived: {
      meta: askWhetherArrived('smsCode.askCodeReceived', 1),
      on: {
        'answer.yes': 'askCodeAge',
        'answer.no': 'checkBoundNumber',
      },
    },
    checkBoundNumber: {
      meta: askYesNo('smsCode.checkBoundNumber', 1),
      on: {
        'answer.yes': 'waitAndResend',
        'answer.no': 'boundNumberWrong',
      },
    },
    boundNumberWrong: {
      meta: askWhetherWanted('smsCode.boundNumberWrong', 1),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: 'escalateUserAsked' },
        'answer.no': 'leftForLater',
      },
    },
    waitAndResend: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: askWhetherArrived('smsCode.waitAndResend', 1),
      on: {
        'answer.yes': { target: 'enterCode', actions: 'remindBeforeNewCodeExpires' },
        'answer.no': { target: 'waitAndResend', reenter: true, actions: 'countFailure' },
      },
    },
    askCodeAge: {
      meta: askDuration('smsCode.askCodeAge', codeAgeChoices, 2),
      on: {
        'answer.duration': [
          {
            guard: 'isCodeStillValid',
            target: 'enterCode',
            actions: ['rememberCodeAge', 'sayCodeStillValid', 'remindBeforeCodeExpires'],
          },
          { guard: 'isCodeNearExpiry', target: 'requestNewCode', actions: ['rememberCodeAge', 'sayCodeMayHaveExpired'] },
          { guard: 'isCodeExpired', target: 'requestNewCode', actions: ['rememberCodeAge', 'sayCodeExpired'] },
        ],
        'answer.choice': [
          { guard: 'choseJustNow', target: 'enterCode', actions: 'remindBeforeNewCodeExpires' },
          { guard: 'choseOlderThanValidity', target: 'requestNewCode', actions: 'sayCodeExpired' },
        ],
      },
    },
    requestNewCode: {
      meta: askWhetherArrived('smsCode.requestNewCode', 2),
      on: {
        'answer.yes': { target: 'enterCode', actions: 'remindBeforeNewCodeExpires' },
        'answer.no': { target: 'waitAndResend', actions: 'countFailure' },
      },
    },
    enterCode: {
      meta: askYesNo('smsCode.enterCode', 3),
      on: {
        'answer.yes': 'verified',
        'answer.no': { target: 'codeRejected', actions: 'countFailure' },
      },
    },
    codeRejected: {
      always: { guard: 'hasFailedRepeatedly', target: 'offerPerson' },
      meta: askWhetherArrived('smsCode.codeRejected', 3),
      on: {
        'answer.yes': 'enterCode',
        'answer.no': { target: 'waitAndResend', actions: 'countFailure' },
      },
    },
    verified: { type: 'final', meta: ending('solved', 'smsCode.verified') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
