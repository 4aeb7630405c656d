import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { FileTranscriptStore } from '../../bot/storage/fileTranscriptStore';
import { testPrivacy } from '../support/fixtures';

/** Transcript files: one per conversation, never outside TRANSCRIPTS_DIR. */
describe('transcript file names', () => {
  const activity = (channelId: string, conversationId: string, text: string) =>
    ({
      channelId,
      conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
      type: 'message',
      from: { id: 'u', name: 'U', role: 'user' },
      recipient: { id: 'b', name: 'Bot' },
      text,
    }) as Activity;

  it('stays inside the folder whatever the channel id says', async () => {
    const root = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const folder = join(root, 'inside');
    const store = new FileTranscriptStore(folder, testPrivacy());
    await store.logActivity(activity('..', '..', 'out?'));
    await store.logActivity(activity('../..', 'x', 'out?'));
    expect(readdirSync(root)).toEqual(['inside']);
    expect(existsSync(join(root, '...transcript'))).toBe(false);
  });

  it('gives ids that differ only in separators their own files', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const store = new FileTranscriptStore(folder, testPrivacy());
    await store.logActivity(activity('msteams', '19:X;a', 'first user'));
    await store.logActivity(activity('msteams', '19;X:a', 'second user'));
    expect(readdirSync(join(folder, 'msteams'))).toHaveLength(2);
  });
});
