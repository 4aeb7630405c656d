import type { AddressInfo } from 'node:net';
import { createServer } from 'node:http';
import type { CloudAdapter } from 'botbuilder';
import { createHttpApp } from '../../bot/channels/http/createHttpApp';
import { warmUpConversations } from '../../bot/channels/directline/warmUp';
import { createTranslator } from '../../bot/locales/translator';
import { createLogger } from '../../bot/logging/logger';
import { PrivacyFilter } from '../../bot/privacy/privacyFilter';
import { testCatalog } from '../support/fixtures';

describe('readiness waits for the start-up warm-up (issue 15)', () => {
  it('answers 503 "starting" on /readyz until the warm-up has run, while /healthz already answers', async () => {
    let warmedUp = false;
    const app = createHttpApp({
      adapter: {} as CloudAdapter,
      runTurn: async () => undefined,
      isOwnServiceUrl: () => false,
      logger: createLogger('silent', new PrivacyFilter([])),
      routers: [],
      warmedUp: () => warmedUp,
    });
    const server = createServer(app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const starting = await fetch(`${url}/readyz`);
      expect([starting.status, await starting.json()]).toEqual([503, { status: 'starting' }]);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      warmedUp = true;
      expect((await fetch(`${url}/readyz`)).status).toBe(200);
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('warms every language in a conversation of its own, in its own words, beginning a procedure and answering its step', () => {
    const translator = createTranslator(testCatalog(), 'en');
    const conversations = warmUpConversations(translator, 'en', 'smsCode.title');
    expect(conversations.map((c) => c.locale).sort()).toEqual([...translator.languages].sort());
    for (const { locale, messages } of conversations) {
      const t = translator.forLocale(locale);
      expect(messages.slice(0, 2)).toEqual([t('smsCode.title'), t('common.choice.yes')]);
    }
    expect(conversations[0]).toMatchObject({ locale: 'en', messages: ['SMS verification code problems', 'Yes', 'Yes', 'menu'] });
  });
});
