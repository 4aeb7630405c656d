import type { Choice, FinalMeta, MessageParams, ProcedureOutcome, StepMeta } from './types';

/**
 * Builders for the `meta` every state carries, so a machine's chart reads as its steps:
 * `meta: askYesNo('activateMembership.askCodeReceived', 5)`.
 */

export const yesNoChoices: readonly Choice[] = [
  { id: 'yes', labelKey: 'common.choice.yes' },
  { id: 'no', labelKey: 'common.choice.no' },
];

/** A yes/no question, with Yes and No buttons. `step` is its place on the happy path, if it has one. */
export function askYesNo(key: string, step?: number, params?: MessageParams): StepMeta {
  return { prompt: { key, ...(params ? { params } : {}) }, expects: 'yesNo', choices: yesNoChoices, ...(step ? { step } : {}) };
}

/** A question answered by one of `choices` (yes/no answers map to choices with those ids). */
export function askChoice(key: string, choices: readonly Choice[], step?: number): StepMeta {
  return { prompt: { key }, expects: 'choice', choices, ...(step ? { step } : {}) };
}

/** "How long ago?": a duration in minutes, or one of `choices` as shortcuts. */
export function askDuration(key: string, choices: readonly Choice[], step?: number): StepMeta {
  return { prompt: { key }, expects: 'duration', choices, ...(step ? { step } : {}) };
}

/** How a final state ends the procedure, and what to say last. */
export function ending(outcome: ProcedureOutcome, closingKey?: string): FinalMeta {
  return { outcome, ...(closingKey ? { closing: { key: closingKey } } : {}) };
}
