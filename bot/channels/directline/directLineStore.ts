import type { Activity, Storage } from 'botbuilder';
import { KeyedQueue } from '../../concurrency/keyedQueue';
import { Subscribers } from '../../concurrency/subscribers';
import {
  activityId,
  HISTORY_CAP,
  RESENT_WITHIN,
  watermarkOf,
  type DirectLineConversation,
  type DirectLineHistory,
  type HistoryListener as Listener,
} from './directLineHistory';

export { HISTORY_CAP, type DirectLineConversation } from './directLineHistory';

/** Conversations' records kept in memory; the rest are read from storage when needed. */
const CACHED_CONVERSATIONS = 500;

/**
 * Conversations of the local Direct Line in the bot's Storage (file or memory: one process), so a
 * page reload or a server restart resumes the same conversation. The history is append-only, one
 * item per activity (an append writes one small item, never the whole history), and capped: past
 * HISTORY_CAP the oldest activities are deleted. Watermarks count every activity ever appended,
 * so they never move backwards when old ones go.
 */
export class DirectLineStore implements DirectLineHistory {
  private readonly cache = new Map<string, DirectLineConversation>();
  private readonly queue = new KeyedQueue();
  private readonly listeners = new Subscribers<Listener>();

  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The conversation a token names, created the first time it is opened. */
  async open(id: string, userId: string, locale: string | undefined): Promise<DirectLineConversation> {
    return this.queue.run(id, async () => {
      const existing = await this.get(id);
      if (existing) return existing;
      const conversation: DirectLineConversation = { id, userId, ...(locale ? { locale } : {}), started: false, first: 0, next: 0, lastActiveAt: this.now() };
      await this.save(conversation);
      return conversation;
    });
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = (await this.storage.read([recordKey(id)]))[recordKey(id)] as (DirectLineConversation & LegacyFields) | undefined;
    if (!stored) return undefined;
    const conversation = stored.activities ? await this.migrate(stored) : stored;
    this.remember(conversation);
    return conversation;
  }

  /** Marks the conversation started; true only the first time (the bot is told once). */
  async markStarted(id: string): Promise<boolean> {
    return this.queue.run(id, async () => {
      const conversation = await this.get(id);
      if (!conversation || conversation.started) return false;
      conversation.started = true;
      await this.save(conversation);
      return true;
    });
  }

  /** Appends an activity, gives it its id, and tells every open stream. Returns the id. */
  async append(id: string, activity: Partial<Activity>): Promise<string> {
    return this.queue.run(id, async () => {
      const conversation = await this.get(id);
      if (!conversation) throw new Error(`Direct Line conversation ${id} not found`);
      const watermark = conversation.next;
      const stored = { ...activity, id: activityId(id, watermark) };
      await this.storage.write({ [activityKey(id, watermark)]: stored });
      conversation.next = watermark + 1;
      conversation.lastActiveAt = this.now();
      const dropped: string[] = [];
      while (conversation.next - conversation.first > HISTORY_CAP) dropped.push(activityKey(id, conversation.first++));
      await this.save(conversation);
      if (dropped.length > 0) await this.storage.delete(dropped);
      for (const listener of this.listeners.of(id)) listener([stored], watermark + 1);
      return stored.id;
    });
  }

  async findSent(id: string, clientActivityId: string): Promise<{ id: string; answered: boolean } | undefined> {
    const conversation = await this.get(id);
    if (!conversation) return undefined;
    const { activities } = await this.since(conversation, String(Math.max(conversation.first, conversation.next - RESENT_WITHIN)));
    const sent = activities.find(
      (a) => a.from?.role === 'user' && (a.channelData as { clientActivityID?: unknown } | undefined)?.clientActivityID === clientActivityId,
    );
    return sent?.id ? { id: sent.id, answered: activities.some((a) => a.replyToId === sent.id) } : undefined;
  }

  /** Replaces an activity the bot updates (updateActivity); false if it is not (or no longer) kept. */
  async replace(id: string, activityIdToReplace: string, activity: Partial<Activity>): Promise<boolean> {
    return this.queue.run(id, async () => {
      const conversation = await this.get(id);
      const watermark = watermarkOf(id, activityIdToReplace);
      if (!conversation || watermark === undefined || watermark < conversation.first || watermark >= conversation.next) return false;
      await this.storage.write({ [activityKey(id, watermark)]: { ...activity, id: activityIdToReplace } });
      return true;
    });
  }

  /** Activities after `watermark` (all kept ones when it is absent or not a number). */
  async since(conversation: DirectLineConversation, watermark: string | undefined): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Math.max(conversation.first, Number.isFinite(from) && from >= 0 ? from : 0);
    const end = conversation.next;
    const keys = historyKeys(conversation, start);
    const items = keys.length > 0 ? await this.storage.read(keys) : {};
    const activities = keys.map((k) => items[k] as Partial<Activity> | undefined).filter((a): a is Partial<Activity> => a !== undefined);
    return { activities: activities.map(({ eTag: _eTag, ...a }: Partial<Activity> & { eTag?: string }) => a), watermark: String(end) };
  }

  /** Caches a conversation as most recently used, evicting the oldest idle ones past the bound. */
  private remember(conversation: DirectLineConversation): void {
    this.cache.delete(conversation.id);
    this.cache.set(conversation.id, conversation);
    for (const id of this.cache.keys()) {
      if (this.cache.size <= CACHED_CONVERSATIONS) break;
      if (!this.listeners.has(id) && !this.queue.has(id)) this.cache.delete(id);
    }
  }

  /** How many conversations are held in memory (bounded; the rest live in storage). */
  get cachedConversations(): number {
    return this.cache.size;
  }

  /** Deletes a conversation and its whole history (the warm-up's throwaway one, retention, "delete my data"). */
  async forget(id: string): Promise<void> {
    await this.queue.run(id, async () => {
      const conversation = await this.get(id);
      this.cache.delete(id);
      const history = conversation ? historyKeys(conversation) : [];
      await this.storage.delete([...history, recordKey(id)]);
    });
  }

  /** Deletes the history but keeps the conversation open ("delete my data": the page goes on working). */
  async clearHistory(id: string): Promise<void> {
    await this.queue.run(id, async () => {
      const conversation = await this.get(id);
      if (!conversation) return;
      const history = historyKeys(conversation);
      await this.storage.delete(history);
      conversation.first = conversation.next;
      await this.save(conversation);
    });
  }

  subscribe(id: string, listener: Listener): () => void {
    return this.listeners.add(id, listener);
  }

  private async save(conversation: DirectLineConversation): Promise<void> {
    this.remember(conversation);
    await this.storage.write({ [recordKey(conversation.id)]: { ...conversation, eTag: '*' } });
  }

  /** Records written before the history was split out held it inline: split it on first read. */
  private async migrate(legacy: DirectLineConversation & LegacyFields): Promise<DirectLineConversation> {
    const { activities = [], token: _token, eTag: _eTag, ...rest } = legacy;
    const kept = activities.slice(-HISTORY_CAP);
    const first = activities.length - kept.length;
    const conversation: DirectLineConversation = { ...rest, first, next: activities.length, lastActiveAt: this.now() };
    if (kept.length > 0) await this.storage.write(Object.fromEntries(kept.map((a, i) => [activityKey(legacy.id, first + i), a])));
    await this.storage.write({ [recordKey(legacy.id)]: { ...conversation, eTag: '*' } });
    return conversation;
  }
}

interface LegacyFields {
  activities?: Partial<Activity>[];
  token?: string;
  eTag?: string;
}

const recordKey = (id: string): string => `directline/conversations/${id}`;
const activityKey = (id: string, watermark: number): string => `directline/activities/${id}/${String(watermark).padStart(7, '0')}`;
/** The storage keys of the activities kept, from watermark `from` (the oldest kept one when not given). */
function historyKeys(conversation: DirectLineConversation, from = conversation.first): string[] {
  return Array.from({ length: Math.max(0, conversation.next - from) }, (_, i) => activityKey(conversation.id, from + i));
}
