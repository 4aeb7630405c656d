import type { Storage } from 'botbuilder';
import type { BusinessHours } from '../../config/businessHours';
import type { Broadcast } from '../../concurrency/broadcast';
import type { TurnLock } from '../../concurrency/turnLock';
import type { UserNotifier, HandoffRequest } from '../../contracts/liveDesk';
import type { Logger } from '../../logging/logger';
import type { PrivacyFilter } from '../../privacy/privacyFilter';
import type { ForAgent } from '../forAgent';

export interface AgentHubOptions {
  readonly storage: Storage;
  readonly privacy: PrivacyFilter;
  readonly logger: Logger;
  readonly agents: readonly string[];
  readonly hours: BusinessHours | undefined;
  readonly queueTimeoutMs: number;
  /** How many may wait at once. */
  readonly queueLimit: number;
  readonly userSilenceMs: number;
  readonly agentGraceMs: number;
  /** Summary and readable transcript for the agent. */
  readonly describe: (request: HandoffRequest) => ForAgent;
  /** Writes to a user outside their turns. */
  readonly users: UserNotifier;
  readonly now?: () => Date;
  /** Other instances sharing the hub's storage (PostgreSQL); none when not given. */
  readonly broadcast?: Broadcast;
  /** Keeps changes of every instance apart; one process needs none. */
  readonly lock?: TurnLock;
}
