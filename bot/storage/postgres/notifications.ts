import { Client, type Pool } from 'pg';
import { BROADCAST_CHANNELS, type Broadcast, type BroadcastChannel as Channel } from '../../concurrency/broadcast';
import type { Logger } from '../../logging/logger';

type Handler = (payload: string) => void;

/** Wait before connecting again after the listening connection is lost, doubling up to the last. */
const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];

/**
 * PostgreSQL's LISTEN/NOTIFY as a fan-out between instances: what one instance publishes, every
 * instance's subscribers hear, after the writing transaction commits. One connection per instance
 * listens. While it is down, notifications are lost, so when it comes back every subscriber is
 * told (`onResume`) to read again what it may have missed.
 */
export class Notifications implements Broadcast {
  readonly shared = true;
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly resumers = new Set<() => void>();
  private client: Client | undefined;
  private attempt = 0;
  private closed = false;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects the listening connection; resolves once it listens. */
  async start(): Promise<void> {
    await this.connect();
  }

  /** Sends `payload` (under 8,000 bytes) on `channel` to every instance, this one included. */
  async publish(channel: string, payload: string): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  subscribe(channel: Channel, handler: Handler): () => void {
    const set = this.handlers.get(channel) ?? new Set<Handler>();
    set.add(handler);
    this.handlers.set(channel, set);
    return () => set.delete(handler);
  }

  /** Called after the listening connection came back: notifications sent while it was down are gone. */
  onResume(handler: () => void): () => void {
    this.resumers.add(handler);
    return () => this.resumers.delete(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'support-bot-listen' });
    client.on('notification', (message) => {
      for (const handler of this.handlers.get(message.channel) ?? []) handler(message.payload ?? '');
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('listening connection ended')));
    await client.connect();
    for (const channel of BROADCAST_CHANNELS) await client.query(`LISTEN ${channel}`);
    this.client = client;
    if (this.attempt > 0) for (const resume of this.resumers) resume();
    this.attempt = 0;
  }

  private lost(client: Client, error: Error): void {
    if (this.closed || this.client !== client) return;
    this.client = undefined;
    this.logger.warn({ err: error }, 'PostgreSQL listening connection lost; reconnecting');
    void client.end().catch(() => undefined);
    this.reconnect();
  }

  private reconnect(): void {
    const delay = RECONNECT_DELAYS_MS[Math.min(this.attempt, RECONNECT_DELAYS_MS.length - 1)];
    this.attempt += 1;
    this.timer = setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: Error) => {
        this.logger.warn({ err: error }, 'PostgreSQL listening connection still down');
        this.reconnect();
      });
    }, delay);
  }
}
