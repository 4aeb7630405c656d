import { MemoryStorage } from 'botbuilder';
import pino from 'pino';
import type { DeskEvent, HandoffRequest } from '../../bot/contracts/liveDesk';
import { AgentHub } from '../../bot/handoff/hub/agentHub';
import type { ConsoleMessage } from '../../bot/handoff/hub/consoleView';
import { privacyFilterFor } from '../../bot/privacy/privacyFilter';
import { testCatalog } from '../support/fixtures';

/**
 * The agent hub on its own: a fake clock, memory storage, users reached through a list. What it
 * does through a conversation is in agentHub.conversation.test.ts; over HTTP in test/http.
 */
const MINUTE = 60_000;

function setUp(options: { agents?: string[]; queueLimit?: number } = {}) {
  let now = new Date('2026-11-23T10:00:00Z').getTime();
  const told: Array<{ address: unknown; event: DeskEvent }> = [];
  const storage = new MemoryStorage();
  const make = () =>
    new AgentHub({
      storage,
      privacy: privacyFilterFor(testCatalog()),
      logger: pino({ level: 'silent' }),
      agents: options.agents ?? ['Ana', 'Li'],
      hours: undefined,
      queueTimeoutMs: 10 * MINUTE,
      queueLimit: options.queueLimit ?? 200,
      userSilenceMs: 15 * MINUTE,
      agentGraceMs: 2 * MINUTE,
      describe: (request: HandoffRequest) => ({ summary: `Reason: ${request.reason}`, lines: [] }),
      users: { notify: async (address, event) => void told.push({ address, event }) },
      now: () => new Date(now),
    });
  return { make, told, storage, advance: (ms: number) => (now += ms) };
}

const request = (conversationId: string) => ({ conversationId, address: { id: conversationId }, reason: 'user_asked' as const, locale: 'en', transcript: [] });

async function onlineHub(agents = ['Ana']) {
  const env = setUp({ agents });
  const hub = env.make();
  await hub.start(0);
  const consoles = new Map<string, ConsoleMessage[]>();
  for (const agent of agents) {
    const received: ConsoleMessage[] = [];
    consoles.set(agent, received);
    hub.connect(agent, (m) => received.push(m));
    await hub.setStatus(agent, 'available');
  }
  return { ...env, hub, consoles };
}

describe('agent hub (unit, with fakes)', () => {
  it('says no one can come when no agent is available, and queues once one is', async () => {
    const env = setUp();
    const hub = env.make();
    await hub.start(0);
    expect(await hub.enqueue(request('c1'))).toEqual({ kind: 'unavailable', why: 'nobodyOnline' });
    hub.connect('Ana', () => undefined);
    await hub.setStatus('Ana', 'available');
    expect(await hub.enqueue(request('c1'))).toEqual({ kind: 'queued', position: 1, estimatedMinutes: 3 });
    expect(await hub.enqueue(request('c2'))).toEqual({ kind: 'queued', position: 2, estimatedMinutes: 6 });
  });

  it('keeps the queue bounded: past the limit a user is told the queue is full, and one already waiting keeps their place', async () => {
    const env = setUp({ agents: ['Ana'], queueLimit: 2 });
    const hub = env.make();
    await hub.start(0);
    hub.connect('Ana', () => undefined);
    await hub.setStatus('Ana', 'available');
    await hub.enqueue(request('c1'));
    await hub.enqueue(request('c2'));
    expect(await hub.enqueue(request('c3'))).toEqual({ kind: 'unavailable', why: 'queueFull' });
    expect(await hub.enqueue(request('c2'))).toMatchObject({ kind: 'queued' });
    await hub.accept('Ana', hub.view('Ana').queue[0].id);
    expect(await hub.enqueue(request('c3'))).toMatchObject({ kind: 'queued', position: 2 });
  });

  it('forgets the tickets of one conversation ("delete my data"), and tickets older than the retention period', async () => {
    const env = setUp();
    const hub = env.make();
    await hub.start(0);
    const left = (conversationId: string, requestedAt: string) =>
      hub.escalate({ conversationId, reason: 'user_asked', locale: 'en', transcript: [], messageLeft: 'call me', requestedAt });
    await left('c1', '2026-10-01T10:00:00Z');
    await left('c2', '2026-11-20T10:00:00Z');
    await left('c3', '2026-11-21T10:00:00Z');
    expect(await hub.forgetTickets({ conversationId: 'c2' })).toBe(1);
    expect(await hub.forgetTickets({ before: new Date('2026-10-24T10:00:00Z') })).toBe(1);
    expect(hub.view('Ana').tickets.map((t) => t.conversationId)).toEqual(['c3']);
    // Stored: a restarted hub has the same tickets.
    const again = env.make();
    await again.start(0);
    expect(again.view('Ana').tickets.map((t) => t.conversationId)).toEqual(['c3']);
  });

  it('refuses with domain reasons, and changes nothing when it refuses', async () => {
    const { hub } = await onlineHub(['Ana', 'Li']);
    await hub.enqueue(request('c1'));
    const [entry] = hub.view('Ana').queue;
    await hub.accept('Ana', entry.id);
    await expect(hub.accept('Li', entry.id)).rejects.toMatchObject({ refusal: 'alreadyTaken' });
    await expect(hub.send('Li', entry.id, 'hi')).rejects.toMatchObject({ refusal: 'notYours' });
    await expect(hub.send('Ana', entry.id, '   ')).rejects.toMatchObject({ refusal: 'invalid' });
    await expect(hub.closeTicket('Ana', 'NOPE')).rejects.toMatchObject({ refusal: 'notFound' });
    expect(hub.view('Ana').mine.map((e) => e.id)).toEqual([entry.id]);
    expect(hub.view('Li').mine).toEqual([]);
  });

  it('masks what an agent writes before the user or the store sees it', async () => {
    const { hub, told, storage } = await onlineHub();
    await hub.enqueue(request('c1'));
    const [entry] = hub.view('Ana').queue;
    await hub.accept('Ana', entry.id);
    await hub.send('Ana', entry.id, 'is your card 4111 1111 1111 1111?');
    const relayed = told.map((t) => t.event).find((e) => e.kind === 'agentMessage');
    expect(relayed).toEqual(expect.objectContaining({ kind: 'agentMessage', agentName: 'Ana' }));
    expect(JSON.stringify(relayed)).not.toContain('4111 1111 1111 1111');
    expect(JSON.stringify(await storage.read([`hub/entry/${entry.id}`]))).not.toContain('4111 1111 1111 1111');
  });

  it('keeps the queue, the assignment and the waits across a restart', async () => {
    const { hub, make } = await onlineHub();
    await hub.enqueue(request('c1'));
    await hub.enqueue(request('c2'));
    await hub.accept('Ana', hub.view('Ana').queue[0].id);
    const again = make();
    await again.start(0);
    expect(await again.status('c1')).toEqual({ kind: 'assigned', agentName: 'Ana' });
    expect(await again.status('c2')).toEqual(expect.objectContaining({ kind: 'queued', position: 1 }));
  });

  it('times out: a user waiting too long, a silent user, an agent gone past the grace period', async () => {
    const { hub, told, advance, consoles } = await onlineHub(['Ana', 'Li']);
    await hub.enqueue(request('waits'));
    await hub.enqueue(request('silent'));
    const silent = hub.view('Ana').queue.find((e) => e.position === 2)!;
    await hub.accept('Li', silent.id);
    advance(11 * MINUTE);
    await hub.sweep();
    expect(told.filter((t) => t.event.kind === 'unavailable').map((t) => t.address)).toEqual([{ id: 'waits' }]);
    advance(5 * MINUTE);
    await hub.sweep();
    expect(told.at(-1)).toEqual({ address: { id: 'silent' }, event: { kind: 'ended', by: 'userSilence' } });
    expect(consoles.get('Li')).toContainEqual({ type: 'notice', notice: { kind: 'userSilent', entryId: silent.id } });
  });

  it("gives a disconnected agent's conversation back to the queue after the grace period only", async () => {
    const env = setUp({ agents: ['Ana', 'Li'] });
    const hub = env.make();
    await hub.start(0);
    const closeAna = hub.connect('Ana', () => undefined);
    hub.connect('Li', () => undefined);
    await hub.setStatus('Ana', 'available');
    await hub.setStatus('Li', 'available');
    await hub.enqueue(request('c1'));
    await hub.accept('Ana', hub.view('Ana').queue[0].id);
    closeAna();
    env.advance(1 * MINUTE);
    await hub.sweep();
    expect(await hub.status('c1')).toEqual({ kind: 'assigned', agentName: 'Ana' });
    env.advance(2 * MINUTE);
    await hub.sweep();
    expect(await hub.status('c1')).toEqual(expect.objectContaining({ kind: 'queued', position: 1 }));
    expect(env.told.at(-1)?.event).toEqual(expect.objectContaining({ kind: 'queued', requeued: true }));
  });
});
