import type { Activity } from 'botbuilder';
import type { Pool } from 'pg';
import { KeyedQueue } from '../../concurrency/keyedQueue';
import { Subscribers } from '../../concurrency/subscribers';
import { toJsonb } from '../../storage/postgres/json';
import type { Notifications } from '../../storage/postgres/notifications';
import { HISTORY_CAP, RESENT_WITHIN, watermarkOf, type DirectLineConversation, type DirectLineHistory, type HistoryListener } from './directLineHistory';

interface ConversationRow {
  id: string;
  user_id: string;
  locale: string | null;
  started: boolean;
  first_mark: string;
  next_mark: string;
  last_active_at: Date;
}

/**
 * The local Direct Line on PostgreSQL, for several instances: a conversation created on one may
 * post on another and stream from a third. An append takes the conversation's next watermark and
 * writes the activity in one statement (the row lock orders appends), then notifies every instance
 * (LISTEN/NOTIFY, sent on commit); each instance reads what its own open streams have not seen yet.
 */
export class PostgresDirectLineStore implements DirectLineHistory {
  private readonly listeners = new Subscribers<HistoryListener>();
  /** Per conversation with open streams here: the watermark after the last activity they were given. */
  private readonly delivered = new Map<string, number>();
  /** Reads for one conversation's streams, backlogs included, go one after the other, so none is given twice or out of order. */
  private readonly reads = new KeyedQueue();

  constructor(
    private readonly pool: Pool,
    notifications: Notifications,
  ) {
    notifications.subscribe('directline', (payload) => {
      const colon = payload.lastIndexOf(':');
      this.deliver(payload.slice(0, colon), Number(payload.slice(colon + 1)));
    });
    // Notifications sent while this instance was not listening are lost: read what each stream missed.
    notifications.onResume(() => {
      for (const id of this.listeners.keys()) this.deliver(id);
    });
  }

  async open(id: string, userId: string, locale: string | undefined): Promise<DirectLineConversation> {
    await this.pool.query('INSERT INTO directline_conversations (id, user_id, locale) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      id,
      userId,
      locale ?? null,
    ]);
    return (await this.get(id))!;
  }

  async get(id: string): Promise<DirectLineConversation | undefined> {
    const { rows } = await this.pool.query<ConversationRow>('SELECT * FROM directline_conversations WHERE id = $1', [id]);
    return rows[0] ? toConversation(rows[0]) : undefined;
  }

  async markStarted(id: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE directline_conversations SET started = true WHERE id = $1 AND NOT started', [id]);
    return rowCount === 1;
  }

  async append(id: string, activity: Partial<Activity>): Promise<string> {
    const { rows } = await this.pool.query<{ id: string }>(
      `WITH slot AS (
         UPDATE directline_conversations
         SET next_mark = next_mark + 1, first_mark = GREATEST(first_mark, next_mark + 1 - $3), last_active_at = now()
         WHERE id = $1
         RETURNING next_mark - 1 AS mark, first_mark
       ), added AS (
         INSERT INTO directline_activities (conversation_id, mark, activity)
         SELECT $1, mark, $2::jsonb || jsonb_build_object('id', $1 || '|' || lpad(mark::text, 7, '0')) FROM slot
         RETURNING mark, activity->>'id' AS id
       ), trimmed AS (
         DELETE FROM directline_activities old USING slot WHERE old.conversation_id = $1 AND old.mark < slot.first_mark
       )
       SELECT id, pg_notify('directline', $1 || ':' || mark) FROM added`,
      [id, toJsonb(activity), HISTORY_CAP],
    );
    if (!rows[0]) throw new Error(`Direct Line conversation ${id} not found`);
    return rows[0].id;
  }

  async findSent(id: string, clientActivityId: string): Promise<{ id: string; answered: boolean } | undefined> {
    const { rows } = await this.pool.query<{ id: string; answered: boolean }>(
      `SELECT a.activity->>'id' AS id,
              EXISTS (SELECT 1 FROM directline_activities r WHERE r.conversation_id = $1 AND r.mark > a.mark AND r.activity->>'replyToId' = a.activity->>'id') AS answered
       FROM directline_activities a JOIN directline_conversations c ON c.id = a.conversation_id
       WHERE a.conversation_id = $1 AND a.mark >= c.next_mark - $3
         AND a.activity->'from'->>'role' = 'user' AND a.activity->'channelData'->>'clientActivityID' = $2
       ORDER BY a.mark DESC LIMIT 1`,
      [id, clientActivityId, RESENT_WITHIN],
    );
    return rows[0];
  }

  async replace(id: string, activityIdToReplace: string, activity: Partial<Activity>): Promise<boolean> {
    const watermark = watermarkOf(id, activityIdToReplace);
    if (watermark === undefined) return false;
    const { rowCount } = await this.pool.query(
      `UPDATE directline_activities SET activity = $3::jsonb || jsonb_build_object('id', $4::text) WHERE conversation_id = $1 AND mark = $2`,
      [id, watermark, toJsonb(activity), activityIdToReplace],
    );
    return rowCount === 1;
  }

  async since(conversation: DirectLineConversation, watermark: string | undefined): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const from = Number.parseInt(watermark ?? '', 10);
    // In line with the deliveries: one read at the same time as a stream's backlog gave the welcome twice (scaleOutHub, once).
    return this.reads.run(conversation.id, async () => {
      const read = await this.read(conversation.id, Number.isFinite(from) && from >= 0 ? from : 0);
      // A stream just opened reads its backlog here: what it was given starts from there.
      if (this.listeners.has(conversation.id) && !this.delivered.has(conversation.id)) this.delivered.set(conversation.id, Number(read.watermark));
      return read;
    });
  }

  async forget(id: string): Promise<void> {
    await this.pool.query('DELETE FROM directline_conversations WHERE id = $1', [id]);
  }

  async clearHistory(id: string): Promise<void> {
    await this.pool.query(
      `WITH cleared AS (UPDATE directline_conversations SET first_mark = next_mark WHERE id = $1 RETURNING id)
       DELETE FROM directline_activities WHERE conversation_id IN (SELECT id FROM cleared)`,
      [id],
    );
  }

  /** Deletes the conversations idle since `before`, with their histories (retention); returns how many. */
  async sweep(before: Date): Promise<number> {
    const { rowCount } = await this.pool.query('DELETE FROM directline_conversations WHERE last_active_at < $1', [before]);
    return rowCount ?? 0;
  }

  subscribe(id: string, listener: HistoryListener): () => void {
    return this.listeners.add(id, listener, () => this.delivered.delete(id));
  }

  /** Gives this instance's streams of a conversation what was appended since they were last given anything. */
  private deliver(id: string, appendedMark?: number): void {
    if (!this.listeners.has(id)) return;
    void this.reads
      .run(id, async () => {
        const known = this.delivered.get(id);
        // Nothing known of what the streams have (they have not read their backlog yet): they will.
        if (known === undefined && appendedMark === undefined) return;
        if (known !== undefined && appendedMark !== undefined && appendedMark < known) return;
        const { activities, watermark } = await this.read(id, known ?? appendedMark ?? 0);
        const listeners = this.listeners.of(id);
        if (listeners.length === 0 || activities.length === 0) return;
        this.delivered.set(id, Number(watermark));
        for (const listener of listeners) listener(activities, Number(watermark));
      })
      .catch(() => undefined); // the stream's next notification, or the client's reconnect, catches up
  }

  /** The activities from watermark `from`, and the conversation's next watermark, as one snapshot. */
  private async read(id: string, from: number): Promise<{ activities: Partial<Activity>[]; watermark: string }> {
    const { rows } = await this.pool.query<{ next_mark: string; activity: Partial<Activity> | null }>(
      `SELECT c.next_mark, a.activity FROM directline_conversations c
       LEFT JOIN directline_activities a ON a.conversation_id = c.id AND a.mark >= $2
       WHERE c.id = $1 ORDER BY a.mark`,
      [id, from],
    );
    return {
      activities: rows.flatMap((r) => (r.activity ? [r.activity] : [])),
      watermark: rows[0]?.next_mark ?? String(from),
    };
  }
}

function toConversation(row: ConversationRow): DirectLineConversation {
  return {
    id: row.id,
    userId: row.user_id,
    ...(row.locale ? { locale: row.locale } : {}),
    started: row.started,
    first: Number(row.first_mark),
    next: Number(row.next_mark),
    lastActiveAt: row.last_active_at.getTime(),
  };
}
