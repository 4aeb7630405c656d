import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BotApp } from '../../bot/app';
import { DirectLineClient } from '../support/directLineClient';
import { startTestApp } from '../support/fixtures';
import { emulatorActivity, startStubConnector, type StubConnector } from '../support/stubConnector';

/** Masking before anything stores: the places a secret can come in besides the message text. */
const CARD = '4111 1111 1111 1111';

describe('masking what comes in besides the text', () => {
  const transcripts = mkdtempSync(join(tmpdir(), 'support-masking-'));
  let app: BotApp;
  let connector: StubConnector;
  beforeAll(async () => {
    connector = await startStubConnector();
    app = await startTestApp({ env: { TRANSCRIPTS_DIR: transcripts } });
  });
  afterAll(async () => {
    await app.close();
    await connector.close();
  });

  const everyTranscript = (): string =>
    readdirSync(transcripts, { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile())
      .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
      .join('\n');

  it('masks a card number typed as a display name on /api/messages before the transcript sees it', async () => {
    const activity = emulatorActivity(connector.url, 'named', { type: 'message', text: 'hello', from: { id: 'u1', name: `Ana ${CARD}` } });
    const response = await fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity),
    });
    expect(response.status).toBe(200);
    await connector.waitFor('named', 1);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(everyTranscript()).toContain('Ana ••••1111');
    expect(everyTranscript()).not.toContain('4111');
  });

  it('masks Direct Line values nested more than eight levels deep, in the history and the transcript', async () => {
    const user = new DirectLineClient(app.url);
    await user.start();
    await user.botMessages(1);
    let value: unknown = { card: CARD, code: '123 456' };
    for (let i = 0; i < 12; i++) value = { inner: value };
    await user.post('hello', { value });
    await user.botMessages(2);
    const history = JSON.stringify(await user.poll());
    expect(history).not.toContain('4111');
    expect(history).not.toContain('123 456');
    expect(everyTranscript()).not.toContain('4111');
    user.close();
  });
});
