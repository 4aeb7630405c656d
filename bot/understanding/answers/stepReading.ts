import type { ProcedureEvent } from '../../../dialogs/types';

/** What a message gives the step: an answer, "I don't know", or nothing. */
export interface StepReading {
  readonly event?: ProcedureEvent;
  /** The user does not know, and the step has no "not sure" choice to take it. */
  readonly unsure?: boolean;
  /** The user is still at it ("hold on, I'm looking", "don't close this"): no answer yet, nothing to cancel. */
  readonly holding?: boolean;
}

/** True when the reading gives the step something to act on: an answer, "I don't know" or "hold on". */
export function readsSomething(reading: StepReading): boolean {
  return reading.event !== undefined || reading.unsure === true || reading.holding === true;
}
