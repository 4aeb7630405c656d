import type { EscalationReason } from '../../../dialogs/types';
import type { ReadableLine } from '../forAgent';

/**
 * Everything the agent hub keeps, in the bot's Storage next to the conversations (see HubStore),
 * so the queue, who has which conversation and the tickets survive a restart. Every text in it is
 * masked before it gets here.
 */
export interface HubState {
  entries: QueueEntry[];
  tickets: Ticket[];
  /** The status each agent chose; who is online is not stored (it is their open console). */
  agentStatus: Record<string, AgentStatus>;
  /** How long the last accepted conversations waited, for the estimate users see. */
  recentWaitsMs: number[];
}

export type AgentStatus = 'available' | 'away';

/** What an agent needs to know about a conversation handed over, live or as a message left. */
export interface HandedOver {
  /** The desk's own reference, shown to agents (not the channel's conversation id). */
  readonly id: string;
  readonly conversationId: string;
  readonly locale: string;
  readonly reason: EscalationReason;
  readonly procedureId?: string;
  readonly step?: string;
  /** The procedure's steps the user went through before `step`. */
  readonly stepsDone?: readonly string[];
  /** Messages the user wrote to the bot. */
  readonly userMessages?: number;
  /** In the desk's default language, for the contact centre and older consoles; the console writes its own from the fields above, in the agent's. */
  readonly summary: string;
  /** The conversation with the bot before the handoff. */
  readonly transcript: readonly ReadableLine[];
}

/** A conversation waiting for an agent or talking to one. */
export interface QueueEntry extends HandedOver {
  /** The channel's conversation reference, to write to the user outside their turns. */
  readonly address: unknown;
  /** The live part: the user's messages (also those written while waiting) and the agents'. */
  messages: ReadableLine[];
  /** Queue order: a conversation an agent lost keeps its place at the front. */
  readonly enqueuedAt: string;
  /** Since when it has waited this time (the queue timeout): a conversation an agent lost starts again. */
  waitingSince: string;
  status: 'waiting' | 'assigned';
  agent?: string;
  assignedAt?: string;
  lastUserAt: string;
}

/** A message left when no one could take the conversation. */
export interface Ticket extends HandedOver {
  readonly message: string;
  readonly createdAt: string;
  status: 'open' | 'closed';
  closedBy?: string;
}

/** Kept per conversation / in all: enough for an agent to follow, small enough to rewrite on each change. */
export const LIVE_MESSAGES_KEPT = 200;
export const TICKETS_KEPT = 500;
export const WAITS_KEPT = 20;

export function emptyHubState(): HubState {
  return { entries: [], tickets: [], agentStatus: {}, recentWaitsMs: [] };
}
