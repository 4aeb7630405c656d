import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/paths';

interface RuntimeConfig {
  readonly nodeFlags?: string;
  readonly mallocArenaMax?: string;
}

function runtimeConfig(): RuntimeConfig {
  return (JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { config?: RuntimeConfig }).config ?? {};
}

/**
 * The Node flags the bot runs with (`config.nodeFlags` in package.json, which `npm start` passes):
 * `--max-semi-space-size=8` halves V8's young generation. Measured with `npm run bench`'s load, 3
 * pairs: RSS 241-243 → 223-225 MB, throughput and p99 no worse. Halving it again (4) took RSS after
 * warm-up from 218 to 205 MB but p99 from 2.22× to 2.45× the echo bot's (one run of 3 pairs each), so it
 * stays at 8. It sizes the heap when V8 starts, so unlike the flag in leanHeap.ts it cannot be set from
 * inside the process: whatever starts `dist/index.js` by hand passes these.
 */
export function nodeFlags(): string[] {
  return (runtimeConfig().nodeFlags ?? '').split(/\s+/).filter(Boolean);
}

/**
 * The environment the bot runs with besides its own settings: `MALLOC_ARENA_MAX` (`config.mallocArenaMax`)
 * caps glibc's malloc arenas, which otherwise grow to 8 per core for Node's threads and keep what they
 * freed. `npm run bench`, 3 pairs each, same machine: RSS after warm-up 224 → 218 MB, after 2,000
 * finished conversations 234 → 225 MB, throughput (0.50× → 0.51× the echo bot) and p99 (2.23× → 2.22×) the
 * same. The C library reads it when the process starts, so `npm start` sets it; a value already set wins.
 */
export function nodeEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const arenas = runtimeConfig().mallocArenaMax;
  return { ...env, ...(arenas && !env.MALLOC_ARENA_MAX ? { MALLOC_ARENA_MAX: arenas } : {}) };
}
