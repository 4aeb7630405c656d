import { randomUUID } from 'node:crypto';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import lockfile from 'proper-lockfile';

/** Why DATA_DIR cannot be used, phrased like a configuration error: what, and the fix. */
export class DataDirError extends Error {
  override readonly name = 'DataDirError';
}

export interface DataDirLock {
  release(): Promise<void>;
}

/** A lock not refreshed for this long belongs to a process that died (kill -9, power loss). */
const STALE_MS = 10_000;

/**
 * Takes DATA_DIR for this process. Two processes writing one folder lose each other's tickets
 * and turns, so a second one refuses to start. The lock (proper-lockfile: a directory created
 * atomically, its mtime refreshed every few seconds) outlives a kill -9 only until it goes stale:
 * a restart right after a crash waits for that, then takes over. `waitMs` bounds the wait.
 */
export async function lockDataDir(dir: string, options: { waitMs?: number; onLost?: (error: Error) => void } = {}): Promise<DataDirLock> {
  await ensureWritable(dir);
  const waitMs = options.waitMs ?? STALE_MS + 1000;
  try {
    const release = await lockfile.lock(dir, {
      lockfilePath: join(dir, '.lock'),
      realpath: false,
      stale: STALE_MS,
      update: STALE_MS / 2,
      retries: waitMs > 0 ? { retries: Math.ceil(waitMs / 1000), minTimeout: 1000, maxTimeout: 1000, factor: 1 } : 0,
      onCompromised: (error) => options.onLost?.(error),
    });
    return { release };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirError(
        `DATA_DIR: ${dir} is in use by another running bot. Fix: stop the other process, or give each process its own DATA_DIR (STORAGE=file is for one process).`,
      );
    }
    throw error;
  }
}

/** Deletes the temporary files writes left when the process was killed mid-write (never renamed into place). */
export async function removeUnfinishedWrites(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const leftovers = names.filter((name) => name.endsWith('.tmp'));
  await Promise.all(leftovers.map((name) => rm(join(dir, name), { force: true })));
  return leftovers.length;
}

async function ensureWritable(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
    const probe = join(dir, `.write-test-${randomUUID()}`);
    await writeFile(probe, '');
    await rm(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new DataDirError(
      `DATA_DIR: cannot write to ${dir} (${code}). Fix: set DATA_DIR to a folder this process can create and write, e.g. DATA_DIR=./data.`,
    );
  }
}
