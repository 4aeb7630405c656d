import { createSign, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BotApp } from '../../bot/app';
import { startTestApp } from '../support/fixtures';
import { emulatorActivity } from '../support/stubConnector';

/**
 * Teams and Azure Bot Service sign every activity with a key the Bot Framework publishes. Here a
 * local server publishes our own key (as BotOpenIdMetadata lets a sovereign cloud do), so the
 * adapter's real verification runs offline: a genuine token passes, anything else is 401.
 */
const APP_ID = '00000000-0000-0000-0000-000000000002';
const KID = 'test-key';

function keyPair(): { privateKey: KeyObject; jwk: Record<string, unknown> } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { privateKey, jwk: { ...publicKey.export({ format: 'jwk' }), kid: KID, use: 'sig', endorsements: ['msteams'] } };
}

function jwt(privateKey: KeyObject, claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid: KID })}.${part(claims)}`;
  return `${unsigned}.${createSign('RSA-SHA256').update(unsigned).sign(privateKey).toString('base64url')}`;
}

describe("a channel's signed token (Teams, Azure Bot Service), with MicrosoftAppId set", () => {
  const published = keyPair();
  const impostor = keyPair();
  let keys: Server;
  let app: BotApp;
  beforeAll(async () => {
    keys = createServer((req, res) => {
      const base = `http://127.0.0.1:${(keys.address() as AddressInfo).port}`;
      const body =
        req.url === '/openid'
          ? { issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }
          : { keys: [published.jwk] };
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => keys.listen(0, '127.0.0.1', resolve));
    const metadata = `http://127.0.0.1:${(keys.address() as AddressInfo).port}/openid`;
    app = await startTestApp({ env: { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BotOpenIdMetadata: metadata } });
  });
  afterAll(async () => {
    await app.close();
    await new Promise((resolve) => keys.close(resolve));
  });

  const serviceUrl = 'http://127.0.0.1:9/teams/';
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 };
  const post = (token: string | undefined) =>
    fetch(`${app.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ ...emulatorActivity(serviceUrl, 'teams-1', { type: 'message', text: 'hello' }), channelId: 'msteams' }),
    });

  it('takes an activity signed with the published key', async () => {
    expect((await post(jwt(published.privateKey, claims))).status).toBe(200);
  });

  it.each([
    ['no token', () => undefined],
    ['a key nobody published', () => jwt(impostor.privateKey, claims)],
    ['another bot as audience', () => jwt(published.privateKey, { ...claims, aud: 'someone-else' })],
    ['another issuer', () => jwt(published.privateKey, { ...claims, iss: 'https://evil.example' })],
    ['an expired token', () => jwt(published.privateKey, { ...claims, nbf: now - 7200, exp: now - 3600 })],
    ['a serviceUrl other than the one signed', () => jwt(published.privateKey, { ...claims, serviceurl: 'http://127.0.0.1:9/other/' })],
  ])('refuses %s with 401', async (_what, token) => {
    expect((await post(token())).status).toBe(401);
  });
});
