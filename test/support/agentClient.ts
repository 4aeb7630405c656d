import WebSocket from 'ws';
import type { AgentView, ConsoleMessage } from '../../bot/handoff/hub/consoleView';

/** An agent's console as the tests drive it: the JSON API with a Bearer token, and the live socket. */
export class AgentClient {
  readonly received: ConsoleMessage[] = [];
  private socket: WebSocket | undefined;
  private readonly waiters = new Set<() => void>();

  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  async connect(): Promise<void> {
    const socket = new WebSocket(`${this.baseUrl.replace(/^http/, 'ws')}/agent/socket`, { headers: { authorization: `Bearer ${this.token}` } });
    socket.on('message', (data) => {
      this.received.push(JSON.parse(String(data)) as ConsoleMessage);
      for (const waiter of this.waiters) waiter();
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    this.socket = socket;
  }

  close(): void {
    this.socket?.close();
  }

  /** Sends over the live socket, as the console does for messages. */
  sendOverSocket(message: unknown): void {
    this.socket!.send(JSON.stringify(message));
  }

  async api(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; json: any }> {
    const response = await fetch(`${this.baseUrl}/agent/api${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(method === 'POST' ? { 'content-type': 'application/json' } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : undefined };
  }

  /** The latest view pushed over the socket. */
  get view(): AgentView | undefined {
    const views = this.received.filter((m): m is Extract<ConsoleMessage, { type: 'view' }> => m.type === 'view');
    return views.at(-1)?.view;
  }

  /** Waits until a pushed view satisfies `test` (the console's live update). */
  async until(test: (view: AgentView) => boolean, timeoutMs = 10_000): Promise<AgentView> {
    return new Promise((resolve, reject) => {
      const check = (): void => {
        const view = this.view;
        if (view && test(view)) {
          this.waiters.delete(check);
          clearTimeout(timer);
          resolve(view);
        }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no such view pushed; last: ${JSON.stringify(this.view)}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }
}
