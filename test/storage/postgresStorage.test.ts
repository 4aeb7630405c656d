import { readdirSync } from 'node:fs';
import type { StoreItem } from 'botbuilder';
import { Client } from 'pg';
import { LogCapture } from '../support/fixtures';
import { createLogger } from '../../bot/logging/logger';
import { isETagConflict } from '../../bot/storage/eTagConflict';
import { AdvisoryLock } from '../../bot/storage/postgres/advisoryLock';
import { DatabaseError, migrationsDir, openDatabase, type Database } from '../../bot/storage/postgres/database';
import { PostgresStorage } from '../../bot/storage/postgres/postgresStorage';
import { PostgresOutcomeLog } from '../../bot/storage/postgres/postgresOutcomeLog';
import { testPrivacy } from '../support/fixtures';
import { eventually } from '../support/eventually';
import { createTestDatabase, queryTest, type TestDatabase } from '../support/postgres';

const logger = createLogger('silent', testPrivacy(), new LogCapture());

describe('PostgreSQL storage (against the real server)', () => {
  let testDb: TestDatabase;
  let database: Database;
  let storage: PostgresStorage;

  beforeAll(async () => {
    testDb = await createTestDatabase();
    database = await openDatabase(testDb.url, 5, logger);
    storage = new PostgresStorage(database.queries);
  });
  afterAll(async () => {
    await database.close();
    await testDb.drop();
  });

  it('migrates an empty database, and instances starting together migrate it once', async () => {
    const more = await Promise.all([1, 2, 3].map(() => openDatabase(testDb.url, 2, logger)));
    await Promise.all(more.map((d) => d.close()));
    const applied = await queryTest<{ name: string }>(testDb.url, 'SELECT name FROM bot_migrations ORDER BY id');
    const files = readdirSync(migrationsDir()).map((f) => f.replace(/\.sql$/, ''));
    expect(files.length).toBeGreaterThan(0);
    expect(applied.map((m) => m.name)).toEqual(files.sort());
  });

  it('reads back what it wrote, with the eTag the write reported', async () => {
    const item: StoreItem = { count: 1, text: 'héllo 你好', eTag: '*' };
    await storage.write({ 'a/1': item });
    const read = await storage.read(['a/1', 'a/missing']);
    expect(Object.keys(read)).toEqual(['a/1']);
    expect(read['a/1']).toEqual({ count: 1, text: 'héllo 你好', eTag: item.eTag });
    expect(item.eTag).not.toBe('*');
  });

  it('writes with the eTag it read, and refuses a write whose eTag is stale', async () => {
    await storage.write({ 'b/1': { n: 0 } });
    const first = (await storage.read(['b/1']))['b/1']!;
    const second = { ...first };
    await storage.write({ 'b/1': { ...first, n: 1 } });
    const refused = storage.write({ 'b/1': { ...second, n: 2 } });
    await expect(refused).rejects.toThrow('eTag conflict');
    await expect(refused.catch((e: unknown) => isETagConflict(e))).resolves.toBe(true);
    expect((await storage.read(['b/1']))['b/1']).toMatchObject({ n: 1 });
  });

  it('lets exactly one of many writers holding the same eTag win', async () => {
    await storage.write({ 'c/1': { winner: null } });
    const read = (await storage.read(['c/1']))['c/1']!;
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => storage.write({ 'c/1': { ...read, winner: i } })));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => isETagConflict(r.reason))).toBe(true);
  });

  it('overwrites with "*" and deletes', async () => {
    await storage.write({ 'd/1': { v: 1 } });
    await storage.write({ 'd/1': { v: 2, eTag: '*' } });
    expect((await storage.read(['d/1']))['d/1']).toMatchObject({ v: 2 });
    await storage.delete(['d/1', 'd/never']);
    expect(await storage.read(['d/1'])).toEqual({});
  });

  it('keeps text jsonb would refuse: a NUL character dropped, a lone surrogate replaced', async () => {
    await storage.write({ 'e/1': { text: 'a\u0000b', half: 'x\uD83Dy', whole: '😀' } });
    expect((await storage.read(['e/1']))['e/1']).toMatchObject({ text: 'ab', half: 'x\uFFFDy', whole: '😀' });
  });

  it('sweeps only old items whose key the caller expires', async () => {
    await storage.write({ 'old/keep': { v: 1 }, 'old/drop': { v: 1 }, 'new/drop': { v: 1 } });
    await queryTest(testDb.url, "UPDATE bot_items SET updated_at = now() - interval '2 days' WHERE key LIKE 'old/%'");
    const deleted = await storage.sweep(new Date(Date.now() - 86_400_000), (key) => key.endsWith('/drop'));
    expect(deleted).toEqual(['old/drop']);
    expect(Object.keys(await storage.read(['old/keep', 'old/drop', 'new/drop'])).sort()).toEqual(['new/drop', 'old/keep']);
  });

  it('keeps the desk figures in columns a desk lead can query', async () => {
    const outcomes = new PostgresOutcomeLog(database.queries);
    const at = '2026-11-29T10:00:00.000Z';
    await outcomes.record({ procedureId: 'bind_card', outcome: 'solved', solved: true, rating: 4, step: 'done', locale: 'fr', channel: 'webchat', at });
    await outcomes.step({ kind: 'reached', run: 'r1', procedureId: 'bind_card', step: 'openCards', channel: 'webchat', locale: 'fr', at });
    expect(await outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'bind_card', rating: 4, at })]);
    expect(await outcomes.steps()).toEqual([expect.objectContaining({ run: 'r1', step: 'openCards' })]);
    expect(await queryTest(testDb.url, 'SELECT procedure_id, avg(rating)::float AS average FROM outcomes GROUP BY 1')).toEqual([
      { procedure_id: 'bind_card', average: 4 },
    ]);
  });

  it('names the fix, never the password, when PostgreSQL cannot be reached', async () => {
    const attempt = openDatabase('postgres://bot:s3cret-pass@127.0.0.1:1/nowhere', 2, logger);
    await expect(attempt).rejects.toBeInstanceOf(DatabaseError);
    const message = await attempt.catch((e: Error) => e.message);
    expect(message).toMatch(/^DATABASE_URL: PostgreSQL at 127\.0\.0\.1:1\/nowhere could not be set up \(ECONNREFUSED\)\. Fix: /);
    expect(message).not.toContain('s3cret');
  });
});

describe('the turn lock across instances (PostgreSQL advisory locks)', () => {
  let testDb: TestDatabase;
  let instances: Database[];

  beforeAll(async () => {
    testDb = await createTestDatabase();
    instances = await Promise.all([1, 2].map(() => openDatabase(testDb.url, 4, logger)));
  });
  afterAll(async () => {
    await Promise.all(instances.map((d) => d.close()));
    await testDb.drop();
  });

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  // The order asked is the order PostgreSQL queued the requests in: each waits until the one before is queued there, not a
  // fixed pause (on a busy machine a connection takes longer than any pause to reach the database).
  const waiters = async (count: number): Promise<void> => {
    const sql =
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())";
    for (const end = Date.now() + 10_000; Date.now() < end; await pause(10)) {
      if ((await queryTest<{ n: number }>(testDb.url, sql))[0].n >= count) return;
    }
    throw new Error(`${count} waiting lock requests expected`);
  };

  it('runs one conversation on two instances one turn after the other, in the order they asked', async () => {
    const [a, b] = instances.map((d) => new AdvisoryLock(d.locks));
    const events: string[] = [];
    const turn = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await pause(ms);
      events.push(`${name} end`);
    };
    // A holds the lock until both others are queued behind it, however long they take to get there.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const first = a.hold('webchat/c1', async () => {
      events.push('A start');
      await released;
      events.push('A end');
    });
    await eventually(() => events.includes('A start'));
    const second = b.hold('webchat/c1', turn('B', 10));
    await waiters(1);
    const third = a.hold('webchat/c1', turn('A2', 10));
    await waiters(2);
    release();
    await Promise.all([first, second, third]);
    expect(events).toEqual(['A start', 'A end', 'B start', 'B end', 'A2 start', 'A2 end']);
  });

  it('does not hold up other conversations', async () => {
    const [a, b] = instances.map((d) => new AdvisoryLock(d.locks));
    const events: string[] = [];
    const slow = a.hold('webchat/c2', async () => {
      await pause(200);
      events.push('slow');
    });
    await pause(20);
    await b.hold('webchat/c3', async () => events.push('other'));
    await slow;
    expect(events).toEqual(['other', 'slow']);
  });

  it('frees the conversation when the instance holding it dies mid-turn', async () => {
    const [a, b] = instances.map((d) => new AdvisoryLock(d.locks));
    let holderPid = 0;
    let endTurn = (): void => undefined;
    const dying = a
      .hold('webchat/c4', async () => {
        const [row] = await queryTest<{ pid: number }>(
          testDb.url,
          "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objid = (hashtextextended('webchat/c4', 0) & 4294967295)::oid",
        );
        holderPid = row.pid;
        await new Promise<void>((resolve) => (endTurn = resolve));
      })
      .catch(() => 'died');
    await pause(100);
    // What kill -9 of the instance does to its connections: the server sees them go.
    const admin = new Client({ connectionString: testDb.url });
    await admin.connect();
    await admin.query('SELECT pg_terminate_backend($1)', [holderPid]);
    await admin.end();
    await expect(b.hold('webchat/c4', async () => 'next turn ran')).resolves.toBe('next turn ran');
    endTurn();
    await dying;
  });
});
