import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { startBotProcess, type BotProcess } from '../support/botProcess';
import { createTestDatabase, queryTest, type TestDatabase } from '../support/postgres';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

/**
 * `npm run bench:scale`: the same load on one instance with file storage and on 1, 2 and 3
 * instances sharing PostgreSQL, in one run, each user's messages spread round-robin over the
 * instances. Prints throughput, p50/p99 and database round trips per turn, and ratios against the
 * file-storage instance of the same repeat (medians over repeats). On a 2-core machine absolute
 * scaling is bounded: what matters is the cost per turn of sharing, and that nothing is lost.
 */
const USERS = Number(process.env.BENCH_USERS ?? 40);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const SCRIPT = ['Activate Alipay International Account membership', 'yes', 'yes', 'yes', 'yes', 'yes', '20 minutes ago', 'yes'];

interface Run {
  readonly name: string;
  readonly turnsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Transactions PostgreSQL counted per turn, background (pg-boss polling) subtracted; every statement here is its own. */
  readonly roundTrips?: number;
}

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function load(name: string, bots: readonly BotProcess[], connector: StubConnector): Promise<{ latencies: number[]; seconds: number }> {
  const latencies: number[] = [];
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        for (const [i, text] of SCRIPT.entries()) {
          const bot = bots[(user + i) % bots.length];
          const t0 = performance.now();
          const activity = emulatorActivity(connector.url, `${name}-r${round}-u${user}`, { type: 'message', text });
          const response = await fetch(`${bot.url}/api/messages`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(activity),
          });
          if (response.status !== 200) throw new Error(`${name}: turn answered ${response.status}`);
          latencies.push(performance.now() - t0);
        }
      }),
    );
  }
  return { latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * Transactions committed in the database so far. A backend reports its counts at most once a
 * second while busy and within 10 s once idle (PostgreSQL 15's PGSTAT_IDLE_INTERVAL): wait that out.
 */
async function transactions(db: TestDatabase): Promise<number> {
  await pause(11_000);
  const [row] = await queryTest<{ n: string }>(db.url, 'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(row.n);
}

async function measure(name: string, instances: number, connector: StubConnector): Promise<Run> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-scale-'));
  const db = instances > 0 ? await createTestDatabase() : undefined;
  const env: Record<string, string> = db ? { STORAGE: 'postgres', DATABASE_URL: db.url } : { STORAGE: 'file', DATA_DIR: dataDir };
  const bots = await Promise.all(Array.from({ length: Math.max(1, instances) }, () => startBotProcess({ ...env, LOG_LEVEL: 'error' }, { fromDist: true })));
  try {
    await load(`${name}-warm`, bots, connector);
    // The background (pg-boss polling, the hub's sweep): measured idle, then taken out over the load's span.
    const idleStart = db ? await transactions(db) : 0;
    const idleT0 = performance.now();
    const before = db ? await transactions(db) : 0;
    const idleRate = (before - idleStart) / ((performance.now() - idleT0) / 1000);
    const t0 = performance.now();
    const { latencies, seconds } = await load(name, bots, connector);
    const after = db ? await transactions(db) : 0;
    const background = db ? idleRate * ((performance.now() - t0) / 1000) : 0;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      name,
      turnsPerSecond: latencies.length / seconds,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      ...(db ? { roundTrips: (after - before - background) / latencies.length } : {}),
    };
  } finally {
    await Promise.all(bots.map((b) => b.stop()));
    await db?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const connector = await startStubConnector();
  const configurations: Array<[string, number]> = [
    ['file ×1', 0],
    ['postgres ×1', 1],
    ['postgres ×2', 2],
    ['postgres ×3', 3],
  ];
  const runs: Run[][] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    const order = repeat % 2 === 0 ? configurations : [...configurations].reverse();
    const results = new Map<string, Run>();
    for (const [name, instances] of order) results.set(name, await measure(name, instances, connector));
    runs.push(configurations.map(([name]) => results.get(name)!));
  }
  await connector.close();

  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log(`users=${USERS} rounds=${ROUNDS} turns/user=${SCRIPT.length} repeats=${REPEATS} node=${process.version}`);
  console.log('configuration   turns/s   p50 ms   p99 ms   db round trips/turn   (per repeat)');
  for (const repeat of runs)
    for (const r of repeat)
      console.log(
        `${r.name.padEnd(15)} ${fmt(r.turnsPerSecond).padStart(7)} ${fmt(r.p50).padStart(8)} ${fmt(r.p99).padStart(8)} ${(r.roundTrips === undefined ? '—' : fmt(r.roundTrips)).padStart(21)}`,
      );
  for (const [index, [name]] of configurations.entries()) {
    if (index === 0) continue;
    const throughput = median(runs.map((repeat) => repeat[index].turnsPerSecond / repeat[0].turnsPerSecond));
    const p99 = median(runs.map((repeat) => repeat[index].p99 / repeat[0].p99));
    const trips = median(runs.map((repeat) => repeat[index].roundTrips ?? 0));
    console.log(
      `${name} vs file ×1 (medians of ${REPEATS} repeats): throughput ${fmt(throughput, 2)}×, p99 ${fmt(p99, 2)}×, ${fmt(trips)} database round trips per turn`,
    );
  }
  console.log(JSON.stringify({ users: USERS, rounds: ROUNDS, repeats: REPEATS, runs }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
