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

/** "Can you log in to Taobao?" "no": only Taobao's service can help, and a person is offered; then the user gets in. */
const cannotLogIn = (locale: string, last: string) => [translate(locale)('taobaoUnbindAlipay.title'), translate(locale)('common.no'), last];

describe('the Taobao checklist: logged in after all, at "would you like a person?"', () => {
  it.each([
    ['en', 'hang on, i managed to log in now'],
    ['es', 'ah ya pude iniciar sesión, perdón'],
    ['fr', 'attendez, je suis connecté maintenant'],
    ['zh', '等等 现在能登录了'],
    ['ko', '잠깐만요 이제 로그인 됐어요'],
    ['el', 'περιμένετε, τελικά συνδέθηκα'],
  ])('in %s, "%s" answers "can you log in?" and the checklist goes on', async (locale, loggedIn) => {
    expect(await keysAfter(locale, cannotLogIn(locale, loggedIn))).toEqual(['common.procedure.continuing', 'taobaoUnbindAlipay.askAccountFrozen']);
  });

  it.each([
    ['en', 'yes please'],
    ['fr', 'oui merci'],
    ['ko', '네 연결해 주세요'],
  ])('in %s, a yes ("%s") still hands over', async (locale, yes) => {
    expect(await keysAfter(locale, cannotLogIn(locale, yes))).toContain('common.escalation.recorded');
  });
});

/** A procedure finished, "did this solve your problem?" answered no, and a person offered; then it works. */
const notSolved = (locale: string, last: string) => {
  const t = translate(locale);
  return [t('unbindCard.title'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.yes'), t('common.no'), last];
};

describe('the wrap-up: solved after all, at "would you like a person?"', () => {
  it.each([
    ['en', 'oh actually it worked, my bad'],
    ['es', 'espera, al final sí se borró'],
    ['fr', 'ah en fait ça a marché'],
    ['zh', '哦 其实已经好了'],
    ['ko', '아 결국 삭제됐어요'],
    ['el', 'α, τελικά διαγράφηκε'],
  ])('in %s, "%s" is solved: the rating is asked, no one is handed over', async (locale, solved) => {
    expect(await keysAfter(locale, notSolved(locale, solved))).toEqual(['feedback.askRating']);
  });

  it.each([
    ['en', 'yes please'],
    ['es', 'sí'],
    ['zh', '要'],
  ])('in %s, a yes ("%s") still hands over', async (locale, yes) => {
    expect(await keysAfter(locale, notSolved(locale, yes))).toContain('common.escalation.recorded');
  });
});
