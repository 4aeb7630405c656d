import { MemoryStorage } from 'botbuilder';
import type { BotApp } from '../../bot/app';
import { TOKEN_LIFETIME_MS } from '../../bot/channels/directline/directLineTokens';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp } from '../support/fixtures';

/** Direct Line tokens: they cost the server nothing to issue, expire, and rotate. */
class CountingStorage extends MemoryStorage {
  keys = new Set<string>();
  override write(changes: Record<string, unknown>): Promise<void> {
    for (const key of Object.keys(changes)) this.keys.add(key);
    return super.write(changes);
  }
}

describe('Direct Line tokens', () => {
  let app: BotApp;
  const storage = new CountingStorage();
  beforeAll(async () => {
    app = await startTestApp({ storage });
  });
  afterAll(async () => {
    jest.useRealTimers();
    await app.close();
  });

  const call = async (path: string, token?: string, body: unknown = {}, method = 'POST') =>
    fetch(`${app.url}/v3/directline${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      ...(method === 'POST' ? { body: JSON.stringify(body) } : {}),
    });

  it('stores nothing when a stranger asks for tokens in a loop', async () => {
    const before = storage.keys.size;
    for (let i = 0; i < 200; i++) expect((await call('/tokens/generate', undefined, { user: { id: `u${i}` } })).status).toBe(200);
    expect(storage.keys.size).toBe(before);
  });

  it('rotates the token on refresh; both work until each one’s own expiry, and then neither does', async () => {
    const user = new DirectLineClient(app.url);
    await user.start();
    const refreshed = (await (await call('/tokens/refresh', user.token)).json()) as { token: string; expires_in: number };
    expect(refreshed.token).not.toBe(user.token);
    expect(refreshed.expires_in).toBe(TOKEN_LIFETIME_MS / 1000);
    for (const token of [user.token, refreshed.token]) expect((await call(`/conversations/${user.conversationId}`, token, undefined, 'GET')).status).toBe(200);

    jest.useFakeTimers({
      doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'],
    });
    jest.setSystemTime(Date.now() + TOKEN_LIFETIME_MS + 1000);
    try {
      for (const token of [user.token, refreshed.token]) {
        expect((await call(`/conversations/${user.conversationId}`, token, undefined, 'GET')).status).toBe(403);
        expect((await call(`/conversations/${user.conversationId}/activities`, token, { type: 'message', text: 'hi' })).status).toBe(403);
        expect((await call('/tokens/refresh', token)).status).toBe(403);
      }
    } finally {
      jest.useRealTimers();
      user.close();
    }
  });

  it('refuses a token for another conversation, or an altered one', async () => {
    const alice = new DirectLineClient(app.url);
    const bob = new DirectLineClient(app.url);
    await alice.start('alice');
    await bob.start('bob');
    expect((await call(`/conversations/${bob.conversationId}/activities`, alice.token, { type: 'message', text: 'hi' })).status).toBe(403);
    const altered = alice.token.slice(0, -2) + (alice.token.endsWith('A') ? 'BB' : 'AA');
    expect((await call(`/conversations/${alice.conversationId}`, altered, undefined, 'GET')).status).toBe(403);
    alice.close();
    bob.close();
  });
});

describe('posting', () => {
  it('limits how many activities one conversation posts a minute, without letting a stranger use up that allowance', async () => {
    const app = await startTestApp();
    try {
      const user = new DirectLineClient(app.url);
      await user.start();
      const post = (token: string) =>
        fetch(`${app.url}/v3/directline/conversations/${user.conversationId}/activities`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ type: 'typing' }),
        });
      for (let i = 0; i < 100; i++) expect((await post('forged-token')).status).toBe(403);
      const statuses: number[] = [];
      for (let i = 0; i < 61; i++) statuses.push((await post(user.token)).status);
      expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
      expect(statuses[60]).toBe(429);
      user.close();
    } finally {
      await app.close();
    }
  });

  it("never gives a user the bot's id (their words would read as the bot's in transcripts)", async () => {
    const app = await startTestApp();
    try {
      const user = new DirectLineClient(app.url);
      await user.start('support-bot');
      await user.botMessages(1);
      await user.post('hello');
      const mine = (await user.poll()).activities.find((a) => a.text === 'hello');
      expect(mine?.from?.id).not.toBe('support-bot');
      user.close();
    } finally {
      await app.close();
    }
  });
});

describe('opening conversations', () => {
  it('limits how many new conversations one address opens per minute; resuming one is not limited', async () => {
    const app = await startTestApp();
    try {
      const open = async (token: string) =>
        fetch(`${app.url}/v3/directline/conversations`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: '{}',
        });
      const token = async () =>
        (
          (await (
            await fetch(`${app.url}/v3/directline/tokens/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
          ).json()) as { token: string }
        ).token;
      const first = await token();
      const statuses: number[] = [(await open(first)).status];
      for (let i = 0; i < 30; i++) statuses.push((await open(await token())).status);
      expect(statuses.filter((s) => s === 201).length).toBeLessThanOrEqual(20);
      expect(statuses.at(-1)).toBe(429);
      expect((await open(first)).status).toBe(201);
    } finally {
      await app.close();
    }
  });
});
