import type { Activity, Storage, StoreItem, TurnContext } from 'botbuilder';
import type { ConversationData } from '../contracts/conversationData';
import { CREATE_ONLY } from '../storage/eTagConflict';

/** The stored item, as botbuilder's ConversationState kept it: the bot's data under "support". */
interface StoredConversation extends StoreItem {
  support?: ConversationData;
  /** Ids of the last activities whose turns were saved: one delivered again is recognised. */
  handled?: string[];
  /** What the last of them was answered, to answer it again if it comes again (its replies may never have left). */
  lastAnswer?: { readonly activityId: string; readonly replies: readonly Partial<Activity>[] };
}

/** Enough for a channel's retries, which come within seconds of the first delivery. */
const HANDLED_KEPT = 20;

/** The record as this turn read it, and the eTag it had then. */
interface TurnCopy {
  readonly key: string;
  readonly item: StoredConversation;
  readTag: string | undefined;
  changed: boolean;
}

const TURN_COPY = Symbol('conversationRecord');

/**
 * A conversation's record as a turn sees it: read once, written once, and written only if nobody
 * wrote it since it was read. botbuilder's ConversationState writes with eTag "*" (last writer
 * wins), which would let a turn handled at the same moment elsewhere vanish without a trace; here
 * the eTag read is the one checked, and a refused write (ETagConflictError) lets the turn be run
 * again on what is stored now. Items keep ConversationState's key and shape, so stored
 * conversations carry on.
 */
export class ConversationRecords {
  constructor(private readonly storage: Storage) {}

  async get(context: TurnContext): Promise<ConversationData | undefined> {
    return (await this.copy(context)).item.support;
  }

  async set(context: TurnContext, data: ConversationData): Promise<void> {
    const copy = await this.copy(context);
    copy.item.support = data;
    copy.changed = true;
  }

  /**
   * Whether this activity's turn was already saved: a channel delivering it again (Teams retries
   * on a timeout; a client retries on another instance when the first one died) must not make the
   * bot answer twice or count the message twice.
   */
  async alreadyHandled(context: TurnContext): Promise<boolean> {
    const id = context.activity.id;
    return id !== undefined && (await this.copy(context)).item.handled?.includes(id) === true;
  }

  /** Records this activity as handled, with its replies, in the same write as its turn's state. */
  async markHandled(context: TurnContext, replies: readonly Partial<Activity>[]): Promise<void> {
    const id = context.activity.id;
    if (!id) return;
    const copy = await this.copy(context);
    copy.item.handled = [...(copy.item.handled ?? []), id].slice(-HANDLED_KEPT);
    copy.item.lastAnswer = { activityId: id, replies };
    copy.changed = true;
  }

  /**
   * The replies of this activity's saved turn, if it was the last one handled: an instance that
   * died after saving the turn and before sending them left the user with none.
   */
  async answerGiven(context: TurnContext): Promise<readonly Partial<Activity>[]> {
    const { lastAnswer } = (await this.copy(context)).item;
    return lastAnswer && lastAnswer.activityId === context.activity.id ? lastAnswer.replies : [];
  }

  /** Writes the turn's copy when it changed (always when `force`); throws when the record changed since it was read. */
  async save(context: TurnContext, force = false): Promise<void> {
    const copy = context.turnState.get<TurnCopy | undefined>(TURN_COPY);
    if (!copy || !(copy.changed || force)) return;
    // A record that did not exist when read must still not exist: a first turn elsewhere would be lost.
    const expected = copy.readTag ?? CREATE_ONLY;
    const written: StoredConversation = { ...copy.item, eTag: expected };
    await this.storage.write({ [copy.key]: written });
    // Storages that report the new eTag (ours) keep the check for a second write in the turn; others overwrite then.
    copy.readTag = written.eTag !== expected ? written.eTag : '*';
    copy.changed = false;
  }

  /** Drops the turn's copy: the next `get` reads what is stored now (a turn run again after a conflict). */
  forget(context: TurnContext): void {
    context.turnState.delete(TURN_COPY);
  }

  private async copy(context: TurnContext): Promise<TurnCopy> {
    const cached = context.turnState.get<TurnCopy | undefined>(TURN_COPY);
    if (cached) return cached;
    const key = recordKey(context);
    const { eTag, ...item } = ((await this.storage.read([key]))[key] ?? {}) as StoredConversation;
    const copy: TurnCopy = { key, item, readTag: eTag, changed: false };
    context.turnState.set(TURN_COPY, copy);
    return copy;
  }
}

function recordKey(context: TurnContext): string {
  const { channelId, conversation } = context.activity;
  if (!channelId || !conversation?.id) throw new Error('A turn without a channel or conversation id has no record');
  return conversationStateKey(channelId, conversation.id);
}

/** Where botbuilder's ConversationState keeps a conversation: "<channel>/conversations/<id>/" (the trailing slash is its empty namespace). */
export function conversationStateKey(channelId: string, conversationId: string): string {
  return `${channelId}/conversations/${conversationId}/`;
}
