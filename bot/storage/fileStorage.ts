import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * A botbuilder `Storage` that keeps one JSON file per key under a folder: durable across restarts,
 * no native module, no extra service, and readable with any editor when debugging a conversation.
 * Writes go to a temporary file first and are renamed into place, so a crash never leaves half a
 * file. eTags behave as in MemoryStorage: "*" or none overwrites, a stale eTag is refused.
 * One process per folder: there is no cross-process lock.
 */
export class FileStorage implements Storage {
  private readonly ready: Promise<unknown>;
  /** Serializes read-check-write per key inside this process. */
  private readonly locks = new KeyedQueue();

  constructor(private readonly folder: string) {
    this.ready = mkdir(folder, { recursive: true });
  }

  async read(keys: string[]): Promise<StoreItems> {
    await this.ready;
    const items: StoreItems = {};
    await Promise.all(
      keys.map(async (key) => {
        const item = await this.load(key);
        if (item !== undefined) items[key] = item;
      }),
    );
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    await this.ready;
    await Promise.all(
      Object.entries(changes).map(([key, item]) =>
        this.locks.run(key, async () => {
          const newTag = (item as { eTag?: string }).eTag;
          if (newTag && newTag !== '*') {
            const current = await this.load(key);
            if (current && current.eTag !== newTag) {
              throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
            }
          }
          await writeFileAtomically(this.pathFor(key), JSON.stringify({ ...item, eTag: randomUUID() }));
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.ready;
    await Promise.all(keys.map((key) => this.locks.run(key, () => rm(this.pathFor(key), { force: true }))));
  }

  private async load(key: string): Promise<StoreItem | undefined> {
    try {
      return JSON.parse(await readFile(this.pathFor(key), 'utf8')) as StoreItem;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Keys are channel ids and conversation ids: encode them, and hash the ones too long for a file name. */
  private pathFor(key: string): string {
    const encoded = encodeURIComponent(key);
    const name = encoded.length <= 200 ? encoded : createHash('sha256').update(key).digest('hex');
    return join(this.folder, `${name}.json`);
  }
}
