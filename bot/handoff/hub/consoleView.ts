import type { ReadableLine } from '../forAgent';
import type { AgentStatus, HubState, QueueEntry, Ticket } from './hubState';

export interface EntryView {
  readonly id: string;
  readonly locale: string;
  readonly reason: string;
  readonly procedureId?: string;
  readonly step?: string;
  readonly stepsDone?: readonly string[];
  readonly userMessages?: number;
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
  readonly mine: ReadonlyArray<
    EntryView & { readonly assignedAt: string; readonly transcript: readonly ReadableLine[]; readonly messages: readonly ReadableLine[] }
  >;
  readonly tickets: readonly Ticket[];
  readonly now: string;
}

/** Something one agent should notice (the console shows it in their language). */
export type AgentNotice =
  | { readonly kind: 'userLeft' | 'userSilent' | 'lostToQueue'; readonly entryId: string }
  | { readonly kind: 'transferredToYou'; readonly entryId: string; readonly from: string };

export type ConsoleMessage = { readonly type: 'view'; readonly view: AgentView } | { readonly type: 'notice'; readonly notice: AgentNotice };

/** The console's view model for `agent`: the shared queue in order, their conversations, the open tickets. */
export function agentView(
  state: HubState,
  agent: string,
  at: { readonly online: readonly string[]; readonly open: boolean; readonly waiting: readonly QueueEntry[]; readonly now: Date },
): AgentView {
  const { entries, tickets, agentStatus } = state;
  return {
    agent: { name: agent, status: agentStatus[agent] ?? 'away' },
    online: at.online.map((name) => ({ name, status: agentStatus[name] ?? 'away' })),
    open: at.open,
    queue: at.waiting.map((e, index) => ({ ...entryView(e), position: index + 1 })),
    mine: entries
      .filter((e) => e.status === 'assigned' && e.agent === agent)
      .map((e) => ({ ...entryView(e), assignedAt: e.assignedAt!, transcript: e.transcript, messages: e.messages })),
    tickets: tickets.filter((t) => t.status === 'open').reverse(),
    now: at.now.toISOString(),
  };
}

function entryView(e: QueueEntry): EntryView {
  return {
    id: e.id,
    locale: e.locale,
    reason: e.reason,
    ...(e.procedureId ? { procedureId: e.procedureId, step: e.step } : {}),
    ...(e.stepsDone ? { stepsDone: e.stepsDone } : {}),
    ...(e.userMessages !== undefined ? { userMessages: e.userMessages } : {}),
    summary: e.summary,
    enqueuedAt: e.enqueuedAt,
  };
}
