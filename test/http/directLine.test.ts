import WebSocket from 'ws';
import type { BotApp } from '../../bot/app';
import { DirectLineClient } from '../support/directLineClient';
import { buttons, paragraphs, startTestApp, translate } from '../support/fixtures';

const en = translate('en');

describe('local Direct Line 3.0', () => {
  let app: BotApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('starts a conversation, greets over the WebSocket, and echoes the user activity', async () => {
    const client = new DirectLineClient(app.url);
    await client.start('alice', 'en-US');
    const [welcome] = await client.botMessages(1);
    expect(paragraphs(welcome)).toEqual([en('common.welcome')]);
    expect(buttons(welcome)).toContain(en('activateMembership.title'));

    const id = await client.post(en('activateMembership.title'));
    const replies = await client.botMessages(2);
    expect(paragraphs(replies[1])).toEqual([
      en('common.procedure.starting', { title: en('activateMembership.title') }),
      en('activateMembership.openAccountPage'),
    ]);
    const echo = client.received.find((a) => a.id === id);
    expect(echo).toMatchObject({ type: 'message', text: en('activateMembership.title'), from: { id: 'alice', role: 'user' } });
    expect(echo?.channelData).toMatchObject({ clientActivityID: expect.any(String) });
    expect(replies[1].replyToId).toBe(id);
    client.close();
  });

  it('serves the same history by polling with watermarks', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    await client.botMessages(1);
    await client.post('hello');
    await client.botMessages(2);
    const all = await client.poll();
    expect(all.activities.map((a) => paragraphs(a).join(' '))).toEqual([en('common.welcome'), 'hello', en('common.greeting')]);
    // Web Chat orders history by timestamp: every activity needs a real, non-decreasing one.
    const times = all.activities.map((a) => Date.parse(String(a.timestamp)));
    expect(times.every((t) => Number.isFinite(t))).toBe(true);
    expect([...times].sort((x, y) => x - y)).toEqual(times);
    const later = await client.poll('2');
    expect(later).toEqual({ activities: [all.activities[2]], watermark: '3' });
    expect(await client.poll(all.watermark)).toEqual({ activities: [], watermark: '3' });
    client.close();
  });

  it('resumes after a page reload: a new stream from the watermark gets only what was missed', async () => {
    const first = new DirectLineClient(app.url);
    await first.start();
    await first.botMessages(1);
    await first.post(en('activateMembership.title'));
    await first.botMessages(2);
    const seen = first.lastWatermark!;
    first.close();

    const reloaded = new DirectLineClient(app.url);
    await reloaded.resume(first.conversationId, first.token);
    await reloaded.botMessages(2);
    expect(reloaded.received.map(paragraphs)).toEqual(first.received.map(paragraphs));

    const fromWatermark = new DirectLineClient(app.url);
    await fromWatermark.resume(first.conversationId, first.token, seen);
    await fromWatermark.post('yes');
    const replies = await fromWatermark.botMessages(1);
    expect(replies.flatMap(paragraphs)).toEqual([en('activateMembership.clickActivateNow')]);
    expect(fromWatermark.received[0].text).toBe('yes');
    reloaded.close();
    fromWatermark.close();
  });

  it('takes a post sent again (same clientActivityID) as the same activity, answered once', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    await client.botMessages(1);
    const again = { channelData: { clientActivityID: 'web-1' } };
    const first = await client.post(en('activateMembership.title'), again);
    await client.botMessages(2);
    expect(await client.post(en('activateMembership.title'), again)).toBe(first);
    await client.post('yes');
    const messages = await client.botMessages(3);
    expect(paragraphs(messages[2])).toEqual([en('activateMembership.clickActivateNow')]);
    const history = (await client.poll()).activities;
    expect(history.filter((a) => a.from?.role === 'user').map((a) => a.text)).toEqual([en('activateMembership.title'), 'yes']);
    expect(history.filter((a) => a.replyToId === first)).toHaveLength(1);
    client.close();
  });

  it('masks card numbers and codes in the stored and echoed history', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    await client.botMessages(1);
    const id = await client.post('my card 4111 1111 1111 1111');
    await client.botMessages(2);
    const history = await client.poll();
    expect(JSON.stringify(history)).not.toContain('4111 1111 1111 1111');
    expect(history.activities.find((a) => a.id === id)?.text).toBe('my card ••••1111');
    client.close();
  });

  it('refuses requests without the conversation token', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const other = new DirectLineClient(app.url);
    await other.start();
    const asOther = (path: string, method = 'GET') =>
      fetch(`${app.url}/v3/directline${path}`, {
        method,
        headers: { authorization: `Bearer ${other.token}`, 'content-type': 'application/json' },
        body: method === 'POST' ? '{"type":"message","text":"hi"}' : undefined,
      });
    expect((await asOther(`/conversations/${client.conversationId}`)).status).toBe(403);
    expect((await asOther(`/conversations/${client.conversationId}/activities`)).status).toBe(403);
    expect((await asOther(`/conversations/${client.conversationId}/activities`, 'POST')).status).toBe(403);
    expect((await fetch(`${app.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(403);
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`${app.url.replace('http', 'ws')}/v3/directline/conversations/${client.conversationId}/stream?t=${other.token}`);
        ws.on('open', () => reject(new Error('stream opened with a foreign token')));
        ws.on('error', resolve);
      }),
    ).resolves.toBeInstanceOf(Error);
    client.close();
    other.close();
  });

  it('refuses an activity without a type', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const response = await fetch(`${app.url}/v3/directline/conversations/${client.conversationId}/activities`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'no type' }),
    });
    expect(response.status).toBe(400);
    client.close();
  });

  it('accepts a Web Chat file upload and answers that it cannot read attachments', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    await client.botMessages(1);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'screenshot.png');
    const response = await fetch(`${app.url}/v3/directline/conversations/${client.conversationId}/upload?userId=u`, {
      method: 'POST',
      headers: { authorization: `Bearer ${client.token}` },
      body: form,
    });
    expect(response.status).toBe(200);
    const replies = await client.botMessages(2);
    expect(paragraphs(replies[1])).toEqual([en('common.input.attachmentOnly'), en('common.menu.prompt')]);
    const stored = (await client.poll()).activities.find((a) => a.from?.role === 'user');
    expect(stored?.attachments).toEqual([{ contentType: 'image/png', name: 'screenshot.png' }]);
    client.close();
  });
});
