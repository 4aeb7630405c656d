import type { Pool, PoolClient } from 'pg';
import type { TurnLock } from '../../concurrency/turnLock';

/**
 * A lock across instances: a PostgreSQL session advisory lock on the hash of a key, held on a
 * connection of `pool` while the work runs. It orders a conversation's turns, the hub's changes
 * and schema migrations. PostgreSQL grants a lock to its waiters in the order they asked, and
 * frees it when the holder's connection goes, so an instance killed mid-turn blocks nobody. Two
 * keys sharing a 64-bit hash would only wait for each other.
 */
export class AdvisoryLock implements TurnLock {
  constructor(private readonly pool: Pool) {}

  hold<T>(key: string, work: () => Promise<T>): Promise<T> {
    return this.holdWith(key, () => work());
  }

  /** As `hold`, handing `work` the connection that holds the lock (a migration runs on it). */
  async holdWith<T>(key: string, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    // A connection lost while held (the database restarted) fails this work, not the process.
    const lost = (error: Error): void => void (broken = error);
    client.on('error', lost);
    try {
      try {
        await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
      } catch (error) {
        // A wait that ran out (lock_timeout) leaves the connection sound; anything else may not have.
        if ((error as { code?: string }).code !== LOCK_NOT_AVAILABLE) broken = error as Error;
        throw error;
      }
      try {
        return await work(client);
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).catch((error: Error) => (broken = error));
      }
    } finally {
      // A connection that may still hold the lock is closed, and its session's locks go with it.
      client.off('error', lost);
      client.release(broken);
    }
  }
}

const LOCK_NOT_AVAILABLE = '55P03';
