/** A reminder kept until it is due: the conversation's channel address, and which of its reminders. */
export interface DueReminder {
  readonly id: string;
  /** Epoch milliseconds. */
  readonly at: number;
  readonly address: unknown;
  /** The conversation's earlier reminder, which this one replaces: one waits per conversation. */
  readonly replaces?: string;
}

/**
 * Keeps reminders until they are due, across restarts, and hands each to `deliver` on one
 * instance: in the bot's Storage for one process (StorageReminderClock), in pg-boss's job tables
 * for several (PgBossReminderClock). A delivery that fails is tried again, so `deliver` must be
 * safe to run twice (the engine says a reminder once: it is cleared from the state it is said with).
 */
export interface ReminderClock {
  schedule(reminder: DueReminder): Promise<void>;
  start(deliver: (reminder: DueReminder) => Promise<void>): Promise<void>;
  stop(): Promise<void>;
}

/** When reminders are due: `delaySeconds` after what they remind about began (an SMS code's arrival). */
export class Reminders {
  constructor(
    private readonly clock: ReminderClock,
    private readonly delaySeconds: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Schedules the reminder; none when reminders are off (0) or its time has already passed. */
  async schedule(reminder: { id: string; startedMinutesAgo: number; replaces?: string }, address: unknown): Promise<void> {
    const now = this.now();
    const at = now - reminder.startedMinutesAgo * 60_000 + this.delaySeconds * 1000;
    if (this.delaySeconds <= 0 || at <= now) return;
    await this.clock.schedule({ id: reminder.id, at, address, ...(reminder.replaces ? { replaces: reminder.replaces } : {}) });
  }
}
