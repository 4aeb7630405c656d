import { MemoryStorage } from 'botbuilder';
import { emptyHubState, type QueueEntry, type Ticket } from '../../bot/handoff/hub/hubState';
import { HubStore } from '../../bot/handoff/hub/hubStore';

/** The hub's documents in Storage: only what a change touched is written, and a restart reads back the same hub. */
const entry = (id: string): QueueEntry => ({
  id,
  conversationId: `conv-${id}`,
  address: { conversation: { id: `conv-${id}` } },
  locale: 'en',
  reason: 'user_asked',
  summary: 'Reason: user_asked.',
  transcript: [{ from: 'user', text: 'help', at: '2026-11-22T10:00:00.000Z' }],
  messages: [],
  enqueuedAt: '2026-11-22T10:00:00.000Z',
  waitingSince: '2026-11-22T10:00:00.000Z',
  status: 'waiting',
  lastUserAt: '2026-11-22T10:00:00.000Z',
});

describe('HubStore', () => {
  it('writes only touched documents, deletes removed ones, and loads the same hub back', async () => {
    const storage = new MemoryStorage();
    const writes: string[][] = [];
    const write = storage.write.bind(storage);
    storage.write = async (changes) => {
      writes.push(Object.keys(changes));
      return write(changes);
    };
    const store = new HubStore(storage);
    const state = emptyHubState();
    const [a, b] = [entry('a'), entry('b')];
    const ticket: Ticket = { ...entry('T1'), message: 'call me', createdAt: '2026-11-22T10:00:00.000Z', status: 'open' };
    state.entries.push(a, b);
    state.tickets.push(ticket);
    state.agentStatus.Ana = 'available';
    store.entryChanged(a);
    store.entryChanged(b);
    store.ticketChanged(ticket);
    await store.flush(state);

    writes.length = 0;
    a.messages.push({ from: 'user', text: 'still there?', at: '2026-11-22T10:01:00.000Z' });
    store.entryChanged(a);
    await store.flush(state);
    expect(writes).toEqual([['hub/entry/a'], ['hub/index']]);

    state.entries.splice(1, 1);
    store.entryRemoved(b);
    await store.flush(state);
    expect(await storage.read(['hub/entry/b'])).toEqual({});

    const loaded = await new HubStore(storage).load();
    expect(loaded.entries.map((e) => [e.id, e.messages.length])).toEqual([['a', 1]]);
    expect(loaded.tickets.map((t) => t.message)).toEqual(['call me']);
    expect(loaded.agentStatus).toEqual({ Ana: 'available' });
    expect(JSON.stringify(loaded)).not.toContain('eTag');
  });

  it('starts empty when nothing was stored', async () => {
    expect(await new HubStore(new MemoryStorage()).load()).toEqual(emptyHubState());
  });
});
