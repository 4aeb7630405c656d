import { testConversation, translate } from '../support/fixtures';

/**
 * "I don't remember my password" names what is forgotten: no doubt about the answer. Asked "are you signed in?", it is a
 * no (help with the password is offered); asked "do you need help recovering it?", a yes. "I don't remember" alone is
 * still doubt.
 */
describe('a password forgotten, said in a sentence', () => {
  it.each([
    ['en', "i don't remember my password", "can't remember the pw at all"],
    ['es', 'mmm no, es que no me acuerdo de la contraseña', 'no recuerdo la clave'],
    ['fr', 'je me souviens plus du mot de passe', 'je me rappelle pas le mdp'],
    ['el', 'δεν θυμάμαι τον κωδικό μου', 'δεν θυμαμαι τον κωδικο'],
    ['ko', '비밀번호가 기억 안 나요', '비번 기억이 안 나요'],
    ['zh', '密码不记得了', '我不记得密码了'],
  ])('in %s, "%s" at "are you signed in?" offers help with it, and "%s" takes it', async (locale, atSignIn, atHelp) => {
    const chat = testConversation(locale);
    await chat.say(translate(locale)('unbindCard.title'));
    await chat.say(atSignIn);
    expect((await chat.storedState()).support.transcript.at(-1)).toMatchObject({ key: 'unbindCard.askSignInHelp' });
    await chat.say(atHelp);
    expect((await chat.storedState()).support.procedure?.procedureId).toBe('reset_login_password');
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
