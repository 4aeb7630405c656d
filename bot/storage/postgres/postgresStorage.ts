import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import type { Pool } from 'pg';
import { ETagConflictError } from '../eTagConflict';
import { toJsonb } from './json';

/**
 * botbuilder's `Storage` on PostgreSQL, shared by every instance: one row per key (`bot_items`).
 * eTags are compared in the same statement that writes, so two instances can never both win:
 * "*" or none overwrites, a stale eTag is refused (ETagConflictError), as in MemoryStorage. The new
 * eTag is set on the item written, so its writer can write it again without reading it back.
 */
export class PostgresStorage implements Storage {
  constructor(private readonly pool: Pool) {}

  async read(keys: string[]): Promise<StoreItems> {
    if (keys.length === 0) return {};
    const { rows } = await this.pool.query<{ key: string; item: StoreItem; etag: string }>('SELECT key, item, etag FROM bot_items WHERE key = ANY($1)', [keys]);
    return Object.fromEntries(rows.map((row) => [row.key, { ...row.item, eTag: row.etag }]));
  }

  async write(changes: StoreItems): Promise<void> {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.writeOne(key, item as StoreItem)));
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.pool.query('DELETE FROM bot_items WHERE key = ANY($1)', [keys]);
  }

  /** Deletes the items not written since `before` whose key `expired` accepts; returns the keys deleted. */
  async sweep(before: Date, expired: (key: string) => boolean): Promise<string[]> {
    const { rows } = await this.pool.query<{ key: string }>('SELECT key FROM bot_items WHERE updated_at < $1', [before]);
    const keys = rows.map((r) => r.key).filter(expired);
    if (keys.length === 0) return [];
    // Checked again as it deletes: an item written since the list was read stays.
    const deleted = await this.pool.query<{ key: string }>('DELETE FROM bot_items WHERE key = ANY($1) AND updated_at < $2 RETURNING key', [keys, before]);
    return deleted.rows.map((r) => r.key);
  }

  private async writeOne(key: string, item: StoreItem): Promise<void> {
    const { eTag, ...content } = item;
    const expected = typeof eTag === 'string' && eTag !== '*' ? eTag : null;
    // With an eTag, an existing row is replaced only if its eTag is that one; a missing row is written (as MemoryStorage does).
    const { rows } = await this.pool.query<{ etag: string }>(
      `INSERT INTO bot_items AS current (key, item, etag, updated_at) VALUES ($1, $2, gen_random_uuid()::text, now())
       ON CONFLICT (key) DO UPDATE SET item = EXCLUDED.item, etag = EXCLUDED.etag, updated_at = now()
       WHERE $3::text IS NULL OR current.etag = $3
       RETURNING etag`,
      [key, toJsonb(content), expected],
    );
    if (rows.length === 0) throw new ETagConflictError(key);
    item.eTag = rows[0].etag;
  }
}
