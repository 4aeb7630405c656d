import type { Activity } from 'botbuilder';
import type { BotApp } from '../../bot/app';
import { LogCapture, paragraphs, startTestApp, translate } from '../support/fixtures';
import { createTestDatabase, queryTest, type TestDatabase } from '../support/postgres';
import { DirectLineClient } from '../support/directLineClient';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

const en = translate('en');

/**
 * Three instances on one PostgreSQL, each with its own pools, as three processes behind a load
 * balancer would be; the Emulator protocol sends each message to whichever instance is next.
 */
/** Time allowed for the burst test: it asserts what was stored and sent, never how fast. */
const BURST_TIMEOUT_MS = 120_000;

describe('several instances sharing PostgreSQL', () => {
  let testDb: TestDatabase;
  let connector: StubConnector;
  let instances: BotApp[];
  let single: BotApp;
  const logs = [new LogCapture(), new LogCapture(), new LogCapture()];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    connector = await startStubConnector();
    const env = { STORAGE: 'postgres', DATABASE_URL: testDb.url, DATABASE_POOL_SIZE: '6' };
    instances = await Promise.all(logs.map((log) => startTestApp({ env, logDestination: log })));
    single = await startTestApp();
  });
  afterAll(async () => {
    await Promise.all([...instances, single].map((app) => app.close()));
    await connector.close();
    await testDb.drop();
  });

  const post = (app: BotApp, activity: Partial<Activity>) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });

  /** Sends the messages one after the other, each to `pick(i)`, and returns each one's replies as text. */
  async function converse(conversationId: string, texts: readonly string[], pick: (i: number) => BotApp): Promise<string[][]> {
    const transcript: string[][] = [];
    for (const [i, text] of texts.entries()) {
      const id = `${conversationId}-m${i}`;
      expect((await post(pick(i), emulatorActivity(connector.url, conversationId, { type: 'message', text, id }))).status).toBe(200);
      transcript.push(repliesTo(id).flatMap((a) => [...paragraphs(a), ...(a.text ? [a.text] : [])]));
    }
    return transcript;
  }

  const repliesTo = (id: string): Partial<Activity>[] =>
    connector.received.filter((r) => r.activity.replyToId === id && r.activity.type === 'message').map((r) => r.activity);

  it('takes a conversation through a procedure round-robin exactly as one instance does', async () => {
    const script = [
      en('activateMembership.title'),
      'yes',
      'not yet',
      'ok it is done now',
      'how do I bind a card?',
      'yes please',
      'I have opened it',
      'stop',
      'yes',
      'menu',
    ];
    const alone = await converse('rr-single', script, () => single);
    const spread = await converse('rr-spread', script, (i) => instances[i % instances.length]);
    expect(spread).toEqual(alone);
    expect(alone.every((replies) => replies.length > 0)).toBe(true);
  });

  // 500 turns through three instances and one database: on a loaded two-core machine this takes longer than the default.
  it(
    'loses no update and sends no reply twice: 10 messages at once on each of 50 conversations',
    async () => {
      const conversations = Array.from({ length: 50 }, (_, c) => `burst-${c}`);
      const sends = conversations.flatMap((conversationId, c) =>
        Array.from({ length: 10 }, (_, m) => {
          const id = `${conversationId}-m${m}`;
          const activity = emulatorActivity(connector.url, conversationId, { type: 'message', text: m % 2 ? 'hello' : 'what is Alipay?', id });
          return post(instances[(c + m) % instances.length], activity).then((response) => ({ id, status: response.status }));
        }),
      );
      const acknowledged = await Promise.all(sends);
      expect(acknowledged.filter((a) => a.status !== 200)).toEqual([]);

      // Every acknowledged message counted once in its conversation's stored state.
      const turns = await queryTest<{ key: string; turns: number }>(
        testDb.url,
        "SELECT key, (item->'support'->>'userTurns')::int AS turns FROM bot_items WHERE key LIKE 'emulator/conversations/burst-%'",
      );
      expect(turns).toHaveLength(50);
      expect(turns.filter((t) => t.turns !== 10)).toEqual([]);

      // Each message answered, once: a turn run twice would send its replies twice.
      for (const { id } of acknowledged) {
        const replies = repliesTo(id).map((a) => JSON.stringify([a.text, a.attachments]));
        expect({ id, answered: replies.length > 0, repeated: replies.length - new Set(replies).size }).toEqual({ id, answered: true, repeated: 0 });
      }
      // The lock kept the turns apart: none had to be run again after a refused write.
      expect(logs.map((log) => log.text).join('')).not.toContain('running it again');
    },
    BURST_TIMEOUT_MS,
  );

  it('serves one Web Chat conversation from three instances: opened on A, posted to on B, streamed from C', async () => {
    const [a, b, c] = instances as [BotApp, BotApp, BotApp];
    const onA = new DirectLineClient(a.url);
    await onA.start('dl-user');
    await onA.botMessages(1);
    const onC = new DirectLineClient(c.url);
    await onC.resume(onA.conversationId, onA.token);
    const onB = new DirectLineClient(b.url);
    Object.assign(onB, { conversationId: onA.conversationId, token: onA.token });
    try {
      await onB.post(en('activateMembership.title'));
      // The turn ran on B; the streams open on A and C both carry its reply.
      const [, onCReply] = await onC.botMessages(2);
      expect(paragraphs(onCReply)).toEqual([
        en('common.procedure.starting', { title: en('activateMembership.title') }),
        en('activateMembership.openAccountPage'),
      ]);
      await onA.botMessages(2);
      await onC.post('yes');
      expect(paragraphs((await onA.botMessages(3))[2])).toEqual([en('activateMembership.clickActivateNow')]);
      await onC.botMessages(3);

      // One history, whichever instance is asked: every activity once, in order, watermarks counting up.
      const history = await onB.poll();
      const ids = history.activities.map((activity) => activity.id);
      expect(ids).toEqual(ids.map((_, i) => `${onA.conversationId}|${String(i).padStart(7, '0')}`));
      expect(history.watermark).toBe(String(ids.length));
      expect(onC.received.map((activity) => activity.id)).toEqual(ids);
      expect(new Set(onA.received.map((activity) => activity.id)).size).toBe(onA.received.length);
    } finally {
      onA.close();
      onC.close();
    }
  });
});
