import type { ForAgent, ReadableLine } from '../forAgent';
import type { HandoffRequest, QueuePlace } from '../../contracts/liveDesk';
import { HubError } from './hubError';
import { emptyHubState, LIVE_MESSAGES_KEPT, TICKETS_KEPT, type HandedOver, type HubState, type QueueEntry, type Ticket } from './hubState';
import type { HubStore } from './hubStore';

/** Before any conversation was accepted, users are told this per person ahead of them. */
const DEFAULT_WAIT_MS = 3 * 60_000;

/**
 * The hub's state and the lookups and edits every action shares: the queue in order, a place and
 * its wait, a conversation by id, adding and removing. Each edit marks what it touched in the
 * store, so a change writes only that.
 */
export class HubBook {
  state: HubState = emptyHubState();

  constructor(readonly store: HubStore) {}

  async load(): Promise<void> {
    this.state = await this.store.load();
  }

  /** Reads the hub again if another instance changed it since this one last read or wrote it. */
  async refresh(): Promise<boolean> {
    if (await this.store.isCurrent()) return false;
    await this.load();
    return true;
  }

  /** Waiting conversations in queue order (one an agent lost keeps its original place). */
  waiting(): QueueEntry[] {
    return this.state.entries.filter((e) => e.status === 'waiting').sort((a, b) => a.enqueuedAt.localeCompare(b.enqueuedAt));
  }

  /** Place in the queue and the wait to expect: recent waits per person ahead, shared by the agents available. */
  placeOf(conversationId: string, availableAgents: number): QueuePlace | undefined {
    const index = this.waiting().findIndex((e) => e.conversationId === conversationId);
    if (index < 0) return undefined;
    const waits = this.state.recentWaitsMs;
    const typicalWait = waits.length > 0 ? waits.reduce((a, b) => a + b, 0) / waits.length : DEFAULT_WAIT_MS;
    const position = index + 1;
    const estimatedMinutes = Math.max(1, Math.ceil((position * typicalWait) / Math.max(1, availableAgents) / 60_000));
    return { kind: 'queued', position, estimatedMinutes };
  }

  byConversation(conversationId: string): QueueEntry | undefined {
    return this.state.entries.find((e) => e.conversationId === conversationId);
  }

  byId(entryId: string): QueueEntry {
    const entry = this.state.entries.find((e) => e.id === entryId);
    if (!entry) throw new HubError('notFound', 'This conversation is no longer at the desk.');
    return entry;
  }

  assignedTo(agent: string, entryId: string): QueueEntry {
    const entry = this.byId(entryId);
    if (entry.status !== 'assigned' || entry.agent !== agent) throw new HubError('notYours', 'This conversation is not yours.');
    return entry;
  }

  ticket(ticketId: string): Ticket {
    const ticket = this.state.tickets.find((t) => t.id === ticketId);
    if (!ticket) throw new HubError('notFound', 'No such ticket.');
    return ticket;
  }

  add(entry: QueueEntry): void {
    this.state.entries.push(entry);
    this.store.entryChanged(entry);
  }

  appendMessage(entry: QueueEntry, line: ReadableLine): void {
    entry.messages.push(line);
    if (entry.messages.length > LIVE_MESSAGES_KEPT) entry.messages.splice(0, entry.messages.length - LIVE_MESSAGES_KEPT);
    this.store.entryChanged(entry);
  }

  /** The conversation leaves the desk (ended, left, timed out). */
  remove(entry: QueueEntry): void {
    const index = this.state.entries.indexOf(entry);
    if (index >= 0) this.state.entries.splice(index, 1);
    this.store.entryRemoved(entry);
  }

  /** Drops the tickets `matches` picks ("delete my data", retention); returns how many. */
  removeTickets(matches: (ticket: Ticket) => boolean): number {
    const dropped = this.state.tickets.filter(matches);
    this.state.tickets = this.state.tickets.filter((t) => !matches(t));
    for (const ticket of dropped) this.store.ticketRemoved(ticket);
    return dropped.length;
  }

  /** A new ticket; closed tickets go first when there are too many. */
  addTicket(ticket: Ticket): void {
    const { tickets } = this.state;
    tickets.push(ticket);
    this.store.ticketChanged(ticket);
    while (tickets.length > TICKETS_KEPT) {
      const closed = tickets.findIndex((t) => t.status === 'closed');
      const [dropped] = tickets.splice(closed >= 0 ? closed : 0, 1);
      this.store.ticketRemoved(dropped);
    }
  }
}

/** The part of a queue entry or a ticket an agent reads, masked. */
export function handedOver(
  id: string,
  request: HandoffRequest & { readonly conversationId: string },
  described: ForAgent,
  mask: (text: string) => string,
): HandedOver {
  return {
    id,
    conversationId: request.conversationId,
    locale: request.locale,
    reason: request.reason,
    ...(request.procedureId ? { procedureId: request.procedureId, step: request.step } : {}),
    ...(request.stepsDone?.length ? { stepsDone: request.stepsDone } : {}),
    userMessages: request.userMessages ?? request.transcript.filter((l) => l.from === 'user').length,
    summary: mask(described.summary),
    transcript: described.lines.map((l) => ({ ...l, text: mask(l.text) })),
  };
}
