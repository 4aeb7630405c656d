import type { EscalationWhere, TranscriptLine } from './conversationData';

/**
 * How a person takes over: the built-in agent hub, a contact centre speaking the Bot Framework
 * handoff protocol, or a recorded ticket picked up later.
 */
export type HandoffMode = 'hub' | 'record' | 'protocol';

export interface HandoffRequest extends EscalationWhere {
  readonly locale: string;
  /** The conversation so far, already masked. */
  readonly transcript: readonly TranscriptLine[];
  /** Every message the user wrote to the bot (the transcript keeps the recent ones only). */
  readonly userMessages?: number;
}

export interface QueueRequest extends HandoffRequest {
  readonly conversationId: string;
  /** How to reach the user later (a channel's conversation reference); opaque here. */
  readonly address: unknown;
}

/** Why no one can take the conversation now. */
export type Unavailable =
  | { readonly kind: 'unavailable'; readonly why: 'nobodyOnline' | 'queueTimeout' | 'queueFull' }
  | { readonly kind: 'unavailable'; readonly why: 'closed'; readonly opensAt?: string; readonly timeZone: string };

export interface QueuePlace {
  readonly kind: 'queued';
  readonly position: number;
  readonly estimatedMinutes: number;
}

export type EnqueueResult = QueuePlace | Unavailable;

/** Where a conversation stands at the desk. */
export type DeskStatus = QueuePlace | { readonly kind: 'assigned'; readonly agentName: string } | { readonly kind: 'unknown' };

/**
 * What the conversation engine needs from people who take conversations over: a queue to join,
 * the user's place in it, a way out, and a line to the agent. The built-in agent hub
 * (`hub/agentHub.ts`) implements it; the engine knows nothing else about agents.
 */
export interface LiveDesk {
  enqueue(request: QueueRequest): Promise<EnqueueResult>;
  status(conversationId: string): Promise<DeskStatus>;
  /** The user left ("cancel"); the agent, if any, is told. */
  leave(conversationId: string): Promise<void>;
  /** A message from the user (masked) to the agent; while waiting, kept for whoever accepts. */
  fromUser(conversationId: string, text: string): Promise<void>;
}

/** What the desk tells a user's conversation, outside any turn of theirs (sent proactively). */
export type DeskEvent =
  | { readonly kind: 'accepted'; readonly agentName: string }
  | { readonly kind: 'agentMessage'; readonly agentName: string; readonly text: string }
  | { readonly kind: 'transferred'; readonly agentName: string }
  | (QueuePlace & { readonly kind: 'queued'; readonly requeued: true })
  | { readonly kind: 'ended'; readonly by: 'agent' | 'userSilence'; readonly agentName?: string }
  | Unavailable;

/** Writes to a user outside their turns: how the agent hub's news reaches a conversation. */
export interface UserNotifier {
  notify(address: unknown, event: DeskEvent): Promise<void>;
}
