import type { BotApp } from '../../bot/app';
import { MAX_FAILURES } from '../../bot/channels/agent/agentAuth';
import { startTestApp } from '../support/fixtures';

/** The agent console's door: guessing is throttled without locking agents out, and signing out means it. */
const ANA = 'ana-token-0123456789';
const LI = 'li-token-0123456789x';

describe('agent sign-in', () => {
  let app: BotApp;
  beforeEach(async () => {
    app = await startTestApp({ env: { HANDOFF_MODE: 'hub', AGENT_TOKENS: `Ana:${ANA},Li:${LI}` }, hubSweepMs: 0 });
  });
  afterEach(async () => {
    await app.close();
  });

  const signIn = (token: string, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/agent/login`, { method: 'POST', headers, body: new URLSearchParams({ token }), redirect: 'manual' });
  const api = (authorization: string) => fetch(`${app.url}/agent/api/view`, { headers: { authorization } });
  const cookieOf = (response: Response) => (response.headers.get('set-cookie') ?? '').split(';')[0];

  it('answers 429 with Retry-After once an address has sent too many wrong Bearer tokens, and still takes the right one', async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await api(`Bearer wrong-token-${i}-xxxxxxxx`)).status).toBe(401);
    const throttled = await api('Bearer wrong-token-again-xxxxxxx');
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await api(`Bearer ${ANA}`)).status).toBe(200);
  });

  it('throttles wrong tokens on the sign-in form the same way, without refusing an agent behind the same address', async () => {
    for (let i = 0; i < MAX_FAILURES; i++) expect((await signIn(`guess-${i}`)).status).toBe(401);
    expect((await signIn('guess-more')).status).toBe(429);
    expect((await signIn(LI)).status).toBe(303);
  });

  it('revokes the session on sign-out: the copied cookie no longer opens the console, even after a restart of the page', async () => {
    const cookie = cookieOf(await signIn(ANA));
    expect((await fetch(`${app.url}/agent`, { headers: { cookie } })).status).toBe(200);
    const out = await fetch(`${app.url}/agent/logout`, { method: 'POST', headers: { cookie }, redirect: 'manual' });
    expect(out.status).toBe(303);
    expect((await fetch(`${app.url}/agent`, { headers: { cookie } })).status).toBe(401);
    expect((await fetch(`${app.url}/agent/api/view`, { headers: { cookie } })).status).toBe(401);
    // Signing in again gives a new session that works.
    const again = cookieOf(await signIn(ANA));
    expect((await fetch(`${app.url}/agent`, { headers: { cookie: again } })).status).toBe(200);
  });

  it('refuses sign-out and sign-in asked by another site (no logout or login CSRF)', async () => {
    const cookie = cookieOf(await signIn(ANA));
    const crossSites: Array<Record<string, string>> = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
    for (const crossSite of crossSites) {
      const out = await fetch(`${app.url}/agent/logout`, { method: 'POST', headers: { cookie, ...crossSite }, redirect: 'manual' });
      expect(out.status).toBe(403);
      expect(out.headers.get('set-cookie')).toBeNull();
      expect((await signIn(LI, crossSite)).status).toBe(403);
    }
    expect((await fetch(`${app.url}/agent`, { headers: { cookie } })).status).toBe(200);
    // The console's own form, under its no-referrer policy: Origin "null", Sec-Fetch-Site same-origin.
    expect((await signIn(LI, { origin: 'null', 'sec-fetch-site': 'same-origin' })).status).toBe(303);
  });
});
