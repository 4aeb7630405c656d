import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import type { Logger } from '../logging/logger';
import type { PrivacyFilter } from '../privacy/privacyFilter';
import type { EscalationPort, EscalationRequest, EscalationTicket } from '../contracts/escalationPort';

/** Stores each escalation request (masked) under `escalations/<ticket>` so a person can pick it up. */
export class RecordingEscalationPort implements EscalationPort {
  constructor(
    private readonly storage: Storage,
    private readonly privacy: PrivacyFilter,
    private readonly logger: Logger,
  ) {}

  async escalate(request: EscalationRequest): Promise<EscalationTicket> {
    const id = randomBytes(4).toString('hex').toUpperCase();
    const record = this.privacy.maskDeep({ ...request, ticketId: id, status: 'open' });
    const index = `escalations/by-conversation/${request.conversationId}`;
    const listed = ((await this.storage.read([index]))[index] as { ids?: string[] } | undefined)?.ids ?? [];
    await this.storage.write({ [`escalations/${id}`]: record, [index]: { ids: [...listed, id] } });
    this.logger.info({ ticketId: id, reason: request.reason, procedureId: request.procedureId, step: request.step }, 'escalation recorded');
    return { id };
  }

  /** Deletes every ticket recorded for a conversation ("delete my data"). */
  async forgetConversation(conversationId: string): Promise<void> {
    const index = `escalations/by-conversation/${conversationId}`;
    const ids = ((await this.storage.read([index]))[index] as { ids?: string[] } | undefined)?.ids ?? [];
    await this.storage.delete([...ids.map((id) => `escalations/${id}`), index]);
  }
}
