import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ActivityTypes, type Activity, type TranscriptLogger } from 'botbuilder';
import { KeyedQueue } from '../concurrency/keyedQueue';
import type { PrivacyFilter } from '../privacy/privacyFilter';
import { writeFileAtomically } from './writeFileAtomically';

/**
 * Writes each conversation as a Bot Framework Emulator `.transcript` file (a JSON array of
 * activities) under `<folder>/<channel>/<conversation>.transcript`, masked, so a support lead can
 * open it in the Emulator (File → Open Transcript). Used with botbuilder's TranscriptLoggerMiddleware.
 */
export class FileTranscriptStore implements TranscriptLogger {
  private readonly conversations = new Map<string, Partial<Activity>[]>();
  /** The bot's id per conversation, learnt from what users send it, to mark its own activities. */
  private readonly botIds = new Map<string, string>();
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly folder: string,
    private readonly privacy: PrivacyFilter,
  ) {}

  async logActivity(activity: Activity): Promise<void> {
    // "typing…" is not part of what was said.
    if (activity.type === (ActivityTypes.Typing as string)) return;
    const channel = safeName(activity.channelId ?? 'unknown');
    const conversation = safeName(activity.conversation?.id ?? 'unknown');
    const key = `${channel}/${conversation}`;
    await this.queue.run(key, async () => {
      const copy = JSON.parse(JSON.stringify(activity)) as Partial<Activity>;
      if (copy.from?.role === 'user' && copy.recipient?.id) this.botIds.set(key, copy.recipient.id);
      // The Emulator tells the two sides apart by role; outgoing activities do not always carry it.
      const fromBot = copy.from?.role === 'bot' || (copy.from?.id !== undefined && copy.from.id === this.botIds.get(key));
      if (copy.from && fromBot) copy.from.role = 'bot';
      // Users' words are masked (the privacy middleware already did; this also covers activities that
      // bypass it). The bot's own messages are left intact: they never echo user input, and a
      // sentence like "비밀번호는 사용하지 마세요" must not be garbled.
      const stored = fromBot ? copy : this.privacy.maskDeep(copy);
      const activities = this.conversations.get(key) ?? [];
      activities.push(stored);
      this.conversations.set(key, activities);
      const dir = join(this.folder, channel);
      await mkdir(dir, { recursive: true });
      await writeFileAtomically(join(dir, `${conversation}.transcript`), JSON.stringify(activities, null, 2));
    });
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
