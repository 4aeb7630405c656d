import { ConfigError, loadConfig } from '../../bot/config/config';
import { isOpen, nextOpening } from '../../bot/config/businessHours';

const locales = ['en', 'zh', 'es', 'fr', 'el', 'ko'];

describe('loadConfig', () => {
  it('runs with no configuration at all: local defaults, no cloud account', () => {
    expect(loadConfig({}, locales)).toMatchObject({
      port: 3978,
      microsoftApp: { appId: '', appPassword: '', appType: 'MultiTenant' },
      storage: { kind: 'file', dataDir: './data' },
      defaultLocale: 'en',
      logLevel: 'info',
      handoffMode: 'hub',
      hub: { agents: [], hours: undefined, queueTimeoutMs: 15 * 60_000, userSilenceMs: 10 * 60_000, agentGraceMs: 60_000 },
    });
  });

  it('reads agents and business hours', () => {
    const config = loadConfig(
      { AGENT_TOKENS: 'Ana:0123456789abcdef, Li Wei:fedcba9876543210', HANDOFF_HOURS: 'mon-fri 09:00-18:00; sat 10:00-14:00', HANDOFF_TIMEZONE: 'Asia/Seoul' },
      locales,
    );
    expect(config.hub.agents).toEqual([
      { name: 'Ana', token: '0123456789abcdef' },
      { name: 'Li Wei', token: 'fedcba9876543210' },
    ]);
    const hours = config.hub.hours;
    // Monday 2026-11-23 08:59 and 09:00 in Seoul (UTC+9); Sunday closed; Saturday afternoon closed.
    expect(isOpen(hours, new Date('2026-11-22T23:59:00Z'))).toBe(false);
    expect(isOpen(hours, new Date('2026-11-23T00:00:00Z'))).toBe(true);
    expect(isOpen(hours, new Date('2026-11-22T03:00:00Z'))).toBe(false);
    expect(isOpen(hours, new Date('2026-11-21T03:00:00Z'))).toBe(true);
    expect(nextOpening(hours, new Date('2026-11-22T03:00:00Z'))?.toISOString()).toBe('2026-11-23T00:00:00.000Z');
  });

  it('reads PostgreSQL storage', () => {
    expect(loadConfig({ STORAGE: 'postgres', DATABASE_URL: 'postgres://bot@127.0.0.1:5432/support' }, locales).storage).toEqual({
      kind: 'postgres',
      dataDir: './data',
      databaseUrl: 'postgres://bot@127.0.0.1:5432/support',
      databasePoolSize: 10,
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', MicrosoftAppId: '' }, locales).port).toBe(3978);
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT: .*Fix: set PORT/],
    [{ STORAGE: 'redis' }, /STORAGE: .*Fix: set STORAGE to "file"/],
    [{ DEFAULT_LOCALE: 'de' }, /DEFAULT_LOCALE: "de" has no folder in locales\/\. Fix: use one of en, zh/],
    [{ MicrosoftAppId: 'abc' }, /MicrosoftAppPassword: required when MicrosoftAppId is set/],
    [{ MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId: required when MicrosoftAppType is SingleTenant/],
    [{ PUBLIC_URL: 'ftp://x' }, /PUBLIC_URL: .*Fix/],
    [{ HANDOFF_MODE: 'email' }, /HANDOFF_MODE: .*Fix: set HANDOFF_MODE to "hub"/],
    [{ AGENT_TOKENS: 'Ana:short' }, /AGENT_TOKENS: entry 1 needs a name and a token of at least 16 characters\. Fix: set AGENT_TOKENS/],
    [{ AGENT_TOKENS: 'Ana:0123456789abcdef,Ana:0123456789abcdeX' }, /AGENT_TOKENS: entry 2 repeats a name or a token/],
    [{ HANDOFF_HOURS: 'weekdays 9-5' }, /HANDOFF_HOURS: "weekdays 9-5" is not .*Fix: set HANDOFF_HOURS/],
    [{ HANDOFF_HOURS: 'mon 18:00-09:00' }, /HANDOFF_HOURS: "mon 18:00-09:00" has no valid time range/],
    [{ HANDOFF_TIMEZONE: 'Mars/Olympus' }, /HANDOFF_TIMEZONE: "Mars\/Olympus" is not a time zone/],
    [{ HANDOFF_USER_SILENCE_MINUTES: '-1' }, /HANDOFF_USER_SILENCE_MINUTES: .*Fix/],
    [{ STORAGE: 'postgres' }, /DATABASE_URL: required when STORAGE=postgres\. Fix: set DATABASE_URL to a PostgreSQL URL/],
    [{ STORAGE: 'postgres', DATABASE_URL: 'mysql://bot:pw@db/support' }, /DATABASE_URL: .*Fix: set DATABASE_URL/],
    [{ DATABASE_POOL_SIZE: '1' }, /DATABASE_POOL_SIZE: .*Fix: set DATABASE_POOL_SIZE/],
  ])('names the variable and the fix for %p', (env, message) => {
    expect(() => loadConfig(env, locales)).toThrow(ConfigError);
    expect(() => loadConfig(env, locales)).toThrow(message);
  });

  it('reports an unknown time zone once, not again as unreadable hours', () => {
    expect(() => loadConfig({ HANDOFF_TIMEZONE: 'Mars/Olympus', HANDOFF_HOURS: 'mon-fri 09:00-18:00' }, locales)).toThrow(
      /^Invalid configuration:\n {2}HANDOFF_TIMEZONE: [^\n]*$/,
    );
  });

  it('never echoes a secret in its errors', () => {
    try {
      loadConfig({ MicrosoftAppPassword: 'sup3r-secret', PORT: 'x', AGENT_TOKENS: 'Ana:sup3r-short', DATABASE_URL: 'mysql://bot:sup3r-db@db/x' }, locales);
      throw new Error('loadConfig accepted an invalid configuration');
    } catch (error) {
      expect((error as Error).message).toMatch(/^Invalid configuration/);
      expect((error as Error).message).not.toContain('sup3r-db');
      expect((error as Error).message).not.toContain('sup3r-secret');
      expect((error as Error).message).not.toContain('sup3r-short');
    }
  });
});
