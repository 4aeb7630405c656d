import type { ProcedureEvent, StepMeta } from '../../../dialogs/types';
import { NOT_SURE_CHOICE, type OfferedChoice } from './offeredChoice';
import type { LanguageVocabulary } from '../languageVocabulary';
import type { Polarity } from './screenReport';

/** A step with what the answer shares with its question: `echoed`, the answer uses an offer's own words (see offerEcho.ts). */
export type AskedStep = StepMeta & { readonly echoed?: boolean };

/** What a message gives the step: an answer, "I don't know", or nothing. */
export interface StepReading {
  readonly event?: ProcedureEvent;
  /** The user does not know, and the step has no "not sure" choice to take it. */
  readonly unsure?: boolean;
  /** The user is still at it ("hold on, I'm looking", "don't close this"): no answer yet, nothing to cancel. */
  readonly holding?: boolean;
  /** A no that says "not yet" ("todavía no lo he cambiado"): not tried yet. Where a no would end the procedure, it waits. */
  readonly notYet?: boolean;
}

/** True when the reading gives the step something to act on: an answer, "I don't know" or "hold on". */
export function readsSomething(reading: StepReading): boolean {
  return reading.event !== undefined || reading.unsure === true || reading.holding === true;
}

/** The step's answer for a polarity: yes/no events, or the choice that means it; "not sure" its choice where offered. */
export function fromPolarity(polarity: Polarity | undefined, choices: readonly OfferedChoice[], yesNoEvents: boolean): StepReading {
  if (!polarity) return {};
  if (polarity === 'hold') return { holding: true };
  if (polarity === 'unsure') {
    const notSure = choices.find((c) => c.id === NOT_SURE_CHOICE);
    return notSure ? { event: { type: 'answer.choice', choice: notSure.id } } : { unsure: true };
  }
  if (yesNoEvents) return { event: { type: polarity === 'yes' ? 'answer.yes' : 'answer.no' } };
  const chosen = choices.find((c) => c.id === polarity) ?? choices.find((c) => c.means === polarity);
  return chosen ? { event: { type: 'answer.choice', choice: chosen.id } } : {};
}

/** The no of "not yet" marked (see StepReading.notYet); one with a failure ("not yet, it keeps failing") is a plain no. */
export function markNotYet(reading: StepReading, norm: string, v: LanguageVocabulary): StepReading {
  const notYet = reading.event?.type === 'answer.no' && v.reading.notYet.occursIn(norm) && !v.reading.failed.occursIn(norm);
  return notYet ? { ...reading, notYet: true } : reading;
}
