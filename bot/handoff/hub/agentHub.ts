import { randomBytes } from 'node:crypto';
import { KeyedQueue } from '../../concurrency/keyedQueue';
import type { EscalationPort, EscalationRequest, EscalationTicket } from '../../contracts/escalationPort';
import type { DeskStatus, EnqueueResult, LiveDesk, QueuePlace, QueueRequest } from '../../contracts/liveDesk';
import { isOpen } from '../../config/businessHours';
import { agentView, type AgentNotice as ConsoleNotice, type AgentView, type ConsoleMessage } from './consoleView';
import { handedOver, HubBook } from './hubBook';
import { HubError } from './hubError';
import { WAITS_KEPT, type AgentStatus, type HubState, type QueueEntry, type Ticket } from './hubState';
import type { AgentHubOptions } from './hubOptions';
import { HubStore } from './hubStore';
import { HubSync } from './hubSync';
import { Presence, type Unavailable } from './presence';
import { timeOut, type Effects } from './timeouts';

const SWEEP_EVERY_MS = 5_000;

export type { AgentHubOptions } from './hubOptions';

/**
 * The built-in agent hub: a queue of conversations waiting for a person, who has which, the
 * messages between them, and the tickets left when no one could answer. Agents reach it through
 * the console (`bot/channels/agent/`); users through their conversation (the `LiveDesk` port).
 * Every change runs alone, across instances too (HubSync), and is written to Storage before
 * anyone is told. A change validates before it mutates (a refusal leaves nothing half done) and
 * marks what it touched, so only that is written.
 */
export class AgentHub implements LiveDesk, EscalationPort {
  private readonly book: HubBook;
  private readonly presence = new Presence();
  private readonly lock = new KeyedQueue();
  private readonly now: () => Date;
  private readonly sync: HubSync;
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: AgentHubOptions) {
    this.now = options.now ?? (() => new Date());
    this.book = new HubBook(new HubStore(options.storage));
    const changedElsewhere = async (): Promise<void> => void (await this.lock.run('hub', () => this.book.refresh()), this.broadcast());
    const notice = (agent: string, said: ConsoleNotice): void => this.presence.tell(agent, { type: 'notice', notice: said });
    const hooks = { changedElsewhere, notice, onlineChanged: () => this.broadcast() };
    this.sync = new HubSync(options, this.presence, hooks, () => this.now().getTime());
  }

  /** Reads the stored hub; agents who had conversations get the grace period to reconnect. */
  async start(sweepEveryMs = SWEEP_EVERY_MS): Promise<void> {
    await this.book.load();
    const assigned = this.book.state.entries.flatMap((e) => (e.agent ? [e.agent] : []));
    this.presence.startGrace([...this.options.agents, ...assigned], this.now().getTime());
    this.sync.start();
    if (sweepEveryMs > 0) {
      this.sweeper = setInterval(() => void this.sweep().catch((err) => this.options.logger.error({ err }, 'hub sweep failed')), sweepEveryMs);
      this.sweeper.unref();
    }
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
    this.sync.stop();
  }

  // the user's side (LiveDesk)
  async enqueue(request: QueueRequest): Promise<EnqueueResult> {
    return this.change(() => {
      const unavailable = this.unavailable();
      if (unavailable) return unavailable;
      const existing = this.book.byConversation(request.conversationId);
      const waiting = this.book.state.entries.filter((e) => e.status === 'waiting').length;
      if (!existing && waiting >= this.options.queueLimit) return { kind: 'unavailable', why: 'queueFull' } as const;
      if (existing) this.book.remove(existing);
      const at = this.now().toISOString();
      this.book.add({
        ...handedOver(randomBytes(4).toString('hex'), request, this.options.describe(request), this.mask),
        address: request.address,
        messages: [],
        enqueuedAt: at,
        waitingSince: at,
        status: 'waiting',
        lastUserAt: at,
      });
      this.options.logger.info({ reason: request.reason, procedureId: request.procedureId, locale: request.locale }, 'hub: conversation queued');
      return this.placeOf(request.conversationId)!;
    });
  }

  async status(conversationId: string): Promise<DeskStatus> {
    if (this.sync.shared) await this.lock.run('hub', () => this.book.refresh());
    const entry = this.book.byConversation(conversationId);
    if (!entry) return { kind: 'unknown' };
    if (entry.status === 'assigned') return { kind: 'assigned', agentName: entry.agent! };
    return this.placeOf(conversationId) ?? { kind: 'unknown' };
  }

  async leave(conversationId: string): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.book.byConversation(conversationId);
      if (!entry) return;
      this.book.remove(entry);
      if (entry.agent) effects.notices.push({ agent: entry.agent, notice: { kind: 'userLeft', entryId: entry.id } });
    });
  }

  async fromUser(conversationId: string, text: string): Promise<void> {
    await this.change(() => {
      const entry = this.book.byConversation(conversationId);
      if (!entry) return;
      const at = this.now().toISOString();
      entry.lastUserAt = at;
      this.book.appendMessage(entry, { from: 'user', text: this.mask(text), at });
    });
  }

  // tickets (EscalationPort: "leave a message")
  async escalate(request: EscalationRequest): Promise<EscalationTicket> {
    return this.change(() => {
      const ticket: Ticket = {
        ...handedOver(randomBytes(4).toString('hex').toUpperCase(), request, this.options.describe(request), this.mask),
        message: this.mask(request.messageLeft ?? ''),
        createdAt: request.requestedAt,
        status: 'open',
      };
      this.book.addTicket(ticket);
      this.options.logger.info({ ticketId: ticket.id, reason: ticket.reason, procedureId: ticket.procedureId }, 'hub: message left');
      return { id: ticket.id };
    });
  }

  // the agents' side
  /** An agent's console connected; returns the function to call when it closes. */
  connect(agent: string, listener: (message: ConsoleMessage) => void): () => void {
    const disconnect = this.presence.connect(
      agent,
      listener,
      () => this.now().getTime(),
      () => {
        if (!this.presence.isOnline(agent)) this.options.logger.info({ agent }, 'hub: agent console disconnected');
        void this.sync.consolesChanged();
        this.broadcast();
      },
    );
    this.options.logger.info({ agent }, 'hub: agent console connected');
    void this.sync.consolesChanged();
    this.broadcast();
    return disconnect;
  }

  async setStatus(agent: string, status: AgentStatus): Promise<void> {
    await this.change((state) => void (state.agentStatus[agent] = status));
  }

  async accept(agent: string, entryId: string): Promise<void> {
    await this.change((state, effects) => {
      const entry = this.book.byId(entryId);
      if (entry.status !== 'waiting') throw new HubError('alreadyTaken', 'Another agent has already taken this conversation.');
      const at = this.now();
      entry.status = 'assigned';
      entry.agent = agent;
      entry.assignedAt = at.toISOString();
      entry.lastUserAt = at.toISOString();
      this.book.store.entryChanged(entry);
      state.recentWaitsMs = [...state.recentWaitsMs, at.getTime() - Date.parse(entry.enqueuedAt)].slice(-WAITS_KEPT);
      effects.users.push({ address: entry.address, event: { kind: 'accepted', agentName: agent } });
    });
  }

  async send(agent: string, entryId: string, text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) throw new HubError('invalid', 'The message is empty.');
    await this.change((_state, effects) => {
      const entry = this.book.assignedTo(agent, entryId);
      const masked = this.mask(trimmed);
      this.book.appendMessage(entry, { from: 'agent', agent, text: masked, at: this.now().toISOString() });
      effects.users.push({ address: entry.address, event: { kind: 'agentMessage', agentName: agent, text: masked } });
    });
  }

  /** The agent is done: the bot takes the conversation back and asks for a rating. */
  async end(agent: string, entryId: string): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.book.assignedTo(agent, entryId);
      this.book.remove(entry);
      effects.users.push({ address: entry.address, event: { kind: 'ended', by: 'agent', agentName: agent } });
    });
  }

  /** To another agent who has the console open, or (no one named) back to the front of the queue. */
  async transfer(agent: string, entryId: string, to: string | undefined): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.book.assignedTo(agent, entryId);
      if (to === undefined) return this.requeue(entry, effects);
      if (to === agent || !this.presence.isOnline(to)) throw new HubError('invalid', `${to} is not online.`);
      entry.agent = to;
      entry.assignedAt = this.now().toISOString();
      this.book.store.entryChanged(entry);
      effects.users.push({ address: entry.address, event: { kind: 'transferred', agentName: to } });
      effects.notices.push({ agent: to, notice: { kind: 'transferredToYou', entryId: entry.id, from: agent } });
    });
  }

  async closeTicket(agent: string, ticketId: string): Promise<void> {
    await this.change(() => {
      const ticket = this.book.ticket(ticketId);
      ticket.status = 'closed';
      ticket.closedBy = agent;
      this.book.store.ticketChanged(ticket);
    });
  }

  /** Deletes a conversation's tickets ("delete my data"), or every ticket left before a date (retention). */
  async forgetTickets(which: { conversationId: string } | { before: Date }): Promise<number> {
    return this.change(() =>
      this.book.removeTickets((t) => ('before' in which ? Date.parse(t.createdAt) < which.before.getTime() : t.conversationId === which.conversationId)),
    );
  }

  view(agent: string): AgentView {
    const now = this.now();
    return agentView(this.book.state, agent, { online: this.presence.online(), open: isOpen(this.options.hours, now), waiting: this.book.waiting(), now });
  }

  /** Nothing stays stuck: see `timeOut`. Runs on a timer; tests call it directly. */
  async sweep(): Promise<void> {
    await this.change((_state, effects) =>
      timeOut(effects, {
        book: this.book,
        presence: this.presence,
        limits: this.options,
        now: this.now().getTime(),
        requeue: (entry) => {
          this.options.logger.warn({ agent: entry.agent }, 'hub: agent gone; conversation back to the queue');
          this.requeue(entry, effects);
        },
        unavailable: (graceMs) => this.unavailable(graceMs),
      }),
    );
  }

  // inside
  /**
   * Runs `work` alone, saves what it touched, then tells consoles and users. Users are told after
   * the lock is released: telling them runs a turn of their conversation, which may itself be
   * waiting on the hub.
   */
  private async change<T>(work: (state: HubState, effects: Effects) => T): Promise<T> {
    const effects: Effects = { users: [], notices: [] };
    let wrote = false;
    const result = await this.lock.run('hub', () =>
      this.sync.exclusive(async () => {
        // Another instance may have changed the hub since this one last read it.
        if (this.sync.shared) await this.book.refresh();
        const value = work(this.book.state, effects);
        wrote = await this.book.store.flush(this.book.state);
        return value;
      }),
    );
    // Agents' notices go wherever their consoles are, through every instance.
    if (wrote || effects.notices.length > 0) await this.sync.changed(effects.notices);
    this.broadcast();
    for (const { address, event } of effects.users) {
      await this.options.users.notify(address, event).catch((err) => this.options.logger.error({ err, event: event.kind }, 'hub: could not reach the user'));
    }
    return result;
  }

  /** Back to the queue in its original place; when no one can take it, the user is offered to leave a message. */
  private requeue(entry: QueueEntry, effects: Effects): void {
    if (entry.agent) effects.notices.push({ agent: entry.agent, notice: { kind: 'lostToQueue', entryId: entry.id } });
    entry.status = 'waiting';
    entry.waitingSince = this.now().toISOString();
    entry.agent = undefined;
    entry.assignedAt = undefined;
    this.book.store.entryChanged(entry);
    const unavailable = this.unavailable();
    if (unavailable) {
      this.book.remove(entry);
      effects.users.push({ address: entry.address, event: unavailable });
      return;
    }
    effects.users.push({ address: entry.address, event: { ...this.placeOf(entry.conversationId)!, requeued: true } });
  }

  private unavailable(graceMs = 0): Unavailable | undefined {
    return this.presence.whyUnavailable(this.options.hours, this.book.state.agentStatus, this.now(), graceMs);
  }

  private placeOf(conversationId: string): QueuePlace | undefined {
    return this.book.placeOf(conversationId, this.presence.available(this.book.state.agentStatus));
  }

  private readonly mask = (text: string): string => this.options.privacy.scan(text).masked;

  /** Every open console gets its fresh view: the queue is shared, so any change may matter to all. */
  private broadcast(): void {
    for (const agent of this.presence.here()) this.presence.tell(agent, { type: 'view', view: this.view(agent) });
  }
}
