import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import type { BotApp } from '../../bot/app';
import { FileStorage } from '../../bot/storage/fileStorage';
import { StorageReminderClock } from '../../bot/timers/storageReminderClock';
import type { DueReminder } from '../../bot/timers/reminderClock';
import { DirectLineClient } from '../support/directLineClient';
import { paragraphs, startTestApp, translate } from '../support/fixtures';
import { createTestDatabase, type TestDatabase } from '../support/postgres';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

const en = translate('en');
/** The test's "code valid for…": reminders come this long after the code arrived, not 25 minutes. */
const REMINDER_SECONDS = 2;
const REMINDER = en('smsCode.expiryReminder', { smsCodeValidityMinutes: 30 });

/**
 * "Tell me before my SMS code expires": the reminder comes once, at its time, even when the
 * instance that scheduled it restarted meanwhile; not when the user has moved on. On PostgreSQL
 * (pg-boss) and in the embedded mode (file storage, one process).
 */
describe.each([
  ['PostgreSQL, several instances', 'postgres'],
  ['file storage, one process', 'file'],
] as const)('the SMS code reminder (%s)', (_label, kind) => {
  let connector: StubConnector;
  let testDb: TestDatabase | undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'support-bot-reminders-'));

  beforeAll(async () => {
    connector = await startStubConnector();
    if (kind === 'postgres') testDb = await createTestDatabase();
  });
  afterAll(async () => {
    await connector.close();
    await testDb?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const start = (): Promise<BotApp> =>
    startTestApp({
      now: () => new Date(),
      env:
        kind === 'postgres'
          ? { STORAGE: 'postgres', DATABASE_URL: testDb!.url, DATABASE_POOL_SIZE: '3', SMS_CODE_REMINDER_SECONDS: String(REMINDER_SECONDS) }
          : { SMS_CODE_REMINDER_SECONDS: String(REMINDER_SECONDS) },
      ...(kind === 'file' ? { storage: new FileStorage(join(dataDir, 'state')) } : {}),
    });

  const say = async (app: BotApp, conversationId: string, text: string): Promise<void> => {
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(emulatorActivity(connector.url, conversationId, { type: 'message', text })),
    });
    expect(response.status).toBe(200);
  };
  const said = (conversationId: string): Array<{ text: string; at: number }> =>
    connector.received
      .filter((r) => r.activity.conversation?.id === conversationId && r.activity.type === 'message')
      .flatMap((r) => paragraphs(r.activity).map((text) => ({ text, at: Date.parse(String(r.activity.timestamp ?? '')) || 0 })));

  it('reminds a user still typing the code, once, after the instance that scheduled it restarted', async () => {
    const first = await start();
    const waiting = `${kind}-still-typing`;
    const done = `${kind}-moved-on`;
    for (const id of [waiting, done]) for (const text of [en('smsCode.title'), 'yes', en('smsCode.choice.justNow')]) await say(first, id, text);
    const arrivedAt = Date.now();
    expect(said(waiting).map((s) => s.text)).toContain(en('smsCode.enterCode'));
    await say(first, done, 'yes'); // accepted: nothing left to remind of
    await first.close();

    const second = await start();
    try {
      const dueBy = Date.now() + 15_000;
      while (!said(waiting).some((s) => s.text === REMINDER) && Date.now() < dueBy) await new Promise((r) => setTimeout(r, 100));
      const remindedAt = Date.now();
      expect(remindedAt - arrivedAt).toBeGreaterThanOrEqual(REMINDER_SECONDS * 1000 - 200);
      // Given the time to say it a second time, it does not.
      await new Promise((r) => setTimeout(r, 2_500));
      expect(said(waiting).filter((s) => s.text === REMINDER)).toHaveLength(1);
      expect(said(done).filter((s) => s.text === REMINDER)).toHaveLength(0);
      // The step still waits for the answer the reminder left open.
      await say(second, waiting, 'yes');
      expect(said(waiting).at(-1)?.text).toBe(en('feedback.askSolved'));
    } finally {
      await second.close();
    }
  });
});

describe('a Web Chat reminder that fell due while the server was down', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-bot-reminders-dl-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));
  const start = () =>
    startTestApp({ now: () => new Date(), env: { SMS_CODE_REMINDER_SECONDS: String(REMINDER_SECONDS) }, storage: new FileStorage(join(dataDir, 'state')) });

  it('is said once the server is back (through its own Direct Line, which needs its address first)', async () => {
    const before = await start();
    const client = new DirectLineClient(before.url);
    await client.start();
    let count = 1;
    await client.botMessages(count);
    for (const text of [en('smsCode.title'), 'yes', en('smsCode.choice.justNow')]) {
      await client.post(text);
      await client.botMessages(++count);
    }
    client.close();
    await before.close();
    await new Promise((r) => setTimeout(r, REMINDER_SECONDS * 1000 + 500));

    const after = await start();
    try {
      const resumed = new DirectLineClient(after.url);
      await resumed.resume(client.conversationId, client.token);
      const messages = await resumed.botMessages(count + 1);
      expect(paragraphs(messages[count])).toEqual([REMINDER]);
      resumed.close();
    } finally {
      await after.close();
    }
  });
});

describe('StorageReminderClock', () => {
  it('delivers what is due, keeps what is not, and tries a failed delivery again later', async () => {
    let now = 1_000_000;
    const storage = new MemoryStorage();
    const clock = new StorageReminderClock(storage, 60_000, () => now);
    const reminder = (id: string, at: number): DueReminder => ({ id, at, address: { conversation: { id } } });
    await clock.schedule(reminder('soon', now + 1_000));
    await clock.schedule(reminder('later', now + 60_000));
    await clock.schedule(reminder('failing', now + 1_000));
    const delivered: string[] = [];
    const deliver = async (r: DueReminder): Promise<void> => {
      if (r.id === 'failing' && delivered.filter((d) => d === 'failing!').length < 1) {
        delivered.push('failing!');
        throw new Error('channel down');
      }
      delivered.push(r.id);
    };
    await clock.start(deliver);
    expect(delivered).toEqual([]);
    now += 1_000;
    // A restart: a new clock on the same storage finds what the first one kept.
    await clock.stop();
    const restarted = new StorageReminderClock(storage, 60_000, () => now);
    await restarted.start(deliver);
    expect(delivered).toEqual(['soon', 'failing!']);
    now += 30_000;
    await restarted.stop();
    await new StorageReminderClock(storage, 60_000, () => now).start(deliver);
    expect(delivered).toEqual(['soon', 'failing!', 'failing']);
  });
  it('stores concurrent schedules in shared writes, each returning once stored, and reads storage only once', async () => {
    const storage = new MemoryStorage();
    let reads = 0;
    let writes = 0;
    const counted = {
      read: (keys: string[]) => ((reads += 1), storage.read(keys)),
      write: (changes: Record<string, unknown>) => ((writes += 1), storage.write(changes)),
      delete: (keys: string[]) => storage.delete(keys),
    };
    const clock = new StorageReminderClock(counted, 60_000, () => 0);
    const ids = Array.from({ length: 50 }, (_, i) => `c${i}`);
    await Promise.all(ids.map((id) => clock.schedule({ id, at: 1_000, address: { conversation: { id } } })));
    // One conversation's next reminder replaces its last.
    await clock.schedule({ id: 'c0-next', replaces: 'c0', at: 2_000, address: {} });
    expect(reads).toBe(1);
    expect(writes).toBeLessThan(10);
    const shards = Object.values(await storage.read(Array.from({ length: 64 }, (_, i) => `reminders/due/${i}`))) as Array<{ reminders: DueReminder[] }>;
    expect(new Set(shards.flatMap((s) => s.reminders.map((r) => r.id)))).toEqual(new Set([...ids.slice(1), 'c0-next']));
    // Each write rewrites the shards it changed, not every conversation's reminder.
    expect(Math.max(...shards.map((s) => s.reminders.length))).toBeLessThan(ids.length / 4);
  });

  it('moves the single list earlier versions kept into its shards, and delivers from it', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'reminders/due': { reminders: [{ id: 'old', at: 500, address: {} }], eTag: '*' } });
    const delivered: string[] = [];
    const clock = new StorageReminderClock(storage, 60_000, () => 1_000);
    await clock.start(async (r) => void delivered.push(r.id));
    await clock.stop();
    expect(delivered).toEqual(['old']);
    expect(await storage.read(['reminders/due'])).toEqual({});
  });
});
