import { keysAfter } from '../support/botKeys';

/**
 * "When did the code arrive?": a number that counts something else ("6 chiffres", "it has 6 digits") is no time, so no
 * minutes left are stated from it; a number alone, or with a time word made smaller ("20 minutillos"), is minutes.
 */
describe('when did the code arrive?', () => {
  const AT_CODE_AGE: Record<string, string[]> = {
    en: ['sms code problem', 'yes'],
    es: ['problema con el código sms', 'sí'],
    fr: ['problème de code sms', 'oui'],
  };

  it.each([
    ['fr', "oui j'ai bien recopié, 6 chiffres"],
    ['en', 'i typed it right, it has 6 digits'],
  ])('in %s, "%s" states no minutes left', async (locale, answer) => {
    expect(await keysAfter(locale, [...AT_CODE_AGE[locale], answer])).not.toContain('smsCode.codeStillValid');
  });

  it.each([
    ['es', 'hará unos 20 minutillos'],
    ['en', '20 or so'],
    ['fr', 'genre 20'],
  ])('in %s, "%s" is twenty minutes: still valid', async (locale, answer) => {
    expect((await keysAfter(locale, [...AT_CODE_AGE[locale], answer]))[0]).toBe('smsCode.codeStillValid');
  });
});
