import { HISTORY_CAP } from '../../bot/channels/directline/directLineHistory';
import { DirectLineTokens } from '../../bot/channels/directline/directLineTokens';
import { PostgresDirectLineStore } from '../../bot/channels/directline/postgresDirectLineStore';
import { createLogger } from '../../bot/logging/logger';
import { openDatabase, type Database } from '../../bot/storage/postgres/database';
import { PostgresStorage } from '../../bot/storage/postgres/postgresStorage';
import { LogCapture, testPrivacy } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { createTestDatabase, queryTest, type TestDatabase } from '../support/postgres';

const logger = createLogger('silent', testPrivacy(), new LogCapture());
const texts = (activities: ReadonlyArray<{ text?: string }>): Array<string | undefined> => activities.map((a) => a.text);

/** Two instances' Direct Line stores on one database, each with its own pools and listening connection. */
describe('the Direct Line history on PostgreSQL', () => {
  let testDb: TestDatabase;
  let databases: Database[];
  let a: PostgresDirectLineStore;
  let b: PostgresDirectLineStore;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    databases = await Promise.all([1, 2].map(() => openDatabase(testDb.url, 4, logger)));
    [a, b] = databases.map((d) => new PostgresDirectLineStore(d.queries, d.notifications)) as [PostgresDirectLineStore, PostgresDirectLineStore];
  });
  afterAll(async () => {
    await Promise.all(databases.map((d) => d.close()));
    await testDb.drop();
  });

  it('gives appends from two instances at once consecutive watermarks, none twice', async () => {
    await a.open('busy', 'u', 'fr-FR');
    const ids = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append('busy', { type: 'message', text: `m${i}` })));
    expect(new Set(ids).size).toBe(40);
    const all = await b.since((await b.get('busy'))!, undefined);
    expect(all.activities.map((x) => x.id)).toEqual(Array.from({ length: 40 }, (_, i) => `busy|${String(i).padStart(7, '0')}`));
    expect(all.watermark).toBe('40');
    expect(texts((await a.since((await a.get('busy'))!, '38')).activities)).toHaveLength(2);
  });

  it('tells the streams open on one instance what was appended on another, once and in order', async () => {
    await a.open('live', 'u', undefined);
    const seen: Array<[string | undefined, number]> = [];
    const stop = a.subscribe('live', (activities, watermark) => seen.push(...activities.map((x): [string | undefined, number] => [x.text, watermark])));
    for (const text of ['one', 'two', 'three']) await b.append('live', { type: 'message', text });
    await eventually(() => seen.length >= 3);
    expect(seen.map(([text]) => text)).toEqual(['one', 'two', 'three']);
    expect(seen.at(-1)![1]).toBe(3);
    stop();
  });

  // As directLineSockets opens a stream: subscribe, read the backlog, then go live; what came before live counts only past the backlog.
  it('gives a stream opened while the bot answers each activity once: the backlog and the deliveries never overlap', async () => {
    const given: string[] = [];
    for (let round = 0; round < 40; round++) {
      const id = `race-${round}`;
      await a.open(id, 'u', undefined);
      const pending: Array<[readonly { id?: string }[], number]> = [];
      let live = false;
      const stop = a.subscribe(id, (activities, mark) => (live ? given.push(...activities.map((x) => x.id!)) : pending.push([activities, mark])));
      const appended = a.append(id, { type: 'message', text: 'welcome' });
      const backlog = await a.since((await a.get(id))!, undefined);
      given.push(...backlog.activities.map((x) => x.id!));
      for (const [activities, mark] of pending) if (mark > Number(backlog.watermark)) given.push(...activities.map((x) => x.id!));
      live = true;
      await appended;
      await eventually(() => given.filter((x) => x.startsWith(`${id}|`)).length >= 1);
      await new Promise((resolve) => setTimeout(resolve, 20));
      stop();
    }
    expect(given.length - new Set(given).size).toBe(0);
  });

  it('opens a conversation once and tells the bot it started once, whichever instance asks', async () => {
    const [first, second] = await Promise.all([a.open('twice', 'u1', 'en-US'), b.open('twice', 'u1', 'en-US')]);
    expect(first).toEqual(second);
    const started = await Promise.all([a.markStarted('twice'), b.markStarted('twice'), a.markStarted('twice')]);
    expect(started.filter(Boolean)).toHaveLength(1);
  });

  it('caps the history: the oldest go, watermarks keep counting, a dropped activity cannot be replaced', async () => {
    await a.open('long', 'u', undefined);
    for (let i = 0; i < HISTORY_CAP + 5; i++) await a.append('long', { type: 'message', text: `m${i}` });
    const all = await b.since((await b.get('long'))!, undefined);
    expect(all.activities).toHaveLength(HISTORY_CAP);
    expect(all.activities[0].text).toBe('m5');
    expect(all.watermark).toBe(String(HISTORY_CAP + 5));
    expect(await a.replace('long', 'long|0000000', { type: 'message', text: 'gone' })).toBe(false);
    expect(await a.replace('long', 'long|0000009', { type: 'message', text: 'changed' })).toBe(true);
    expect(texts((await b.since((await b.get('long'))!, '9')).activities)[0]).toBe('changed');
  });

  it('clears a history but keeps the conversation; forgets one whole; sweeps idle ones', async () => {
    for (const id of ['clear', 'bye', 'idle']) {
      await a.open(id, 'u', undefined);
      await a.append(id, { type: 'message', text: 'hello' });
    }
    await b.clearHistory('clear');
    expect(await a.since((await a.get('clear'))!, undefined)).toEqual({ activities: [], watermark: '1' });
    await b.forget('bye');
    expect(await a.get('bye')).toBeUndefined();
    await queryTest(testDb.url, "UPDATE directline_conversations SET last_active_at = now() - interval '40 days' WHERE id = 'idle'");
    expect(await a.sweep(new Date(Date.now() - 30 * 86_400_000))).toBe(1);
    expect(await b.get('idle')).toBeUndefined();
    expect(await queryTest(testDb.url, "SELECT 1 FROM directline_activities WHERE conversation_id IN ('bye', 'idle')")).toEqual([]);
  });

  it('finds a post sent again by its clientActivityID, and whether it was answered', async () => {
    await a.open('resent', 'u', undefined);
    const sent = await a.append('resent', { type: 'message', text: 'hi', from: { id: 'u', name: '', role: 'user' }, channelData: { clientActivityID: 'c-1' } });
    expect(await b.findSent('resent', 'c-1')).toEqual({ id: sent, answered: false });
    await b.append('resent', { type: 'message', text: 'hello', from: { id: 'bot', name: '', role: 'bot' }, replyToId: sent });
    expect(await a.findSent('resent', 'c-1')).toEqual({ id: sent, answered: true });
    expect(await a.findSent('resent', 'c-2')).toBeUndefined();
  });

  it('signs tokens with one key however many instances start at once', async () => {
    const issuers = databases.flatMap((d) => [1, 2, 3].map(() => new DirectLineTokens(new PostgresStorage(d.queries))));
    const tokens = await Promise.all(issuers.map((t, i) => t.issue({ conversationId: `c${i}`, userId: 'u' })));
    for (const verifier of issuers) for (const { token } of tokens) expect(await verifier.verify(token)).toBeDefined();
  });
});
