import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { Client } from 'pg';

/**
 * The real PostgreSQL the tests talk to (.ci/run starts it): the machine's server, trust auth.
 * TEST_DATABASE_URL names another server's maintenance database.
 */
const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

/** A database of its own for one test file, created empty: no test depends on what an earlier run left. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `bot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await asAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => asAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * Starts the machine's PostgreSQL if it is installed and not running (what .ci/run does), so that
 * `npm test` alone works on a fresh machine. Another server (TEST_DATABASE_URL) is left alone.
 */
export async function ensurePostgres(): Promise<void> {
  if (process.env.TEST_DATABASE_URL || (await reachable())) return;
  const clusters = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql') : [];
  if (clusters.length === 0) return; // the tests will say PostgreSQL is missing
  execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', clusters[0], 'main', 'start'], { stdio: 'ignore' });
  for (let i = 0; i < 30 && !(await reachable()); i++) await new Promise((resolve) => setTimeout(resolve, 1_000));
}

async function reachable(): Promise<boolean> {
  return asAdmin(async () => true).catch(() => false);
}

/**
 * Drops the databases of test runs that did not get to drop their own (a run killed half-way):
 * named after a process that no longer exists. Run once before the tests (globalSetup).
 */
export async function dropAbandonedTestDatabases(): Promise<void> {
  // Another server may hold other machines' test runs, whose processes this one cannot see.
  if (process.env.TEST_DATABASE_URL) return;
  await asAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'bot\\_test\\_%'");
    for (const { datname } of rows) {
      const pid = Number(/^bot_test_(\d+)_/.exec(datname)?.[1]);
      if (Number.isInteger(pid) && !isRunning(pid)) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
    }
  });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Runs one query against the test database (what a test checks was stored). */
export async function queryTest<T extends object>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function asAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
