import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { DataDirError } from '../../bot/storage/dataDir';
import { Readiness } from '../../bot/storage/readiness';
import { startTestApp } from '../support/fixtures';

/** DATA_DIR: one process at a time, a clear error when unusable, nothing half-written left behind, readiness that tells the truth. */
const fileEnv = (dataDir: string) => ({ STORAGE: 'file', DATA_DIR: dataDir });
const start = (dataDir: string, extra: object = {}) => startTestApp({ env: fileEnv(dataDir), dataDirLockWaitMs: 0, ...extra });

describe('DATA_DIR', () => {
  it('refuses a second process on the same folder, naming the fix; once the first stops, a new one starts', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-lock-'));
    const first = await start(dataDir);
    try {
      const second = start(dataDir);
      await expect(second).rejects.toThrow(DataDirError);
      await expect(second).rejects.toThrow(/DATA_DIR: .* is in use by another running bot\. Fix: /);
    } finally {
      await first.close();
    }
    const third = await start(dataDir);
    await third.close();
  });

  it('takes over a lock left by a process killed with kill -9 once it is stale, and not before', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-lock-'));
    mkdirSync(join(dataDir, '.lock'));
    await expect(start(dataDir)).rejects.toThrow(DataDirError);
    const longAgo = new Date(Date.now() - 60_000);
    utimesSync(join(dataDir, '.lock'), longAgo, longAgo);
    const app = await start(dataDir);
    await app.close();
  });

  it('says which variable to fix when DATA_DIR cannot be written, instead of a raw stack', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'support-notdir-')), 'a-file');
    writeFileSync(file, '');
    const failed = start(join(file, 'data'));
    await expect(failed).rejects.toThrow(DataDirError);
    await expect(failed).rejects.toThrow(/^DATA_DIR: cannot write to .* \(ENOTDIR\)\. Fix: set DATA_DIR to a folder/);
  });

  it('clears the temporary files a kill mid-write left behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-tmp-'));
    mkdirSync(join(dataDir, 'state'), { recursive: true });
    const leftover = join(dataDir, 'state', 'webchat%2Fc1.json.0b1c.tmp');
    writeFileSync(leftover, '{"half":');
    const app = await start(dataDir);
    await app.close();
    expect(existsSync(leftover)).toBe(false);
  });
});

/** Storage that can be told to fail, as a full or read-only disk does. */
class FailingStorage extends MemoryStorage {
  failing = false;
  override write(changes: Record<string, unknown>): Promise<void> {
    return this.failing ? Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })) : super.write(changes);
  }
}

describe('readiness', () => {
  it('answers 503 on /readyz while storage fails, and 200 on /healthz (the process is alive), leaking nothing', async () => {
    const storage = new FailingStorage();
    const app = await startTestApp({ storage });
    try {
      expect((await fetch(`${app.url}/readyz`)).status).toBe(200);
      storage.failing = true;
      await new Promise((resolve) => setTimeout(resolve, 2_100));
      const ready = await fetch(`${app.url}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.text()).not.toMatch(/ENOSPC|space|stack/i);
      expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('probes storage at most once per two seconds however often it is asked', async () => {
    let now = 0;
    const storage = new FailingStorage();
    const writes = jest.spyOn(storage, 'write');
    const readiness = new Readiness(storage, () => now);
    for (let i = 0; i < 50; i++) expect(await readiness.check()).toBe(true);
    expect(writes).toHaveBeenCalledTimes(1);
    storage.failing = true;
    now += 2_000;
    expect(await readiness.check()).toBe(false);
    expect(writes).toHaveBeenCalledTimes(2);
  });
});
