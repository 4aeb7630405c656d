import { setup } from 'xstate';
import { askWhetherShown, askYesNo, ending, escalationActions, frozenAccountAnywhere, accountFrozenEnding, personOffer, say } from './steps';
import type { ProcedureEmitted, ProcedureEvent } from './types';

/**
 * Recovering the login password, from seeds 001 and 002: Alipay on AliExpress signs in with the
 * AliExpress account, so the login password is recovered through AliExpress: "Forgot password?"
 * under the sign-in fields → email + captcha → "Get password" → the emailed link.
 */

export const resetLoginPasswordMachine = setup({
  types: {
    events: {} as ProcedureEvent,
    emitted: {} as ProcedureEmitted,
  },
  actions: {
    ...escalationActions,
    sayTakeYourTime: say('resetLoginPassword.takeYourTime'),
  },
}).createMachine({
  id: 'reset_login_password',
  initial: 'clickForgotPassword',
  on: frozenAccountAnywhere,
  states: {
    clickForgotPassword: {
      meta: askWhetherShown('resetLoginPassword.clickForgotPassword', 1),
      on: {
        'answer.yes': 'enterEmailAndCaptcha',
        'answer.no': 'findLinkAgain',
      },
    },
    findLinkAgain: {
      meta: askYesNo('resetLoginPassword.findLinkAgain', 1),
      on: {
        'answer.yes': 'enterEmailAndCaptcha',
        'answer.no': 'offerPerson',
      },
    },
    enterEmailAndCaptcha: {
      meta: askYesNo('resetLoginPassword.enterEmailAndCaptcha', 2),
      on: {
        'answer.yes': 'followEmailLink',
        'answer.no': { target: 'enterEmailAndCaptcha', reenter: true, actions: 'sayTakeYourTime' },
      },
    },
    followEmailLink: {
      meta: askYesNo('resetLoginPassword.followEmailLink', 3),
      on: {
        'answer.yes': 'loggedIn',
        'answer.no': 'emailProblem',
      },
    },
    emailProblem: {
      meta: askYesNo('resetLoginPassword.emailProblem', 3),
      on: {
        'answer.yes': 'loggedIn',
        'answer.no': 'offerPerson',
      },
    },
    loggedIn: { type: 'final', meta: ending('solved', 'resetLoginPassword.loggedIn') },
    ...personOffer('escalateCannotLogIn'),
    ...accountFrozenEnding,
  },
});
