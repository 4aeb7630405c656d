import type { Logger } from '../logging/logger';

/**
 * One place a conversation leaves something about the user: its state, its Web Chat history,
 * its transcript, the tickets left for the desk.
 */
export interface ConversationRecords {
  readonly name: string;
  /** Deletes everything this place holds about one conversation. */
  forget(channelId: string, conversationId: string): Promise<void>;
  /** Deletes what has not changed since `before`; returns how many items went. */
  sweep?(before: Date): Promise<number>;
}

const DAY_MS = 24 * 60 * 60_000;
const SWEEP_EVERY_MS = 60 * 60_000;

/**
 * What the bot keeps, and for how long: everything about a conversation is deleted after
 * RETENTION_DAYS without activity (swept at start and hourly), or at once when the user asks
 * ("delete my data"). The places register themselves; this only knows when.
 */
export class DataRetention {
  private readonly places: ConversationRecords[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly days: number,
    private readonly logger: Logger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  add(place: ConversationRecords): void {
    this.places.push(place);
  }

  /** "Delete my data": every place forgets the conversation; one failing does not stop the others. */
  async erase(channelId: string, conversationId: string): Promise<void> {
    const failed = await this.forget(channelId, conversationId);
    if (failed.length > 0) this.logger.error({ failed, channelId }, 'erase: some records could not be deleted');
    else this.logger.info({ channelId, places: this.places.length }, 'erase: conversation data deleted at the user’s request');
  }

  /** Every place forgets the conversation (the server's own warm-up, "delete my data"); returns the places that failed. */
  async forget(channelId: string, conversationId: string): Promise<string[]> {
    const results = await Promise.allSettled(this.places.map((p) => p.forget(channelId, conversationId)));
    return this.places.filter((_p, i) => results[i].status === 'rejected').map((p) => p.name);
  }

  /** Deletes what has been inactive for longer than the retention period. */
  async sweep(): Promise<number> {
    if (this.days <= 0) return 0;
    const before = new Date(this.now().getTime() - this.days * DAY_MS);
    let deleted = 0;
    for (const place of this.places) {
      try {
        deleted += (await place.sweep?.(before)) ?? 0;
      } catch (error) {
        this.logger.error({ err: error, place: place.name }, 'retention sweep failed');
      }
    }
    if (deleted > 0) this.logger.info({ deleted, days: this.days }, 'retention: inactive data deleted');
    return deleted;
  }

  start(everyMs = SWEEP_EVERY_MS): void {
    void this.sweep();
    if (this.days <= 0 || everyMs <= 0) return;
    this.timer = setInterval(() => void this.sweep(), everyMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
