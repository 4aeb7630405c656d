import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer } from 'ws';
import type { BotApp } from '../../bot/app';
import { MAX_STREAMS_PER_CONVERSATION } from '../../bot/channels/directline/directLineSockets';
import { keepAlive } from '../../bot/channels/http/liveSockets';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp } from '../support/fixtures';

/** What a stranger can make the server hold through a WebSocket is bounded. */
describe('live sockets', () => {
  let app: BotApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  /** The close code of every socket, recorded from the start (a socket may close before a test looks). */
  const closeCodes = new WeakMap<WebSocket, Promise<number>>();
  const track = (ws: WebSocket): WebSocket => {
    closeCodes.set(ws, new Promise((resolve) => ws.once('close', (code) => resolve(code))));
    return ws;
  };
  const closed = (ws: WebSocket): Promise<number> => closeCodes.get(ws)!;
  const openStream = async (client: DirectLineClient): Promise<WebSocket> => {
    const ws = track(new WebSocket(`${app.url.replace('http', 'ws')}/v3/directline/conversations/${client.conversationId}/stream?t=${client.token}`));
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    return ws;
  };

  it('closes a Direct Line stream that sends a large frame (the stream never reads client frames)', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const ws = await openStream(client);
    ws.send('x'.repeat(64 * 1024));
    expect(await closed(ws)).toBe(1009);
    client.close();
  });

  it(`keeps at most ${MAX_STREAMS_PER_CONVERSATION} streams per conversation, closing the oldest`, async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const sockets: WebSocket[] = [];
    try {
      for (let i = 0; i < MAX_STREAMS_PER_CONVERSATION + 2; i++) sockets.push(await openStream(client));
      const excess = sockets.length - MAX_STREAMS_PER_CONVERSATION;
      expect(await Promise.all(sockets.slice(0, excess).map(closed))).toEqual(Array(excess).fill(4008));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(sockets.filter((s) => s.readyState === s.OPEN)).toHaveLength(MAX_STREAMS_PER_CONVERSATION);
    } finally {
      for (const s of sockets) s.terminate();
      client.close();
    }
  });

  it('closes a socket whose other end stops answering pings', async () => {
    const server = createServer();
    const wss = new WebSocketServer({ server });
    const serverSideClosed = new Promise<boolean>((resolve) => wss.on('connection', (ws) => keepAlive(ws, () => resolve(true), 50)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    // A client that never answers pings (ws answers them on its own unless told not to).
    const client = track(new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`, { autoPong: false }));
    try {
      await new Promise((resolve) => client.once('open', resolve));
      expect(await serverSideClosed).toBe(true);
      await closed(client);
    } finally {
      client.terminate();
      wss.close();
      server.close();
    }
  });
});
