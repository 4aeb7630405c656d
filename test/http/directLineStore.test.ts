import { MemoryStorage } from 'botbuilder';
import { DirectLineStore, HISTORY_CAP } from '../../bot/channels/directline/directLineStore';
import { DirectLineTokens, TOKEN_LIFETIME_MS } from '../../bot/channels/directline/directLineTokens';

/** Counts what reaches storage, to show an append writes one small item and not the history. */
class CountingStorage extends MemoryStorage {
  writes: Array<{ keys: string[]; bytes: number }> = [];
  deleted: string[] = [];
  override write(changes: Record<string, unknown>): Promise<void> {
    this.writes.push({ keys: Object.keys(changes), bytes: JSON.stringify(changes).length });
    return super.write(changes);
  }
  override delete(keys: string[]): Promise<void> {
    this.deleted.push(...keys);
    return super.delete(keys);
  }
}

const texts = (activities: ReadonlyArray<{ text?: string }>): Array<string | undefined> => activities.map((a) => a.text);

describe('DirectLineStore', () => {
  it('keeps a bounded number of conversations in memory and reloads the others from storage', async () => {
    const store = new DirectLineStore(new MemoryStorage());
    const first = await store.open('c-first', 'u1', 'en-US');
    await store.append(first.id, { type: 'message', text: 'hello' });
    for (let i = 0; i < 600; i++) await store.open(`c${i}`, `user${i}`, undefined);
    expect(store.cachedConversations).toBeLessThanOrEqual(500);

    const reloaded = (await store.get(first.id))!;
    expect(texts((await store.since(reloaded, undefined)).activities)).toEqual(['hello']);
    await store.append(first.id, { type: 'message', text: 'again' });
    expect(texts((await store.since((await store.get(first.id))!, '1')).activities)).toEqual(['again']);
  });

  it('keeps a conversation with an open stream in memory', async () => {
    const store = new DirectLineStore(new MemoryStorage());
    const watched = await store.open('watched', 'watcher', undefined);
    const seen: string[] = [];
    store.subscribe(watched.id, (activities) => seen.push(...activities.map((a) => String(a.text))));
    for (let i = 0; i < 600; i++) await store.open(`c${i}`, `user${i}`, undefined);
    await store.append(watched.id, { type: 'message', text: 'still live' });
    expect(seen).toEqual(['still live']);
  });

  it('writes one item per append, however long and heavy the history (append-only)', async () => {
    const storage = new CountingStorage();
    const store = new DirectLineStore(storage);
    await store.open('heavy', 'u', undefined);
    const big = 'x'.repeat(30_000);
    for (let i = 0; i < 20; i++) await store.append('heavy', { type: 'message', text: big });
    storage.writes = [];
    await store.append('heavy', { type: 'message', text: 'small' });
    expect(Math.max(...storage.writes.map((w) => w.bytes))).toBeLessThan(1_000);
  });

  it('caps the history: past the cap the oldest activities are deleted and watermarks keep counting', async () => {
    const storage = new CountingStorage();
    const store = new DirectLineStore(storage);
    await store.open('long', 'u', undefined);
    for (let i = 0; i < HISTORY_CAP + 5; i++) await store.append('long', { type: 'message', text: `m${i}` });
    const conversation = (await store.get('long'))!;
    const all = await store.since(conversation, undefined);
    expect(all.activities).toHaveLength(HISTORY_CAP);
    expect(all.activities[0].text).toBe('m5');
    expect(all.watermark).toBe(String(HISTORY_CAP + 5));
    expect(storage.deleted).toHaveLength(5);
    expect(await store.replace('long', 'long|0000000', { type: 'message', text: 'gone' })).toBe(false);
  });

  it('splits a history stored inline by an earlier version on first read, keeping watermarks', async () => {
    const storage = new MemoryStorage();
    const activities = ['a', 'b', 'c'].map((text, i) => ({ type: 'message', text, id: `old|000000${i}` }));
    await storage.write({ 'directline/conversations/old': { id: 'old', userId: 'u', token: 'old.secret', started: true, activities } });
    const store = new DirectLineStore(storage);
    const conversation = (await store.get('old'))!;
    expect(texts((await store.since(conversation, '1')).activities)).toEqual(['b', 'c']);
    await store.append('old', { type: 'message', text: 'd' });
    expect((await store.since((await store.get('old'))!, undefined)).watermark).toBe('4');
    const stored = (await storage.read(['directline/conversations/old']))['directline/conversations/old'] as Record<string, unknown>;
    expect(stored.activities).toBeUndefined();
    expect(stored.token).toBeUndefined();
  });

  it('forgets a conversation with its whole history', async () => {
    const storage = new MemoryStorage();
    const store = new DirectLineStore(storage);
    await store.open('bye', 'u', undefined);
    await store.append('bye', { type: 'message', text: 'one' });
    await store.forget('bye');
    expect(await store.get('bye')).toBeUndefined();
    expect(Object.keys(await storage.read(['directline/activities/bye/0000000']))).toEqual([]);
  });
});

describe('DirectLineTokens', () => {
  it('grants one conversation until the token expires; a refreshed token is a new one', async () => {
    let now = 1_000_000;
    const storage = new MemoryStorage();
    const tokens = new DirectLineTokens(storage, () => now);
    const { token } = await tokens.issue({ conversationId: 'c1', userId: 'u1', locale: 'fr-FR' });
    expect(await tokens.verify(token)).toMatchObject({ conversationId: 'c1', userId: 'u1', locale: 'fr-FR' });
    now += TOKEN_LIFETIME_MS / 2;
    const refreshed = await tokens.issue((await tokens.verify(token))!);
    expect(refreshed.token).not.toBe(token);
    now += TOKEN_LIFETIME_MS / 2;
    expect(await tokens.verify(token)).toBeUndefined();
    expect(await tokens.verify(refreshed.token)).toMatchObject({ conversationId: 'c1' });
    // The signing key is in storage: another process (or a restart) accepts the same token.
    expect(await new DirectLineTokens(storage, () => now).verify(refreshed.token)).toMatchObject({ conversationId: 'c1' });
  });

  it('refuses forged, altered and foreign tokens', async () => {
    const tokens = new DirectLineTokens(new MemoryStorage());
    const { token } = await tokens.issue({ conversationId: 'c1', userId: 'u1' });
    const [id, payload, signature] = token.split('.');
    const otherPayload = Buffer.from(JSON.stringify(['c2', 'u1', '', Date.now() + 1e9])).toString('base64url');
    for (const bad of [undefined, '', 'c1', `${id}.${payload}`, `c2.${payload}.${signature}`, `${id}.${otherPayload}.${signature}`, `${token}.x`]) {
      expect(await tokens.verify(bad)).toBeUndefined();
    }
    const { token: foreign } = await new DirectLineTokens(new MemoryStorage()).issue({ conversationId: 'c1', userId: 'u1' });
    expect(await tokens.verify(foreign)).toBeUndefined();
  });
});
