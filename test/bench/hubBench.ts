import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AgentHub } from '../../bot/handoff/hub/agentHub';
import { FileStorage } from '../../bot/storage/fileStorage';
import { AgentClient } from '../support/agentClient';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp, translate } from '../support/fixtures';

/**
 * `npm run bench:hub`: what the agent hub costs, against the bot's own turn in the same run (file
 * storage, as in production). Not a test: compare the ratios, not the milliseconds.
 * - a message relayed agent → user and user → agent, vs a bot turn (post → reply) over Direct Line;
 * - one hub change (a user's message reaching the desk) with 10 vs 500 conversations queued.
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 100);
const QUEUE_SIZES = [10, 500] as const;
const TOKEN = 'bench-token-0123456789';
const en = translate('en');

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function time(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
  const app = await startTestApp({
    env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${TOKEN}` },
    storage: new FileStorage(join(dataDir, 'state')),
    hubSweepMs: 0,
  });
  const hub = app.hub!;
  try {
    const agent = new AgentClient(app.url, TOKEN);
    await agent.connect();
    await agent.api('POST', '/status', { status: 'available' });
    const user = new DirectLineClient(app.url);
    await user.start();
    let seen = (await user.botMessages(1)).length;
    const reply = async (text: string) => {
      await user.post(text);
      seen = (await user.botMessages(seen + 1)).length;
    };

    // Baseline: the bot's own turn, the same path (Direct Line in, bot, Direct Line out).
    await reply('menu');
    const botTurn: number[] = [];
    for (let i = 0; i < ROUNDS; i++) botTurn.push(await time(() => reply('menu')));

    await reply(en('common.menu.talkToPerson'));
    const view = await agent.until((v) => v.queue.length === 1);
    const id = view.queue[0].id;
    await agent.api('POST', `/conversations/${id}/accept`);
    seen = (await user.botMessages(seen + 1)).length;

    const toUser: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      toUser.push(
        await time(async () => {
          await agent.api('POST', `/conversations/${id}/messages`, { text: `agent ${i}` });
          seen = (await user.botMessages(seen + 1)).length;
        }),
      );
    }
    const toAgent: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const count = agent.view!.mine[0].messages.length;
      toAgent.push(
        await time(async () => {
          await user.post(`user ${i}`);
          await agent.until((v) => (v.mine[0]?.messages.length ?? 0) > count);
        }),
      );
    }
    user.close();

    // The agent stays online: with no one available, the hub queues nothing.
    const perChange = await queueCost(hub);
    agent.close();
    const bot = median(botTurn);
    console.log(JSON.stringify({ rounds: ROUNDS, medianMs: { botTurn: bot, agentToUser: median(toUser), userToAgent: median(toAgent) } }));
    console.log(`relay agent→user / bot turn: ${(median(toUser) / bot).toFixed(2)}`);
    console.log(`relay user→agent / bot turn: ${(median(toAgent) / bot).toFixed(2)}`);
    console.log(
      `one hub change with ${QUEUE_SIZES[1]} vs ${QUEUE_SIZES[0]} queued: ${(perChange.ms[1] / perChange.ms[0]).toFixed(1)}× (${perChange.ms.map((m) => m.toFixed(2)).join(' ms, ')} ms)`,
    );
  } finally {
    await app.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** Fills the queue with conversations that have a 20-line transcript, timing changes at each size. */
async function queueCost(hub: AgentHub): Promise<{ ms: number[] }> {
  const transcript = Array.from({ length: 20 }, (_, i) => ({
    from: 'user' as const,
    text: `message number ${i} about my account`,
    at: new Date().toISOString(),
  }));
  const enqueue = (n: number) =>
    hub.enqueue({ conversationId: `bench-${n}`, address: { conversation: { id: `bench-${n}` } }, reason: 'user_asked', locale: 'en', transcript });
  const ms: number[] = [];
  let queued = 0;
  for (const size of QUEUE_SIZES) {
    while (queued < size) {
      const result = await enqueue(queued++);
      if (result.kind !== 'queued') throw new Error(`not queued: ${JSON.stringify(result)}`);
    }
    const samples: number[] = [];
    for (let i = 0; i < 20; i++) samples.push(await time(() => hub.fromUser('bench-0', 'still waiting')));
    ms.push(median(samples));
  }
  return { ms };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
