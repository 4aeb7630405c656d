import type { BotApp } from '../../bot/app';
import { startTestApp } from '../support/fixtures';

/** The Web Chat page's headers (the page itself runs under them in test/browser/webChat.test.ts). */
describe('Web Chat page', () => {
  let app: BotApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('sends a Content-Security-Policy: no inline script, no remote image, no framing', async () => {
    const response = await fetch(`${app.url}/`);
    expect(response.status).toBe(200);
    const policy = Object.fromEntries(
      (response.headers.get('content-security-policy') ?? '')
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['img-src']).not.toContain('*');
    expect(policy['img-src']?.some((s: string) => /^https?:/.test(s))).toBe(false);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
