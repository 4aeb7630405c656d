import type { BotApp } from '../../bot/app';
import { AgentClient } from '../support/agentClient';
import { eventually } from '../support/eventually';
import { WebChatUser } from '../support/webChatUser';
import { startTestApp, translate } from '../support/fixtures';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { emulatorActivity, startStubConnector } from '../support/stubConnector';

const en = translate('en');
const ANA = 'ana-token-0123456789';
const LI = 'li-token-0123456789abc';

/** Two instances with the agent hub on one PostgreSQL: agents on one, users on the other. */
describe('the agent hub across instances', () => {
  let testDb: TestDatabase;
  let a: BotApp;
  let b: BotApp;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    const env = { STORAGE: 'postgres', DATABASE_URL: testDb.url, DATABASE_POOL_SIZE: '4', HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA},Li:${LI}` };
    [a, b] = await Promise.all([startTestApp({ env, hubSweepMs: 0 }), startTestApp({ env, hubSweepMs: 0 })]);
  });
  afterAll(async () => {
    await Promise.all([a, b].map((app) => app.close()));
    await testDb.drop();
  });

  it('an agent whose console is on A takes a user on B: queue, accept, messages both ways, end', async () => {
    const ana = new AgentClient(a.url, ANA);
    await ana.connect();
    expect((await ana.api('POST', '/status', { status: 'available' })).status).toBe(204);
    // B counts Ana as online once A has said whose consoles it holds.
    await eventually(() => b.hub!.view('Li').online.some((o) => o.name === 'Ana' && o.status === 'available'));

    const user = await WebChatUser.start(b);
    expect(await user.say(en('common.menu.talkToPerson'))).toEqual([en('common.handoff.queued', { position: 1, minutes: 3 })]);

    const queued = await ana.until((v) => v.queue.length === 1);
    const id = queued.queue[0].id;
    expect((await ana.api('POST', `/conversations/${id}/accept`)).status).toBe(204);
    expect(await user.next()).toEqual([en('common.handoff.agentJoined', { agent: 'Ana' })]);

    await user.client.post('it says my account is restricted');
    await ana.until((v) => v.mine[0]?.messages.length === 1);
    await ana.api('POST', `/conversations/${id}/messages`, { text: 'Let me check.' });
    expect(await user.next()).toEqual([en('common.handoff.agentSays', { agent: 'Ana', text: 'Let me check.' })]);

    // Ana's console moves to B (A's went away): her conversation is still hers there.
    ana.close();
    const anaOnB = new AgentClient(b.url, ANA);
    await anaOnB.connect();
    const reconnected = await anaOnB.until((v) => v.mine.length === 1);
    expect(reconnected.mine[0].messages.map((m) => m.text)).toEqual(['it says my account is restricted', 'Let me check.']);

    expect((await anaOnB.api('POST', `/conversations/${id}/end`)).status).toBe(204);
    expect(await user.next()).toEqual([en('common.handoff.agentEnded', { agent: 'Ana' }), en('feedback.askSolved')]);
    user.client.close();
    anaOnB.close();
  });

  it('transfers from an agent on A to one on B, who is told', async () => {
    const ana = new AgentClient(a.url, ANA);
    const li = new AgentClient(b.url, LI);
    await Promise.all([ana.connect(), li.connect()]);
    await ana.api('POST', '/status', { status: 'available' });
    await li.api('POST', '/status', { status: 'available' });
    await eventually(() => a.hub!.view('Ana').online.some((o) => o.name === 'Li'));

    const user = await WebChatUser.start(a);
    // The reply to the request is the place in the queue (its wait depends on the first test's figures).
    expect((await user.say(en('common.menu.talkToPerson'))).join(' ')).toContain(en('common.handoff.queued', { position: 1, minutes: 1 }).split(';')[0]);
    const id = (await li.until((v) => v.queue.length === 1)).queue[0].id;
    await ana.api('POST', `/conversations/${id}/accept`);
    expect(await user.next()).toEqual([en('common.handoff.agentJoined', { agent: 'Ana' })]);
    expect((await ana.api('POST', `/conversations/${id}/transfer`, { to: 'Li' })).status).toBe(204);
    expect(await user.next()).toEqual([en('common.handoff.transferred', { agent: 'Li' })]);
    await li.until((v) => v.mine.some((e) => e.id === id));
    await eventually(() => li.received.some((m) => m.type === 'notice' && m.notice.kind === 'transferredToYou'));
    user.client.close();
    ana.close();
    li.close();
  });

  it('relays many users writing to their agents at once, more than the lock pool has connections', async () => {
    const ana = new AgentClient(a.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
    const connector = await startStubConnector();
    const users = Array.from({ length: 8 }, (_, i) => `crowd-${i}`);
    const post = (id: string, text: string) =>
      fetch(`${b.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(emulatorActivity(connector.url, id, { type: 'message', text })),
      }).then((r) => r.status);
    try {
      await eventually(() => b.hub!.view('Li').online.some((o) => o.name === 'Ana' && o.status === 'available'));
      for (const id of users) expect(await post(id, en('common.menu.talkToPerson'))).toBe(200);
      const queue = (await ana.until((v) => v.queue.length === users.length)).queue;
      for (const entry of queue) await ana.api('POST', `/conversations/${entry.id}/accept`);
      // Each turn holds its conversation's lock connection and then needs the hub's: 8 at once on a pool of 4.
      expect(await Promise.all(users.map((id) => post(id, `hello from ${id}`)))).toEqual(users.map(() => 200));
      const view = await ana.until((v) => v.mine.filter((e) => e.messages.length === 1).length === users.length);
      expect(view.mine.flatMap((e) => e.messages.map((m) => m.text)).sort()).toEqual(users.map((id) => `hello from ${id}`).sort());
      for (const entry of view.mine) await ana.api('POST', `/conversations/${entry.id}/end`);
    } finally {
      ana.close();
      await connector.close();
    }
  });
});
