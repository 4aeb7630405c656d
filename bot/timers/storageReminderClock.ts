import type { Storage } from 'botbuilder';
import type { DueReminder, ReminderClock } from './reminderClock';

/** Reminders are stored in this many items, by conversation: a schedule rewrites one, not every conversation's. */
const SHARDS = 64;
const shardKey = (shard: number) => `reminders/due/${shard}`;
/** Where earlier versions kept the whole list in one item: read once and moved into the shards. */
const LEGACY_KEY = 'reminders/due';
/** Reminders kept at most (one per conversation: a new one replaces the last); past it, the soonest due are kept. */
const MAX_KEPT = 10_000;
/** A delivery that failed is tried again this much later, this many times in all. */
const RETRY_MS = 30_000;
const ATTEMPTS = 5;

interface Kept extends DueReminder {
  readonly attempts?: number;
}

/**
 * Reminders in the bot's Storage (file or memory), for one process, checked every `pollMs`. A
 * file-stored reminder survives a restart and is delivered when the process is back, late rather
 * than never. A reminder leaves storage only after it was delivered.
 *
 * One process writes them, so they are read once and then kept in memory; they are stored in
 * shards by reminder id, and writes are group commits: `schedule` returns once a write holding its
 * change is stored, and changes made while one write is in flight share the next. A turn that
 * schedules used to read and rewrite one list of every conversation's reminder, the top item of a
 * loaded bot's CPU profile (13%, growing with the list).
 */
export class StorageReminderClock implements ReminderClock {
  private timer: NodeJS.Timeout | undefined;
  private ticking: Promise<void> | undefined;
  /** Stopped: nothing more is written, so a process shutting down never overwrites its successor's shards. */
  private stopped = false;
  /** When the soonest kept reminder is due, or earlier: a tick before it looks at nothing. */
  private nextAt = 0;
  private shards: Promise<Array<Map<string, Kept>>> | undefined;
  private readonly dirty = new Set<number>();
  private legacyFound = false;
  /** The write in flight, and the one that will follow it with every change made meanwhile. */
  private writing: Promise<void> | undefined;
  private nextWrite: Promise<void> | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly pollMs = 1_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  async schedule(reminder: DueReminder): Promise<void> {
    const shards = await this.load();
    this.remove(shards, reminder.id);
    if (reminder.replaces) this.remove(shards, reminder.replaces);
    this.put(shards, reminder);
    if (shards.reduce((n, s) => n + s.size, 0) > MAX_KEPT) this.remove(shards, latest(shards).id);
    this.nextAt = Math.min(this.nextAt, reminder.at);
    await this.persist();
  }

  async start(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    // A tick that could not read storage is tried again at the next one.
    this.timer = setInterval(() => void this.tick(deliver).catch(() => undefined), this.pollMs);
    this.timer.unref();
    await this.tick(deliver);
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.ticking?.catch(() => undefined);
    this.stopped = true;
    // A failed last write was already reported to its schedule(); stopping goes on.
    await this.nextWrite?.catch(() => undefined);
    await this.writing?.catch(() => undefined);
  }

  /** Delivers what is due, one at a time; a tick still running when the next comes lets it pass. */
  private async tick(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    if (this.ticking || this.stopped || this.now() < this.nextAt) return;
    this.ticking = this.deliverDue(deliver).finally(() => (this.ticking = undefined));
    await this.ticking;
  }

  private async deliverDue(deliver: (reminder: DueReminder) => Promise<void>): Promise<void> {
    const shards = await this.load();
    const due = shards.flatMap((s) => [...s.values()].filter((r) => r.at <= this.now()));
    for (const reminder of due) {
      const { attempts: _attempts, ...given } = reminder;
      const delivered = await deliver(given).then(
        () => true,
        () => false,
      );
      const attempts = (reminder.attempts ?? 0) + 1;
      // Replaced while it was being delivered: the newer one stays, the retry is moot.
      if (shards[shardOf(reminder.id)].get(reminder.id) !== reminder) continue;
      if (delivered || attempts >= ATTEMPTS) this.remove(shards, reminder.id);
      else this.put(shards, { ...reminder, at: this.now() + RETRY_MS, attempts });
      await this.persist();
    }
    this.nextAt = shards.reduce((soonest, s) => [...s.values()].reduce((min, r) => Math.min(min, r.at), soonest), Infinity);
  }

  private put(shards: Array<Map<string, Kept>>, reminder: Kept): void {
    const shard = shardOf(reminder.id);
    shards[shard].set(reminder.id, reminder);
    this.dirty.add(shard);
  }

  private remove(shards: Array<Map<string, Kept>>, id: string): void {
    const shard = shardOf(id);
    if (shards[shard].delete(id)) this.dirty.add(shard);
  }

  private load(): Promise<Array<Map<string, Kept>>> {
    this.shards ??= this.storage.read([LEGACY_KEY, ...Array.from({ length: SHARDS }, (_, i) => shardKey(i))]).then(
      (items) => {
        const listed = (key: string) => (items[key] as { reminders?: Kept[] } | undefined)?.reminders ?? [];
        const shards = Array.from({ length: SHARDS }, (_, i) => new Map(listed(shardKey(i)).map((r) => [r.id, r])));
        this.legacyFound = LEGACY_KEY in items;
        // Only what the shards do not hold: a legacy list whose deletion failed holds reminders delivered since.
        for (const reminder of listed(LEGACY_KEY)) if (!shards[shardOf(reminder.id)].has(reminder.id)) this.put(shards, reminder);
        return shards;
      },
      (error: unknown) => {
        // Not read: the next call reads again rather than starting from nothing and overwriting what is stored.
        this.shards = undefined;
        throw error;
      },
    );
    return this.shards;
  }

  /** Resolves once a write holding every change made before the call is stored. */
  private persist(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    if (this.nextWrite) return this.nextWrite;
    const write = async (): Promise<void> => {
      await this.writing?.catch(() => undefined);
      this.nextWrite = undefined;
      this.writing = current;
      const shards = await this.load();
      const changed = [...this.dirty];
      this.dirty.clear();
      try {
        const items = Object.fromEntries(changed.map((i) => [shardKey(i), { reminders: [...shards[i].values()], eTag: '*' }]));
        if (changed.length > 0) await this.storage.write(items);
        if (this.legacyFound) await this.storage.delete([LEGACY_KEY]);
        this.legacyFound = false;
      } catch (error) {
        for (const i of changed) this.dirty.add(i);
        throw error;
      } finally {
        if (this.writing === current) this.writing = undefined;
      }
    };
    const current: Promise<void> = write();
    this.nextWrite = current;
    return current;
  }
}

/** FNV-1a of the id: the same shard in every process and after a restart. */
function shardOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % SHARDS;
}

function latest(shards: ReadonlyArray<ReadonlyMap<string, Kept>>): Kept {
  let last: Kept | undefined;
  for (const shard of shards) for (const r of shard.values()) if (!last || r.at > last.at) last = r;
  return last!;
}
