import type { FeedbackOutput } from '../../dialogs/feedback.machine';
import type { RecordedOutcome } from '../../dialogs/types';
import type { OutcomeLog } from '../outcomes/outcomeLog';
import { OUTCOMES_KEPT } from '../contracts/conversationData';
import type { Turn } from './turn';

/** A run that ended without the user answering the wrap-up. */
export const NO_FEEDBACK: FeedbackOutput = Object.freeze({ solved: null, rating: null });

/**
 * How each procedure run ended, kept in two places: with the conversation (for the person who
 * takes over) and in the outcome log (for the desk lead, without any user text).
 */
export class OutcomeRecorder {
  constructor(
    private readonly log: OutcomeLog,
    private readonly now: () => Date,
  ) {}

  async record(turn: Turn, procedureId: string, outcome: RecordedOutcome, step: string, feedback: FeedbackOutput = NO_FEEDBACK): Promise<void> {
    const { data } = turn;
    const at = this.now().toISOString();
    data.outcomes.push({ procedureId, outcome, solved: feedback.solved, rating: feedback.rating, at });
    if (data.outcomes.length > OUTCOMES_KEPT) data.outcomes.splice(0, data.outcomes.length - OUTCOMES_KEPT);
    await this.log.record({ procedureId, outcome, ...feedback, step, locale: data.locale!, at });
  }
}
