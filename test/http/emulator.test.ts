import { createCatalogue } from '../../dialogs/catalogue';
import type { BotApp } from '../../bot/app';
import { conversationStateKey } from '../../bot/botframework/supportBot';
import type { EscalationPort } from '../../bot/contracts/escalationPort';
import { MemoryStorage } from 'botbuilder';
import { buttons, LogCapture, paragraphs, startTestApp, translate } from '../support/fixtures';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

const en = translate('en');

describe('POST /api/messages, as the Bot Framework Emulator uses it', () => {
  let app: BotApp;
  let connector: StubConnector;
  const failingConversation = 'conv-boom';
  const escalation: EscalationPort = {
    escalate: async (request) => {
      if (request.conversationId.endsWith(`/${failingConversation}`)) throw new Error('ticket system exploded: secret-internal-detail');
      return { id: 'T1' };
    },
  };

  beforeAll(async () => {
    connector = await startStubConnector();
    app = await startTestApp({ escalation });
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  const post = (body: unknown, contentType = 'application/json') =>
    fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('welcomes on conversationUpdate and replies through serviceUrl', async () => {
    const response = await post(
      emulatorActivity(connector.url, 'conv-1', {
        type: 'conversationUpdate',
        membersAdded: [
          { id: 'user-1', name: 'User' },
          { id: 'bot-1', name: 'Bot' },
        ],
      }),
    );
    expect(response.status).toBe(200);
    const [welcome] = await connector.waitFor('conv-1', 1);
    expect(welcome).toMatchObject({ type: 'message', from: { id: 'bot-1' }, recipient: { id: 'user-1' } });
    expect(paragraphs(welcome)).toEqual([en('common.welcome')]);
    expect(buttons(welcome)).toEqual([...[...createCatalogue().values()].map((d) => en(d.titleKey)), en('common.menu.talkToPerson')]);
  });

  it('runs a procedure turn by turn, replying to each message', async () => {
    const message = emulatorActivity(connector.url, 'conv-2', { type: 'message', text: en('activateMembership.title'), id: 'm-1' });
    expect((await post(message)).status).toBe(200);
    const [reply] = await connector.waitFor('conv-2', 1);
    expect(paragraphs(reply)).toEqual([en('common.procedure.starting', { title: en('activateMembership.title') }), en('activateMembership.openAccountPage')]);
    expect(buttons(reply)).toEqual([en('common.choice.yes'), en('common.choice.no')]);
    expect(connector.received.filter((r) => r.activity.conversation?.id === 'conv-2' && r.activity.type === 'message').map((r) => r.path)).toEqual([
      '/v3/conversations/conv-2/activities/m-1',
    ]);
    expect(reply.replyToId).toBe('m-1');
    await post(emulatorActivity(connector.url, 'conv-2', { type: 'message', text: 'yes' }));
    expect(paragraphs((await connector.waitFor('conv-2', 2))[1])).toEqual([en('activateMembership.clickActivateNow')]);
  });

  it('runs a message delivered twice (a channel retrying) once, and answers it again the same', async () => {
    const message = emulatorActivity(connector.url, 'conv-twice', { type: 'message', text: en('activateMembership.title'), id: 'retried-1' });
    expect((await post(message)).status).toBe(200);
    expect((await post(message)).status).toBe(200);
    await post(emulatorActivity(connector.url, 'conv-twice', { type: 'message', text: 'yes', id: 'next-1' }));
    const replies = await connector.waitFor('conv-twice', 3);
    expect(replies.map((r) => r.replyToId)).toEqual(['retried-1', 'retried-1', 'next-1']);
    expect(paragraphs(replies[1])).toEqual(paragraphs(replies[0]));
    expect(paragraphs(replies[2])).toEqual([en('activateMembership.clickActivateNow')]);
    const key = conversationStateKey('emulator', 'conv-twice');
    expect(((await app.storage.read([key]))[key] as { support: { userTurns: number } }).support.userTurns).toBe(2);
  });

  it.each([
    ['malformed JSON', '{"type": "message",', 400],
    ['an empty body', '', 400],
    ['a JSON array', '[]', 400],
    ['an activity without conversation', JSON.stringify({ type: 'message', channelId: 'x', serviceUrl: 'http://127.0.0.1:1' }), 400],
    ['an activity with a wrong type', JSON.stringify({ type: 5, channelId: 'x', serviceUrl: 'http://127.0.0.1:1', conversation: { id: 'c' } }), 400],
    ['a body over 1 MB', JSON.stringify({ type: 'message', text: 'x'.repeat(1_100_000) }), 413],
  ])('refuses %s with a 4xx and keeps serving', async (_label, body, status) => {
    const response = await post(body);
    expect(response.status).toBe(status);
    expect(await response.json()).toEqual({ error: expect.any(String) });
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('refuses other methods and unknown paths', async () => {
    expect((await fetch(`${app.url}/api/messages`)).status).toBe(405);
    expect((await fetch(`${app.url}/nope`)).status).toBe(404);
  });

  it('apologises in the user language when a turn fails, without leaking the error, and other conversations carry on', async () => {
    const es = translate('es');
    await post(emulatorActivity(connector.url, failingConversation, { type: 'message', text: 'hola', locale: 'es-ES' }));
    await post(emulatorActivity(connector.url, failingConversation, { type: 'message', text: 'quiero hablar con una persona', locale: 'es-ES' }));
    const replies = await connector.waitFor(failingConversation, 2);
    expect(replies[1].text).toBe(es('common.error.apology'));
    expect(JSON.stringify(connector.received)).not.toContain('secret-internal-detail');

    await post(emulatorActivity(connector.url, 'conv-ok', { type: 'message', text: 'hello' }));
    expect(paragraphs((await connector.waitFor('conv-ok', 1))[0])).toEqual([en('common.greeting')]);
  });
});

describe('the start-up warm-up through /api/messages (no app credentials, as with the Emulator)', () => {
  it('runs before the server is ready and leaves no warm-up conversation behind, of the Emulator or of Direct Line in any language', async () => {
    const memory: Record<string, string> = {};
    const log = new LogCapture();
    const app = await startTestApp({ storage: new MemoryStorage(memory), logDestination: log });
    await app.close();
    expect(log.text).not.toContain('warm-up failed');
    // MemoryStorage deletes an item by setting it to undefined.
    expect(Object.keys(memory).filter((key) => key.includes('emulator') && memory[key] !== undefined)).toEqual([]);
    expect(Object.keys(memory).filter((key) => key.startsWith('webchat/') && memory[key] !== undefined)).toEqual([]);
  });
});
