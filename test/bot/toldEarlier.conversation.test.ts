import { keysAfter } from '../support/botKeys';

/**
 * Who the user is, said earlier in the conversation ("I sell on AliExpress", a question later "I want to withdraw"),
 * answers a step about the user that the request itself does not: a seller stays a seller from one question to the next.
 */
describe('a step about the user reads what the user said before the request', () => {
  it.each([
    ['en', 'I sell on aliexpress, where do I find the alipay international account?', 'i want to withdraw money'],
    ['es', 'tengo una tienda en aliexpress, ¿dónde está la cuenta internacional de alipay?', 'quiero retirar dinero'],
    ['fr', 'je vends sur aliexpress, il est où le compte international alipay ?', "je veux retirer de l'argent"],
    ['zh', '我在速卖通开店，国际账户在哪里？', '我要提现'],
    ['ko', '알리익스프레스에서 판매하고 있어요. 국제 계정은 어디에 있나요?', '출금하고 싶어요'],
    ['el', 'πουλάω στο aliexpress, πού βρίσκω τον διεθνή λογαριασμό alipay;', 'θέλω να κάνω ανάληψη'],
  ])('in %s, "%s" then "%s" is not asked "are you a member?"', async (locale, earlier, request) => {
    expect(await keysAfter(locale, [earlier, request])).toEqual(['common.procedure.starting', 'withdrawFunds.openAccount']);
  });

  it.each([
    ['en', 'i only buy stuff on aliexpress, never sold anything. what is alipay?', 'how do i get into alipay?', 'accessAlipay.openMyAlipay'],
    ['es', 'soy vendedora en aliexpress. ¿qué monedas tiene la cuenta internacional?', '¿cómo entro en alipay?', 'accessAlipay.openInternationalAccount'],
  ])('in %s, the role in "%s" answers "buyer or seller?" for "%s"', async (locale, earlier, request, next) => {
    const said = await keysAfter(locale, [earlier, request]);
    expect(said).toEqual(['common.procedure.starting', next]);
    expect(said).not.toContain('accessAlipay.askBuyerOrSeller');
  });

  it('still asks when nothing earlier says who the user is', async () => {
    expect(await keysAfter('en', ['where do I find the alipay international account?', 'i want to withdraw money'])).toEqual([
      'common.procedure.starting',
      'withdrawFunds.askMember',
    ]);
  });
});
