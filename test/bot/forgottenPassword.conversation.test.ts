import { testConversation, translate } from '../support/fixtures';

/**
 * "I don't remember my password" names what is forgotten: no doubt about the answer. Asked "are you signed in?", it is a
 * no, and the yes of "do you need help recovering it?" asked next (told already: the recovery starts); asked that, a yes.
 * "I don't remember" alone is still doubt.
 */
describe('a password forgotten, said in a sentence', () => {
  it.each([
    ['en', "i don't remember my password", "can't remember the pw at all"],
    ['es', 'mmm no, es que no me acuerdo de la contraseña', 'no recuerdo la clave'],
    ['fr', 'je me souviens plus du mot de passe', 'je me rappelle pas le mdp'],
    ['el', 'δεν θυμάμαι τον κωδικό μου', 'δεν θυμαμαι τον κωδικο'],
    ['ko', '비밀번호가 기억 안 나요', '비번 기억이 안 나요'],
    ['zh', '密码不记得了', '我不记得密码了'],
  ])('in %s, "%s" at "are you signed in?" starts the recovery, and "%s" takes it where asked', async (locale, atSignIn, atHelp) => {
    const t = translate(locale);
    const chat = testConversation(locale);
    await chat.say(t('unbindCard.title'));
    await chat.say(atSignIn);
    const told = (await chat.storedState()).support;
    expect(told.transcript.map((line) => ('key' in line ? line.key : line.text))).toEqual(
      expect.arrayContaining(['unbindCard.signIn', 'unbindCard.recoverLoginPassword']),
    );
    // "Do you need help recovering it?" was answered by the same words: not asked.
    expect(told.transcript.map((line) => ('key' in line ? line.key : ''))).not.toContain('unbindCard.askSignInHelp');
    expect(told.procedure?.procedureId).toBe('reset_login_password');
    const asked = testConversation(locale);
    await asked.say(t('unbindCard.title'));
    await asked.say(t('common.choice.no'));
    expect((await asked.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'unbindCard.askSignInHelp' });
    await asked.say(atHelp);
    expect((await asked.storedState()).support.procedure?.procedureId).toBe('reset_login_password');
  });

  it.each([
    ['en', "i don't remember"],
    ['es', 'no me acuerdo'],
    ['zh', '不记得了'],
  ])('in %s, "%s" alone is doubt: the step is not answered', async (locale, doubt) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('unbindCard.title'));
    await chat.say(doubt);
    expect((await chat.storedState()).support.procedure).toMatchObject({ procedureId: 'unbind_card' });
    expect((await chat.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'unbindCard.signIn' });
  });
});
