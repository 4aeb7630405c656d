import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { warmUpThroughMessages } from '../../bot/channels/http/messagesWarmUp';

interface Received {
  readonly body: { channelId: string; serviceUrl: string; conversation: { id: string }; text: string };
  readonly replyStatus: number;
}

/** A bot's /api/messages that replies to each message through the serviceUrl it names, as botbuilder does. */
async function fakeBot(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    req.on('end', () => {
      const body = JSON.parse(raw) as Received['body'];
      void fetch(`${body.serviceUrl}/v3/conversations/${body.conversation.id}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: `echo ${body.text}` }),
      }).then((reply) => {
        received.push({ body, replyStatus: reply.status });
        res.writeHead(200).end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received };
}

describe('the /api/messages warm-up', () => {
  it('says its messages as the Emulator would, takes the replies, then forgets the conversation and closes its sink', async () => {
    const bot = await fakeBot();
    const forgotten: Array<[string, string]> = [];
    const tracked: string[] = [];
    await warmUpThroughMessages(bot.url, ['Reset the payment password', 'yes'], async (channelId, id) => void forgotten.push([channelId, id]), {
      started: (id) => tracked.push(`started ${id}`),
      ended: () => tracked.push('ended'),
    });
    bot.server.close();

    expect(bot.received.map((r) => [r.body.channelId, r.body.text, r.replyStatus])).toEqual([
      ['emulator', 'Reset the payment password', 200],
      ['emulator', 'yes', 200],
    ]);
    const [{ body }] = bot.received;
    expect(new URL(body.serviceUrl).hostname).toBe('127.0.0.1');
    expect(forgotten).toEqual([['emulator', body.conversation.id]]);
    expect(tracked).toEqual([`started ${body.conversation.id}`, 'ended']);
    // Nothing keeps listening once the warm-up is over.
    await expect(fetch(`${body.serviceUrl}/v3/conversations/x/activities`, { method: 'POST', body: '{}' })).rejects.toThrow();
  });

  it('forgets the conversation even when the bot refuses the activity', async () => {
    const refusing = createServer((_req, res) => res.writeHead(401).end());
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const forgotten: string[] = [];
    const url = `http://127.0.0.1:${(refusing.address() as AddressInfo).port}`;
    await expect(
      warmUpThroughMessages(url, ['hello'], async (channelId) => void forgotten.push(channelId), { started: () => undefined, ended: () => undefined }),
    ).rejects.toThrow('401');
    refusing.close();
    expect(forgotten).toEqual(['emulator']);
  });
});
