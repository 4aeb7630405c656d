import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket, WebSocketServer } from 'ws';

/** What the server's live sockets (Direct Line stream, agent console) share. */
const HEARTBEAT_MS = 30_000;

/**
 * Pings so proxies keep an idle socket open, and closes a socket whose other end stopped answering
 * (a ping unanswered for a whole period): a vanished client holds nothing. `onClose` runs once
 * the socket is gone.
 */
export function keepAlive(ws: WebSocket, onClose: () => void, heartbeatMs = HEARTBEAT_MS): void {
  let answered = true;
  ws.on('pong', () => (answered = true));
  const heartbeat = setInterval(() => {
    if (!answered) return ws.terminate();
    answered = false;
    ws.ping();
  }, heartbeatMs);
  ws.on('close', () => {
    clearInterval(heartbeat);
    onClose();
  });
  ws.on('error', () => ws.terminate());
}

/** Listens for upgrades; returns the function that stops listening and closes every socket. */
export function handleUpgrades(server: Server, wss: WebSocketServer, onUpgrade: (req: IncomingMessage, socket: Duplex, head: Buffer) => void): () => void {
  server.on('upgrade', onUpgrade);
  return () => {
    server.off('upgrade', onUpgrade);
    for (const client of wss.clients) client.terminate();
    wss.close();
  };
}
