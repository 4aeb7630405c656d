import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * "Would you like a person?", asked because a step went wrong, answered with the user's own progress ("found it"): they
 * got there after all. The report answers the step before the offer and the procedure goes on; no one is handed over.
 */
const TO_PERSON_OFFER: Record<string, readonly string[]> = {
  en: ['yes, signed in', "no, i can't find my account"],
  es: ['sí, ya entré', 'no, no encuentro mi cuenta'],
  fr: ['oui je suis connecté', 'non je trouve pas mon compte'],
  zh: ['登录了', '没看到我的账户'],
  ko: ['네 로그인했어요', '아니요 내 계정이 안 보여요'],
  el: ['ναι συνδέθηκα', 'όχι, δεν βρίσκω το ο λογαριασμός μου'],
};

const conversation = (locale: string, last: string) => [translate(locale)('unbindCard.title'), ...TO_PERSON_OFFER[locale], last];

describe('found after all, at "would you like a person?"', () => {
  it.each([
    ['en', 'oh wait, found it'],
    ['es', 'ah ya lo encontré'],
    ['fr', "ah si, je l'ai trouvé"],
    ['zh', '哦找到了'],
    ['ko', '아 찾았어요'],
    ['el', 'α το βρήκα'],
  ])('in %s, "%s" goes on to the step after the one that went wrong', async (locale, found) => {
    expect(await keysAfter(locale, conversation(locale, found))).toEqual(['common.procedure.continuing', 'unbindCard.openEditCards']);
  });

  it.each([
    ['en', 'yes please'],
    ['es', 'sí, por favor'],
    ['zh', '好的'],
    ['el', 'ναι'],
  ])('in %s, a yes ("%s") still takes the offer', async (locale, yes) => {
    expect(await keysAfter(locale, conversation(locale, yes))).toContain('common.escalation.recorded');
  });

  it.each([
    ['en', "still haven't found it"],
    ['fr', 'je le trouve toujours pas'],
    ['ko', '아직 못 찾았어요'],
  ])('in %s, "%s" is no progress: the procedure does not go back', async (locale, notFound) => {
    expect(await keysAfter(locale, conversation(locale, notFound))).not.toContain('common.procedure.continuing');
  });
});
