import { MemoryStorage } from 'botbuilder';
import type { BotApp } from '../../bot/app';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp } from '../support/fixtures';

/** What a stranger can make the server hold: every bound, shown from outside. */
class SizingStorage extends MemoryStorage {
  largestWrite = 0;
  override write(changes: Record<string, unknown>): Promise<void> {
    this.largestWrite = Math.max(this.largestWrite, JSON.stringify(changes).length);
    return super.write(changes);
  }
}

describe('Direct Line: what one user can make the server store', () => {
  let app: BotApp;
  let user: DirectLineClient;
  const storage = new SizingStorage();
  beforeAll(async () => {
    app = await startTestApp({ storage });
    user = new DirectLineClient(app.url);
    await user.start();
    await user.botMessages(1);
  });
  afterAll(async () => {
    user.close();
    await app.close();
  });

  const upload = (form: FormData) =>
    fetch(`${app.url}/v3/directline/conversations/${user.conversationId}/upload?userId=u`, {
      method: 'POST',
      headers: { authorization: `Bearer ${user.token}` },
      body: form,
    });
  const userActivities = async () => (await user.poll()).activities.filter((a) => a.from?.role === 'user').length;

  it('refuses an activity over 32 KB with 413, storing nothing', async () => {
    const before = await userActivities();
    const response = await fetch(`${app.url}/v3/directline/conversations/${user.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(40_000) }),
    });
    expect(response.status).toBe(413);
    expect(await userActivities()).toBe(before);
  });

  it('refuses a 5 MB "activity" part of an upload with 413, storing nothing', async () => {
    const before = await userActivities();
    const form = new FormData();
    form.append('activity', new Blob([JSON.stringify({ type: 'message', text: 'y'.repeat(5 * 1024 * 1024) })], { type: 'application/vnd.microsoft.activity' }));
    expect((await upload(form)).status).toBe(413);
    expect(await userActivities()).toBe(before);
    expect(storage.largestWrite).toBeLessThan(64 * 1024);
  });

  it('keeps only the name and type of an uploaded file, refuses a file over 4 MB and more than ten files', async () => {
    const before = await userActivities();
    const fine = new FormData();
    fine.append('file', new Blob([new Uint8Array(3 * 1024 * 1024)], { type: 'application/pdf' }), 'statement.pdf');
    expect((await upload(fine)).status).toBe(200);
    expect(storage.largestWrite).toBeLessThan(64 * 1024);

    const big = new FormData();
    big.append('file', new Blob([new Uint8Array(6 * 1024 * 1024)], { type: 'application/pdf' }), 'huge.pdf');
    expect((await upload(big)).status).toBe(413);

    const many = new FormData();
    for (let i = 0; i < 12; i++) many.append('file', new Blob(['a'], { type: 'text/plain' }), `f${i}.txt`);
    expect((await upload(many)).status).toBe(413);
    expect(await userActivities()).toBe(before + 1);
  });

  it('refuses an upload whose "activity" part nests too deeply', async () => {
    const form = new FormData();
    form.append('activity', new Blob([`{"type":"message","value":${'['.repeat(100)}${']'.repeat(100)}}`], { type: 'application/vnd.microsoft.activity' }));
    expect((await upload(form)).status).toBe(400);
  });
});
