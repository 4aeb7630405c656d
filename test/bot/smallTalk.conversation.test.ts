import { keysAfter } from '../support/botKeys';

/**
 * Small talk before a request ("hi, how are you today? I'd like to…") greets and asks nothing the articles answer: the
 * request is read for what it is, and a procedure it asks for begins. Small talk alone is greeted back.
 */
describe('small talk', () => {
  it.each([
    ['en', 'hello, how are you doing? I need to remove an old card from my alipay'],
    ['es', 'hola, ¿cómo estás? necesito quitar una tarjeta vieja de alipay'],
    ['fr', 'bonjour, comment allez-vous ? je voudrais supprimer une vieille carte de mon alipay'],
    ['el', 'καλησπέρα, τι κάνετε; θέλω να αφαιρέσω μια παλιά κάρτα από το alipay'],
    ['ko', '안녕하세요, 잘 지내시죠? 알리페이에서 예전 카드 삭제하려고요'],
    ['zh', '你好，最近怎么样？我想把支付宝里的旧银行卡删掉'],
  ])('in %s, "%s" starts the procedure asked for', async (locale, message) => {
    expect(await keysAfter(locale, [message])).toEqual(['common.procedure.starting', 'unbindCard.signIn']);
  });

  it.each([
    ['en', 'hi, how are you?'],
    ['es', 'hola, ¿qué tal todo?'],
    ['fr', 'bonsoir, comment ça va ?'],
    ['el', 'γεια σας, τι κάνετε;'],
    ['ko', '안녕하세요 잘 지내세요?'],
    ['zh', '您好，最近好吗？'],
  ])('in %s, "%s" alone is greeted back', async (locale, message) => {
    expect(await keysAfter(locale, [message])).toEqual(['common.greeting']);
  });
});
