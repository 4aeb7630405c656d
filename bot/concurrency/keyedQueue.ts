/**
 * Runs work for the same key one job at a time, in arrival order; different keys run in parallel.
 * A failed job does not block the ones behind it.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const current = previous.then(work, work);
    const tail = current.catch(() => undefined);
    this.tails.set(key, tail);
    try {
      return await current;
    } finally {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** True while work for `key` is queued or running. */
  has(key: string): boolean {
    return this.tails.has(key);
  }
}
