import type { FeedbackOutput } from '../../dialogs/feedback.machine';
import type { RecordedOutcome } from '../../dialogs/types';
import type { OutcomeLog } from '../outcomes/outcomeLog';
import { OUTCOMES_KEPT, type RunTrace } from '../contracts/conversationData';
import type { Turn } from './turn';

/** A run that ended without the user answering the wrap-up. */
export const NO_FEEDBACK: FeedbackOutput = Object.freeze({ solved: null, rating: null });

/** How a run ended, beyond its outcome. */
export interface RunEnd {
  readonly feedback?: FeedbackOutput;
  /** The run's trace (steps reached, misreadings) and when it started. */
  readonly trace?: RunTrace & { readonly startedAt?: string };
  /** Why it ended: the escalation reason or the blocking condition. */
  readonly reason?: string;
}

/**
 * How each procedure run went, kept in two places: with the conversation (for the person who
 * takes over) and in the outcome log (for the desk lead, without any user text): each step as it
 * is reached, each message the bot could not read, and the end.
 */
export class OutcomeRecorder {
  constructor(
    private readonly log: OutcomeLog,
    private readonly now: () => Date,
    private readonly uncounted: ReadonlySet<string> = new Set(),
  ) {}

  async record(turn: Turn, procedureId: string, outcome: RecordedOutcome, step: string, end: RunEnd = {}): Promise<void> {
    const { data } = turn;
    // A rating given early (RunTrace.rating) stands unless one was given when asked.
    const given = end.feedback ?? NO_FEEDBACK;
    const feedback = { ...given, rating: given.rating ?? end.trace?.rating ?? null };
    const at = this.now();
    const run = end.trace?.run;
    data.outcomes.push({ procedureId, outcome, solved: feedback.solved, rating: feedback.rating, step, ...(run ? { run } : {}), at: at.toISOString() });
    if (data.outcomes.length > OUTCOMES_KEPT) data.outcomes.splice(0, data.outcomes.length - OUTCOMES_KEPT);
    if (this.uncounted.has(turn.message.conversationId)) return;
    const { trace } = end;
    const started = trace?.startedAt ? Date.parse(trace.startedAt) : NaN;
    await this.log.record({
      procedureId,
      outcome,
      ...feedback,
      step,
      // Where the user was when it ended: the last step of the procedure's own they reached.
      lastStep: trace?.path?.at(-1) ?? step,
      ...(end.reason ? { reason: end.reason } : {}),
      ...(trace?.run ? { run: trace.run } : {}),
      misunderstood: trace?.misunderstood ?? 0,
      ...(Number.isFinite(started) ? { durationSeconds: Math.max(0, Math.round((at.getTime() - started) / 1000)) } : {}),
      channel: turn.message.channelId ?? 'unknown',
      locale: data.locale!,
      at: at.toISOString(),
    });
  }

  /**
   * A rating for the last run that ended without one: kept with the conversation, and appended to the outcome log as a
   * later record of the same run (summarizeOutcomes and the desk report read a run's last record as its end).
   */
  async rateLast(turn: Turn, rating: number): Promise<void> {
    const { data } = turn;
    const last = data.outcomes.at(-1);
    if (!last || (last.rating ?? null) !== null) return;
    const rated = { ...last, rating };
    data.outcomes[data.outcomes.length - 1] = rated;
    if (this.uncounted.has(turn.message.conversationId) || !rated.run) return;
    const { procedureId, outcome, solved, step = 'conversation', run } = rated;
    const channel = turn.message.channelId ?? 'unknown';
    await this.log.record({ procedureId, outcome, solved: solved ?? null, rating, step, run, channel, locale: data.locale!, at: this.now().toISOString() });
  }

  /** The run reached a step of its own: the funnel's count. */
  async reached(turn: Turn, procedureId: string, run: string, step: string): Promise<void> {
    if (this.uncounted.has(turn.message.conversationId)) return;
    await this.log.step({ kind: 'reached', run, procedureId, step, ...this.where(turn) });
  }

  /** A message at this step that the bot could not read. */
  async misunderstood(turn: Turn, procedureId: string, run: string, step: string): Promise<void> {
    if (this.uncounted.has(turn.message.conversationId)) return;
    await this.log.step({ kind: 'misunderstood', run, procedureId, step, ...this.where(turn) });
  }

  private where(turn: Turn) {
    return { channel: turn.message.channelId ?? 'unknown', locale: turn.data.locale!, at: this.now().toISOString() };
  }
}
