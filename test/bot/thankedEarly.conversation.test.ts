import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * Thanks alone mid-procedure (trial 32: "gracias, muy útil" got "¡Hola!", "merci, super aide" the help menu, "thanks,
 * that was really helpful" and "谢谢" "didn't catch your answer"): the user thinks they are done, so they are thanked
 * back and the step still open is asked again. A goodbye still leaves; an answer beside the thanks is still the answer.
 */
describe('thanks alone mid-procedure', () => {
  it.each([
    ['en', 'thanks, that was really helpful'],
    ['en', 'thank you!'],
    ['es', 'gracias, muy útil'],
    ['es', 'muchas gracias'],
    ['fr', 'merci, super aide'],
    ['fr', 'merci beaucoup !'],
    ['el', 'ευχαριστώ πολύ'],
    ['el', 'σας ευχαριστώ, πολύ χρήσιμο'],
    ['zh', '谢谢'],
    ['zh', '太感谢了，很有帮助'],
    ['ko', '감사합니다'],
    ['ko', '고마워요 도움 많이 됐어요'],
  ])('in %s, "%s" is thanked back and the step asked again', async (locale, thanks) => {
    const keys = await keysAfter(locale, [translate(locale)('accessAlipay.title'), thanks]);
    expect(keys).toEqual(['common.procedure.thanksStillOpen', 'accessAlipay.askBuyerOrSeller']);
  });

  it.each([
    ['en', 'thanks, bye'],
    ['fr', 'merci, au revoir'],
  ])('in %s, "%s" still says goodbye', async (locale, goodbye) => {
    const keys = await keysAfter(locale, [translate(locale)('accessAlipay.title'), goodbye]);
    expect(keys).not.toContain('common.procedure.thanksStillOpen');
  });

  it.each([
    ['en', 'yes it worked, thanks'],
    ['es', 'sí, ya entré, gracias'],
  ])('in %s, "%s" answers the step', async (locale, answer) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), answer]);
    expect(keys).toEqual(['unbindCard.openMyAccount']);
  });
});
