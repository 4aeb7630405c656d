import { translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * Trial 18: "no, sigamos con el registro" (no, let's go on with the registration) stopped the registration it asked to
 * keep, because "no sigamos" is a stop once the comma is gone; and "i forgot my payment password on aliexpress alipay"
 * started the login password's procedure although it names the payment password.
 */
describe('a no set apart answers; it does not make what follows a stop', () => {
  const switchOffered: Record<string, string> = {
    es: 'donde esta eso de mi alipay?',
    fr: "comment j'accède à mon alipay ?",
    el: 'πώς μπαίνω στο my alipay;',
  };

  it.each([
    ['es', 'no, sigamos con el registro'],
    ['es', 'no, continuemos'],
    ['fr', 'non, on continue'],
    ['el', 'όχι, συνεχίζουμε'],
  ])('in %s, "%s" to "shall I switch?" keeps the procedure', async (locale, text) => {
    const lines = [translate(locale)('registerAlipay.title'), switchOffered[locale]];
    expect(await keysAfter(locale, lines)).toEqual(['common.procedure.switchOffer']);
    const keys = await keysAfter(locale, [...lines, text]);
    expect(keys).not.toContain('common.procedure.cancelled');
    expect(keys[0]).toBe('common.procedure.continuing');
  });

  it('still stops on "no sigamos" without the comma, and on "no, stop it"', async () => {
    const t = translate('es');
    expect(await keysAfter('es', [t('registerAlipay.title'), 'no sigamos, quiero parar'])).toContain('common.procedure.cancelled');
  });
});

describe('a procedure named by its own words wins over a near reading of another', () => {
  it.each([
    ['en', 'hey, i forgot my payment password on aliexpress alipay, how do i reset it', 'resetPaymentPassword.openRecoveryPage'],
    ['en', 'i want to reset my payment password not login password', 'resetPaymentPassword.openRecoveryPage'],
  ])('in %s, "%s"', async (locale, text, step) => {
    expect(await keysAfter(locale, [text])).toEqual(['common.procedure.starting', step]);
  });

  it('takes no procedure named only by a product\'s words ("my alipay")', async () => {
    expect((await keysAfter('en', ['i want to add my card to my alipay account'])).slice(0, 2)).toEqual([
      'common.procedure.starting',
      'bindCard.noLongerNeeded',
    ]);
  });
});
