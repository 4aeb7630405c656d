import { createHash } from 'node:crypto';
import { mkdir, open, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ActivityTypes, type Activity, type TranscriptLogger } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import { setRecent } from '../concurrency/recentMap';
import type { PrivacyFilter } from '../privacy/privacyFilter';
import { removeIfUnchangedSince } from './removeIfUnchanged';

/**
 * Writes each conversation as a Bot Framework Emulator `.transcript` file (a JSON array of
 * activities) under `<folder>/<channel>/<conversation>.transcript`, masked, so a support lead can
 * open it in the Emulator (File → Open Transcript). Used with botbuilder's TranscriptLoggerMiddleware.
 * Nothing is kept in memory: each activity is appended in place, before the closing bracket, so a
 * write costs the activity's size and the server holds no conversation between turns.
 */
export class FileTranscriptStore implements TranscriptLogger {
  /** The bot's id per conversation, learnt from what users send it, to mark its own activities; the most recent few. */
  private readonly botIds = new Map<string, string>();
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly folder: string,
    private readonly privacy: PrivacyFilter,
    private readonly maxBytes = MAX_TRANSCRIPT_BYTES,
  ) {}

  async logActivity(activity: Activity): Promise<void> {
    // "typing…" is not part of what was said.
    if (activity.type === (ActivityTypes.Typing as string)) return;
    const channel = safeName(activity.channelId ?? 'unknown');
    const conversation = safeName(activity.conversation?.id ?? 'unknown');
    const key = `${channel}/${conversation}`;
    await this.queue.run(key, async () => {
      const copy = JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
      if (copy.from?.role === 'user' && copy.recipient?.id) setRecent(this.botIds, key, copy.recipient.id, BOT_IDS_KEPT);
      // The Emulator tells the two sides apart by role; outgoing activities do not always carry it.
      const fromBot = copy.from?.role === 'bot' || (copy.from?.id !== undefined && copy.from.id === this.botIds.get(key));
      if (copy.from && fromBot) copy.from.role = 'bot';
      // Users' words are masked (the privacy middleware already did; this also covers activities that
      // bypass it). The bot's own messages are left intact: they never echo user input, and a
      // sentence like "비밀번호는 사용하지 마세요" must not be garbled.
      const stored = fromBot ? copy : this.privacy.maskDeep(copy);
      const dir = join(this.folder, channel);
      await mkdir(dir, { recursive: true });
      const path = join(dir, `${conversation}.transcript`);
      // A conversation's transcript stops growing at the cap (a loop of long messages must not fill the disk).
      if (
        (await stat(path).then(
          (s) => s.size,
          () => 0,
        )) > this.maxBytes
      )
        return;
      await appendToJsonArray(path, JSON.stringify(stored, null, 2).replace(/^/gm, '  '));
    });
  }

  /** Deletes one conversation's transcript ("delete my data"), after any write still queued for it. */
  async forget(channelId: string, conversationId: string): Promise<void> {
    const channel = safeName(channelId);
    const conversation = safeName(conversationId);
    const key = `${channel}/${conversation}`;
    await this.queue.run(key, () => rm(join(this.folder, channel, `${conversation}.transcript`), { force: true }));
    this.botIds.delete(key);
  }

  /** Deletes transcripts not written to since `before` (retention); returns how many. */
  async sweep(before: Date): Promise<number> {
    let deleted = 0;
    for (const channel of await readdir(this.folder).catch(() => [] as string[])) {
      for (const name of await readdir(join(this.folder, channel)).catch(() => [] as string[])) {
        if (!name.endsWith('.transcript')) continue;
        const path = join(this.folder, channel, name);
        // The time is read in the conversation's queue: a transcript appended to a moment ago is not deleted.
        const gone = await this.queue.run(`${channel}/${name.slice(0, -'.transcript'.length)}`, () => removeIfUnchangedSince(path, before));
        if (gone) deleted += 1;
      }
    }
    return deleted;
  }

  /** How many conversations the store holds anything about in memory (bounded). */
  get heldInMemory(): number {
    return this.botIds.size;
  }
}

const BOT_IDS_KEPT = 1000;
/** About a thousand ordinary turns. */
const MAX_TRANSCRIPT_BYTES = 5 * 1024 * 1024;

/** Appends an item to a file holding a JSON array ("[\nA,\nB\n]"), creating it; writes only the item. */
async function appendToJsonArray(path: string, item: string): Promise<void> {
  const file = await open(path, 'r+').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!file) return writeFile(path, `[\n${item}\n]`, { flag: 'wx' });
  try {
    const { size } = await file.stat();
    await file.write(`,\n${item}\n]`, size - 2);
  } finally {
    await file.close();
  }
}

/**
 * A file or folder name for a channel or conversation id: percent-encoded (also ".", so ".." is
 * never a path step, and the characters Windows refuses), so two ids never share a file ("19:X;a"
 * and "19;X:a" stay apart); ids too long for a file name are hashed.
 */
export function safeName(id: string): string {
  const encoded = encodeURIComponent(id).replace(/[.!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return encoded.length <= 200 ? encoded : createHash('sha256').update(id).digest('hex');
}
