import type { BotApp } from '../../bot/app';
import { DirectLineClient } from '../support/directLineClient';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';
import { startTestApp } from '../support/fixtures';

/** What `/api/messages` refuses before the adapter or the bot sees it. */
describe('inbound activities on /api/messages', () => {
  let app: BotApp;
  let connector: StubConnector;
  beforeAll(async () => {
    connector = await startStubConnector();
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  const post = (body: unknown) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

  it.each([
    ['a query that swallows the path the bot appends', (base: string) => `${base}/internal/admin/purge?x=`],
    ['a fragment', (base: string) => `${base}/#x`],
    ['credentials', (base: string) => base.replace('http://', 'http://admin:secret@')],
    ['another scheme', () => 'file:///etc/passwd'],
    ['no URL at all (found by the fuzz run: was a 500)', () => '{"a":'],
  ])('refuses a serviceUrl with %s, and sends nothing there', async (_what, serviceUrl) => {
    const before = connector.received.length;
    const response = await post(emulatorActivity(serviceUrl(connector.url), 'ssrf', { type: 'message', text: 'hello' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: expect.stringContaining('serviceUrl') });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(connector.received.length).toBe(before);
  });

  it('still takes a channel serviceUrl with a path prefix, as Teams sends', async () => {
    const response = await post(emulatorActivity(`${connector.url}/`, 'prefix', { type: 'message', text: 'hello' }));
    expect(response.status).toBe(200);
  });

  it.each([
    ['locale as an object', { locale: { a: 1 } }],
    ['locale as a number', { locale: 5 }],
    ['membersAdded as a string', { type: 'conversationUpdate', membersAdded: 'x' }],
    ['from.name as an object', { from: { id: 'u', name: { x: 1 } } }],
  ])('answers 400 to %s instead of crashing the turn', async (_what, fields) => {
    const response = await post({ ...emulatorActivity(connector.url, 'typed', { type: 'message', text: 'hello' }), ...fields });
    expect(response.status).toBe(400);
  });
});

describe('nesting', () => {
  let app: BotApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a small body nested thousands deep on Direct Line with 400, and the conversation still works', async () => {
    const client = new DirectLineClient(app.url);
    await client.start();
    const { conversationId } = client;
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${client.token}` };
    const deep = `{"type":"message","text":"hi","value":${'['.repeat(6000)}${']'.repeat(6000)}}`;
    const url = `${app.url}/v3/directline/conversations/${conversationId}/activities`;
    expect((await fetch(url, { method: 'POST', headers, body: deep })).status).toBe(400);
    expect((await fetch(url, { method: 'POST', headers, body: JSON.stringify({ type: 'message', text: 'hello' }) })).status).toBe(200);
    expect((await fetch(`${app.url}/v3/directline/conversations/${conversationId}/activities`, { headers })).status).toBe(200);
    client.close();
  });
});
