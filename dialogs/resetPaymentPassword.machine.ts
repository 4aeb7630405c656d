import { setup } from 'xstate';
import {
  askWhetherShown,
  askWhetherArrived,
  askWhetherWanted,
  askChoice,
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
 * Recovering the Alipay payment password, from seeds 001 and 002: it is reset on Alipay itself
 * (the login password goes through AliExpress) → email + captcha on the recovery page → the
 * emailed link → the security questions chosen at registration → a form for the new password.
 * Forgot the answers → AliExpress online chat, with ID documents and a card photo showing only
 * the first 4 and the last digits.
 */

const securityAnswerChoices: readonly Choice[] = [
  { id: 'remember', labelKey: 'resetPaymentPassword.choice.remember', means: 'yes' },
  { id: 'forgot', labelKey: 'resetPaymentPassword.choice.forgot', means: 'no' },
];

export const resetPaymentPasswordMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayTakeYourTime: say('resetPaymentPassword.takeYourTime'),
  },
  guards: {
    remembersTheAnswers: ({ event }) => event.type === 'answer.choice' && (event.choice === 'remember' || event.choice === 'yes'),
    forgotTheAnswers: ({ event }) => event.type === 'answer.choice' && (event.choice === 'forgot' || event.choice === 'no'),
  },
}).createMachine({
  id: 'reset_payment_password',
  initial: 'openRecoveryPage',
  on: frozenAccountAnywhere,
  states: {
    openRecoveryPage: {
      meta: askYesNo('resetPaymentPassword.openRecoveryPage', 1),
      on: {
        'answer.yes': 'enterEmailAndCaptcha',
        'answer.no': 'findRecoveryPageAgain',
      },
    },
    findRecoveryPageAgain: {
      meta: askYesNo('resetPaymentPassword.findRecoveryPageAgain', 1),
      on: {
        'answer.yes': 'enterEmailAndCaptcha',
        'answer.no': 'offerPerson',
      },
    },
    enterEmailAndCaptcha: {
      meta: askYesNo('resetPaymentPassword.enterEmailAndCaptcha', 2),
      on: {
        'answer.yes': 'openEmailLink',
        'answer.no': { target: 'enterEmailAndCaptcha', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    openEmailLink: {
      meta: askWhetherShown('resetPaymentPassword.openEmailLink', 3),
      on: {
        'answer.yes': 'answerSecurityQuestions',
        'answer.no': 'emailNotArrived',
      },
    },
    emailNotArrived: {
      meta: askWhetherArrived('resetPaymentPassword.emailNotArrived', 3),
      on: {
        'answer.yes': 'answerSecurityQuestions',
        'answer.no': 'offerPerson',
      },
    },
    answerSecurityQuestions: {
      meta: askChoice('resetPaymentPassword.answerSecurityQuestions', securityAnswerChoices, 4),
      on: {
        'answer.choice': [
          { guard: 'remembersTheAnswers', target: 'createNewPassword' },
          { guard: 'forgotTheAnswers', target: 'forgotSecurityAnswers' },
        ],
      },
    },
    forgotSecurityAnswers: {
      meta: askWhetherWanted('resetPaymentPassword.forgotSecurityAnswers', 4),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: 'escalateForgottenSecurityAnswers' },
        'answer.no': 'useOnlineChat',
      },
    },
    createNewPassword: {
      meta: askYesNo('resetPaymentPassword.createNewPassword', 5),
      on: {
        'answer.yes': 'passwordReset',
        'answer.no': { target: 'createNewPassword', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    passwordReset: { type: 'final', meta: ending('solved', 'resetPaymentPassword.passwordReset') },
    useOnlineChat: { type: 'final', meta: ending('solved', 'resetPaymentPassword.useOnlineChat') },
    ...personOffer('escalateRepeatedFailure'),
    ...accountFrozenEnding,
  },
});
