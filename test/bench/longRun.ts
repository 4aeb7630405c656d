import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot } from '../../bot/config/paths';

/**
 * The bench's long measures (issue 15): what a turn costs deep into one conversation, memory after
 * many finished conversations, and `npm start` when nothing changed. Each takes the bot's turn
 * function, so it runs against whichever bot the bench started.
 */

/** Sends `text` in `conversationId` and resolves with the turn's milliseconds. */
export type TurnFn = (conversationId: string, text: string) => Promise<number>;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * One conversation of `turns` messages cycling `script`: the median turn around turn 10 and
 * around turn `turns` (10 turns each). A conversation's cost must not grow with its length.
 */
export async function costAlongOneConversation(
  turn: TurnFn,
  conversationId: string,
  script: readonly string[],
  turns = 200,
): Promise<{ early: number; late: number }> {
  const latencies: number[] = [];
  for (let i = 0; i < turns; i++) latencies.push(await turn(conversationId, script[i % script.length]));
  return { early: median(latencies.slice(5, 15)), late: median(latencies.slice(turns - 10)) };
}

/** `count` conversations of `script`, `users` at a time, each in a conversation of its own. */
export async function finishConversations(turn: TurnFn, prefix: string, script: readonly string[], count: number, users: number): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: users }, async () => {
      for (let n = next++; n < count; n = next++) for (const text of script) await turn(`${prefix}-${n}`, text);
    }),
  );
}

/**
 * `npm start` on a built tree with nothing changed: milliseconds until the bot says it is ready
 * (after its warm-up) and /healthz answers. Its own port and data directory; stopped after.
 */
export async function npmStartNoChange(): Promise<number> {
  const started = performance.now();
  const child = spawn('npm', ['start'], {
    cwd: projectRoot(),
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', DATA_DIR: mkdtempSync(join(tmpdir(), 'bench-start-')) },
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /ready: chat at (\S+)\//.exec(chunk.toString());
        if (match) resolve(match[1]);
      });
    });
    const health = await fetch(`${url}/healthz`);
    if (health.status !== 200) throw new Error(`/healthz answered ${health.status}`);
    return performance.now() - started;
  } finally {
    // npm and the bot under it: the whole process group.
    process.kill(-child.pid!, 'SIGTERM');
  }
}
