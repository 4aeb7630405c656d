import type { EscalationReason } from '../../dialogs/types';
import type { TranscriptLine } from '../conversation/conversationData';

/**
 * Where a conversation goes when the bot cannot help. Today: a recorded request (RecordingEscalationPort).
 * Live agents and the Bot Framework handoff protocol plug in here without touching the turn logic.
 */
export interface EscalationRequest {
  readonly conversationId: string;
  readonly reason: EscalationReason;
  readonly procedureId?: string;
  readonly step?: string;
  readonly locale: string;
  /** Already masked by the privacy filter. */
  readonly transcript: readonly TranscriptLine[];
  readonly requestedAt: string;
}

export interface EscalationTicket {
  readonly id: string;
}

export interface EscalationPort {
  escalate(request: EscalationRequest): Promise<EscalationTicket>;
}
