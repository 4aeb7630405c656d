import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../config/paths';

/**
 * The Node flags the bot runs with (`config.nodeFlags` in package.json, which `npm start` passes):
 * `--max-semi-space-size=8` halves V8's young generation. Measured with `npm run bench`'s load, 3
 * pairs: RSS 241-243 → 223-225 MB, throughput and p99 no worse (320-380 → 333-392 turns/s, p99
 * 66-71 → 51-68 ms). It sizes the heap when V8 starts, so unlike the flag in leanHeap.ts it cannot
 * be set from inside the process: whatever starts `dist/index.js` by hand passes these.
 */
export function nodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as { config?: { nodeFlags?: string } };
  return (pkg.config?.nodeFlags ?? '').split(/\s+/).filter(Boolean);
}
