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

  it('"no sigamos, quiero parar" to "do you want to try?" is its no, and "no, para ya" at a step stops', async () => {
    const t = translate('es');
    const declined = await keysAfter('es', [t('registerAlipay.title'), 'no sigamos, quiero parar']);
    expect(declined).toContain('registerAlipay.payWithoutRegistering');
    expect(declined).not.toContain('common.procedure.continuing');
    expect(await keysAfter('es', [t('registerAlipay.title'), t('common.yes'), 'no, para ya, no quiero seguir'])).toContain('common.procedure.cancelled');
  });
});
