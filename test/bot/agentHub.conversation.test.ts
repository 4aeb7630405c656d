import type { Activity } from 'botbuilder';
import type { AgentHub } from '../../bot/handoff/hub/agentHub';
import type { ConsoleMessage } from '../../bot/handoff/hub/consoleView';
import { FIXED_NOW, LOCALES, paragraphs, testCatalog, testConversation, translate, type TestConversation } from '../support/fixtures';

/**
 * HANDOFF_MODE=hub, seen from the user's side in every language: the queue, an agent joining,
 * messages both ways, the end and the rating; leaving the queue; no one there; closed hours;
 * and every timeout. The agent side is driven through the hub itself (the console's API is
 * tested over HTTP in test/http/agentHub.test.ts).
 */
const messages = (activities: Partial<Activity>[]) => activities.filter((a) => a.type === 'message').flatMap(paragraphs);

interface HubChat {
  readonly chat: TestConversation;
  readonly hub: AgentHub;
  /** What the hub has written to the user since the last call. */
  pushed(): string[];
  /** Moves the clock. */
  advance(ms: number): void;
  /** Connects an agent's console (available unless told), returning what it received and how to disconnect. */
  agent(name: string, status?: 'available' | 'away'): Promise<{ received: ConsoleMessage[]; disconnect: () => void }>;
}

const AGENTS = 'Ana:ana-token-0123456789,Li:li-token-0123456789abc';

function hubChat(locale: string, env: Record<string, string> = {}): HubChat {
  let now = FIXED_NOW.getTime();
  const chat = testConversation(locale, { env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: AGENTS, ...env }, now: () => new Date(now) });
  const hub = chat.hub!;
  return {
    chat,
    hub,
    pushed: () => messages(chat.adapter.activeQueue.splice(0)),
    advance: (ms) => {
      now += ms;
    },
    agent: async (name, status = 'available') => {
      const received: ConsoleMessage[] = [];
      const disconnect = hub.connect(name, (m) => received.push(m));
      await hub.setStatus(name, status);
      return { received, disconnect };
    },
  };
}

const entryId = (hub: AgentHub, agent = 'Ana'): string => hub.view(agent).queue[0]?.id ?? hub.view(agent).mine[0]?.id ?? '';

describe.each(LOCALES)('agent hub in %s', (locale) => {
  const t = translate(locale);

  it('queues with place and wait, lets an agent join, relays both ways (masked), ends with the bot back and a rating', async () => {
    const { chat, hub, pushed, agent } = hubChat(locale);
    await agent('Ana');
    await chat.say(t('activateMembership.title'));
    expect(await chat.say(t('common.menu.talkToPerson'))).toEqual([t('common.handoff.queued', { position: 1, minutes: 3 })]);

    const [waiting] = hub.view('Ana').queue;
    expect(waiting).toMatchObject({ locale, reason: 'user_asked', procedureId: 'activate_membership', step: 'openAccountPage', position: 1 });
    expect(waiting.summary).toContain('activate_membership');

    // While waiting: the place again, and the message kept for whoever accepts.
    expect(await chat.say('my card is 4111 1111 1111 1111')).toEqual([
      t('common.privacy.warning'),
      t('common.handoff.stillWaiting', { position: 1, minutes: 3 }),
    ]);

    await hub.accept('Ana', waiting.id);
    expect(pushed()).toEqual([t('common.handoff.agentJoined', { agent: 'Ana' })]);
    const [mine] = hub.view('Ana').mine;
    expect(mine.transcript.map((l) => l.text)).toEqual(expect.arrayContaining([t('activateMembership.title'), t('activateMembership.openAccountPage')]));
    expect(mine.messages).toEqual([expect.objectContaining({ from: 'user', text: 'my card is ••••1111' })]);

    // Live: the bot stays out; the agent's words reach the user.
    expect(await chat.say('hello?')).toEqual([]);
    expect(hub.view('Ana').mine[0].messages.at(-1)).toMatchObject({ from: 'user', text: 'hello?' });
    await hub.send('Ana', waiting.id, 'Hi, I can see your account.');
    expect(pushed()).toEqual([t('common.handoff.agentSays', { agent: 'Ana', text: 'Hi, I can see your account.' })]);

    await hub.end('Ana', waiting.id);
    expect(pushed()).toEqual([t('common.handoff.agentEnded', { agent: 'Ana' }), t('feedback.askSolved')]);
    expect(hub.view('Ana').mine).toEqual([]);
    expect(await chat.say(t('common.choice.yes'))).toEqual([t('feedback.askRating')]);
    await chat.say(t('feedback.rating.4'));
    expect(await chat.outcomes.all()).toEqual(expect.arrayContaining([expect.objectContaining({ procedureId: 'human_agent', solved: true, rating: 4 })]));
    const state = JSON.stringify(await chat.storedState());
    expect(state).not.toMatch(/4111 1111/);
  });

  it('leaves the queue with "cancel"', async () => {
    const { chat, hub, agent } = hubChat(locale);
    await agent('Ana');
    await chat.say(t('common.menu.talkToPerson'));
    const replies = await chat.say(testCatalog().vocabulary[locale].commands.cancel[0]);
    expect(replies[0]).toBe(t('common.handoff.leftQueue'));
    expect(hub.view('Ana').queue).toEqual([]);
    expect((await chat.storedState()).support.handoff).toBeUndefined();
  });

  it('with no agent online, offers to leave a message, which the console lists', async () => {
    const { chat, hub } = hubChat(locale);
    expect(await chat.say(t('common.menu.talkToPerson'))).toEqual([t('common.handoff.nobodyOnline'), t('common.handoff.offerMessage')]);
    expect(await chat.say(t('common.choice.yes'))).toEqual([t('common.handoff.writeMessage')]);
    const reply = (await chat.say('Please call me back, code 123456')).at(-1);
    const [ticket] = hub.view('Ana').tickets;
    expect(reply).toBe(t('common.handoff.messageLeft', { ticket: ticket.id }));
    expect(ticket).toMatchObject({ locale, reason: 'user_asked', message: 'Please call me back, code ••••••', status: 'open' });
  });
});

describe('agent hub (timeouts, transfers, hours)', () => {
  const t = translate('en');
  const MINUTE = 60_000;

  it("outside business hours says when the desk opens, in the user's time zone words", async () => {
    // FIXED_NOW is a Sunday.
    const { chat, agent } = hubChat('en', { HANDOFF_HOURS: 'mon-fri 09:00-18:00', HANDOFF_TIMEZONE: 'Europe/Madrid' });
    await agent('Ana');
    const [closed, offer] = await chat.say(t('common.menu.talkToPerson'));
    expect(closed).toMatch(/Monday.*09:00/);
    expect(offer).toBe(t('common.handoff.offerMessage'));
  });

  it('a silent user goes back to the bot, and the agent is told', async () => {
    const { chat, hub, pushed, agent, advance } = hubChat('en');
    const ana = await agent('Ana');
    await chat.say(t('common.menu.talkToPerson'));
    await hub.accept('Ana', entryId(hub));
    pushed();
    advance(10 * MINUTE);
    await hub.sweep();
    expect(pushed()).toEqual([t('common.handoff.endedForSilence'), t('common.menu.prompt')]);
    expect(ana.received).toContainEqual({ type: 'notice', notice: { kind: 'userSilent', entryId: expect.any(String) } });
    expect(hub.view('Ana').mine).toEqual([]);
    // The bot answers again.
    expect((await chat.say('menu'))[0]).toBe(t('common.menu.help'));
  });

  it('an agent who disconnects past the grace period loses the conversation to the front of the queue', async () => {
    const { chat, hub, pushed, agent, advance } = hubChat('en');
    const ana = await agent('Ana');
    await agent('Li');
    await chat.say(t('common.menu.talkToPerson'));
    await hub.accept('Ana', entryId(hub));
    pushed();
    ana.disconnect();
    advance(30_000);
    await hub.sweep();
    expect(pushed()).toEqual([]);
    advance(31_000);
    await chat.say('still there?'); // the user is not silent
    await hub.sweep();
    expect(pushed()).toEqual([t('common.handoff.requeued', { position: 1, minutes: 1 })]);
    expect(hub.view('Li').queue).toHaveLength(1);
    expect(hub.view('Li').queue[0].position).toBe(1);
  });

  it('a conversation an agent lost waits a full queue timeout again, however long ago it first queued', async () => {
    const { chat, hub, pushed, agent, advance } = hubChat('en', { HANDOFF_QUEUE_TIMEOUT_MINUTES: '15' });
    const ana = await agent('Ana');
    await agent('Li');
    await chat.say(t('common.menu.talkToPerson'));
    await hub.accept('Ana', entryId(hub));
    for (let minutes = 0; minutes < 20; minutes += 5) {
      advance(5 * MINUTE);
      await chat.say('still here');
    }
    pushed();
    ana.disconnect();
    advance(61_000);
    await hub.sweep();
    expect(pushed()).toEqual([t('common.handoff.requeued', { position: 1, minutes: 1 })]);
    await hub.sweep();
    expect(pushed()).toEqual([]);
    expect(hub.view('Li').queue).toHaveLength(1);
  });

  it('a wait past the queue timeout is offered a message instead', async () => {
    const { chat, hub, pushed, agent, advance } = hubChat('en', { HANDOFF_QUEUE_TIMEOUT_MINUTES: '15' });
    await agent('Ana');
    await chat.say(t('common.menu.talkToPerson'));
    advance(15 * MINUTE);
    await hub.sweep();
    expect(pushed()).toEqual([t('common.handoff.queueTimeout'), t('common.handoff.offerMessage')]);
    expect(hub.view('Ana').queue).toEqual([]);
  });

  it('transfers to another online agent, who is told; the user too', async () => {
    const { chat, hub, pushed, agent } = hubChat('en');
    await agent('Ana');
    const li = await agent('Li');
    await chat.say(t('common.menu.talkToPerson'));
    const id = entryId(hub);
    await hub.accept('Ana', id);
    pushed();
    await hub.transfer('Ana', id, 'Li');
    expect(pushed()).toEqual([t('common.handoff.transferred', { agent: 'Li' })]);
    expect(li.received).toContainEqual({ type: 'notice', notice: { kind: 'transferredToYou', entryId: id, from: 'Ana' } });
    expect(hub.view('Li').mine.map((e) => e.id)).toEqual([id]);
    await expect(hub.send('Ana', id, 'still mine?')).rejects.toMatchObject({ refusal: 'notYours' });
    // Transfer with no one named: back to the queue.
    await hub.transfer('Li', id, undefined);
    expect(pushed()).toEqual([t('common.handoff.requeued', { position: 1, minutes: 1 })]);
  });

  it('refuses a second accept and actions on conversations that are not yours', async () => {
    const { chat, hub, agent } = hubChat('en');
    await agent('Ana');
    await agent('Li');
    await chat.say(t('common.menu.talkToPerson'));
    const id = entryId(hub);
    await hub.accept('Ana', id);
    await expect(hub.accept('Li', id)).rejects.toMatchObject({ refusal: 'alreadyTaken' });
    await expect(hub.end('Li', id)).rejects.toMatchObject({ refusal: 'notYours' });
    await expect(hub.accept('Li', 'nope')).rejects.toMatchObject({ refusal: 'notFound' });
  });

  it('an agent set to away is not "online" for new conversations', async () => {
    const { chat, agent } = hubChat('en');
    await agent('Ana', 'away');
    expect((await chat.say(t('common.menu.talkToPerson')))[0]).toBe(t('common.handoff.nobodyOnline'));
  });
});
