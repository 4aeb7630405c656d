import { keysAfter } from '../support/botKeys';
import { testConversation } from '../support/fixtures';

/**
 * "There's a problem with my code" says nothing of whether it came, where "the code is wrong" says it did: the step
 * that asks still asks. A no that reports what happened ("still nothing came") is no goodbye; a plain no is.
 */
describe('trouble that names no failure, and a no that reports something', () => {
  it.each([
    ['en', "there's a problem with my sms code"],
    ['es', 'tengo un problema con el código sms'],
    ['fr', "j'ai un souci avec le code sms"],
    ['zh', '短信验证码有问题'],
    ['ko', '문자 인증번호에 문제가 있어요'],
    ['el', 'έχω πρόβλημα με τον κωδικό sms'],
  ])('in %s, "%s" starts the procedure and asks whether the code came', async (locale, request) => {
    expect(await keysAfter(locale, [request])).toEqual(['common.procedure.starting', 'smsCode.askCodeReceived']);
  });

  it.each([
    ['en', 'the sms code says it is wrong'],
    ['es', 'me dice que el código sms es incorrecto'],
    ['zh', '短信验证码提示错误'],
  ])('in %s, a failure of the code still says it came ("%s")', async (locale, request) => {
    const said = await keysAfter(locale, [request]);
    expect(said).not.toContain('smsCode.askCodeReceived');
    expect(said).toContain('smsCode.askCodeAge');
  });

  it.each([
    ['en', 'hello', 'still nothing arrived'],
    ['es', 'hola', 'todavía no llegó nada'],
    ['fr', 'bonjour', 'toujours rien reçu'],
    ['zh', '你好', '还是没收到'],
    ['ko', '안녕하세요', '아직 안 왔어요'],
    ['el', 'γεια', 'ακόμα δεν ήρθε τίποτα'],
  ])('in %s, "%s" then "%s" is read, not taken as a goodbye', async (locale, hello, report) => {
    expect(await keysAfter(locale, [hello, report])).not.toContain('common.goodbye');
  });

  it.each([
    ['en', 'no thanks'],
    ['es', 'no, gracias'],
    ['fr', 'non merci'],
    ['zh', '不用了'],
    ['ko', '아니요 괜찮아요'],
    ['el', 'όχι ευχαριστώ'],
  ])('in %s, a plain "%s" after the menu ends the exchange', async (locale, no) => {
    const hello = { en: 'hello', es: 'hola', fr: 'bonjour', zh: '你好', ko: '안녕하세요', el: 'γεια' }[locale]!;
    expect(await keysAfter(locale, [hello, no])).toEqual(['common.goodbye']);
  });
});

describe('a person asked for at a step, in other words', () => {
  it.each([
    ['en', 'i want to delete my card', 'connect me with support'],
    ['en', 'i want to delete my card', 'can i speak with someone from the support team'],
    ['es', 'quiero eliminar mi tarjeta', 'no sé, mejor que me atienda alguien'],
    ['es', 'quiero eliminar mi tarjeta', 'póngame con alguien por favor'],
    ['fr', 'je veux supprimer ma carte', 'mettez-moi en relation avec quelqu’un'],
    ['fr', 'je veux supprimer ma carte', 'je préfère parler avec un conseiller'],
    ['el', 'θέλω να διαγράψω την κάρτα μου', 'ναι συνδεστε με με καποιον'],
    ['el', 'θέλω να διαγράψω την κάρτα μου', 'θέλω να μιλήσω με κάποιον από την υποστήριξη'],
  ])('in %s, at the first step, "%s" then "%s" reaches a person', async (locale, request, asked) => {
    const chat = testConversation(locale);
    await chat.say(request);
    await chat.say(asked);
    expect(chat.escalations).toHaveLength(1);
  });
});
