import type { Storage } from 'botbuilder';

/** A probe's answer is reused this long: /readyz is public, and must not become a way to make the server write. */
const CACHE_MS = 2_000;
/** Storage that takes longer than this to write and read back is not ready. */
const PROBE_TIMEOUT_MS = 3_000;
const PROBE_KEY = 'readiness/probe';

/** Whether storage takes a write and reads it back now (disk full, read-only, a database gone all fail it). */
export class Readiness {
  private last: { at: number; ready: Promise<boolean> } | undefined;

  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = () => Date.now(),
  ) {}

  check(): Promise<boolean> {
    if (this.last && this.now() - this.last.at < CACHE_MS) return this.last.ready;
    this.last = { at: this.now(), ready: this.probe() };
    return this.last.ready;
  }

  private async probe(): Promise<boolean> {
    const value = `${this.now()}-${Math.random()}`;
    const attempt = (async () => {
      await this.storage.write({ [PROBE_KEY]: { value, eTag: '*' } });
      const read = (await this.storage.read([PROBE_KEY]))[PROBE_KEY] as { value?: string } | undefined;
      return read?.value === value;
    })();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS)));
    try {
      return await Promise.race([attempt.catch(() => false), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
