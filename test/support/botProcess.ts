import { spawn, type ChildProcess } from 'node:child_process';
import { projectRoot } from '../../bot/config/paths';
import { nodeEnvironment, nodeFlags } from '../../bot/runtime/nodeFlags';

export interface BotProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** What the process wrote, for a failing test to show. */
  readonly output: () => string;
  /** As a crash would: no shutdown, no goodbye to the database. */
  kill9(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * The bot as its own process, started from the sources as `npm start` runs it from dist/ (tsx
 * compiles on the fly, so the tests need no build): for what only a real process shows, such as
 * `kill -9` in the middle of a burst, and for the scale-out benchmark (from dist/).
 */
export async function startBotProcess(env: Record<string, string>, options: { fromDist?: boolean; timeoutMs?: number } = {}): Promise<BotProcess> {
  const { fromDist = false, timeoutMs = 60_000 } = options;
  // Benchmarks run what `npm start` runs (dist/, after `npm run build`); tests run the sources.
  const args = [...nodeFlags(), ...(fromDist ? ['dist/index.js'] : ['--require', require.resolve('tsx/cjs'), 'index.ts'])];
  const child = spawn(process.execPath, args, {
    cwd: projectRoot(),
    env: nodeEnvironment({ PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`bot process not ready in ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const check = (): void => {
      const match = /Support bot ready: chat at (http:\/\/[^/\s]+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]);
    };
    child.stdout.on('data', check);
    void exited.then(() => reject(new Error(`bot process exited before it was ready:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    kill9: async () => {
      child.kill('SIGKILL');
      await exited;
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
