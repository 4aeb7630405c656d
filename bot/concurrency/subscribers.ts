/**
 * Handlers kept per key (a broadcast channel, a Web Chat conversation, an agent), added and removed
 * one by one. A key whose last handler went is forgotten, so `has` and `keys` name only keys that
 * someone still listens on.
 */
export class Subscribers<Handler> {
  private readonly byKey = new Map<string, Set<Handler>>();

  /** Adds `handler` under `key`; returns its removal, which calls `whenLast` once the key has none left. */
  add(key: string, handler: Handler, whenLast?: () => void): () => void {
    const set = this.byKey.get(key) ?? new Set<Handler>();
    set.add(handler);
    this.byKey.set(key, set);
    return () => {
      if (!set.delete(handler) || set.size > 0) return;
      this.byKey.delete(key);
      whenLast?.();
    };
  }

  /** The handlers under `key`, as a copy: one may remove itself while they are called. */
  of(key: string): Handler[] {
    return [...(this.byKey.get(key) ?? [])];
  }

  has(key: string): boolean {
    return this.byKey.has(key);
  }

  keys(): string[] {
    return [...this.byKey.keys()];
  }
}
