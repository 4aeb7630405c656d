import type { Storage } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import type { DueReminder, ReminderClock } from './reminderClock';

const KEY = 'reminders/due';
/** Reminders kept at most (one per conversation: a new one replaces the last); past it, the soonest due are kept. */
const MAX_KEPT = 10_000;
/** A delivery that failed is tried again this much later, this many times in all. */
const RETRY_MS = 30_000;
const ATTEMPTS = 5;

interface Kept extends DueReminder {
  readonly attempts?: number;
}

/**
 * Reminders in the bot's Storage (file or memory), for one process: one item lists them, checked
 * every `pollMs`. A file-stored reminder survives a restart and is delivered when the process is
 * back, late rather than never. A reminder leaves the list only after it was delivered.
 */
export class StorageReminderClock implements ReminderClock {
  private readonly queue = new KeyedQueue();
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  /** When the soonest kept reminder is due: one process writes the list, so it knows without reading it every second. */
  private nextAt = 0;

  constructor(
    private readonly storage: Storage,
    private readonly pollMs = 1_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async schedule(reminder: DueReminder): Promise<void> {
    await this.edit((kept) => [...kept.filter((r) => r.id !== reminder.id && r.id !== reminder.replaces), reminder]);
  }

  async start(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    this.timer = setInterval(() => void this.tick(deliver), this.pollMs);
    this.timer.unref();
    await this.tick(deliver);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
  }

  /** Delivers what is due, one at a time; a tick still running when the next comes lets it pass. */
  private async tick(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    if (this.ticking || this.now() < this.nextAt) return;
    this.ticking = true;
    try {
      const kept = await this.read();
      this.nextAt = Math.min(Infinity, ...kept.map((r) => r.at));
      const due = kept.filter((r) => r.at <= this.now());
      for (const reminder of due) {
        const { attempts: _attempts, ...given } = reminder;
        const delivered = await deliver(given).then(
          () => true,
          () => false,
        );
        const attempts = (reminder.attempts ?? 0) + 1;
        await this.edit((kept) => {
          const rest = kept.filter((r) => r.id !== reminder.id);
          return delivered || attempts >= ATTEMPTS ? rest : [...rest, { ...reminder, at: this.now() + RETRY_MS, attempts }];
        });
      }
    } finally {
      this.ticking = false;
    }
  }

  private async read(): Promise<Kept[]> {
    const item = (await this.storage.read([KEY]))[KEY] as { reminders?: Kept[] } | undefined;
    return item?.reminders ?? [];
  }

  private async edit(change: (kept: Kept[]) => Kept[]): Promise<void> {
    await this.queue.run(KEY, async () => {
      const reminders = change(await this.read())
        .sort((a, b) => a.at - b.at)
        .slice(0, MAX_KEPT);
      await this.storage.write({ [KEY]: { reminders, eTag: '*' } });
      this.nextAt = reminders[0]?.at ?? Infinity;
    });
  }
}
