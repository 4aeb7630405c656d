import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

/**
 * Plays the channel's side, as the Bot Framework Emulator does: receives what the bot POSTs to
 * `{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]` and records it with the path used.
 */
export interface StubConnector {
  readonly url: string;
  readonly received: Array<{ path: string; activity: Partial<Activity> }>;
  /** Resolves once `count` messages have arrived for the conversation. */
  waitFor(conversationId: string, count: number, timeoutMs?: number): Promise<Partial<Activity>[]>;
  close(): Promise<void>;
}

export async function startStubConnector(): Promise<StubConnector> {
  const received: StubConnector['received'] = [];
  const waiters = new Set<() => void>();
  let next = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      if (req.method === 'POST' && /^\/v3\/conversations\/[^/]+\/activities(\/[^/]+)?$/.test(req.url ?? '')) {
        received.push({ path: decodeURIComponent(req.url ?? ''), activity: JSON.parse(body) });
        for (const wake of waiters) wake();
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `stub-${++next}` }));
      } else {
        res.writeHead(404).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Messages only: a slow turn may also show "typing…".
  const forConversation = (id: string) => received.filter((r) => r.activity.conversation?.id === id && r.activity.type === 'message').map((r) => r.activity);
  return {
    url,
    received,
    waitFor: (conversationId, count, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          if (forConversation(conversationId).length >= count) {
            waiters.delete(check);
            clearTimeout(timer);
            resolve(forConversation(conversationId));
          }
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`waited for ${count} activities in ${conversationId}, got ${forConversation(conversationId).length}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** An activity as the Emulator sends it to /api/messages. */
export function emulatorActivity(serviceUrl: string, conversationId: string, fields: Partial<Activity>): Partial<Activity> {
  return {
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user-1', name: 'User', role: 'user' },
    recipient: { id: 'bot-1', name: 'Bot', role: 'bot' },
    id: `in-${Math.random().toString(36).slice(2)}`,
    timestamp: new Date(),
    locale: 'en-US',
    ...fields,
  };
}
