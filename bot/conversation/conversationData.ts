import type { PersistedProcedure } from '../../dialogs/runner';
import type { EscalationReason, MessageParams, ProcedureOutcome } from '../../dialogs/types';

/** Everything the bot keeps about one conversation, saved once per turn. Plain JSON. */
export interface ConversationData {
  locale?: string;
  /** Who chose the locale: an explicit user choice always sticks. */
  localeChosenBy?: 'channel' | 'text' | 'user' | 'default';
  userTurns: number;
  procedure?: PersistedProcedure & { readonly startedAt: string };
  /** Messages in a row the bot did not understand. */
  misses: number;
  outcomes: Array<{ readonly procedureId: string; readonly outcome: ProcedureOutcome; readonly at: string }>;
  escalations: Array<{
    readonly ticketId: string;
    readonly reason: EscalationReason;
    readonly procedureId?: string;
    readonly step?: string;
    readonly at: string;
  }>;
  /** The recent conversation, masked, handed to a person on escalation. */
  transcript: TranscriptLine[];
}

/**
 * The user's words (masked), and the bot's as message keys: a tenth of the size of rendered text in
 * state that is read, cloned and written every turn, and a person can read them in their own language.
 */
export type TranscriptLine =
  | { readonly from: 'user'; readonly text: string; readonly at: string }
  | { readonly from: 'bot'; readonly key: string; readonly params?: MessageParams; readonly at: string };

export const TRANSCRIPT_LINES_KEPT = 40;
export const OUTCOMES_KEPT = 20;

export function emptyConversationData(): ConversationData {
  return { userTurns: 0, misses: 0, outcomes: [], escalations: [], transcript: [] };
}
