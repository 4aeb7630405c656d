import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** How long one warm-up turn may take (a warm turn takes milliseconds; a cold one well under a second). */
const WARM_UP_TURN_MS = 10_000;

/** The channel id the warm-up's activities carry: the Emulator's, the one unauthenticated channel. */
export const WARM_UP_CHANNEL_ID = 'emulator';

/**
 * Runs a throwaway conversation through /api/messages, the way the Emulator talks to the bot,
 * with its replies going to a sink this function listens on for the purpose: the route, the
 * adapter's unauthenticated path and the connector client to a channel other than this server
 * run once, so the first user there does not pay for them. The Direct Line warm-up does not
 * reach these (measured: the first /api/messages turn after start was ~8× a warm one; after two
 * warm-up turns here, ~1.3×). Only without Microsoft app credentials: with them every activity
 * must be signed by a channel, and there is nothing this server could send itself.
 */
export async function warmUpThroughMessages(
  baseUrl: string,
  messages: readonly string[],
  forget: (channelId: string, conversationId: string) => Promise<unknown>,
  track: { readonly started: (conversationId: string) => void; readonly ended: () => void },
): Promise<void> {
  const sink = await listenAsSink();
  const conversationId = `warm-up-${randomUUID()}`;
  track.started(conversationId);
  try {
    for (const [i, text] of messages.entries()) {
      const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        // A turn that never ends must not keep the server from reporting ready.
        signal: AbortSignal.timeout(WARM_UP_TURN_MS),
        body: JSON.stringify({
          type: 'message',
          channelId: WARM_UP_CHANNEL_ID,
          serviceUrl: sink.url,
          conversation: { id: conversationId },
          from: { id: 'warm-up', role: 'user' },
          recipient: { id: 'bot', role: 'bot' },
          id: `warm-up-${i}`,
          text,
        }),
      });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`warm-up /api/messages: ${response.status}`);
    }
  } finally {
    const closed = new Promise((resolve) => sink.server.close(resolve));
    sink.server.closeAllConnections();
    await closed;
    await forget(WARM_UP_CHANNEL_ID, conversationId);
    track.ended();
  }
}

/** A connector that takes every reply and keeps none (loopback only, closed after the warm-up). */
async function listenAsSink(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"warm-up"}'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
