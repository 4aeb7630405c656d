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
    await this.storage.write({ [`escalations/${id}`]: record });
    this.logger.info({ ticketId: id, reason: request.reason, procedureId: request.procedureId, step: request.step }, 'escalation recorded');
    return { id };
  }
}
