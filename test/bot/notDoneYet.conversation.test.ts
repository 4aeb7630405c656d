import { translate } from '../support/fixtures';
import { keysAfter } from '../support/botKeys';

/**
 * "I haven't done it yet" at "did the change succeed?" is no failure (trial 18: "todavía no lo he hecho" ended the
 * Taobao Alliance change with "if Taobao can't change it, Alliance can't either"): the step waits, shown again.
 */
describe('not done yet is a wait, not a failure', () => {
  const change = (locale: string) => translate(locale)('taobaoChangeAlipay.title');

  it.each([
    ['es', 'todavia no lo he hecho'],
    ['fr', "euh je l'ai pas encore fait, je le fais où exactement dans taobao?"],
    ['en', "haven't done it yet"],
    ['zh', '还没弄呢'],
    ['ko', '아직 안 했어요'],
    ['el', 'δεν το έχω κάνει ακόμα'],
  ])('in %s, "%s" keeps the step', async (locale, text) => {
    expect(await keysAfter(locale, [change(locale), text])).toEqual(['common.procedure.takeYourTime', 'taobaoChangeAlipay.changeInTaobaoFirst']);
  });

  it.each([
    ['en', 'no, it failed'],
    ['zh', '还没弄好，门户上那个注册链接我没找着'],
  ])('in %s, "%s" is still an answer', async (locale, text) => {
    expect(await keysAfter(locale, [change(locale), text])).not.toContain('common.procedure.takeYourTime');
  });
});
