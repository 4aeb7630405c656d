import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import { z } from 'zod';
import type { AgentHub } from '../../handoff/hub/agentHub';
import { HubError } from '../../handoff/hub/hubError';
import type { Logger } from '../../logging/logger';
import { handleUpgrades, keepAlive } from '../http/liveSockets';
import { hostOf } from '../http/origin';
import type { AgentAuth } from './agentAuth';

/**
 * `/agent/socket`: the console's live line. The server pushes the agent's view on every change
 * and notices meant for them; the agent sends messages and status changes the same way.
 * An agent counts as online while at least one of their consoles is connected.
 */
export const AGENT_SOCKET_PATH = '/agent/socket';
const MAX_PAYLOAD = 16 * 1024;

const incoming = z.discriminatedUnion('type', [
  z.object({ type: z.literal('send'), id: z.string().min(1), text: z.string().min(1).max(4000) }),
  z.object({ type: z.literal('status'), status: z.enum(['available', 'away']) }),
]);

export function attachAgentSockets(server: Server, hub: AgentHub, auth: AgentAuth, logger: Logger): () => void {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_PAYLOAD });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== AGENT_SOCKET_PATH) return; // Not ours: another upgrade handler may take it.
    const result = auth.authenticate(req, req.socket.remoteAddress ?? 'unknown');
    if (!('agent' in result)) {
      const status = result.refused === 'tooMany' ? '429 Too Many Requests' : '401 Unauthorized';
      return void socket.end(`HTTP/1.1 ${status}\r\nContent-Length: 0\r\n\r\n`);
    }
    const { agent } = result;
    // A browser always sends Origin: refuse pages of other sites riding on the agent's cookie.
    const origin = req.headers.origin;
    if (origin && hostOf(origin) !== req.headers.host) return void socket.end('HTTP/1.1 403 Forbidden\r\nContent-Length: 0\r\n\r\n');
    wss.handleUpgrade(req, socket, head, (ws) => serve(ws, agent));
  };

  const serve = (ws: WebSocket, agent: string): void => {
    const disconnect = hub.connect(agent, (message) => {
      if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(message));
    });
    ws.on('message', (data) => {
      void (async () => {
        const parsed = incoming.safeParse(safeJson(frameText(data)));
        if (!parsed.success) throw new HubError('invalid', 'Unknown message.');
        const message = parsed.data;
        if (message.type === 'send') await hub.send(agent, message.id, message.text);
        else await hub.setStatus(agent, message.status);
      })().catch((error: unknown) => {
        if (!(error instanceof HubError)) logger.error({ err: error, agent }, 'agent socket message failed');
        if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type: 'error', error: error instanceof HubError ? error.message : 'Internal error.' }));
      });
    });
    keepAlive(ws, disconnect);
  };

  return handleUpgrades(server, wss, onUpgrade);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A text frame's contents (ws hands them over as a Buffer, or as fragments). */
function frameText(data: RawData): string {
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return (data instanceof ArrayBuffer ? Buffer.from(data) : data).toString('utf8');
}
