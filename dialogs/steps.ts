import { emit } from 'xstate';
import type { Choice, EscalationReason, FinalMeta, MessageKey, MessageParams, ProcedureEmitted, ProcedureEvent, ProcedureOutcome, StepMeta } from './types';

/**
 * Builders for what every procedure shares, so a machine's chart reads as its steps:
 * `meta: askYesNo('unbindCard.openMyAccount', 2)`, `...personOffer('escalateRepeatedFailure')`.
 */

export const yesNoChoices: readonly Choice[] = [
  { id: 'yes', labelKey: 'common.choice.yes' },
  { id: 'no', labelKey: 'common.choice.no' },
];

/** A yes/no question, with Yes and No buttons. `step` is its place on the happy path, if it has one. */
export function askYesNo(key: MessageKey, step?: number, params?: MessageParams): StepMeta {
  return { prompt: { key, ...(params ? { params } : {}) }, expects: 'yesNo', choices: yesNoChoices, ...(step ? { step } : {}) };
}

/** A question answered by one of `choices` (yes/no answers map to choices with those ids or `means`). */
export function askChoice(key: MessageKey, choices: readonly Choice[], step?: number): StepMeta {
  return { prompt: { key }, expects: 'choice', choices, ...(step ? { step } : {}) };
}

/** "Is there still…?": a condition that may block the next step (see `StepMeta.asks`). */
export function askWhetherAny(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'existence' };
}

/** "Would you like me to…?": a polite "I'm fine" declines it (see `StepMeta.asks`). */
export function askWhetherWanted(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'offer' };
}

/** "Are they all completed?": nothing left to settle is yes (see `StepMeta.asks`). */
export function askWhetherAllSettled(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'settled' };
}

/** "Do you see it?", "Has it arrived?": whether something is in front of the user (see `StepMeta.asks`). */
export function askWhetherShown(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'presence' };
}

/** "Has it arrived?": whether a code or an email came (see `StepMeta.asks`). */
export function askWhetherArrived(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'arrival' };
}

/** "Is it gone?": whether something the user removed is no longer there (see `StepMeta.asks`). */
export function askWhetherGone(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'removal' };
}

/** "Are you a member?": selling or buying there is being one (see `StepMeta.asks`); said before it is asked, it is taken (`aboutUser`). */
export function askWhetherMember(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'membership', aboutUser: true };
}

/** "Is this your first visit?": having been there before is no, a first time yes (see `StepMeta.asks`). */
export function askWhetherFirstTime(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), asks: 'firstTime' };
}

/** A yes/no question about a frozen account: saying it is frozen answers it (see `StepMeta.about`). */
export function askWhetherFrozen(key: MessageKey, step?: number): StepMeta {
  return { ...askYesNo(key, step), about: 'frozen' };
}

/** "How long ago?": a duration in minutes, or one of `choices` as shortcuts. */
export function askDuration(key: MessageKey, choices: readonly Choice[], step?: number): StepMeta {
  return { prompt: { key }, expects: 'duration', choices, ...(step ? { step } : {}) };
}

/** A step that is a whole other procedure; `introKey` is said before it starts. */
export function runProcedure(procedureId: string, introKey: MessageKey, step?: number): StepMeta {
  return { prompt: { key: introKey }, expects: 'procedure', procedureId, ...(step ? { step } : {}) };
}

/**
 * A step that runs another procedure on the way to this one's goal ("activate first, then withdraw"): once it is solved,
 * this one goes on at `whenSolved`; handed to a person or left for later, so is this one (see `personOffer`).
 */
export function runOnTheWay(procedureId: string, introKey: MessageKey, whenSolved: string, step?: number) {
  return {
    meta: runProcedure(procedureId, introKey, step),
    on: {
      'procedure.finished': [
        { guard: 'subProcedureSolved' as const, target: whenSolved },
        { guard: 'subProcedureEscalated' as const, target: 'handedToPerson' },
        { guard: 'subProcedureAbandoned' as const, target: 'leftForLater' },
      ],
    },
  };
}

/** How a final state ends the procedure, and what to say last. */
export function ending(outcome: ProcedureOutcome, closingKey?: MessageKey, reason?: string): FinalMeta {
  return { outcome, ...(closingKey ? { closing: { key: closingKey } } : {}), ...(reason ? { reason } : {}) };
}

/** Ends this procedure and starts `procedureId` (signing in fails → recover the login password). */
export function continueWith(procedureId: string, closingKey: MessageKey): FinalMeta {
  return { outcome: 'solved', closing: { key: closingKey }, continueWith: procedureId };
}

/** Says one message. Machines register these under names that read like the article's steps. */
// Typed for any procedure's context: created outside `setup`, emit cannot infer the machine's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const emitForProcedures = (event: ProcedureEmitted) => emit<any, ProcedureEvent, undefined, ProcedureEvent, ProcedureEmitted>(event);

export const say = (key: MessageKey, params?: MessageParams) => emitForProcedures({ type: 'say', key, ...(params ? { params } : {}) });

const escalateFor = (reason: EscalationReason) => emitForProcedures({ type: 'escalate', reason });

/** The escalations every machine may raise; spread into `setup({ actions })`. */
export const escalationActions = {
  escalateFrozenAccount: escalateFor('account_frozen'),
  escalateForgottenSecurityAnswers: escalateFor('forgot_security_answers'),
  escalateCannotLogIn: escalateFor('cannot_log_in'),
  escalateRepeatedFailure: escalateFor('repeated_failure'),
  escalateUserAsked: escalateFor('user_asked'),
};

export type EscalationAction = keyof typeof escalationActions;

/** How a step run as another procedure ended; spread into `setup({ guards })`. */
export const subProcedureGuards = {
  subProcedureSolved: ({ event }: { event: ProcedureEvent }) => event.type === 'procedure.finished' && event.outcome === 'solved',
  subProcedureEscalated: ({ event }: { event: ProcedureEvent }) => event.type === 'procedure.finished' && event.outcome === 'escalated',
  subProcedureAbandoned: ({ event }: { event: ProcedureEvent }) => event.type === 'procedure.finished' && event.outcome === 'abandoned',
};

/** A frozen account, at any step, goes to a person: put in the machine's root `on`. */
export const frozenAccountAnywhere = {
  'user.accountFrozen': { target: '.accountFrozen', actions: 'escalateFrozenAccount' as const },
};

/**
 * "Would you like a person?" and where it leads; spread into `states`. `escalation` is the reason
 * given when the user says yes.
 */
export function personOffer(escalation: EscalationAction) {
  return {
    offerPerson: {
      meta: askWhetherWanted('common.escalation.offerPerson'),
      on: {
        'answer.yes': { target: 'handedToPerson', actions: escalation },
        'answer.no': 'leftForLater',
      },
    },
    leftForLater: { type: 'final' as const, meta: ending('abandoned', 'common.procedure.comeBackAnytime') },
    handedToPerson: { type: 'final' as const, meta: ending('escalated') },
  };
}

/** Where `frozenAccountAnywhere` leads; spread into `states`. */
export const accountFrozenEnding = {
  accountFrozen: { type: 'final' as const, meta: ending('escalated') },
};
