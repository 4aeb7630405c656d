import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/paths';

interface RuntimeConfig {
  readonly nodeFlags?: string;
  readonly mallocArenaMax?: string;
  readonly mallocTrimThreshold?: string;
  readonly mallocMmapThreshold?: string;
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

/** glibc malloc's settings in package.json `config`, by the environment variable the C library reads. */
const MALLOC_SETTINGS = {
  MALLOC_ARENA_MAX: 'mallocArenaMax',
  MALLOC_TRIM_THRESHOLD_: 'mallocTrimThreshold',
  MALLOC_MMAP_THRESHOLD_: 'mallocMmapThreshold',
} as const satisfies Record<string, keyof RuntimeConfig>;

/**
 * The environment the bot runs with besides its own settings, glibc malloc's, which the C library
 * reads when the process starts (so `npm start` sets them; a value already set wins):
 * - `MALLOC_ARENA_MAX` (`config.mallocArenaMax`) caps malloc's arenas, which otherwise grow to 8 per
 *   core for Node's threads and keep what they freed. `npm run bench`, 3 pairs each: RSS after warm-up
 *   224 → 218 MB, after 2,000 finished conversations 234 → 225 MB, throughput and p99 the same.
 * - `MALLOC_TRIM_THRESHOLD_` and `MALLOC_MMAP_THRESHOLD_` (128 KiB each): start-up reads and parses
 *   large files (the intent model, locales) through short-lived native buffers; by default glibc
 *   raises its mmap threshold after the first such buffer is freed, so later ones come from the main
 *   heap and ~30 MB of it stayed mapped after they were freed (/proc/self/smaps "[heap]" 52 MB at
 *   ready). Fixed thresholds hand them back: RSS at ready 207 → 174 MB (medians of 4 starts), after
 *   1,920 turns 224-227 → 198-206 MB, throughput 1.06/0.94/1.16× and p99 1.12/0.92/0.93× of the default
 *   in 3 alternating pairs (dist/test/bench's load), i.e. within the noise.
 */
export function nodeEnvironment(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const config = runtimeConfig();
  const settings: NodeJS.ProcessEnv = {};
  for (const [variable, key] of Object.entries(MALLOC_SETTINGS)) if (config[key] && !env[variable]) settings[variable] = config[key];
  return { ...env, ...settings };
}
