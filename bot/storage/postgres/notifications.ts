import { randomUUID } from 'node:crypto';
import { Client, type Pool } from 'pg';
import { Subscribers } from '../../concurrency/subscribers';
import { BROADCAST_CHANNELS, type Broadcast, type BroadcastChannel as Channel } from '../../concurrency/broadcast';
import type { Logger } from '../../logging/logger';

type Handler = (payload: string) => void;

/** Wait before connecting again after the listening connection is lost, doubling up to the last. */
const RECONNECT_DELAYS_MS = [100, 500, 1000, 2000, 5000];
/**
 * The listening connection hears its own ping this often. A connection whose peer vanished without
 * a word (a failover, a NAT dropping it) reports no error: a ping not heard for three periods is.
 */
const PING_EVERY_MS = 10_000;
/** Each instance's own ping channel name starts with this (a channel name is an identifier: no dashes). */
const PING_CHANNEL = 'support_bot_ping';

/**
 * PostgreSQL's LISTEN/NOTIFY as a fan-out between instances: what one instance publishes, every
 * instance's subscribers hear, after the writing transaction commits. One connection per instance
 * listens. While it is down, notifications are lost, so when it comes back every subscriber is
 * told (`onResume`) to read again what it may have missed.
 */
export class Notifications implements Broadcast {
  readonly shared = true;
  private readonly handlers = new Subscribers<Handler>();
  private readonly resumers = new Set<() => void>();
  private readonly pingChannel = `${PING_CHANNEL}_${randomUUID().replaceAll('-', '')}`;
  private client: Client | undefined;
  private attempt = 0;
  private closed = false;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private pingTimer: NodeJS.Timeout | undefined;
  private lastPingHeard = 0;

  constructor(
    private readonly pool: Pool,
    private readonly url: string,
    private readonly logger: Logger,
  ) {}

  /** Connects the listening connection; resolves once it listens. */
  async start(): Promise<void> {
    await this.connect();
    this.pingTimer = setInterval(() => this.ping(), PING_EVERY_MS);
    this.pingTimer.unref();
  }

  /** Sends `payload` (under 8,000 bytes) on `channel` to every instance, this one included. */
  async publish(channel: Channel, payload: string): Promise<void> {
    await this.pool.query('SELECT pg_notify($1, $2)', [channel, payload]);
  }

  subscribe(channel: Channel, handler: Handler): () => void {
    return this.handlers.add(channel, handler);
  }

  /** Called after the listening connection came back: notifications sent while it was down are gone. */
  onResume(handler: () => void): () => void {
    this.resumers.add(handler);
    return () => this.resumers.delete(handler);
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.reconnectTimer);
    clearInterval(this.pingTimer);
    await this.client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new Client({ connectionString: this.url, application_name: 'support-bot-listen', keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === this.pingChannel) return void (this.lastPingHeard = Date.now());
      for (const handler of this.handlers.of(message.channel)) {
        // Handlers run inside the connection's socket callback: one that throws must not take the process down.
        try {
          handler(message.payload ?? '');
        } catch (error) {
          this.logger.error({ err: error, channel: message.channel }, 'a notification could not be handled');
        }
      }
    });
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('listening connection ended')));
    try {
      await client.connect();
      for (const channel of [...BROADCAST_CHANNELS, this.pingChannel]) await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.closed) return void (await client.end().catch(() => undefined));
    this.client = client;
    this.lastPingHeard = Date.now();
    if (this.attempt > 0) for (const resume of this.resumers) resume();
    this.attempt = 0;
  }

  /** Sends this instance's ping; a connection that has not heard the earlier ones is given up. */
  private ping(): void {
    const client = this.client;
    if (!client) return;
    if (Date.now() - this.lastPingHeard > 3 * PING_EVERY_MS) return this.lost(client, new Error('listening connection silent'));
    this.pool.query('SELECT pg_notify($1, $2)', [this.pingChannel, 'ping']).catch(() => undefined);
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
    this.reconnectTimer = setTimeout(() => {
      if (this.closed) return;
      this.connect().catch((error: Error) => {
        this.logger.warn({ err: error }, 'PostgreSQL listening connection still down');
        this.reconnect();
      });
    }, delay);
  }
}
