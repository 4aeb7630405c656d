import { randomUUID } from 'node:crypto';
import { LocalBroadcast, type Broadcast } from '../../concurrency/broadcast';
import { singleInstance, type TurnLock } from '../../concurrency/turnLock';
import type { Logger } from '../../logging/logger';
import type { AgentNotice } from './consoleView';
import type { Presence } from './presence';

/** What instances tell each other about the hub, on the broadcast's `hub` channel. */
type News =
  | { readonly from: string; readonly kind: 'changed'; readonly notices: ReadonlyArray<{ agent: string; notice: AgentNotice }> }
  | { readonly from: string; readonly kind: 'consoles'; readonly agents: readonly string[] }
  | { readonly from: string; readonly kind: 'hello' };

/** How often an instance says whose consoles it holds; one silent for three periods is gone. */
export const CONSOLES_EVERY_MS = 5_000;
const SILENT_AFTER_MS = 3 * CONSOLES_EVERY_MS;

export interface HubSyncHooks {
  /** Another instance changed the hub: read it again and show the consoles here their new view. */
  changedElsewhere(): Promise<void>;
  /** A notice for an agent, for their consoles on this instance. */
  notice(agent: string, notice: AgentNotice): void;
  /** Who is online changed elsewhere (a console opened or closed, an instance went silent). */
  onlineChanged(): void;
}

/**
 * The hub's link to the other instances sharing its storage. Changes run under one lock across
 * instances (`exclusive`); after each, every instance hears it, reads the hub again and updates
 * its own consoles, and agents' notices reach their consoles wherever those are open. Each
 * instance says whose consoles it holds, so "is anyone online?" counts every instance's agents.
 * With one process (LocalBroadcast) this is just the process talking to itself.
 */
export class HubSync {
  readonly instance = randomUUID();
  private readonly broadcast: Broadcast;
  private readonly lock: TurnLock;
  private readonly logger: Logger;
  private timer: NodeJS.Timeout | undefined;

  constructor(
    options: { readonly broadcast?: Broadcast; readonly lock?: TurnLock; readonly logger: Logger },
    private readonly presence: Presence,
    private readonly hooks: HubSyncHooks,
    private readonly now: () => number,
  ) {
    this.broadcast = options.broadcast ?? new LocalBroadcast();
    this.lock = options.lock ?? singleInstance;
    this.logger = options.logger;
    // Heard from the start, so notices reach consoles even before `start` (tests drive a hub never started).
    this.broadcast.subscribe('hub', (payload) => this.heard(payload));
  }

  /** Whether other instances may change the hub: then it is read again before each change. */
  get shared(): boolean {
    return this.broadcast.shared;
  }

  start(): void {
    if (!this.shared) return;
    // Messages missed while this instance's listening connection was down: start again from the stored hub.
    this.broadcast.onResume(() => {
      void this.hooks.changedElsewhere();
      void this.tell({ from: this.instance, kind: 'hello' });
    });
    void this.tell({ from: this.instance, kind: 'hello' });
    this.timer = setInterval(() => {
      void this.consolesChanged();
      const now = this.now();
      if (this.presence.forgetSilent(now - SILENT_AFTER_MS, now)) this.hooks.onlineChanged();
    }, CONSOLES_EVERY_MS);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Runs `work` while no other instance changes the hub. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    return this.lock.hold('hub', work);
  }

  /** After a change was written: every instance hears of it, and agents get their notices wherever their consoles are. */
  async changed(notices: ReadonlyArray<{ agent: string; notice: AgentNotice }>): Promise<void> {
    await this.tell({ from: this.instance, kind: 'changed', notices });
  }

  /** Consoles opened or closed here: the other instances count them. */
  async consolesChanged(): Promise<void> {
    if (this.shared) await this.tell({ from: this.instance, kind: 'consoles', agents: this.presence.here() });
  }

  private heard(payload: string): void {
    let news: News;
    try {
      news = JSON.parse(payload) as News;
    } catch {
      return;
    }
    if (typeof news !== 'object' || news === null || typeof news.from !== 'string') return;
    const mine = news.from === this.instance;
    if (news.kind === 'changed') {
      // Another version of the bot (a rolling deploy) may say less: what is not understood is left.
      const notices: ReadonlyArray<{ agent: string; notice: AgentNotice }> = Array.isArray(news.notices) ? news.notices : [];
      for (const { agent, notice } of notices) this.hooks.notice(agent, notice);
      if (!mine) void this.hooks.changedElsewhere().catch((err: unknown) => this.logger.error({ err }, 'hub: could not read the hub again'));
    } else if (news.kind === 'consoles' && !mine && Array.isArray(news.agents)) {
      if (this.presence.heard(news.from, news.agents, this.now())) this.hooks.onlineChanged();
    } else if (news.kind === 'hello' && !mine) {
      void this.consolesChanged();
    }
  }

  private async tell(news: News): Promise<void> {
    await this.broadcast
      .publish('hub', JSON.stringify(news))
      .catch((err: unknown) => this.logger.error({ err, kind: news.kind }, 'hub: could not tell the other instances'));
  }
}
