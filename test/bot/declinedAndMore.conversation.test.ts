import { testConversation, translate } from '../support/fixtures';

/**
 * "Would you like a person?" mid-procedure, declined with more in the same message: progress ("no need, I'm in now") moves
 * the procedure on from the step before the offer; a request to go on asks that step again; a question is read as one
 * mid-procedure. None of them ends the procedure ("come back any time"), as a plain "no thanks" does.
 */
const cantFind: Record<string, string> = {
  en: "no, I can't find it",
  es: 'no, no lo encuentro',
  fr: 'non, je le trouve pas',
  el: 'όχι, δεν το βρίσκω',
  ko: '아니요, 못 찾겠어요',
  zh: '没有，找不到',
};

/** At the person offer after "I can't find 'My account'" (delete a card). */
async function atPersonOffer(locale: string) {
  const chat = testConversation(locale);
  const t = translate(locale);
  for (const line of [t('unbindCard.title'), t('common.yes'), cantFind[locale]]) await chat.say(line);
  expect((await chat.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'common.escalation.offerPerson' });
  return chat;
}

async function after(locale: string, message: string) {
  const chat = await atPersonOffer(locale);
  await chat.say(message);
  const data = (await chat.storedState()).support;
  return { data, keys: data.transcript.slice(-2).map((l) => ('key' in l ? l.key : l.from)), escalations: chat.escalations };
}

describe('a person declined, and more said', () => {
  it.each([
    ['en', 'no need for a person, got it now, I opened my account'],
    ['es', 'no hace falta una persona, ya está, abrí mi cuenta'],
    ['fr', "pas besoin d'une personne, c'est bon, j'ai ouvert mon compte"],
    ['el', 'δεν χρειάζεται, το βρήκα, άνοιξα τον λογαριασμό μου'],
    ['ko', '상담원은 괜찮아요. 찾았어요 내 계정 열었어요'],
    ['zh', '不用转人工，找到了，已经打开我的账户了'],
  ])('in %s, "%s" moves on from the step before the offer', async (locale, message) => {
    const { data, keys, escalations } = await after(locale, message);
    expect(keys).toEqual(['common.procedure.continuing', 'unbindCard.openEditCards']);
    expect(data.procedure).toMatchObject({ procedureId: 'unbind_card' });
    expect(escalations).toEqual([]);
  });

  it.each([
    ['en', 'no thanks, just tell me what to do next'],
    ['es', 'no gracias, quiero seguir con los pasos'],
    ['fr', 'non merci, je veux continuer les étapes'],
    ['el', 'όχι ευχαριστώ, θέλω να συνεχίσουμε'],
    ['ko', '아니요 괜찮아요, 계속 진행하고 싶어요'],
    ['zh', '不用了，我想继续下一步'],
  ])('in %s, "%s" asks the step before the offer again', async (locale, message) => {
    const { data, keys } = await after(locale, message);
    expect(keys).toEqual(['common.procedure.continuing', 'unbindCard.openMyAccount']);
    expect(data.procedure).toMatchObject({ procedureId: 'unbind_card' });
  });

  it.each([
    ['en', 'no, where is the My account menu?'],
    ['es', 'no, ¿dónde está el menú Mi cuenta?'],
    ['fr', 'non, il est où le menu Mon compte ?'],
    ['el', 'όχι, πού είναι το μενού Ο λογαριασμός μου;'],
    ['ko', '아니요, 내 계정 메뉴는 어디 있어요?'],
    ['zh', '不用，我的账户菜单在哪里？'],
  ])('in %s, "%s" is read as a question mid-procedure; the procedure stays', async (locale, message) => {
    const { data, keys, escalations } = await after(locale, message);
    expect(keys.at(-1)).toBe('unbindCard.openMyAccount');
    expect(data.procedure).toMatchObject({ procedureId: 'unbind_card' });
    expect(escalations).toEqual([]);
  });

  it.each([
    ['en', 'no need for a person, but I still cannot find it'],
    ['fr', "pas besoin d'une personne, mais je le trouve toujours pas"],
  ])('in %s, "%s" (a failure told again) asks the step before the offer again', async (locale, message) => {
    const { keys } = await after(locale, message);
    expect(keys).toEqual(['common.procedure.continuing', 'unbindCard.openMyAccount']);
  });

  it.each([
    ['ko', '아니요... 아 그냥 연결해 주세요'],
    ['en', 'no... actually yes, connect me please'],
  ])('in %s, "%s" changes its mind: a person is called', async (locale, message) => {
    const { escalations } = await after(locale, message);
    expect(escalations).toHaveLength(1);
  });

  it('a plain "no thanks" still declines and leaves the procedure for later', async () => {
    const { data, keys } = await after('en', 'no thanks');
    expect(keys).toEqual(['common.procedure.comeBackAnytime', 'common.procedure.anythingElse']);
    expect(data.procedure).toBeUndefined();
  });
});
