import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { localesDir } from '../../bot/config/paths';
import { loadLocaleCatalog } from '../../bot/locales/localeCatalog';
import { createTranslator } from '../../bot/locales/translator';
import { nodeEnvironment, nodeFlags } from '../../bot/runtime/nodeFlags';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';
import { costAlongOneConversation, finishConversations, npmStartNoChange } from './longRun';

/**
 * `npm run bench`: N simulated users drive the membership procedure over HTTP against a stub
 * connector, beside an echo bot on the same adapter in the same run. Prints throughput, latency
 * percentiles, first-turn latency after startup and memory, and the ratios that matter.
 * Not a test: figures depend on the machine; compare ratios within one run.
 */
const USERS = Number(process.env.BENCH_USERS ?? 50);
// Long enough a load phase (~2,000 turns at 8 users) that one slow second does not decide the ratio.
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
/** Finished conversations before memory is read again (issue 15: flat after 10,000). */
const CONVERSATIONS = Number(process.env.BENCH_CONVERSATIONS ?? 10_000);

/** One user's conversation: the whole procedure, including the SMS-code age. */
const SCRIPT = ['Activate Alipay International Account membership', 'yes', 'yes', 'yes', 'yes', 'yes', '20 minutes ago', 'yes'];

interface BotUnderTest {
  readonly url: string;
  readonly child: ChildProcess;
  readonly startupMs: number;
}

interface Result {
  name: string;
  startupMs: number;
  firstTurnMs: number;
  warmTurnMs: number;
  turns: number;
  seconds: number;
  turnsPerSecond: number;
  p50: number;
  p99: number;
  rssMb: number;
  heapMb: number;
  /** The first turn in each language right after start, over a warm turn in it. */
  firstByLanguage?: Record<string, number>;
}

async function startBot(kind: string, storage: string): Promise<BotUnderTest> {
  const started = performance.now();
  const child = fork(join(__dirname, 'benchServer.js'), [kind, storage], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    // The support bot with the flags and environment `npm start` gives it; the echo baseline with Node's defaults.
    execArgv: ['--expose-gc', ...(kind === 'support' ? nodeFlags() : [])],
    env: kind === 'support' ? nodeEnvironment() : process.env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`${kind} bot exited with ${code}`)));
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]);
    });
  });
  return { url, child, startupMs: performance.now() - started };
}

async function turn(bot: BotUnderTest, connector: StubConnector, conversationId: string, text: string, locale?: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(emulatorActivity(connector.url, conversationId, { type: 'message', text, ...(locale ? { locale } : {}) })),
  });
  if (response.status !== 200) throw new Error(`turn answered ${response.status}`);
  return performance.now() - started;
}

function ask<T>(child: ChildProcess, message: string): Promise<T> {
  return new Promise((resolve) => {
    child.once('message', (m) => resolve(m as T));
    child.send(message);
  });
}

/** BENCH_PROFILE=dir writes a V8 CPU profile of each bot's load phase there (open it in Chrome DevTools). */
const PROFILE = Boolean(process.env.BENCH_PROFILE);

const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** The first user in each language after start, then a warm turn in it (medians of 5): readiness must hold for every language. */
async function firstTurnsByLanguage(bot: BotUnderTest, connector: StubConnector, name: string): Promise<Record<string, number>> {
  const catalog = loadLocaleCatalog(localesDir());
  const translator = createTranslator(catalog, 'en');
  const title = (lng: string) => translator.forLocale(lng)('smsCode.title');
  const first = new Map<string, number>();
  for (const lng of catalog.languages) first.set(lng, await turn(bot, connector, `${name}-first-${lng}`, title(lng), lng));
  const ratios: Record<string, number> = {};
  for (const lng of catalog.languages) {
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(await turn(bot, connector, `${name}-warm-${lng}-${i}`, title(lng), lng));
    ratios[lng] =
      first.get(lng)! /
      percentile(
        [...warm].sort((a, b) => a - b),
        50,
      );
  }
  return ratios;
}

async function measure(name: string, kind: string, storage: string, connector: StubConnector): Promise<Result> {
  const bot = await startBot(kind, storage);
  const firstByLanguage = kind === 'support' ? await firstTurnsByLanguage(bot, connector, name) : undefined;
  const firstTurnMs = await turn(bot, connector, `${name}-first`, SCRIPT[0]);
  const warm: number[] = [];
  for (let i = 0; i < 20; i++) warm.push(await turn(bot, connector, `${name}-warm-${i}`, SCRIPT[0]));
  const latencies: number[] = [];
  if (PROFILE) await ask(bot.child, 'profile-start');
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    await Promise.all(
      Array.from({ length: USERS }, async (_, user) => {
        for (const text of SCRIPT) latencies.push(await turn(bot, connector, `${name}-r${round}-u${user}`, text));
      }),
    );
  }
  const seconds = (performance.now() - started) / 1000;
  if (PROFILE) await ask(bot.child, 'profile-stop');
  const mem = await ask<NodeJS.MemoryUsage>(bot.child, 'mem');
  await new Promise((resolve) => {
    bot.child.once('exit', resolve);
    bot.child.kill('SIGINT');
  });
  const sorted = [...latencies].sort((a, b) => a - b);
  const warmSorted = [...warm].sort((a, b) => a - b);
  return {
    name,
    startupMs: bot.startupMs,
    firstTurnMs,
    warmTurnMs: percentile(warmSorted, 50),
    turns: latencies.length,
    seconds,
    turnsPerSecond: latencies.length / seconds,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    rssMb: mem.rss / 2 ** 20,
    heapMb: mem.heapUsed / 2 ** 20,
    ...(firstByLanguage ? { firstByLanguage } : {}),
  };
}

/** A procedure that ends in four messages (the Taobao Alliance change), for the many finished conversations. */
const SHORT_SCRIPT = ['Change the Alipay account bound to Taobao Alliance', 'yes', 'yes', 'yes'];

interface LongRun {
  readonly turn10Ms: number;
  readonly turn200Ms: number;
  readonly rssWarmMb: number;
  readonly rssAfterMb: number;
  readonly heapWarmMb: number;
  readonly heapAfterMb: number;
  readonly conversations: number;
  readonly npmStartMs: number[];
}

/** The support bot on file storage (the default): a turn deep into one conversation, then memory before and after many finished conversations. */
async function longRun(connector: StubConnector): Promise<LongRun> {
  const bot = await startBot('support', 'file');
  const send = (conversationId: string, text: string) => turn(bot, connector, conversationId, text);
  for (let i = 0; i < 20; i++) await send(`long-warm-${i}`, SCRIPT[0]);
  const { early, late } = await costAlongOneConversation(send, 'long-one', SCRIPT);
  const warm = await ask<NodeJS.MemoryUsage>(bot.child, 'mem');
  await finishConversations(send, 'long-done', SHORT_SCRIPT, CONVERSATIONS, USERS);
  const after = await ask<NodeJS.MemoryUsage>(bot.child, 'mem');
  await new Promise((resolve) => {
    bot.child.once('exit', resolve);
    bot.child.kill('SIGINT');
  });
  const npmStartMs: number[] = [];
  for (let i = 0; i < REPEATS; i++) npmStartMs.push(await npmStartNoChange());
  const mb = (n: number) => n / 2 ** 20;
  return {
    turn10Ms: early,
    turn200Ms: late,
    rssWarmMb: mb(warm.rss),
    rssAfterMb: mb(after.rss),
    heapWarmMb: mb(warm.heapUsed),
    heapAfterMb: mb(after.heapUsed),
    conversations: CONVERSATIONS,
    npmStartMs,
  };
}

/** Echo and support runs alternate, so both see the same background load; ratios are per pair. */
const REPEATS = Number(process.env.BENCH_REPEATS ?? 3);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const connector = await startStubConnector();
  const results: Result[] = [];
  for (let repeat = 0; repeat < REPEATS; repeat++) {
    results.push(await measure('echo', 'echo', 'memory', connector));
    results.push(await measure('support', 'support', 'memory', connector));
  }
  results.push(await measure('support-file', 'support', 'file', connector));
  const long = await longRun(connector);
  await connector.close();

  const fmt = (n: number, d = 1) => n.toFixed(d);
  console.log(`users=${USERS} rounds=${ROUNDS} turns/user=${SCRIPT.length} repeats=${REPEATS} node=${process.version}`);
  console.log('bot           startup ms  1st turn ms  warm turn ms  turns/s   p50 ms   p99 ms   rss MB  heap MB (after GC)');
  for (const r of results) {
    console.log(
      `${r.name.padEnd(13)} ${fmt(r.startupMs, 0).padStart(10)} ${fmt(r.firstTurnMs).padStart(12)} ${fmt(r.warmTurnMs).padStart(13)} ${fmt(r.turnsPerSecond).padStart(8)} ${fmt(r.p50).padStart(8)} ${fmt(r.p99).padStart(8)} ${fmt(r.rssMb).padStart(8)} ${fmt(r.heapMb).padStart(8)}`,
    );
  }
  const echo = results.filter((r) => r.name === 'echo');
  const support = results.filter((r) => r.name === 'support');
  const file = results.find((r) => r.name === 'support-file')!;
  const throughput = support.map((s, i) => s.turnsPerSecond / echo[i].turnsPerSecond);
  const firstTurn = support.map((s) => s.firstTurnMs / s.warmTurnMs);
  console.log(`throughput support/echo per pair: ${throughput.map((r) => fmt(r, 2)).join(', ')}; median ${fmt(median(throughput), 2)} (target ≥ 0.9)`);
  console.log(`first turn / warm turn (support) per run: ${firstTurn.map((r) => fmt(r, 2)).join(', ')}; median ${fmt(median(firstTurn), 2)} (target ≤ 2)`);
  console.log(
    `p99 support/echo median ${fmt(median(support.map((s, i) => s.p99 / echo[i].p99)), 2)} (target ≤ 1.3); file/memory storage throughput ${fmt(file.turnsPerSecond / median(support.map((s) => s.turnsPerSecond)), 2)}; startup support/echo median ${fmt(median(support.map((s, i) => s.startupMs / echo[i].startupMs)), 1)}`,
  );
  const languages = Object.keys(support[0]?.firstByLanguage ?? {});
  console.log(
    `first turn / warm turn per language after start (median of runs; target ≤ 2): ${languages.map((l) => `${l} ${fmt(median(support.map((s) => s.firstByLanguage![l])), 2)}`).join(', ')}`,
  );
  console.log(
    `file storage: turn 200 / turn 10 of one conversation ${fmt(long.turn200Ms / long.turn10Ms, 2)} (${fmt(long.turn10Ms)} → ${fmt(long.turn200Ms)} ms); ` +
      `rss after warm-up ${fmt(long.rssWarmMb)} MB, after ${long.conversations} finished conversations ${fmt(long.rssAfterMb)} MB (target ≤ 200, flat); ` +
      `heap ${fmt(long.heapWarmMb)} → ${fmt(long.heapAfterMb)} MB`,
  );
  console.log(
    `npm start with nothing changed → ready: ${long.npmStartMs.map((ms) => fmt(ms / 1000, 2)).join(', ')} s; median ${fmt(median(long.npmStartMs) / 1000, 2)} s (target ≤ 5)`,
  );
  console.log(JSON.stringify({ users: USERS, rounds: ROUNDS, repeats: REPEATS, results, long }));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
