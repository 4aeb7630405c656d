import { randomBytes } from 'node:crypto';
import type { Storage } from 'botbuilder';
import { KeyedQueue } from '../../concurrency/keyedQueue';
import type { EscalationPort, EscalationRequest, EscalationTicket } from '../../escalation/escalationPort';
import type { Logger } from '../../logging/logger';
import type { PrivacyFilter } from '../../privacy/privacyFilter';
import type { ForAgent, ReadableLine } from '../forAgent';
import type { DeskEvent, DeskStatus, EnqueueResult, HandoffRequest, LiveDesk, QueuePlace, QueueRequest } from '../liveDesk';
import { isOpen, nextOpening, type BusinessHours } from './businessHours';
import {
  emptyHubState,
  LIVE_MESSAGES_KEPT,
  TICKETS_KEPT,
  WAITS_KEPT,
  type AgentStatus,
  type HandedOver,
  type HubState,
  type QueueEntry,
  type Ticket,
} from './hubState';
import { HubStore } from './hubStore';

/**
 * The built-in agent hub: a queue of conversations waiting for a person, who has which, the
 * messages between them, and the tickets left when no one could answer. Agents reach it through
 * the console (`bot/channels/agent/`); users through their conversation (the `LiveDesk` port).
 *
 * Every change runs one at a time under one lock and is written to Storage before anyone is told.
 * Users are told after the lock is released: telling them runs a turn of their conversation,
 * which may itself be waiting on the hub. A change validates before it mutates (a refusal leaves
 * nothing half done) and marks what it touched, so only that is written.
 */
export interface AgentHubOptions {
  readonly storage: Storage;
  readonly privacy: PrivacyFilter;
  readonly logger: Logger;
  readonly agents: readonly string[];
  readonly hours: BusinessHours | undefined;
  readonly queueTimeoutMs: number;
  readonly userSilenceMs: number;
  readonly agentGraceMs: number;
  /** Summary and readable transcript for the agent. */
  readonly describe: (request: HandoffRequest) => ForAgent;
  /** Writes to a user outside their turns. */
  readonly notifyUser: (address: unknown, event: DeskEvent) => Promise<void>;
  readonly now?: () => Date;
}

export interface EntryView {
  readonly id: string;
  readonly locale: string;
  readonly reason: string;
  readonly procedureId?: string;
  readonly step?: string;
  readonly summary: string;
  readonly enqueuedAt: string;
}

/** What one agent's console shows. */
export interface AgentView {
  readonly agent: { readonly name: string; readonly status: AgentStatus };
  /** Agents with the console open, for transfers. */
  readonly online: ReadonlyArray<{ readonly name: string; readonly status: AgentStatus }>;
  readonly open: boolean;
  readonly queue: ReadonlyArray<EntryView & { readonly position: number }>;
  readonly mine: ReadonlyArray<EntryView & { readonly assignedAt: string; readonly transcript: readonly ReadableLine[]; readonly messages: readonly ReadableLine[] }>;
  readonly tickets: readonly Ticket[];
  readonly now: string;
}

/** Something one agent should notice (the console shows it in their language). */
export type AgentNotice =
  | { readonly kind: 'userLeft' | 'userSilent' | 'lostToQueue'; readonly entryId: string }
  | { readonly kind: 'transferredToYou'; readonly entryId: string; readonly from: string };

export type ConsoleMessage = { readonly type: 'view'; readonly view: AgentView } | { readonly type: 'notice'; readonly notice: AgentNotice };

export class HubError extends Error {
  constructor(
    readonly status: 404 | 403 | 409 | 400,
    message: string,
  ) {
    super(message);
  }
}

/** Before any conversation was accepted, users are told this per person ahead of them. */
const DEFAULT_WAIT_MS = 3 * 60_000;
const SWEEP_EVERY_MS = 5_000;

interface Effects {
  readonly users: Array<{ address: unknown; event: DeskEvent }>;
  readonly notices: Array<{ agent: string; notice: AgentNotice }>;
}

export class AgentHub implements LiveDesk, EscalationPort {
  private state: HubState = emptyHubState();
  private readonly store: HubStore;
  private readonly lock = new KeyedQueue();
  private readonly now: () => Date;
  /** Open consoles per agent, and since when an agent has had none (for the grace period). */
  private readonly connections = new Map<string, Set<(message: ConsoleMessage) => void>>();
  private readonly offlineSince = new Map<string, number>();
  private sweeper: NodeJS.Timeout | undefined;

  constructor(private readonly options: AgentHubOptions) {
    this.now = options.now ?? (() => new Date());
    this.store = new HubStore(options.storage);
  }

  /** Reads the stored hub; agents who had conversations get the grace period to reconnect. */
  async start(sweepEveryMs = SWEEP_EVERY_MS): Promise<void> {
    this.state = await this.store.load();
    const startedAt = this.now().getTime();
    const assigned = this.state.entries.flatMap((e) => (e.agent ? [e.agent] : []));
    for (const name of [...this.options.agents, ...assigned]) this.offlineSince.set(name, startedAt);
    if (sweepEveryMs > 0) {
      this.sweeper = setInterval(() => void this.sweep().catch((err) => this.options.logger.error({ err }, 'hub sweep failed')), sweepEveryMs);
      this.sweeper.unref();
    }
  }

  stop(): void {
    if (this.sweeper) clearInterval(this.sweeper);
  }

  // --- the user's side (LiveDesk) ----------------------------------------------------------

  async enqueue(request: QueueRequest): Promise<EnqueueResult> {
    return this.change((state) => {
      const unavailable = this.unavailable();
      if (unavailable) return unavailable;
      const existing = this.entryByConversation(request.conversationId);
      if (existing) this.remove(existing);
      const at = this.now().toISOString();
      const entry: QueueEntry = {
        ...this.handedOver(randomBytes(4).toString('hex'), request, this.options.describe(request)),
        address: request.address,
        messages: [],
        enqueuedAt: at,
        waitingSince: at,
        status: 'waiting',
        lastUserAt: at,
      };
      state.entries.push(entry);
      this.store.entryChanged(entry);
      this.options.logger.info({ reason: request.reason, procedureId: request.procedureId, locale: request.locale }, 'hub: conversation queued');
      return this.placeOf(request.conversationId)!;
    });
  }

  async status(conversationId: string): Promise<DeskStatus> {
    const entry = this.entryByConversation(conversationId);
    if (!entry) return { kind: 'unknown' };
    if (entry.status === 'assigned') return { kind: 'assigned', agentName: entry.agent! };
    return this.placeOf(conversationId) ?? { kind: 'unknown' };
  }

  async leave(conversationId: string): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.entryByConversation(conversationId);
      if (!entry) return;
      this.remove(entry);
      if (entry.agent) effects.notices.push({ agent: entry.agent, notice: { kind: 'userLeft', entryId: entry.id } });
    });
  }

  async fromUser(conversationId: string, text: string): Promise<void> {
    await this.change(() => {
      const entry = this.entryByConversation(conversationId);
      if (!entry) return;
      const at = this.now().toISOString();
      entry.lastUserAt = at;
      this.appendMessage(entry, { from: 'user', text: this.mask(text), at });
    });
  }

  // --- tickets (EscalationPort: "leave a message") ---------------------------------------

  async escalate(request: EscalationRequest): Promise<EscalationTicket> {
    return this.change((state) => {
      const described = this.options.describe(request);
      // The message left is the transcript's last line (see HandoffFlow's leave-a-message).
      const last = request.transcript.at(-1);
      const ticket: Ticket = {
        ...this.handedOver(randomBytes(4).toString('hex').toUpperCase(), request, described, last?.from === 'user' ? described.lines.slice(0, -1) : described.lines),
        message: this.mask(last?.from === 'user' ? last.text : ''),
        createdAt: request.requestedAt,
        status: 'open',
      };
      state.tickets.push(ticket);
      this.store.ticketChanged(ticket);
      this.pruneTickets(state);
      this.options.logger.info({ ticketId: ticket.id, reason: ticket.reason, procedureId: ticket.procedureId }, 'hub: message left');
      return { id: ticket.id };
    });
  }

  // --- the agents' side ---------------------------------------------------------------------

  /** An agent's console connected; returns the function to call when it closes. */
  connect(agent: string, listener: (message: ConsoleMessage) => void): () => void {
    const listeners = this.connections.get(agent) ?? new Set();
    listeners.add(listener);
    this.connections.set(agent, listeners);
    this.offlineSince.delete(agent);
    this.options.logger.info({ agent }, 'hub: agent console connected');
    this.broadcast();
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0) {
        this.connections.delete(agent);
        this.offlineSince.set(agent, this.now().getTime());
        this.options.logger.info({ agent }, 'hub: agent console disconnected');
      }
      this.broadcast();
    };
  }

  async setStatus(agent: string, status: AgentStatus): Promise<void> {
    await this.change((state) => {
      state.agentStatus[agent] = status;
    });
  }

  async accept(agent: string, entryId: string): Promise<void> {
    await this.change((state, effects) => {
      const entry = this.entryById(entryId);
      if (entry.status !== 'waiting') throw new HubError(409, 'Another agent has already taken this conversation.');
      const at = this.now();
      entry.status = 'assigned';
      entry.agent = agent;
      entry.assignedAt = at.toISOString();
      entry.lastUserAt = at.toISOString();
      this.store.entryChanged(entry);
      state.recentWaitsMs = [...state.recentWaitsMs, at.getTime() - Date.parse(entry.enqueuedAt)].slice(-WAITS_KEPT);
      effects.users.push({ address: entry.address, event: { kind: 'accepted', agentName: agent } });
    });
  }

  async send(agent: string, entryId: string, text: string): Promise<void> {
    const trimmed = text.trim();
    if (!trimmed) throw new HubError(400, 'The message is empty.');
    await this.change((_state, effects) => {
      const entry = this.assignedTo(agent, entryId);
      const masked = this.mask(trimmed);
      this.appendMessage(entry, { from: 'agent', agent, text: masked, at: this.now().toISOString() });
      effects.users.push({ address: entry.address, event: { kind: 'agentMessage', agentName: agent, text: masked } });
    });
  }

  /** The agent is done: the bot takes the conversation back and asks for a rating. */
  async end(agent: string, entryId: string): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.assignedTo(agent, entryId);
      this.remove(entry);
      effects.users.push({ address: entry.address, event: { kind: 'ended', by: 'agent', agentName: agent } });
    });
  }

  /** To another agent who has the console open, or (no one named) back to the front of the queue. */
  async transfer(agent: string, entryId: string, to: string | undefined): Promise<void> {
    await this.change((_state, effects) => {
      const entry = this.assignedTo(agent, entryId);
      if (to === undefined) return this.requeue(entry, effects);
      if (to === agent || !this.connections.has(to)) throw new HubError(400, `${to} is not online.`);
      entry.agent = to;
      entry.assignedAt = this.now().toISOString();
      this.store.entryChanged(entry);
      effects.users.push({ address: entry.address, event: { kind: 'transferred', agentName: to } });
      effects.notices.push({ agent: to, notice: { kind: 'transferredToYou', entryId: entry.id, from: agent } });
    });
  }

  async closeTicket(agent: string, ticketId: string): Promise<void> {
    await this.change(() => {
      const ticket = this.state.tickets.find((t) => t.id === ticketId);
      if (!ticket) throw new HubError(404, 'No such ticket.');
      ticket.status = 'closed';
      ticket.closedBy = agent;
      this.store.ticketChanged(ticket);
    });
  }

  view(agent: string): AgentView {
    const { entries, tickets, agentStatus } = this.state;
    const summary = (e: QueueEntry): EntryView => ({
      id: e.id,
      locale: e.locale,
      reason: e.reason,
      ...(e.procedureId ? { procedureId: e.procedureId, step: e.step } : {}),
      summary: e.summary,
      enqueuedAt: e.enqueuedAt,
    });
    return {
      agent: { name: agent, status: agentStatus[agent] ?? 'away' },
      online: [...this.connections.keys()].map((name) => ({ name, status: agentStatus[name] ?? 'away' })),
      open: isOpen(this.options.hours, this.now()),
      queue: this.waiting().map((e, index) => ({ ...summary(e), position: index + 1 })),
      mine: entries
        .filter((e) => e.status === 'assigned' && e.agent === agent)
        .map((e) => ({ ...summary(e), assignedAt: e.assignedAt!, transcript: e.transcript, messages: e.messages })),
      tickets: tickets.filter((t) => t.status === 'open').reverse(),
      now: this.now().toISOString(),
    };
  }

  // --- timeouts -------------------------------------------------------------------------------

  /**
   * Nothing stays stuck: a user waiting too long, or while no agent is there, is offered to leave
   * a message; a silent user goes back to the bot; an agent gone past the grace period loses
   * their conversations to the front of the queue. Runs on a timer; tests call it directly.
   */
  async sweep(): Promise<void> {
    await this.change((state, effects) => {
      const now = this.now().getTime();
      const { queueTimeoutMs, userSilenceMs, agentGraceMs } = this.options;
      for (const entry of [...state.entries]) {
        if (entry.status === 'assigned') {
          const offline = this.offlineSince.get(entry.agent!);
          if (now - Date.parse(entry.lastUserAt) >= userSilenceMs) {
            this.remove(entry);
            effects.users.push({ address: entry.address, event: { kind: 'ended', by: 'userSilence' } });
            effects.notices.push({ agent: entry.agent!, notice: { kind: 'userSilent', entryId: entry.id } });
          } else if (offline !== undefined && now - offline >= agentGraceMs) {
            this.options.logger.warn({ agent: entry.agent }, 'hub: agent gone; conversation back to the queue');
            this.requeue(entry, effects);
          }
        }
      }
      const unavailable = this.unavailable(agentGraceMs);
      for (const entry of this.waiting()) {
        const tooLong = now - Date.parse(entry.waitingSince) >= queueTimeoutMs;
        if (!tooLong && !unavailable) continue;
        this.remove(entry);
        effects.users.push({ address: entry.address, event: unavailable ?? { kind: 'unavailable', why: 'queueTimeout' } });
      }
    });
  }

  // --- inside -----------------------------------------------------------------------------------

  /** Runs `work` alone, saves what it touched, then tells users and consoles. */
  private async change<T>(work: (state: HubState, effects: Effects) => T): Promise<T> {
    const effects: Effects = { users: [], notices: [] };
    const result = await this.lock.run('hub', async () => {
      const value = work(this.state, effects);
      await this.store.flush(this.state);
      return value;
    });
    for (const { agent, notice } of effects.notices) this.tell(agent, { type: 'notice', notice });
    this.broadcast();
    for (const { address, event } of effects.users) {
      await this.options.notifyUser(address, event).catch((err) => this.options.logger.error({ err, event: event.kind }, 'hub: could not reach the user'));
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
    this.store.entryChanged(entry);
    const unavailable = this.unavailable();
    if (unavailable) {
      this.remove(entry);
      effects.users.push({ address: entry.address, event: unavailable });
      return;
    }
    const place = this.placeOf(entry.conversationId)!;
    effects.users.push({ address: entry.address, event: { ...place, requeued: true } });
  }

  /**
   * Why no one can take a conversation now, if so: outside business hours, or no agent available
   * (for `graceMs`, so that a console reloading does not empty the queue).
   */
  private unavailable(graceMs = 0): Extract<DeskEvent, { kind: 'unavailable' }> | undefined {
    const now = this.now();
    if (!isOpen(this.options.hours, now)) {
      const opensAt = nextOpening(this.options.hours, now)?.toISOString();
      return { kind: 'unavailable', why: 'closed', timeZone: this.options.hours!.timeZone, ...(opensAt ? { opensAt } : {}) };
    }
    if (this.availableAgents() > 0) return undefined;
    const lastSeen = Math.max(0, ...[...this.offlineSince.entries()].filter(([name]) => this.state.agentStatus[name] === 'available').map(([, t]) => t));
    if (graceMs > 0 && now.getTime() - lastSeen < graceMs) return undefined;
    return { kind: 'unavailable', why: 'nobodyOnline' };
  }

  private availableAgents(): number {
    return [...this.connections.keys()].filter((name) => this.state.agentStatus[name] === 'available').length;
  }

  private waiting(): QueueEntry[] {
    return this.state.entries.filter((e) => e.status === 'waiting').sort((a, b) => a.enqueuedAt.localeCompare(b.enqueuedAt));
  }

  /** Place in the queue and the wait to expect: recent waits per person ahead, shared by the agents available. */
  private placeOf(conversationId: string): QueuePlace | undefined {
    const index = this.waiting().findIndex((e) => e.conversationId === conversationId);
    if (index < 0) return undefined;
    const waits = this.state.recentWaitsMs;
    const typicalWait = waits.length > 0 ? waits.reduce((a, b) => a + b, 0) / waits.length : DEFAULT_WAIT_MS;
    const position = index + 1;
    const estimatedMinutes = Math.max(1, Math.ceil((position * typicalWait) / Math.max(1, this.availableAgents()) / 60_000));
    return { kind: 'queued', position, estimatedMinutes };
  }

  /** The part of a queue entry or a ticket an agent reads, masked. */
  private handedOver(
    id: string,
    request: HandoffRequest & { readonly conversationId: string },
    described: ForAgent,
    lines: readonly ReadableLine[] = described.lines,
  ): HandedOver {
    return {
      id,
      conversationId: request.conversationId,
      locale: request.locale,
      reason: request.reason,
      ...(request.procedureId ? { procedureId: request.procedureId, step: request.step } : {}),
      summary: this.mask(described.summary),
      transcript: lines.map((l) => ({ ...l, text: this.mask(l.text) })),
    };
  }

  private entryByConversation(conversationId: string): QueueEntry | undefined {
    return this.state.entries.find((e) => e.conversationId === conversationId);
  }

  private entryById(entryId: string): QueueEntry {
    const entry = this.state.entries.find((e) => e.id === entryId);
    if (!entry) throw new HubError(404, 'This conversation is no longer at the desk.');
    return entry;
  }

  private assignedTo(agent: string, entryId: string): QueueEntry {
    const entry = this.entryById(entryId);
    if (entry.status !== 'assigned' || entry.agent !== agent) throw new HubError(403, 'This conversation is not yours.');
    return entry;
  }

  private appendMessage(entry: QueueEntry, line: ReadableLine): void {
    entry.messages.push(line);
    if (entry.messages.length > LIVE_MESSAGES_KEPT) entry.messages.splice(0, entry.messages.length - LIVE_MESSAGES_KEPT);
    this.store.entryChanged(entry);
  }

  /** The conversation leaves the desk (ended, left, timed out). */
  private remove(entry: QueueEntry): void {
    const index = this.state.entries.indexOf(entry);
    if (index >= 0) this.state.entries.splice(index, 1);
    this.store.entryRemoved(entry);
  }

  /** Closed tickets go first when there are too many. */
  private pruneTickets(state: HubState): void {
    while (state.tickets.length > TICKETS_KEPT) {
      const closed = state.tickets.findIndex((t) => t.status === 'closed');
      const [dropped] = state.tickets.splice(closed >= 0 ? closed : 0, 1);
      this.store.ticketRemoved(dropped);
    }
  }

  private mask(text: string): string {
    return this.options.privacy.scan(text).masked;
  }

  private tell(agent: string, message: ConsoleMessage): void {
    for (const listener of this.connections.get(agent) ?? []) listener(message);
  }

  /** Every open console gets its fresh view: the queue is shared, so any change may matter to all. */
  private broadcast(): void {
    for (const agent of this.connections.keys()) this.tell(agent, { type: 'view', view: this.view(agent) });
  }
}
