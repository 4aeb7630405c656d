import { randomBytes } from 'node:crypto';
import type { Activity, Storage } from 'botbuilder';
import { KeyedQueue } from '../../concurrency/keyedQueue';

/**
 * Conversations of the local Direct Line: who is in them, their token, and every activity in
 * order (the index is the watermark). Kept in the bot's Storage, so a page reload or a server
 * restart resumes the same conversation with its history.
 */
export interface DirectLineConversation {
  readonly id: string;
  readonly token: string;
  readonly userId: string;
  readonly locale?: string;
  started: boolean;
  readonly activities: Partial<Activity>[];
}

type Listener = (activities: readonly Partial<Activity>[], watermark: number) => void;

/** Conversations kept in memory; older ones without an open stream are reloaded from storage when needed. */
const CACHED_CONVERSATIONS = 500;

export class DirectLineStore {
  private readonly cache = new Map<string, DirectLineConversation>();
  private readonly queue = new KeyedQueue();
  private readonly listeners = new Map<string, Set<Listener>>();

  constructor(private readonly storage: Storage) {}

  async create(userId: string | undefined, locale: string | undefined): Promise<DirectLineConversation> {
    const id = randomBytes(12).toString('base64url');
    const conversation: DirectLineConversation = {
      id,
      token: `${id}.${randomBytes(24).toString('base64url')}`,
      userId: userId && /^[\w.@:-]{1,64}$/.test(userId) ? userId : `dl_${randomBytes(8).toString('hex')}`,
      ...(locale ? { locale } : {}),
      started: false,
      activities: [],
    };
    await this.queue.run(id, () => this.save(conversation));
    return conversation;
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const stored = (await this.storage.read([key(id)]))[key(id)] as DirectLineConversation | undefined;
    if (stored) this.remember(stored);
    return stored;
  }

  /** The conversation the bearer token belongs to, if the token is valid. */
  async byToken(token: string | undefined): Promise<DirectLineConversation | undefined> {
    const id = token?.split('.')[0];
    const conversation = id ? await this.get(id) : undefined;
    return conversation && conversation.token === token ? conversation : undefined;
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
      const watermark = conversation.activities.length;
      const stored = { ...activity, id: `${id}|${String(watermark).padStart(7, '0')}` };
      conversation.activities.push(stored);
      await this.save(conversation);
      for (const listener of this.listeners.get(id) ?? []) listener([stored], watermark + 1);
      return stored.id;
    });
  }

  /** Replaces an activity the bot updates (updateActivity). */
  async replace(id: string, activityId: string, activity: Partial<Activity>): Promise<boolean> {
    return this.queue.run(id, async () => {
      const conversation = await this.get(id);
      const index = conversation?.activities.findIndex((a) => a.id === activityId) ?? -1;
      if (!conversation || index < 0) return false;
      conversation.activities[index] = { ...activity, id: activityId };
      await this.save(conversation);
      return true;
    });
  }

  /** Activities after `watermark` (all when it is absent or not a number). */
  since(conversation: DirectLineConversation, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const from = Number.parseInt(watermark ?? '', 10);
    const start = Number.isFinite(from) && from >= 0 ? from : 0;
    return { activities: conversation.activities.slice(start), watermark: String(conversation.activities.length) };
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

  /** Drops a conversation, in memory and in storage (the warm-up's throwaway one). */
  async forget(id: string): Promise<void> {
    this.cache.delete(id);
    await this.storage.delete([key(id)]);
  }

  subscribe(id: string, listener: Listener): () => void {
    const set = this.listeners.get(id) ?? new Set<Listener>();
    set.add(listener);
    this.listeners.set(id, set);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(id);
    };
  }

  private async save(conversation: DirectLineConversation): Promise<void> {
    this.remember(conversation);
    await this.storage.write({ [key(conversation.id)]: { ...conversation, eTag: '*' } });
  }
}

const key = (id: string): string => `directline/conversations/${id}`;
