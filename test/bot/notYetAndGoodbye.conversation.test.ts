import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * "Not yet" to a step that asks whether the user did what it says: they have not tried yet, so the step waits; it is
 * no answer that ends the procedure. Asked what is there ("are all your orders completed?"), "not yet" is a no.
 */
describe('"not yet" at a step that asks whether the user did it', () => {
  it.each([
    ['en', 'not yet'],
    ['es', 'no, todavía no lo he cambiado en taobao'],
    ['fr', 'pas encore'],
    ['zh', '还没呢'],
    ['ko', '아직이요'],
    ['el', 'όχι ακόμα'],
  ])('in %s, "%s" at "change it in Taobao first. Did it succeed?" waits', async (locale, notYet) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), notYet])).toEqual([
      'common.procedure.takeYourTime',
      'taobaoChangeAlipay.changeInTaobaoFirst',
    ]);
  });

  it.each([
    ['en', 'no, it failed'],
    ['es', 'no, me da error'],
  ])('in %s, a no with a failure ("%s") still says what the articles say of it', async (locale, failed) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), failed])).toContain('taobaoChangeAlipay.taobaoCannotChange');
  });

  it('in en, "not yet" to "are all your orders completed?" is a no: finish them first', async () => {
    expect(await keysAfter('en', [translate('en')('move1688ToWorldFirst.title'), 'not yet'])).toContain('move1688ToWorldFirst.finishOrdersFirst');
  });
});

/** Closings one after another ("nada más, adiós", "that's all, bye") see the user off mid-procedure: no "no" to the step. */
describe('closings in a row mid-procedure', () => {
  it.each([
    ['es', 'nada más, adiós'],
    ['en', "that's all, bye"],
    ['fr', "c'est tout, au revoir"],
  ])('in %s, "%s" is a goodbye, the step kept', async (locale, bye) => {
    expect(await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), bye])).toEqual(['common.goodbye']);
  });
});
