import { statesRating } from '../../bot/understanding/answers/ratingReader';
import { keysAfter } from '../support/botKeys';
import { testConversation, translate } from '../support/fixtures';

/**
 * A rating typed where the bot asked something else (trial 32): with words of praise only, mid-procedure, it is a
 * rating given early, not a yes nor "5 minutes ago"; beside the step's answer, the answer is taken and the rating
 * kept; beside "solved", a mark closing the message is the rating, so it is not asked for again.
 */
const yes: Record<string, string> = { en: 'yes', es: 'sí', fr: 'oui', el: 'ναι', zh: '是的', ko: '네' };

describe('praise and a rating, mid-procedure, answer no step', () => {
  it.each([
    ['en', 'perfect, 4 stars'],
    ['es', 'perfecto, 5 estrellas'],
    ['fr', 'parfait, je mets 5/5'],
    ['el', 'τέλεια, 5 αστέρια'],
    ['zh', '太好了，给5分'],
    ['ko', '완벽해요 별점 5개'],
  ])('in %s, "%s" at a yes/no step is thanked for and the step asked again', async (locale, rating) => {
    const keys = await keysAfter(locale, [translate(locale)('unbindCard.title'), rating]);
    expect(keys).toEqual(['feedback.ratingKept', 'unbindCard.signIn']);
  });

  it.each([
    ['en', 'thanks, 5/5'],
    ['es', 'gracias, le pongo 4 de 5'],
    ['fr', 'merci, je mets 5/5'],
    ['el', 'ευχαριστώ, 4 στα 5'],
    ['zh', '谢谢，5分'],
    ['ko', '감사합니다 5점'],
  ])('in %s, "%s" asked when the code came is no number of minutes', async (locale, rating) => {
    const keys = await keysAfter(locale, [translate(locale)('smsCode.title'), yes[locale], rating]);
    expect(keys).toEqual(['feedback.ratingKept', 'smsCode.askCodeAge']);
  });
});

describe("a rating beside the step's answer", () => {
  it.each([
    ['en', 'yes, 5 stars', 5],
    ['es', 'sí, 4 estrellas', 4],
    ['fr', 'oui, 5 étoiles', 5],
    ['el', 'ναι, 4 αστέρια', 4],
    ['zh', '是的，给5分', 5],
    ['ko', '네 별점 4개', 4],
  ])('in %s, "%s" answers the step and the wrap-up does not ask for the rating again', async (locale, line, rating) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('unbindCard.title'));
    await chat.say(line);
    expect((await chat.storedState()).support.procedure?.snapshot).toMatchObject({ value: 'openMyAccount' });
    for (const answer of [yes[locale], yes[locale], yes[locale], yes[locale]]) await chat.say(answer);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'unbind_card', solved: true, rating });
  });
});

describe('"solved", and a mark closing the message', () => {
  it.each([
    ['en', 'yes, great, thanks, 5', 5],
    ['es', 'perfecto, un 5', 5],
    ['fr', 'oui merci, 4', 4],
    ['el', 'ναι, ευχαριστώ, ένα 4', 4],
    ['zh', '解决了，谢谢，5', 5],
    ['ko', '네 해결됐어요, 4', 4],
  ])('in %s, "%s" records both and thanks', async (locale, line, rating) => {
    const chat = testConversation(locale);
    for (const answer of [translate(locale)('unbindCard.title'), yes[locale], yes[locale], yes[locale], yes[locale]]) await chat.say(answer);
    expect((await chat.storedState()).support.wrapUp).toBeDefined();
    await chat.say(line);
    const keys = (await chat.storedState()).support.transcript.slice(-2).map((l) => ('key' in l ? l.key : l.from));
    expect(keys).toEqual(['feedback.thanks', 'common.procedure.anythingElse']);
    expect((await chat.outcomes.all()).at(-1)).toMatchObject({ procedureId: 'unbind_card', solved: true, rating });
  });
});

describe('counters that are no rating', () => {
  it.each(['3分钟前', '两分钟前到的', '一分钱都没剩', '还有2个订单', '2개 있어요', '주문 3개 남았어요'])('"%s" states none', (text) => {
    expect(statesRating(text)).toBe(false);
  });

  it.each(['给5分', '五星', '별 4개', '별점 5개요', '4점'])('"%s" states one', (text) => {
    expect(statesRating(text)).toBe(true);
  });
});
