import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * Closings seen in trial 33: "ok thanks" to "shall I walk you through it?" after an answer started the procedure (an ok
 * and thanks take the answer in, like "got it, thanks"); "top merci, note 10/10" was asked for a rating again (a mark
 * out of ten is halved to the five-point scale).
 */
describe('an ok and thanks after an answer', () => {
  it.each([
    ['en', 'ok thanks'],
    ['es', 'vale, gracias'],
    ['fr', "d'accord merci"],
    ['el', 'εντάξει ευχαριστώ'],
    ['zh', '好的谢谢'],
    ['ko', '오케이 감사합니다'],
  ])('in %s, "%s" takes the answer in and starts nothing', async (locale, line) => {
    const keys = await keysAfter(locale, [translate(locale)('answers.balance1688.title'), line]);
    expect(keys).not.toContain('common.procedure.starting');
    expect(keys).toContain('common.goodbye');
  });

  it.each([
    ['en', 'yes please'],
    ['es', 'sí, por favor'],
  ])('in %s, "%s" still takes the walkthrough', async (locale, line) => {
    const keys = await keysAfter(locale, [translate(locale)('answers.balance1688.title'), line]);
    expect(keys[0]).toBe('common.procedure.starting');
  });
});

describe('a mark out of ten', () => {
  it.each([
    ['fr', 'top merci, note 10/10', 5],
    ['fr', '8 sur 10', 4],
    ['en', '7 out of 10', 4],
    ['es', 'un 6 sobre 10', 3],
    ['el', '10 στα 10', 5],
    ['en', '2/10', 1],
  ])('in %s, "%s" asked for a rating is %i of 5', async (locale, line, rating) => {
    const t = translate(locale);
    const chat = testConversation(locale);
    for (const answer of [
      t('unbindCard.title'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
      t('common.choice.yes'),
    ])
      await chat.say(answer);
    expect((await chat.storedState()).support.wrapUp).toBeDefined();
    await chat.say(line);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'unbind_card', solved: true, rating });
  });

  it('given mid-procedure with thanks, is kept as a rating, not read as the step', async () => {
    const keys = await keysAfter('en', [translate('en')('unbindCard.title'), 'thanks, 10/10']);
    expect(keys).toEqual(['feedback.ratingKept', 'unbindCard.signIn']);
  });
});
