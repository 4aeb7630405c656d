import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { FileTranscriptStore } from '../../bot/storage/fileTranscriptStore';
import { testPrivacy } from '../support/fixtures';

describe('FileTranscriptStore', () => {
  it('writes an Emulator transcript: users masked, bot text intact, roles set, no typing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const store = new FileTranscriptStore(folder, testPrivacy());
    const base = { channelId: 'msteams', conversation: { id: 'a:1;messageid=2', isGroup: false, conversationType: 'personal', name: '' } };
    const user = { id: 'u', name: 'U', role: 'user' };
    const bot = { id: 'b', name: 'Bot' };
    await store.logActivity({ ...base, type: 'message', from: user, recipient: bot, text: 'my card 4111 1111 1111 1111' } as Activity);
    await store.logActivity({ ...base, type: 'typing', from: bot, recipient: user } as Activity);
    await store.logActivity({ ...base, type: 'message', from: bot, recipient: user, text: '비밀번호는 사용하지 마세요' } as Activity);

    const written = JSON.parse(readFileSync(join(folder, 'msteams', 'a%3A1%3Bmessageid%3D2.transcript'), 'utf8')) as Partial<Activity>[];
    expect(written.map((a) => [a.type, a.from?.role, a.text])).toEqual([
      ['message', 'user', 'my card ••••1111'],
      ['message', 'bot', '비밀번호는 사용하지 마세요'],
    ]);
  });

  it('holds no conversation in memory: each activity is appended to its file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const store = new FileTranscriptStore(folder, testPrivacy());
    for (let i = 0; i < 1500; i++) {
      const base = { channelId: 'webchat', conversation: { id: `c${i}` } };
      await store.logActivity({ ...base, type: 'message', from: { id: 'u', role: 'user' }, recipient: { id: 'b' }, text: `hello ${i}` } as Activity);
      await store.logActivity({ ...base, type: 'message', from: { id: 'b' }, recipient: { id: 'u' }, text: `hi ${i}` } as Activity);
    }
    expect(store.heldInMemory).toBeLessThanOrEqual(1000);
    const last = JSON.parse(readFileSync(join(folder, 'webchat', 'c1499.transcript'), 'utf8')) as Partial<Activity>[];
    expect(last.map((a) => [a.from?.role, a.text])).toEqual([
      ['user', 'hello 1499'],
      ['bot', 'hi 1499'],
    ]);
  });

  it("stops a conversation's transcript growing past its cap", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'transcripts-'));
    const store = new FileTranscriptStore(folder, testPrivacy(), 10_000);
    for (let i = 0; i < 50; i++) {
      await store.logActivity({
        channelId: 'webchat',
        conversation: { id: 'loop' },
        type: 'message',
        from: { id: 'u', role: 'user' },
        text: 'x'.repeat(1000),
      } as Activity);
    }
    const written = readFileSync(join(folder, 'webchat', 'loop.transcript'), 'utf8');
    expect(written.length).toBeLessThan(12_000);
    expect(() => JSON.parse(written) as unknown).not.toThrow();
  });
});
