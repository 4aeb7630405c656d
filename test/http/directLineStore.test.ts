import { MemoryStorage } from 'botbuilder';
import { DirectLineStore } from '../../bot/channels/directline/directLineStore';

describe('DirectLineStore', () => {
  it('keeps a bounded number of conversations in memory and reloads the others from storage', async () => {
    const store = new DirectLineStore(new MemoryStorage());
    const first = await store.create('u1', 'en-US');
    await store.append(first.id, { type: 'message', text: 'hello' });
    for (let i = 0; i < 600; i++) await store.create(`user${i}`, undefined);
    expect(store.cachedConversations).toBeLessThanOrEqual(500);

    const reloaded = await store.byToken(first.token);
    expect(reloaded?.activities.map((a) => a.text)).toEqual(['hello']);
    await store.append(first.id, { type: 'message', text: 'again' });
    expect(store.since((await store.get(first.id))!, '1').activities.map((a) => a.text)).toEqual(['again']);
  });

  it('keeps a conversation with an open stream in memory', async () => {
    const store = new DirectLineStore(new MemoryStorage());
    const watched = await store.create('watcher', undefined);
    const seen: string[] = [];
    store.subscribe(watched.id, (activities) => seen.push(...activities.map((a) => String(a.text))));
    for (let i = 0; i < 600; i++) await store.create(`user${i}`, undefined);
    await store.append(watched.id, { type: 'message', text: 'still live' });
    expect(seen).toEqual(['still live']);
  });
});
