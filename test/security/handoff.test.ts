import type { Activity } from 'botbuilder';
import type { BotApp } from '../../bot/app';
import { AgentClient } from '../support/agentClient';
import { DirectLineClient } from '../support/directLineClient';
import { paragraphs, startTestApp, translate } from '../support/fixtures';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

/** Who may speak for the desk, and which conversation is which at the desk. */
const en = translate('en');
const ANA = 'ana-token-0123456789';

describe('handoff: only the desk speaks for the desk', () => {
  let app: BotApp;
  let connector: StubConnector;
  let ana: AgentClient;
  beforeAll(async () => {
    connector = await startStubConnector();
    app = await startTestApp({ env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA}` }, hubSweepMs: 0 });
    ana = new AgentClient(app.url, ANA);
    await ana.connect();
    await ana.api('POST', '/status', { status: 'available' });
  });
  afterAll(async () => {
    ana.close();
    await app.close();
    await connector.close();
  });

  const post = (body: unknown) =>
    fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const fromChannel = (channelId: string, conversationId: string, fields: Partial<Activity>) => ({
    ...emulatorActivity(connector.url, conversationId, fields),
    channelId,
  });

  it('refuses a handoff.* event from a Direct Line user', async () => {
    const user = new DirectLineClient(app.url);
    await user.start();
    const response = await fetch(`${app.url}/v3/directline/conversations/${user.conversationId}/activities`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${user.token}` },
      body: JSON.stringify({ type: 'event', name: 'handoff.status', value: { state: 'completed' } }),
    });
    expect(response.status).toBe(400);
    user.close();
  });

  it('ignores a handoff.status while the built-in hub has the conversation, and keeps it queued', async () => {
    expect((await post(fromChannel('emulator', 'forged', { type: 'message', text: en('common.menu.talkToPerson') }))).status).toBe(200);
    await connector.waitFor('forged', 1);
    await ana.until((v) => v.queue.some((e) => e.summary !== undefined));
    const queuedBefore = (await ana.api('GET', '/view')).json.queue.length;
    expect((await post(fromChannel('emulator', 'forged', { type: 'event', name: 'handoff.status', value: { state: 'completed' } }))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(connector.received.filter((r) => r.activity.conversation?.id === 'forged' && r.activity.type === 'message')).toHaveLength(1);
    expect((await ana.api('GET', '/view')).json.queue.length).toBe(queuedBefore);
  });

  it('keeps the same conversation id on two channels apart at the desk', async () => {
    await post(fromChannel('emulator', 'same-id', { type: 'message', text: en('common.menu.talkToPerson') }));
    const [queuedA] = await connector.waitFor('same-id', 1);
    expect(paragraphs(queuedA)[0]).toMatch(/queue|position/i);
    const before = (await ana.until((v) => v.queue.length >= 1)).queue.length;
    // Another channel, the same conversation id: a new conversation at the desk, not a takeover.
    await post(fromChannel('othernet', 'same-id', { type: 'message', text: en('common.menu.talkToPerson') }));
    const after = await ana.until((v) => v.queue.length === before + 1);
    expect(after.queue).toHaveLength(before + 1);
  });

  it("sends an agent's message to Web Chat without a replyToId to a synthetic activity", async () => {
    const user = new DirectLineClient(app.url);
    await user.start();
    await user.botMessages(1);
    await user.post(en('common.menu.talkToPerson'));
    await user.botMessages(2);
    const view = await ana.until((v) => v.queue.length > 0);
    const entry = view.queue.at(-1)!;
    expect((await ana.api('POST', `/conversations/${entry.id}/accept`)).status).toBe(204);
    expect((await ana.api('POST', `/conversations/${entry.id}/messages`, { text: 'Hello from Ana' })).status).toBe(204);
    const messages = await user.botMessages(4);
    const fromAna = messages.find((m) => m.text?.includes('Hello from Ana'));
    expect(fromAna).toBeDefined();
    expect(fromAna?.replyToId).toBeUndefined();
    user.close();
  });
});
