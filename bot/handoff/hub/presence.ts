import { Subscribers } from '../../concurrency/subscribers';
import type { DeskEvent } from '../../contracts/liveDesk';
import { isOpen, nextOpening, type BusinessHours } from '../../config/businessHours';
import type { ConsoleMessage } from './consoleView';
import type { AgentStatus } from './hubState';

export type Unavailable = Extract<DeskEvent, { kind: 'unavailable' }>;

/**
 * Who has the console open, on this instance or another, and since when an agent has had none
 * (for the grace period before their conversations go back to the queue). Not stored: presence is
 * the open console itself; other instances say whose consoles they hold (HubSync), and one not
 * heard from for a while counts as gone, with its consoles.
 */
export class Presence {
  private readonly connections = new Subscribers<(message: ConsoleMessage) => void>();
  private readonly offlineSince = new Map<string, number>();
  /** Other instances: whose consoles they hold, and when they last said so. */
  private readonly elsewhere = new Map<string, { readonly agents: ReadonlySet<string>; readonly heardAt: number }>();

  /** After a restart every agent counts as just gone: they get the grace period to reconnect. */
  startGrace(agents: readonly string[], at: number): void {
    for (const name of agents) this.offlineSince.set(name, at);
  }

  /** A console opened; returns the function to call when it closes. */
  connect(agent: string, listener: (message: ConsoleMessage) => void, now: () => number, changed: () => void): () => void {
    const remove = this.connections.add(agent, listener, () => {
      if (!this.isOnline(agent)) this.offlineSince.set(agent, now());
    });
    this.offlineSince.delete(agent);
    return () => {
      remove();
      changed();
    };
  }

  /** Another instance says whose consoles it holds now; true when that changes who is online. */
  heard(instance: string, agents: readonly string[], now: number): boolean {
    return this.changingOnline(now, () => this.elsewhere.set(instance, { agents: new Set(agents), heardAt: now }));
  }

  /** Instances not heard from since `before` are gone, with their consoles; true when that changes who is online. */
  forgetSilent(before: number, now: number): boolean {
    return this.changingOnline(now, () => {
      for (const [instance, { heardAt }] of this.elsewhere) if (heardAt < before) this.elsewhere.delete(instance);
    });
  }

  isOnline(agent: string): boolean {
    return this.connections.has(agent) || [...this.elsewhere.values()].some((i) => i.agents.has(agent));
  }

  /** Agents with a console open anywhere. */
  online(): string[] {
    return [...new Set([...this.connections.keys(), ...[...this.elsewhere.values()].flatMap((i) => [...i.agents])])];
  }

  /** Agents with a console open on this instance (what it tells the others, and whom it can tell). */
  here(): string[] {
    return this.connections.keys();
  }

  /** When the agent closed their last console, if they have none open. */
  offlineAt(agent: string): number | undefined {
    return this.offlineSince.get(agent);
  }

  available(agentStatus: Readonly<Record<string, AgentStatus>>): number {
    return this.online().filter((name) => agentStatus[name] === 'available').length;
  }

  /** The last time an available agent was seen (0 when never). */
  private lastSeenAvailable(agentStatus: Readonly<Record<string, AgentStatus>>): number {
    return Math.max(0, ...[...this.offlineSince.entries()].filter(([name]) => agentStatus[name] === 'available').map(([, t]) => t));
  }

  /** Runs `change` to who is elsewhere, then records when agents came and went; true if anyone did. */
  private changingOnline(now: number, change: () => void): boolean {
    const before = new Set(this.online());
    change();
    const after = new Set(this.online());
    for (const agent of before) if (!after.has(agent)) this.offlineSince.set(agent, now);
    for (const agent of after) if (!before.has(agent)) this.offlineSince.delete(agent);
    return before.size !== after.size || [...before].some((a) => !after.has(a));
  }

  /** To this instance's consoles of `agent`; consoles elsewhere hear through HubSync. */
  tell(agent: string, message: ConsoleMessage): void {
    for (const listener of this.connections.of(agent)) listener(message);
  }

  /**
   * Why no one can take a conversation now, if so: outside business hours, or no agent available
   * (for `graceMs`, so that a console reloading does not empty the queue).
   */
  whyUnavailable(hours: BusinessHours | undefined, agentStatus: Readonly<Record<string, AgentStatus>>, now: Date, graceMs: number): Unavailable | undefined {
    if (!isOpen(hours, now)) {
      const opensAt = nextOpening(hours, now)?.toISOString();
      return { kind: 'unavailable', why: 'closed', timeZone: hours!.timeZone, ...(opensAt ? { opensAt } : {}) };
    }
    if (this.available(agentStatus) > 0) return undefined;
    if (graceMs > 0 && now.getTime() - this.lastSeenAvailable(agentStatus) < graceMs) return undefined;
    return { kind: 'unavailable', why: 'nobodyOnline' };
  }
}
