import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStorage } from '../../bot/storage/fileStorage';
import { DirectLineClient } from '../support/directLineClient';
import { paragraphs, startTestApp, translate } from '../support/fixtures';

const en = translate('en');

describe('a restart of the process mid-procedure', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-bot-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const start = () => startTestApp({ storage: new FileStorage(join(dataDir, 'state')) });

  it('loses neither the procedure step nor the chat history', async () => {
    const before = await start();
    const client = new DirectLineClient(before.url);
    await client.start();
    await client.botMessages(1);
    await client.post(en('activateMembership.title'));
    await client.botMessages(2);
    await client.post('yes');
    await client.botMessages(3);
    client.close();
    await before.close();

    const after = await start();
    const resumed = new DirectLineClient(after.url);
    await resumed.resume(client.conversationId, client.token);
    await resumed.botMessages(3);
    expect(resumed.received.map(paragraphs)).toEqual(client.received.map(paragraphs));
    await resumed.post('yes');
    const replies = await resumed.botMessages(4);
    expect(paragraphs(replies[3])).toEqual([en('activateMembership.createPaymentPassword')]);
    resumed.close();
    await after.close();
  });

  it('resumes inside a procedure run as a step of another (the SMS code in the activation)', async () => {
    const before = await start();
    const client = new DirectLineClient(before.url);
    await client.start();
    await client.botMessages(1);
    let count = 1;
    let replies = await client.botMessages(count);
    for (const text of [en('activateMembership.title'), 'yes', 'yes', 'yes', 'yes']) {
      await client.post(text);
      replies = await client.botMessages(++count);
    }
    expect(paragraphs(replies[count - 1])).toEqual([en('activateMembership.verifyPhone'), en('smsCode.askCodeReceived')]);
    client.close();
    await before.close();

    const after = await start();
    const resumed = new DirectLineClient(after.url);
    await resumed.resume(client.conversationId, client.token);
    await resumed.botMessages(count);
    await resumed.post('yes');
    expect(paragraphs((await resumed.botMessages(count + 1))[count])).toEqual([en('smsCode.askCodeAge')]);
    await resumed.post(en('smsCode.choice.justNow'));
    await resumed.botMessages(count + 2);
    await resumed.post('yes');
    expect(paragraphs((await resumed.botMessages(count + 3))[count + 2])).toEqual([
      en('smsCode.verified'),
      en('activateMembership.activated'),
      en('feedback.askSolved'),
    ]);
    resumed.close();
    await after.close();
  });
});

describe('FileStorage', () => {
  const folder = mkdtempSync(join(tmpdir(), 'file-storage-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  const storage = new FileStorage(folder);

  it('reads back what it wrote, and nothing for unknown keys', async () => {
    await storage.write({ 'webchat/conversations/a/': { n: 1 } });
    const items = await storage.read(['webchat/conversations/a/', 'missing']);
    expect(Object.keys(items)).toEqual(['webchat/conversations/a/']);
    expect(items['webchat/conversations/a/']).toMatchObject({ n: 1, eTag: expect.any(String) });
  });

  it('refuses a write with a stale eTag and accepts "*"', async () => {
    await storage.write({ k: { v: 1 } });
    const { k } = await storage.read(['k']);
    await storage.write({ k: { v: 2, eTag: k.eTag } });
    await expect(storage.write({ k: { v: 3, eTag: k.eTag } })).rejects.toThrow(/eTag conflict/);
    await storage.write({ k: { v: 4, eTag: '*' } });
    expect((await storage.read(['k'])).k.v).toBe(4);
  });

  it('keeps very long keys apart', async () => {
    const long = (c: string) => `teams/conversations/${c.repeat(300)}`;
    await storage.write({ [long('a')]: { who: 'a' }, [long('b')]: { who: 'b' } });
    const items = await storage.read([long('a'), long('b')]);
    expect([items[long('a')].who, items[long('b')].who]).toEqual(['a', 'b']);
  });

  it('deletes', async () => {
    await storage.write({ gone: { x: 1 } });
    await storage.delete(['gone']);
    expect(await storage.read(['gone'])).toEqual({});
  });

  it('serialises concurrent writes to one key without corrupting the file', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => storage.write({ busy: { i } })));
    // One at a time, in the order they were made: the last write is what is stored.
    expect((await storage.read(['busy'])).busy.i).toBe(19);
  });
});
