import { keysAfter } from '../support/botKeys';
import { testConversation } from '../support/fixtures';

/**
 * "Yes, solved. By the way, how do I delete it later?" at "did this solve your problem?": the "solved" is kept and the
 * procedure asked for begins in place of the rating question, rather than the question being dropped.
 */
describe('another procedure asked for beside "solved"', () => {
  it.each([
    ['en', ['i want to add a card', 'yes', 'yes', 'saved'], 'yes solved. btw how do i delete it later if i want?'],
    ['zh', ['我想添加银行卡', '是', '是', '保存成功了'], '解决了。顺便问下，以后怎么删除这张银行卡？'],
    ['ko', ['카드 추가하고 싶어요', '네', '네', '저장됐어요'], '네 해결됐어요. 그런데 나중에 카드 삭제는 어떻게 해요?'],
    ['el', ['θέλω να προσθέσω κάρτα', 'ναι', 'ναι', 'αποθηκεύτηκε'], 'ναι λύθηκε. παρεμπιπτόντως, πώς τη διαγράφω αργότερα;'],
  ])('in %s, "%s" then "%s" begins deleting a card', async (locale, before, then) => {
    expect(await keysAfter(locale, [...before, then])).toEqual(['common.procedure.starting', 'unbindCard.signIn']);
  });

  it('records the "solved" given with the request', async () => {
    const chat = testConversation('en');
    for (const line of ['i want to add a card', 'yes', 'yes', 'saved', 'yes solved. btw how do i delete it later if i want?']) await chat.say(line);
    expect(await chat.outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'bind_card', solved: true, rating: null })]);
  });

  it('keeps asking for a rating after a plain "solved"', async () => {
    expect(await keysAfter('en', ['i want to add a card', 'yes', 'yes', 'saved', 'yes thanks'])).toEqual(['feedback.askRating']);
  });
});
