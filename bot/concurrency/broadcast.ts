import { Subscribers } from './subscribers';

/**
 * Messages every instance of the bot hears, this one included: the hub's news for consoles open
 * on other instances, agents' presence, sign-outs. PostgreSQL's LISTEN/NOTIFY carries them between
 * instances (storage/postgres/notifications.ts); one process needs only itself (LocalBroadcast).
 */
export interface Broadcast {
  /** Whether other instances may be listening: when not, there is nothing to catch up with. */
  readonly shared: boolean;
  /** Sends `payload` (under 8,000 bytes) on `channel` to every instance. */
  publish(channel: BroadcastChannel, payload: string): Promise<void>;
  subscribe(channel: BroadcastChannel, handler: (payload: string) => void): () => void;
  /** Called when this instance may have missed messages (its listening connection came back). */
  onResume(handler: () => void): () => void;
}

/** The channels instances talk on; the listening connection subscribes to all of them at start. */
export const BROADCAST_CHANNELS = ['directline', 'hub', 'agents'] as const;
export type BroadcastChannel = (typeof BROADCAST_CHANNELS)[number];

/** One process: what is published is heard at once, here. */
export class LocalBroadcast implements Broadcast {
  readonly shared = false;
  private readonly handlers = new Subscribers<(payload: string) => void>();

  async publish(channel: BroadcastChannel, payload: string): Promise<void> {
    for (const handler of this.handlers.of(channel)) handler(payload);
  }

  subscribe(channel: BroadcastChannel, handler: (payload: string) => void): () => void {
    return this.handlers.add(channel, handler);
  }

  onResume(): () => void {
    return () => undefined;
  }
}
