import { testUnderstanding, yesNoStep } from '../support/fixtures';

const understanding = testUnderstanding();
const read = (text: string, locale: string) => understanding.read(text, locale, yesNoStep.step, yesNoStep.choices).event?.type;

/**
 * A failure said not to have happened ("didn't get any error") is a step that went through; the same failure word after
 * a negation of something else ("doesn't work, error"), or after a "no" that answers, is still a failure.
 */
describe('a failure denied', () => {
  const denied: Array<[string, string]> = [
    ['en', 'pressed save, didnt get any error'],
    ['en', "it didn't fail"],
    ['es', 'no me salió ningún error'],
    ['es', 'no da error'],
    ['fr', "j'ai validé, pas eu d'erreur"],
    ['el', 'δεν μου έβγαλε κανένα σφάλμα'],
    ['ko', '오류는 안 떴어요'],
    ['ko', '에러가 뜨지 않았어요'],
    ['zh', '没有提示错误'],
    ['zh', '保存了，没弹出错误'],
    ['ko', '오류 메시지는 없었어요'],
  ];
  it.each(denied)('%s "%s" is yes', (locale, text) => expect(read(text, locale)).toBe('answer.yes'));

  const failed: Array<[string, string]> = [
    ['en', 'no it failed'],
    ['en', "it doesn't work, error message"],
    ['en', "I can't, it gives an error"],
    ['es', 'no funciona, sale error'],
    ['es', 'no, da error'],
    ['fr', 'ça marche pas, erreur'],
    ['el', 'όχι, βγάζει σφάλμα'],
    ['ko', '오류 떠요 안 돼요'],
    ['ko', '방화벽에 차단돼서 안 열려요'],
    ['zh', '没有，提示错误'],
    ['zh', '换不了，一直报错'],
    // What is absent is the reaction, not an error; beside another negation, the denial answers nothing.
    ['ko', '눌렀는데 아무 반응이 없어요'],
    ['en', "didn't get any error but the email hasn't arrived"],
    ['zh', '没有提示错误，可是邮件一直没收到'],
    // A hedge of a no is a no: "νομίζω πως όχι" holds "πως όχι" (why not).
    ['el', 'νομίζω πως όχι'],
  ];
  it.each(failed)('%s "%s" is no', (locale, text) => expect(read(text, locale)).toBe('answer.no'));
});
