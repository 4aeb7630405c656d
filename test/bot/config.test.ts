import { ConfigError, loadConfig } from '../../bot/config/config';

const locales = ['en', 'zh', 'es', 'fr', 'el', 'ko'];

describe('loadConfig', () => {
  it('runs with no configuration at all: local defaults, no cloud account', () => {
    expect(loadConfig({}, locales)).toMatchObject({
      port: 3978,
      microsoftApp: { appId: '', appPassword: '', appType: 'MultiTenant' },
      storage: { kind: 'file', dataDir: './data' },
      defaultLocale: 'en',
      logLevel: 'info',
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
  ])('names the variable and the fix for %p', (env, message) => {
    expect(() => loadConfig(env, locales)).toThrow(ConfigError);
    expect(() => loadConfig(env, locales)).toThrow(message);
  });

  it('never echoes a secret in its errors', () => {
    try {
      loadConfig({ MicrosoftAppPassword: 'sup3r-secret', PORT: 'x' }, locales);
    } catch (error) {
      expect((error as Error).message).not.toContain('sup3r-secret');
    }
  });
});
