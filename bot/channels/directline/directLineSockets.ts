import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { handleUpgrades, keepAlive } from '../http/liveSockets';
import type { DirectLineHistory } from './directLineHistory';
import type { DirectLineTokens } from './directLineTokens';

const STREAM_PATH = /^\/v3\/directline\/conversations\/([^/]+)\/stream$/;

/** The stream only sends: a client's frames are never read, so none may be large. */
const MAX_CLIENT_FRAME = 4 * 1024;
/** Open streams per conversation (tabs, reconnects); a new one beyond this closes the oldest. */
export const MAX_STREAMS_PER_CONVERSATION = 3;

/**
 * The Direct Line WebSocket stream: on connect it sends what the client has not seen (after
 * `watermark`), then every new activity as an ActivitySet `{ activities, watermark }`.
 */
export function attachDirectLineSockets(server: Server, store: DirectLineHistory, tokens: DirectLineTokens): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_CLIENT_FRAME });
  const open = new Map<string, WebSocket[]>();

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const match = STREAM_PATH.exec(url.pathname);
    if (!match) return; // Not ours: another upgrade handler may take it.
    void (async () => {
      const claims = await tokens.verify(url.searchParams.get('t') ?? undefined);
      const conversation = claims ? await store.get(claims.conversationId) : undefined;
      if (!conversation || conversation.id !== decodeURIComponent(match[1])) {
        socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => void stream(ws, conversation.id, url.searchParams.get('watermark') ?? undefined));
    })().catch(() => socket.destroy());
  };

  const stream = async (ws: WebSocket, conversationId: string, watermark: string | undefined): Promise<void> => {
    const send = (activities: readonly unknown[], mark: number | string): void => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ activities, watermark: String(mark) }));
    };
    // Subscribe before reading the backlog so nothing appended in between is missed.
    const pending: Array<[readonly unknown[], number]> = [];
    let live = false;
    const unsubscribe = store.subscribe(conversationId, (activities, mark) => (live ? send(activities, mark) : pending.push([activities, mark])));
    const conversation = await store.get(conversationId);
    if (conversation) {
      const backlog = await store.since(conversation, watermark);
      if (backlog.activities.length > 0) send(backlog.activities, backlog.watermark);
      for (const [activities, mark] of pending) if (mark > Number(backlog.watermark)) send(activities, mark);
    }
    live = true;
    const streams = [...(open.get(conversationId) ?? []), ws];
    while (streams.length > MAX_STREAMS_PER_CONVERSATION) streams.shift()!.close(4008, 'Too many streams for this conversation.');
    open.set(conversationId, streams);
    keepAlive(ws, () => {
      unsubscribe();
      const left = (open.get(conversationId) ?? []).filter((s) => s !== ws);
      if (left.length > 0) open.set(conversationId, left);
      else open.delete(conversationId);
    });
  };

  return handleUpgrades(server, wss, onUpgrade);
}
