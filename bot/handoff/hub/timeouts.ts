import type { DeskEvent } from '../../contracts/liveDesk';
import type { AgentNotice } from './consoleView';
import type { HubBook } from './hubBook';
import type { QueueEntry } from './hubState';
import type { Presence, Unavailable } from './presence';

/** What a change has to tell, once it is saved and the lock released. */
export interface Effects {
  readonly users: Array<{ address: unknown; event: DeskEvent }>;
  readonly notices: Array<{ agent: string; notice: AgentNotice }>;
}

export interface TimeoutLimits {
  readonly queueTimeoutMs: number;
  readonly userSilenceMs: number;
  readonly agentGraceMs: number;
}

/**
 * Nothing stays stuck at the desk: a user waiting too long, or while no agent is there, is
 * offered to leave a message; a silent user goes back to the bot; an agent gone past the grace
 * period loses their conversations to the front of the queue.
 */
export function timeOut(
  effects: Effects,
  at: {
    readonly book: HubBook;
    readonly presence: Presence;
    readonly limits: TimeoutLimits;
    readonly now: number;
    readonly requeue: (entry: QueueEntry) => void;
    readonly unavailable: (graceMs: number) => Unavailable | undefined;
  },
): void {
  const { book, presence, limits, now } = at;
  for (const entry of book.state.entries.filter((e) => e.status === 'assigned')) {
    const offline = presence.offlineAt(entry.agent!);
    if (now - Date.parse(entry.lastUserAt) >= limits.userSilenceMs) {
      book.remove(entry);
      effects.users.push({ address: entry.address, event: { kind: 'ended', by: 'userSilence' } });
      effects.notices.push({ agent: entry.agent!, notice: { kind: 'userSilent', entryId: entry.id } });
    } else if (offline !== undefined && now - offline >= limits.agentGraceMs) {
      at.requeue(entry);
    }
  }
  const unavailable = at.unavailable(limits.agentGraceMs);
  for (const entry of book.waiting()) {
    const tooLong = now - Date.parse(entry.waitingSince) >= limits.queueTimeoutMs;
    if (!tooLong && !unavailable) continue;
    book.remove(entry);
    effects.users.push({ address: entry.address, event: unavailable ?? { kind: 'unavailable', why: 'queueTimeout' } });
  }
}
