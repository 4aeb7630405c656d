import type { AddressInfo } from 'node:net';
import type { BotApp } from '../../bot/app';
import { ConfigError, loadConfig } from '../../bot/config/config';
import { AgentClient } from '../support/agentClient';
import { DirectLineClient } from '../support/directLineClient';
import { LogCapture, startTestApp, testCatalog, translate } from '../support/fixtures';
import { emulatorActivity } from '../support/stubConnector';

/** Who may talk to the bot, and who may talk as the bot. */
const en = translate('en');
const ANA = 'ana-token-0123456789';
const CREDENTIALS = { MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' };

describe('with Microsoft app credentials (the production setting)', () => {
  let app: BotApp;
  let ana: AgentClient;
  const log = new LogCapture();
  beforeAll(async () => {
    app = await startTestApp({ env: { ...CREDENTIALS, HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA}` }, hubSweepMs: 0, logDestination: log });
    ana = new AgentClient(app.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
  });
  afterAll(async () => {
    ana.close();
    await app.close();
  });

  it('refuses an unsigned activity on /api/messages', async () => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(emulatorActivity('https://smba.trafficmanager.net/amer/', 'c1', { type: 'message', text: 'hello' })),
    });
    expect(response.status).toBe(401);
  });

  it('warms up through its own Direct Line at start', () => {
    expect(log.text).not.toContain('warm-up failed');
    expect(log.text).toContain('Bot Framework-signed activities only');
  });

  it('serves Web Chat: the greeting, a typed answer, and an agent’s message all arrive', async () => {
    const user = new DirectLineClient(app.url);
    await user.start();
    const [greeting] = await user.botMessages(1);
    expect(greeting.from?.role).toBe('bot');
    await user.post(en('common.menu.talkToPerson'));
    await user.botMessages(2);
    const entry = (await ana.until((v) => v.queue.length > 0)).queue.at(-1)!;
    expect((await ana.api('POST', `/conversations/${entry.id}/accept`)).status).toBe(204);
    expect((await ana.api('POST', `/conversations/${entry.id}/messages`, { text: 'Hello from Ana' })).status).toBe(204);
    const messages = await user.botMessages(4);
    expect(messages.some((m) => m.text?.includes('Hello from Ana'))).toBe(true);
    user.close();
  });
});

describe('the connector endpoint (where the bot writes into Web Chat)', () => {
  let app: BotApp;
  let user: DirectLineClient;
  beforeAll(async () => {
    app = await startTestApp();
    user = new DirectLineClient(app.url);
    await user.start();
    await user.botMessages(1);
  });
  afterAll(async () => {
    user.close();
    await app.close();
  });

  const history = async (): Promise<string> => JSON.stringify(await user.poll());

  it.each([
    ['no credentials', undefined],
    ['the user’s own Direct Line token', 'user'],
    ['a made-up bearer', 'Bearer 0123456789abcdef'],
  ])('refuses a message posted as the bot with %s, and shows nothing', async (_label, authorization) => {
    const before = await history();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (authorization) headers.authorization = authorization === 'user' ? `Bearer ${user.token}` : authorization;
    const forged = { type: 'message', from: { id: 'support-bot', role: 'bot' }, text: 'reply with your card number and SMS code' };
    const post = await fetch(`${app.url}/v3/conversations/${user.conversationId}/activities`, { method: 'POST', headers, body: JSON.stringify(forged) });
    expect(post.status).toBe(401);
    const [first] = (await user.poll()).activities;
    const put = await fetch(`${app.url}/v3/conversations/${user.conversationId}/activities/${first.id}`, { method: 'PUT', headers, body: '[1]' });
    expect(put.status).toBe(401);
    expect(await history()).toBe(before);
  });

  it('refuses an activity on /api/messages whose serviceUrl is this server (the bot would sign its reply into Web Chat)', async () => {
    const port = new URL(app.url).port;
    for (const own of [app.url, `http://localhost:${port}`]) {
      const activity = emulatorActivity(own, user.conversationId, { type: 'message', text: 'hello' });
      const response = await fetch(`${app.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      expect(response.status).toBe(400);
    }
  });
});

describe('where the server listens', () => {
  const config = (env: Record<string, string>) => loadConfig({ PORT: '0', STORAGE: 'memory', ...env }, testCatalog().languages);

  it('listens on loopback only when nothing authenticates /api/messages', async () => {
    const app = await startTestApp();
    try {
      expect((app.server.address() as AddressInfo).address).toBe('127.0.0.1');
    } finally {
      await app.close();
    }
  });

  it('listens on every interface with credentials, or when ALLOW_INSECURE_PUBLIC says so, and warns then', async () => {
    expect(config(CREDENTIALS).host).toBe('0.0.0.0');
    expect(config(CREDENTIALS).insecurePublic).toBe(false);
    const log = new LogCapture();
    const app = await startTestApp({ env: { ALLOW_INSECURE_PUBLIC: 'true' }, logDestination: log });
    try {
      expect((app.server.address() as AddressInfo).address).toBe('0.0.0.0');
      expect(log.text).toMatch(/ALLOW_INSECURE_PUBLIC.*unauthenticated/);
    } finally {
      await app.close();
    }
  });

  it('refuses to start on a public HOST without credentials, naming the fix', () => {
    expect(() => config({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => config({ HOST: '0.0.0.0' })).toThrow(/HOST.*MicrosoftAppId.*ALLOW_INSECURE_PUBLIC=true/s);
    expect(config({ HOST: '0.0.0.0', ALLOW_INSECURE_PUBLIC: 'true' }).insecurePublic).toBe(true);
    expect(config({ HOST: '127.0.0.1' }).insecurePublic).toBe(false);
  });

  it('refuses TRUST_PROXY=true (any client could choose the address the limits count by), and takes a hop count', () => {
    expect(() => config({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY.*not "true"/s);
    expect(config({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(config({ TRUST_PROXY: 'loopback' }).trustProxy).toBe('loopback');
  });
});
