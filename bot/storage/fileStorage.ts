import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Storage, StoreItem, StoreItems } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import { ETagConflictError } from './eTagConflict';
import { removeIfUnchangedSince } from './removeIfUnchanged';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * A botbuilder `Storage` that keeps one JSON file per key under a folder: durable across restarts,
 * no native module, no extra service, and readable with any editor when debugging a conversation.
 * Writes go to a temporary file first and are renamed into place, so a crash never leaves half a
 * file. eTags behave as in MemoryStorage: "*" or none overwrites, a stale eTag is refused; the
 * new eTag is set on the item written, so its writer can write it again without reading it back.
 * One process per folder (startBotApp locks DATA_DIR). Items unchanged for a while can be swept
 * (retention): a file's modification time is when its item was last written.
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
              throw new ETagConflictError(key);
            }
          }
          // A hashed file name cannot be read back as its key: the key goes inside, for the sweep.
          const named: StoreItem = this.isHashed(key) ? { ...(item as StoreItem), [KEY_FIELD]: key } : (item as StoreItem);
          const eTag = randomUUID();
          await writeFileAtomically(this.pathFor(key), JSON.stringify({ ...named, eTag }));
          (item as StoreItem).eTag = eTag;
        }),
      ),
    );
  }

  async delete(keys: string[]): Promise<void> {
    await this.ready;
    await Promise.all(keys.map((key) => this.locks.run(key, () => rm(this.pathFor(key), { force: true }))));
  }

  /**
   * Deletes the items not written since `before` whose key `expired` accepts; returns the keys
   * deleted. Reads only file names and times, plus the few files whose name is a hash.
   */
  async sweep(before: Date, expired: (key: string) => boolean): Promise<string[]> {
    await this.ready;
    const deleted: string[] = [];
    for (const name of await readdir(this.folder)) {
      if (!name.endsWith('.json')) continue;
      const path = join(this.folder, name);
      const key = await this.keyOf(name, path);
      if (key === undefined || !expired(key)) continue;
      // The time is read under the key's lock: an item written a moment ago is not deleted.
      const gone = await this.locks.run(key, () => removeIfUnchangedSince(path, before));
      if (gone) deleted.push(key);
    }
    return deleted;
  }

  private async keyOf(name: string, path: string): Promise<string | undefined> {
    const base = name.slice(0, -'.json'.length);
    if (!/^[0-9a-f]{64}$/.test(base)) {
      try {
        return decodeURIComponent(base);
      } catch {
        return undefined; // not a name this storage wrote
      }
    }
    const item = (await readFile(path, 'utf8').then(JSON.parse, () => undefined)) as Record<string, unknown> | undefined;
    return typeof item?.[KEY_FIELD] === 'string' ? item[KEY_FIELD] : undefined;
  }

  private isHashed(key: string): boolean {
    return encodeURIComponent(key).length > MAX_NAME;
  }

  private async load(key: string): Promise<StoreItem | undefined> {
    try {
      const { [KEY_FIELD]: _key, ...item } = JSON.parse(await readFile(this.pathFor(key), 'utf8')) as StoreItem;
      return item;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  /** Keys are channel ids and conversation ids: encode them, and hash the ones too long for a file name. */
  private pathFor(key: string): string {
    const encoded = encodeURIComponent(key);
    const name = encoded.length <= MAX_NAME ? encoded : createHash('sha256').update(key).digest('hex');
    return join(this.folder, `${name}.json`);
  }
}

const MAX_NAME = 200;
/** Where a file with a hashed name keeps its key. */
const KEY_FIELD = '__storageKey';
