import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { BotApp } from '../../bot/app';
import { FileStorage } from '../../bot/storage/fileStorage';
import { AgentClient } from '../support/agentClient';
import { DirectLineClient } from '../support/directLineClient';
import { WebChatUser } from '../support/webChatUser';
import { paragraphs, startTestApp, translate } from '../support/fixtures';

/**
 * The built-in agent hub over HTTP and WebSockets, as Web Chat (Direct Line) and the agent
 * console use it: the user's side through the local Direct Line, the agent's through
 * /agent/api and /agent/socket.
 */
const en = translate('en');
const ANA = 'ana-token-0123456789';
const LI = 'li-token-0123456789abc';
const hubEnv = { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA},Li:${LI}` };

describe('agent hub over HTTP and WebSocket', () => {
  let app: BotApp;
  beforeAll(async () => {
    app = await startTestApp({ env: hubEnv, hubSweepMs: 0 });
  });
  afterAll(async () => {
    await app.close();
  });

  it('escalate → place in the queue → accept → messages both ways → end → rating', async () => {
    const ana = new AgentClient(app.url, ANA);
    await ana.connect();
    expect((await ana.api('POST', '/status', { status: 'available' })).status).toBe(204);

    const user = await WebChatUser.start(app);
    await user.say(en('activateMembership.title'));
    expect(await user.say(en('common.menu.talkToPerson'))).toEqual([en('common.handoff.queued', { position: 1, minutes: 3 })]);

    const queued = await ana.until((v) => v.queue.length === 1);
    expect(queued.queue[0]).toMatchObject({ locale: 'en', reason: 'user_asked', procedureId: 'activate_membership', step: 'openAccountPage', position: 1 });
    expect((await ana.api('GET', '/view')).json.queue).toHaveLength(1);

    expect((await ana.api('POST', `/conversations/${queued.queue[0].id}/accept`)).status).toBe(204);
    expect(await user.next()).toEqual([en('common.handoff.agentJoined', { agent: 'Ana' })]);
    const accepted = await ana.until((v) => v.mine.length === 1);
    expect(accepted.mine[0].transcript.map((l) => l.text)).toContain(en('activateMembership.openAccountPage'));

    // User → agent, live and masked.
    await user.client.post('my card is 4111 1111 1111 1111');
    expect(await user.next()).toEqual([en('common.privacy.warning')]);
    const relayed = await ana.until((v) => v.mine[0]?.messages.length === 1);
    expect(relayed.mine[0].messages[0]).toMatchObject({ from: 'user', text: 'my card is ••••1111' });

    // Agent → user over the socket, then over the API.
    ana.sendOverSocket({ type: 'send', id: queued.queue[0].id, text: 'Hello, I am looking at it.' });
    expect(await user.next()).toEqual([en('common.handoff.agentSays', { agent: 'Ana', text: 'Hello, I am looking at it.' })]);
    await ana.api('POST', `/conversations/${queued.queue[0].id}/messages`, { text: 'Done: try again now.' });
    expect(await user.next()).toEqual([en('common.handoff.agentSays', { agent: 'Ana', text: 'Done: try again now.' })]);

    expect((await ana.api('POST', `/conversations/${queued.queue[0].id}/end`)).status).toBe(204);
    expect(await user.next()).toEqual([en('common.handoff.agentEnded', { agent: 'Ana' }), en('feedback.askSolved')]);
    expect(await user.say('yes')).toEqual([en('feedback.askRating')]);
    expect(await user.say('5')).toEqual(expect.arrayContaining([en('feedback.thanks')]));
    await ana.until((v) => v.mine.length === 0);
    user.client.close();
    ana.close();
  });

  it('"cancel" while waiting leaves the queue, and the console sees it go', async () => {
    const ana = new AgentClient(app.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
    const user = await WebChatUser.start(app);
    await user.say(en('common.menu.talkToPerson'));
    await ana.until((v) => v.queue.length === 1);
    expect((await user.say('cancel'))[0]).toBe(en('common.handoff.leftQueue'));
    await ana.until((v) => v.queue.length === 0);
    user.client.close();
    ana.close();
  });

  it('with no agent available, offers to leave a message; the console lists it and closes it', async () => {
    const li = new AgentClient(app.url, LI);
    await li.connect();
    await li.api('POST', '/status', { status: 'away' });
    const user = await WebChatUser.start(app);
    expect(await user.say(en('common.menu.talkToPerson'))).toEqual([en('common.handoff.nobodyOnline'), en('common.handoff.offerMessage')]);
    expect(await user.say('yes')).toEqual([en('common.handoff.writeMessage')]);
    const [left] = await user.say('Please call me back about my frozen account');
    const view = await li.until((v) => v.tickets.length === 1);
    expect(left).toBe(en('common.handoff.messageLeft', { ticket: view.tickets[0].id }));
    expect(view.tickets[0]).toMatchObject({ message: 'Please call me back about my frozen account', reason: 'user_asked', locale: 'en' });
    expect((await li.api('POST', `/tickets/${view.tickets[0].id}/close`)).status).toBe(204);
    await li.until((v) => v.tickets.length === 0);
    user.client.close();
    li.close();
  });

  it('refuses bad requests with a 4xx and keeps serving', async () => {
    const ana = new AgentClient(app.url, ANA);
    expect((await ana.api('POST', '/status', { status: 'asleep' })).status).toBe(400);
    expect((await ana.api('POST', '/conversations/nope/accept')).status).toBe(404);
    expect((await ana.api('POST', '/conversations/nope/messages', { text: '' })).status).toBe(400);
    const form = await fetch(`${app.url}/agent/api/status`, {
      method: 'POST',
      headers: { authorization: `Bearer ${ANA}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'status=available',
    });
    expect(form.status).toBe(415);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  describe('without an agent token', () => {
    const routes: Array<[string, string]> = [
      ['GET', '/agent/console.js'],
      ['GET', '/agent/console.css'],
      ['GET', '/agent/api/view'],
      ['POST', '/agent/api/status'],
      ['POST', '/agent/api/conversations/x/accept'],
      ['POST', '/agent/api/conversations/x/messages'],
      ['POST', '/agent/api/conversations/x/end'],
      ['POST', '/agent/api/conversations/x/transfer'],
      ['POST', '/agent/api/tickets/x/close'],
      ['GET', '/agent/anything-else'],
    ];
    const auths: Array<[string, Record<string, string>]> = [
      ['no credentials', {}],
      ['a wrong token', { authorization: 'Bearer not-an-agent-token-at-all' }],
      ['a forged session cookie', { cookie: `agent_session=${Buffer.from('Ana').toString('base64url')}.9999999999999.forged` }],
    ];

    // Wrong tokens count against the address: past ten they are refused with 429 (test/security/agentSignIn.test.ts).
    it.each(auths)('every console route is refused with %s (401, or 429 once guessing is throttled)', async (_what, headers) => {
      for (const [method, path] of routes) {
        const response = await fetch(`${app.url}${path}`, {
          method,
          headers: { ...headers, 'content-type': 'application/json' },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        expect({ method, path, refused: [401, 429].includes(response.status) }).toEqual({ method, path, refused: true });
      }
    });

    it('serves only the sign-in form at /agent (401), never the console', async () => {
      const response = await fetch(`${app.url}/agent`);
      expect(response.status).toBe(401);
      const html = await response.text();
      expect(html).toContain('action="/agent/login"');
      expect(html).not.toContain('console.js');
    });

    it('refuses the live socket (401), and a page of another site even with a token (403)', async () => {
      const status = (headers: Record<string, string>) =>
        new Promise<number>((resolve) => {
          const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/agent/socket`, { headers });
          socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
          socket.on('open', () => {
            socket.close();
            resolve(101);
          });
          socket.on('error', () => undefined);
        });
      expect(await status({})).toBe(401);
      expect([401, 429]).toContain(await status({ authorization: 'Bearer wrong-token-wrong-token' }));
      expect(await status({ authorization: `Bearer ${ANA}`, origin: 'https://evil.example' })).toBe(403);
      expect(await status({ authorization: `Bearer ${ANA}` })).toBe(101);
    });

    it('signs in with the form: a session cookie that opens the console, and a wrong token is refused', async () => {
      const wrong = await fetch(`${app.url}/agent/login`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }), redirect: 'manual' });
      expect([401, 429]).toContain(wrong.status);
      const signIn = await fetch(`${app.url}/agent/login`, { method: 'POST', body: new URLSearchParams({ token: ANA }), redirect: 'manual' });
      expect(signIn.status).toBe(303);
      const cookie = signIn.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/agent_session=.*HttpOnly.*SameSite=Strict/i);
      const page = await fetch(`${app.url}/agent`, { headers: { cookie: cookie.split(';')[0] } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('/agent/console.js');
    });
  });
});

describe('agent hub across a restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-hub-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('keeps the queue and the tickets; an agent accepts after the restart and reaches the user', async () => {
    const storage = () => new FileStorage(join(dataDir, 'state'));
    const before = await startTestApp({ env: hubEnv, storage: storage(), hubSweepMs: 0 });
    const port = new URL(before.url).port;
    const ana = new AgentClient(before.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
    const user = await WebChatUser.start(before);
    await user.say(en('common.menu.talkToPerson'));
    await ana.until((v) => v.queue.length === 1);
    const { id: ticketId } = await before.hub!.escalate({
      conversationId: 'another',
      reason: 'account_frozen',
      locale: 'es',
      transcript: [],
      messageLeft: 'Llamadme, por favor',
      requestedAt: new Date().toISOString(),
    });
    ana.close();
    user.client.close();
    await before.close();

    // The same port: the user's conversation reference points at it (PUBLIC_URL in production).
    const after = await startTestApp({ env: { ...hubEnv, PORT: port }, storage: storage(), hubSweepMs: 0 });
    const back = new AgentClient(after.url, ANA);
    await back.connect();
    const view = await back.until((v) => v.queue.length === 1);
    expect(view.agent.status).toBe('available');
    expect(view.tickets).toEqual([expect.objectContaining({ id: ticketId, message: 'Llamadme, por favor', locale: 'es' })]);
    const resumed = new DirectLineClient(after.url);
    await resumed.resume(user.client.conversationId, user.client.token);
    const seen = (await resumed.botMessages(2)).length;
    await back.api('POST', `/conversations/${view.queue[0].id}/accept`);
    expect(paragraphs((await resumed.botMessages(seen + 1))[seen])).toEqual([en('common.handoff.agentJoined', { agent: 'Ana' })]);
    resumed.close();
    back.close();
    await after.close();
  });
});
