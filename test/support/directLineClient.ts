import type { Activity } from 'botbuilder';
import WebSocket from 'ws';

/** A minimal Direct Line 3.0 client speaking the same HTTP and WebSocket protocol as Web Chat. */
export interface ActivitySet {
  activities: Partial<Activity>[];
  watermark: string;
}

export class DirectLineClient {
  conversationId = '';
  token = '';
  readonly received: Partial<Activity>[] = [];
  lastWatermark: string | undefined;
  private socket: WebSocket | undefined;
  private readonly waiters = new Set<() => void>();

  constructor(private readonly baseUrl: string) {}

  async start(userId = 'web-user', locale = 'en-US'): Promise<void> {
    const generated = await this.call('POST', '/tokens/generate', { user: { id: userId }, locale }, false);
    this.token = generated.token;
    const started = await this.call('POST', '/conversations', { user: { id: userId }, locale });
    this.conversationId = started.conversationId;
    await this.connect(started.streamUrl);
  }

  /** Reconnects to an existing conversation as a reloaded page does: GET the conversation, open a new stream. */
  async resume(conversationId: string, token: string, watermark?: string): Promise<void> {
    this.conversationId = conversationId;
    this.token = token;
    const conversation = await this.call('GET', `/conversations/${conversationId}${watermark ? `?watermark=${watermark}` : ''}`);
    await this.connect(`${conversation.streamUrl}${watermark ? `&watermark=${watermark}` : ''}`);
  }

  async post(text: string, extra: Partial<Activity> = {}): Promise<string> {
    const result = await this.call('POST', `/conversations/${this.conversationId}/activities`, {
      type: 'message',
      text,
      from: { id: 'ignored-by-server' },
      locale: 'en-US',
      channelData: { clientActivityID: `c-${Date.now()}` },
      ...extra,
    });
    return result.id;
  }

  async poll(watermark?: string): Promise<ActivitySet> {
    return this.call('GET', `/conversations/${this.conversationId}/activities${watermark !== undefined ? `?watermark=${watermark}` : ''}`);
  }

  /** Waits until the stream has delivered `count` bot messages in total. */
  async botMessages(count: number, timeoutMs = 10_000): Promise<Partial<Activity>[]> {
    const messages = (): Partial<Activity>[] => this.received.filter((a) => a.type === 'message' && a.from?.role === 'bot');
    return new Promise((resolve, reject) => {
      const check = (): void => {
        if (messages().length >= count) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(messages());
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`expected ${count} bot messages, got ${messages().length}: ${JSON.stringify(messages().map((m) => m.text))}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  close(): void {
    this.socket?.close();
  }

  async call(method: string, path: string, body?: unknown, auth = true): Promise<any> {
    const response = await fetch(`${this.baseUrl}/v3/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${this.token}` } : {}) },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status}`);
    return response.json();
  }

  private connect(streamUrl: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(streamUrl);
      this.socket = socket;
      socket.on('open', () => resolve());
      socket.on('error', reject);
      socket.on('message', (data) => {
        const text = data.toString();
        if (!text) return;
        const set = JSON.parse(text) as ActivitySet;
        this.received.push(...set.activities);
        this.lastWatermark = set.watermark;
        for (const wake of this.waiters) wake();
      });
    });
  }
}
