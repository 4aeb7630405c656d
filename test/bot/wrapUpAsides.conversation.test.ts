import { keysAfter } from '../support/botKeys';
import { testConversation } from '../support/fixtures';

/** To "did this solve your problem?": a card added, in words, then the answer under test. */
const SOLVED_ASKED: Record<string, string[]> = {
  en: ['i want to add a card', 'yes', 'yes', 'saved'],
  es: ['quiero añadir una tarjeta', 'sí', 'sí', 'guardada'],
  fr: ['je veux ajouter une carte', 'oui', 'oui', 'enregistrée'],
  zh: ['我想添加银行卡', '是', '是', '保存成功了'],
  ko: ['카드 추가하고 싶어요', '네', '네', '저장됐어요'],
  el: ['θέλω να προσθέσω κάρτα', 'ναι', 'ναι', 'αποθηκεύτηκε'],
};

/**
 * What is said beside the answer to "did this solve your problem?" and is no answer to it: a rating declined ("it worked,
 * no rating thanks": its "no" is the rating's) ends the wrap-up solved and unrated, never asks the rating it declined;
 * "nothing else, thanks. 4/5" says there is nothing more to solve, and rates.
 */
describe('asides beside "solved"', () => {
  it.each([
    ['en', 'it worked, no rating thanks'],
    ['en', "yes it's solved, I'd rather not rate"],
    ['es', 'sí, resuelto, gracias. prefiero no valorar'],
    ['fr', "oui c'est réglé merci, pas de note"],
    ['zh', '解决了，谢谢，不用评分了'],
    ['ko', '해결됐어요 감사합니다. 평가는 생략할게요'],
    ['el', 'ναι λύθηκε, ευχαριστώ, δεν θέλω να βαθμολογήσω'],
  ])('in %s, "%s" is solved, and the rating is not asked', async (locale, text) => {
    expect(await keysAfter(locale, [...SOLVED_ASKED[locale], text])).toEqual(['feedback.thanksWithoutRating', 'common.procedure.anythingElse']);
  });

  it('records it solved and unrated', async () => {
    const chat = testConversation('zh');
    for (const line of [...SOLVED_ASKED.zh, '解决了，谢谢，不用评分了']) await chat.say(line);
    expect(await chat.outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'bind_card', solved: true, rating: null })]);
  });

  it.each([
    ['en', 'nothing else, thanks. 4/5', 4],
    ['es', 'nada más, gracias. 4 de 5', 4],
    ['fr', "rien d'autre, merci. 4/5", 4],
    ['el', 'όχι άλλο, ευχαριστώ. 4/5', 4],
    ['ko', '다른 건 없어요 감사합니다 4점', 4],
    ['zh', '没别的了，谢谢，5分', 5],
  ])('in %s, "%s" is solved and rated', async (locale, text, rating) => {
    const chat = testConversation(locale);
    for (const line of [...SOLVED_ASKED[locale], text]) await chat.say(line);
    expect(await chat.outcomes.all()).toEqual([expect.objectContaining({ procedureId: 'bind_card', solved: true, rating })]);
  });

  it.each([
    ['en', 'no... wait, yes it worked after all'],
    ['es', 'no... bueno sí, al final funcionó'],
  ])('in %s, a no taken back ("%s") still asks the rating', async (locale, text) => {
    expect(await keysAfter(locale, [...SOLVED_ASKED[locale], text])).toEqual(['feedback.askRating']);
  });
});
