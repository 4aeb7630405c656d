import { join } from 'node:path';
import { runner } from 'node-pg-migrate';
import { Pool, type PoolClient, type PoolConfig } from 'pg';
import { projectRoot } from '../../config/paths';
import type { Logger } from '../../logging/logger';
import { AdvisoryLock } from './advisoryLock';
import { Notifications } from './notifications';
import { DatabaseError } from './databaseError';

/**
 * The bot's PostgreSQL: a pool for queries and two for locks, so that what waits for a lock (each
 * waiter holds a connection) can never take the connections what holds one needs to finish: turns
 * wait for conversations on `locks`, and a turn holding its conversation may then wait for the
 * hub's lock, on `hubLock`.
 */
export interface Database {
  readonly queries: Pool;
  readonly locks: Pool;
  readonly hubLock: Pool;
  /** What one instance tells all the others (Direct Line appends, the hub's news). */
  readonly notifications: Notifications;
  /** For what opens its own connections (pg-boss). */
  readonly url: string;
  readonly logger: Logger;
  close(): Promise<void>;
}

export { DatabaseError };

/** How long a turn waits for its conversation held by another instance before it fails with an apology. */
const TURN_LOCK_TIMEOUT = '30s';
/** A query taking longer than this is abandoned (the turn fails with an apology); no query here needs a tenth of it. */
const QUERY_TIMEOUT_MS = 20_000;
/** One key for "migrating now", so instances starting together migrate one after the other. */
const MIGRATION_LOCK = 'support-bot:migrations';

export const migrationsDir = (): string => join(projectRoot(), 'bot', 'storage', 'postgres', 'migrations');

/** Connects, brings the schema up to date (node-pg-migrate, under a lock), and returns the pools. */
export async function openDatabase(url: string, poolSize: number, logger: Logger): Promise<Database> {
  // keepAlive: a connection whose peer vanished (a failover, a NAT dropping it) is found out, not waited on forever.
  const base: PoolConfig = { connectionString: url, connectionTimeoutMillis: 10_000, application_name: 'support-bot', keepAlive: true };
  // A query that hangs (a half-open connection) fails the turn after this, and frees its conversation.
  const queries = new Pool({ ...base, max: poolSize, query_timeout: QUERY_TIMEOUT_MS, statement_timeout: QUERY_TIMEOUT_MS });
  const lockOptions = { ...base, options: `-c lock_timeout=${TURN_LOCK_TIMEOUT}` };
  const locks = new Pool({ ...lockOptions, max: poolSize });
  // The hub's changes go one at a time across instances: one waiting per instance is enough.
  const hubLock = new Pool({ ...lockOptions, max: 2 });
  // A connection dropped while idle (the database restarted) is replaced on next use: no crash.
  for (const pool of [queries, locks, hubLock]) pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection lost'));
  const notifications = new Notifications(queries, url, logger);
  const close = async (): Promise<void> => {
    await notifications.close();
    await Promise.all([queries.end(), locks.end(), hubLock.end()]);
  };
  try {
    // Its own connection, with no query timeout: a migration of a large table may take minutes.
    const migrations = new Pool({ ...base, max: 1 });
    await migrate(migrations, logger).finally(() => migrations.end());
    await notifications.start();
  } catch (error) {
    await close();
    throw new DatabaseError(
      `DATABASE_URL: PostgreSQL at ${where(url)} could not be set up (${describe(error)}). Fix: start PostgreSQL, or correct DATABASE_URL.`,
    );
  }
  return { queries, locks, hubLock, notifications, url, logger, close };
}

async function migrate(pool: Pool, logger: Logger): Promise<void> {
  await underMigrationLock(pool, async (client) => {
    const applied = await runner({
      dbClient: client,
      dir: migrationsDir(),
      direction: 'up',
      migrationsTable: 'bot_migrations',
      // Our lock is taken: node-pg-migrate's own fails at once when taken, where ours waits.
      noLock: true,
      log: () => undefined,
    });
    if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'database schema updated');
  });
}

/** Runs `work` while no other instance changes the schema: instances starting together take turns. */
export function underMigrationLock<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  return new AdvisoryLock(pool).holdWith(MIGRATION_LOCK, work);
}

/** host:port/database, never the user or password. */
function where(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : 'unknown error';
}
