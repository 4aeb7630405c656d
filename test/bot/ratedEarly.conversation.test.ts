import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * A rating given mid-procedure, before it was asked (the user thinks they are done): thanked for, kept with the run,
 * and the step still open is asked again. The wrap-up does not ask for it again; however the run ends, it is recorded.
 */
describe('a rating given before it was asked', () => {
  it.each([
    ['en', 'thanks! 5 stars'],
    ['es', 'gracias, le doy 5/5'],
    ['fr', 'merci, 4 étoiles'],
    ['zh', '谢谢 给你5分'],
    ['ko', '별점 4점이요'],
    ['el', 'ευχαριστώ, 5/5'],
  ])('in %s, "%s" mid-procedure is thanked for and the step is asked again', async (locale, rating) => {
    const keys = await keysAfter(locale, [translate(locale)('taobaoChangeAlipay.title'), rating]);
    expect(keys).toEqual(['feedback.ratingKept', 'taobaoChangeAlipay.changeInTaobaoFirst']);
  });

  it('is recorded with the run, and "did this solve it?" → yes does not ask for it again', async () => {
    const chat = testConversation('en');
    for (const line of [translate('en')('taobaoChangeAlipay.title'), 'yes', 'thanks 4/5', 'yes', 'yes']) await chat.say(line);
    await chat.say('yes');
    const keys = (await chat.storedState()).support.transcript.slice(-2).map((l) => ('key' in l ? l.key : l.from));
    expect(keys).toEqual(['feedback.thanks', 'common.procedure.anythingElse']);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'taobao_change_alipay', solved: true, rating: 4 });
  });

  it('gives way to a rating given when asked ("yes, 2 stars")', async () => {
    const chat = testConversation('en');
    for (const line of [translate('en')('taobaoChangeAlipay.title'), 'yes', 'thanks 4/5', 'yes', 'yes', 'yes, 2 stars']) await chat.say(line);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ solved: true, rating: 2 });
  });

  it('is recorded when the run ends otherwise (stopped)', async () => {
    const chat = testConversation('en');
    for (const line of [translate('en')('taobaoChangeAlipay.title'), '5 stars, thanks', 'cancel']) await chat.say(line);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'taobao_change_alipay', outcome: 'abandoned', rating: 5 });
  });
});

// Asked "did this solve your problem?", a rating alone ("un 5, rapidito": trial 28) is taken and thanked for; whether it
// solved the problem is not made up from it (solved stays null in the outcome log).
describe('a rating given for "did this solve your problem?"', () => {
  it.each([
    ['en', '5 stars', 5],
    ['en', 'a 4', 4],
    ['es', 'un 5, rapidito', 5],
    ['fr', 'je mets 4 sur 5', 4],
    ['zh', '给5分', 5],
    ['ko', '별점 5점이요', 5],
    ['el', '5 αστερια', 5],
  ])('in %s, "%s" is the rating, thanked for', async (locale, rating, value) => {
    const t = translate(locale);
    const chat = testConversation(locale);
    for (const line of [t('taobaoChangeAlipay.title'), t('common.yes'), t('common.yes'), t('common.yes')]) await chat.say(line);
    await chat.say(rating);
    const keys = (await chat.storedState()).support.transcript.slice(-2).map((l) => ('key' in l ? l.key : l.from));
    expect(keys).toEqual(['feedback.thanks', 'common.procedure.anythingElse']);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'taobao_change_alipay', solved: null, rating: value });
  });
});
