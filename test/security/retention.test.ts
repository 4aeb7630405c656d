import { existsSync, mkdirSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage, type Activity, type TurnContext } from 'botbuilder';
import pino from 'pino';
import type { BotApp } from '../../bot/app';
import { conversationStateKey } from '../../bot/botframework/supportBot';
import { DataErasureMiddleware, eraseAfterTurn } from '../../bot/botframework/dataErasureMiddleware';
import { SerialTurnsMiddleware } from '../../bot/botframework/serialTurnsMiddleware';
import type { DataRetention } from '../../bot/retention/dataRetention';
import { RecordingEscalationPort } from '../../bot/handoff/recordingEscalationPort';
import { FileStorage } from '../../bot/storage/fileStorage';
import { safeName } from '../../bot/storage/fileTranscriptStore';
import { DirectLineClient } from '../support/directLineClient';
import { paragraphs, startTestApp, testPrivacy, translate } from '../support/fixtures';

/** What the bot keeps, for how long, and "delete my data" in every language. */
const ASKS: ReadonlyArray<[string, string, string]> = [
  ['en', 'en-US', 'please delete my data'],
  ['zh', 'zh-CN', '请删除我的数据'],
  ['es', 'es-ES', 'borra mis datos por favor'],
  ['fr', 'fr-FR', "supprimez mes données s'il vous plaît"],
  ['el', 'el-GR', 'διαγράψτε τα δεδομένα μου'],
  ['ko', 'ko-KR', '제 개인정보를 삭제해 주세요'],
];

const lastText = (messages: Partial<Activity>[]): string => paragraphs(messages.at(-1)!).join('\n');

describe('"delete my data"', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'support-erase-'));
  const transcriptsDir = join(dataDir, 'transcripts');
  let app: BotApp;
  let storage: FileStorage;
  beforeAll(async () => {
    storage = new FileStorage(join(dataDir, 'state'));
    app = await startTestApp({ storage, env: { TRANSCRIPTS_DIR: transcriptsDir } });
  });
  afterAll(async () => {
    await app.close();
  });

  const chat = async (locale: string) => {
    const user = new DirectLineClient(app.url);
    await user.start(`user-${locale}`, locale);
    await user.botMessages(1);
    return user;
  };
  const say = async (user: DirectLineClient, text: string, locale: string, count: number) => {
    await user.post(text, { locale });
    return user.botMessages(count);
  };
  const transcriptOf = (id: string) => join(transcriptsDir, 'webchat', `${safeName(id)}.transcript`);

  it.each(ASKS)('%s: asks to confirm, then deletes state, history and transcript, and the chat goes on', async (lng, locale, ask) => {
    const t = translate(lng);
    const user = await chat(locale);
    await say(user, t('common.choice.yes'), locale, 2);
    expect(existsSync(transcriptOf(user.conversationId))).toBe(true);

    expect(lastText(await say(user, ask, locale, 3))).toContain(t('common.privacy.eraseConfirm'));
    expect(lastText(await say(user, t('common.choice.yes'), locale, 4))).toContain(t('common.privacy.erased'));
    await new Promise((resolve) => setTimeout(resolve, 200));

    const state = conversationStateKey('webchat', user.conversationId);
    expect(await storage.read([state])).toEqual({});
    expect((await user.poll()).activities).toEqual([]);
    expect(existsSync(transcriptOf(user.conversationId))).toBe(false);
    // The page goes on working: the next message is a new conversation.
    await say(user, t('common.choice.yes'), locale, 5);
    user.close();
  });

  it('keeps everything when the user says no', async () => {
    const en = translate('en');
    const user = await chat('en-US');
    await say(user, 'delete my data', 'en-US', 2);
    expect(lastText(await say(user, en('common.choice.no'), 'en-US', 3))).toContain(en('common.privacy.notErased'));
    expect((await user.poll()).activities.length).toBeGreaterThan(4);
    expect(Object.keys(await storage.read([conversationStateKey('webchat', user.conversationId)]))).toHaveLength(1);
    user.close();
  });

  it.each([["don't delete my data"], ['delete my card'], ['I deleted the SMS by mistake']])('does not read "%s" as a request to delete', async (text) => {
    const en = translate('en');
    const user = await chat('en-US');
    const replies = await say(user, text, 'en-US', 2);
    expect(lastText(replies)).not.toContain(en('common.privacy.eraseConfirm'));
    user.close();
  });
});

describe('erasing in turn order', () => {
  it('runs after the turns already waiting in the conversation, so none of them saves the old state back', async () => {
    const serial = new SerialTurnsMiddleware();
    const events: string[] = [];
    const retention = { erase: async () => void events.push('erase') } as unknown as DataRetention;
    const erasing = new DataErasureMiddleware(retention, serial);
    const context = (text: string) =>
      ({ activity: { channelId: 'webchat', conversation: { id: 'c1' }, text }, turnState: new Map() }) as unknown as TurnContext;
    let release!: () => void;
    const confirm = context('yes');
    // The confirming turn runs (and asks for erasure) while another message is already queued behind it.
    const first = erasing.onTurn(confirm, () =>
      serial.onTurn(confirm, async () => {
        eraseAfterTurn(confirm);
        await new Promise<void>((resolve) => (release = resolve));
        events.push('turn: yes');
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    const waiting = context('hello again');
    // The waiting turn takes a while (it reads and saves state): erasure must not start before it ends.
    const second = serial.onTurn(waiting, async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push('turn: hello again');
    });
    release();
    await Promise.all([first, second]);
    expect(events).toEqual(['turn: yes', 'turn: hello again', 'erase']);
  });
});

describe('retention', () => {
  it('deletes conversations inactive for longer than RETENTION_DAYS at start, and keeps recent ones and the server’s own keys', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'support-retention-'));
    const stateDir = join(dataDir, 'state');
    const transcripts = join(dataDir, 'transcripts', 'msteams');
    mkdirSync(stateDir, { recursive: true });
    mkdirSync(transcripts, { recursive: true });
    const old = new Date(Date.now() - 40 * 24 * 60 * 60_000);
    const file = (dir: string, name: string, stale: boolean) => {
      writeFileSync(join(dir, name), '{}');
      if (stale) utimesSync(join(dir, name), old, old);
    };
    const encoded = (key: string) => `${encodeURIComponent(key)}.json`;
    file(stateDir, encoded('msteams/conversations/old-one/'), true);
    file(stateDir, encoded('msteams/conversations/new-one/'), false);
    file(stateDir, encoded('directline/conversations/old-dl'), true);
    file(stateDir, encoded('directline/activities/old-dl/0000000'), true);
    file(stateDir, encoded('escalations/ABCD1234'), true);
    file(stateDir, encoded('directline/signing-key'), true);
    file(stateDir, encoded('hub/index'), true);
    file(transcripts, 'old-one.transcript', true);
    file(transcripts, 'new-one.transcript', false);

    const app = await startTestApp({ storage: new FileStorage(stateDir), env: { TRANSCRIPTS_DIR: join(dataDir, 'transcripts'), RETENTION_DAYS: '30' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await app.close();
    expect(readdirSync(stateDir).sort()).toEqual(
      [encoded('directline/signing-key'), encoded('hub/index'), encoded('msteams/conversations/new-one/')]
        .concat(readdirSync(stateDir).filter((n) => n.startsWith('readiness')))
        .sort(),
    );
    expect(readdirSync(transcripts)).toEqual(['new-one.transcript']);
  });
});

describe('recorded tickets (HANDOFF_MODE=record)', () => {
  it('are deleted with the conversation they came from, and only those', async () => {
    const storage = new MemoryStorage();
    const port = new RecordingEscalationPort(storage, testPrivacy(), pino({ level: 'silent' }));
    const request = (conversationId: string) => ({
      conversationId,
      reason: 'user_asked' as const,
      locale: 'en',
      transcript: [],
      requestedAt: '2026-11-28T10:00:00Z',
    });
    const [a1, a2, b] = [await port.escalate(request('webchat/a')), await port.escalate(request('webchat/a')), await port.escalate(request('webchat/b'))];
    await port.forgetConversation('webchat/a');
    const left = await storage.read([`escalations/${a1.id}`, `escalations/${a2.id}`, `escalations/${b.id}`]);
    expect(Object.keys(left)).toEqual([`escalations/${b.id}`]);
  });
});
