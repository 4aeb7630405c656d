import type { EscalationReason } from '../../dialogs/types';
import type { TranscriptLine } from './conversationData';

/** A request for a person to pick up later: a ticket, with the conversation so far. */
export interface EscalationRequest {
  readonly conversationId: string;
  readonly reason: EscalationReason;
  readonly procedureId?: string;
  readonly step?: string;
  /** The procedure's steps the user went through before `step`. */
  readonly stepsDone?: readonly string[];
  readonly locale: string;
  /** Already masked by the privacy filter. */
  readonly transcript: readonly TranscriptLine[];
  /** The message the user wrote for the support team ("leave a message"); the transcript ends before it. */
  readonly messageLeft?: string;
  readonly requestedAt: string;
}

export interface EscalationTicket {
  readonly id: string;
}

/**
 * Where a ticket goes when no person takes the conversation live: stored for the desk
 * (RecordingEscalationPort), or the agent hub's tickets ("leave a message"). Live handoffs go
 * through the `LiveDesk` port or the handoff protocol instead.
 */
export interface EscalationPort {
  escalate(request: EscalationRequest): Promise<EscalationTicket>;
}
