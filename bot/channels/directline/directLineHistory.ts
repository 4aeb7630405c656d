import type { Activity } from 'botbuilder';

/** A conversation of the local Direct Line: who is in it, and where its history stands. */
export interface DirectLineConversation {
  readonly id: string;
  readonly userId: string;
  readonly locale?: string;
  started: boolean;
  /** Watermark of the oldest activity still kept. */
  first: number;
  /** Watermark the next activity gets (= how many were ever appended). */
  next: number;
  /** Epoch milliseconds of the last activity either way; retention reads it. */
  lastActiveAt: number;
}

export type HistoryListener = (activities: readonly Partial<Activity>[], watermark: number) => void;

/** Activities kept per conversation: a long support chat has a few hundred. */
export const HISTORY_CAP = 500;
/** How far back a post sent again is looked for: a retry comes within seconds. */
export const RESENT_WITHIN = 20;

/**
 * Where the local Direct Line keeps its conversations and their histories: in the bot's Storage
 * for one process (DirectLineStore), in PostgreSQL for several (PostgresDirectLineStore). A
 * watermark is an activity's place in its conversation, counted from 0 and never reused.
 */
export interface DirectLineHistory {
  /** The conversation a token names, created the first time it is opened. */
  open(id: string, userId: string, locale: string | undefined): Promise<DirectLineConversation>;
  get(id: string): Promise<DirectLineConversation | undefined>;
  /** Marks the conversation started; true only the first time (the bot is told once). */
  markStarted(id: string): Promise<boolean>;
  /** Appends an activity, gives it its id, and tells every open stream, on any instance. Returns the id. */
  append(id: string, activity: Partial<Activity>): Promise<string>;
  /**
   * A recent activity the user sent with this `clientActivityID` (Web Chat's own id for what it
   * posts), and whether the bot's answer to it is in the history: a post sent again after the
   * first went unanswered (an instance died, a proxy retried) is the same activity, not a second.
   */
  findSent(id: string, clientActivityId: string): Promise<{ readonly id: string; readonly answered: boolean } | undefined>;
  /** Replaces an activity the bot updates (updateActivity); false if it is not (or no longer) kept. */
  replace(id: string, activityId: string, activity: Partial<Activity>): Promise<boolean>;
  /** Activities after `watermark` (all kept ones when it is absent or not a number), and the watermark to ask from next. */
  since(conversation: DirectLineConversation, watermark: string | undefined): Promise<{ activities: Partial<Activity>[]; watermark: string }>;
  /** Deletes a conversation and its whole history (the warm-up's throwaway one, retention). */
  forget(id: string): Promise<void>;
  /** Deletes the history but keeps the conversation open ("delete my data": the page goes on working). */
  clearHistory(id: string): Promise<void>;
  /** Hears every activity appended from now on, wherever it was appended. */
  subscribe(id: string, listener: HistoryListener): () => void;
}

/** An activity's id: its conversation and watermark, so a reply can name the activity it answers. */
export const activityId = (id: string, watermark: number): string => `${id}|${String(watermark).padStart(7, '0')}`;

/** The watermark an activity id names, if it names one of conversation `id`. */
export function watermarkOf(id: string, activityIdGiven: string): number | undefined {
  const [owner, mark] = activityIdGiven.split('|');
  const watermark = Number(mark);
  return owner === id && Number.isInteger(watermark) && watermark >= 0 ? watermark : undefined;
}
