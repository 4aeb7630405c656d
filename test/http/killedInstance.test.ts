import type { Activity } from 'botbuilder';
import { AgentClient } from '../support/agentClient';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { paragraphs, translate } from '../support/fixtures';
import { createTestDatabase, queryTest, type TestDatabase } from '../support/postgres';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

const en = translate('en');
const ANA = 'ana-token-0123456789';
const CONVERSATIONS = 12;
const MESSAGES = 8;

/**
 * Three real processes on one PostgreSQL, one of them killed with SIGKILL while conversations
 * are under way: what was acknowledged stays, users carry on through the others (a client
 * retries an unanswered message on the next instance, as a load balancer would), and an agent's
 * console moves to another instance with its chats.
 */
describe('kill -9 of one instance in the middle of a burst', () => {
  let testDb: TestDatabase;
  let connector: StubConnector;
  let bots: BotProcess[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    connector = await startStubConnector();
    const env = { STORAGE: 'postgres', DATABASE_URL: testDb.url, DATABASE_POOL_SIZE: '4', HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA}` };
    bots = await Promise.all([1, 2, 3].map(() => startBotProcess(env)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all((bots ?? []).map((b) => b.stop()));
    await connector?.close();
    await testDb?.drop();
  });

  const post = (url: string, activity: Partial<Activity>): Promise<number> =>
    fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) }).then(
      (r) => r.status,
      () => 0,
    );

  it('keeps every acknowledged message, answers each once, and lets users and agents carry on elsewhere', async () => {
    const [alive, doomed, other] = bots as [BotProcess, BotProcess, BotProcess];

    // An agent on the instance about to die has a user of the Emulator channel.
    const ana = new AgentClient(doomed.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
    const helped = 'helped-user';
    await new Promise((r) => setTimeout(r, 300)); // the others hear whose consoles it holds
    expect(await post(alive.url, emulatorActivity(connector.url, helped, { type: 'message', text: en('common.menu.talkToPerson') }))).toBe(200);
    const entry = (await ana.until((v) => v.queue.length === 1)).queue[0];
    await ana.api('POST', `/conversations/${entry.id}/accept`);
    await ana.until((v) => v.mine.length === 1);

    // The burst: each conversation's messages one after another, spread over the three instances.
    const acknowledged = new Map<string, number>();
    const attempts = new Map<string, number>();
    const ids: string[] = [];
    const retried = new Set<string>();
    let sent = 0;
    const killed = (async () => {
      while (sent < (CONVERSATIONS * MESSAGES) / 3) await new Promise((r) => setTimeout(r, 5));
      await doomed.kill9();
    })();
    await Promise.all(
      Array.from({ length: CONVERSATIONS }, async (_, c) => {
        const conversation = `burst-${c}`;
        for (let m = 0; m < MESSAGES; m++) {
          const id = `${conversation}-m${m}`;
          ids.push(id);
          const activity = emulatorActivity(connector.url, conversation, { type: 'message', text: m % 2 ? 'hello' : 'what is Alipay?', id });
          // Unanswered (the instance died): the same message again, on the next instance.
          for (let tries = 0; ; tries++) {
            attempts.set(conversation, (attempts.get(conversation) ?? 0) + 1);
            sent += 1;
            if ((await post(bots[(c + m + tries) % 3].url, activity)) === 200) break;
            retried.add(id);
            expect(tries).toBeLessThan(3);
          }
          acknowledged.set(conversation, (acknowledged.get(conversation) ?? 0) + 1);
        }
      }),
    );
    await killed;
    expect(doomed.child.signalCode).toBe('SIGKILL');
    // The kill landed mid-burst: messages sent to the dead instance had to go again elsewhere.
    expect([...attempts.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(CONVERSATIONS * MESSAGES);

    // Every acknowledged message's effect is stored, once: a message retried after its turn was saved is not counted again.
    const turns = await queryTest<{ key: string; turns: number }>(
      testDb.url,
      "SELECT key, (item->'support'->>'userTurns')::int AS turns FROM bot_items WHERE key LIKE 'emulator/conversations/burst-%'",
    );
    expect(turns).toHaveLength(CONVERSATIONS);
    for (const { key, turns: stored } of turns) expect({ key, stored }).toEqual({ key, stored: MESSAGES });
    expect([...acknowledged.values()]).toEqual(Array(CONVERSATIONS).fill(MESSAGES));

    // Each message answered; once, unless it had to be sent again (the dead instance may have sent its replies
    // before dying unacknowledged: a message saved is answered again, rather than risk no answer at all).
    for (const id of ids) {
      const replies = connector.received.filter((r) => r.activity.replyToId === id && r.activity.type === 'message');
      const repeated = replies.length - new Set(replies.map((r) => JSON.stringify(r.activity.attachments ?? r.activity.text))).size;
      expect({ id, answered: replies.length > 0, repeated: retried.has(id) ? 0 : repeated }).toEqual({ id, answered: true, repeated: 0 });
    }

    // The agent's console reconnects to a living instance and still has the chat, which still works both ways.
    const anaAgain = new AgentClient(other.url, ANA);
    await anaAgain.connect();
    const view = await anaAgain.until((v) => v.mine.length === 1);
    expect(view.mine[0].id).toBe(entry.id);
    await anaAgain.api('POST', `/conversations/${entry.id}/messages`, { text: 'Still here.' });
    const told = await connector.waitFor(helped, 3);
    expect(told.flatMap((a) => paragraphs(a))).toContain(en('common.handoff.agentSays', { agent: 'Ana', text: 'Still here.' }));
    expect(await post(other.url, emulatorActivity(connector.url, helped, { type: 'message', text: 'thanks, it works now' }))).toBe(200);
    await anaAgain.until((v) => v.mine[0]?.messages.some((m) => m.text === 'thanks, it works now') === true);
    anaAgain.close();
  }, 120_000);
});
