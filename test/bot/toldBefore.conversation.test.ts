import { keysAfter } from '../support/botKeys';

/**
 * A step about the user (buyer or seller, a member) is not asked again when the request that started the procedure said
 * it ("I'm a seller, how do I get into Alipay?"): the next step follows at once, as a person at the desk would go on. Two roles named, a doubt or a "never" leave the step to be asked. Through the production middleware.
 */
describe('what the request said of the user is not asked again', () => {
  it.each([
    ['en', "I'm a seller on aliexpress, I need to get into alipay", 'accessAlipay.openInternationalAccount'],
    ['en', 'i only buy stuff on aliexpress, how do i get into alipay?', 'accessAlipay.openMyAlipay'],
    ['es', 'soy vendedora, necesito entrar en alipay', 'accessAlipay.openInternationalAccount'],
    ['fr', 'je suis vendeur, comment accéder à alipay ?', 'accessAlipay.openInternationalAccount'],
    ['ko', '저는 판매자인데 알리페이 들어가는 방법 알려주세요', 'accessAlipay.openInternationalAccount'],
    ['el', 'είμαι πωλητής στο aliexpress, πώς μπαίνω στο alipay;', 'accessAlipay.openInternationalAccount'],
  ])('in %s, the role in "%s" answers the role step', async (locale, text, next) => {
    const said = await keysAfter(locale, [text]);
    expect(said).toEqual(['common.procedure.starting', next]);
  });

  it.each([
    ['en', 'I sell on aliexpress, how do I withdraw money from my alipay international account?'],
    ['es', 'vendo en aliexpress, ¿cómo retiro el dinero de la cuenta internacional de alipay?'],
    ['zh', '我在速卖通开店卖东西，国际账户的钱怎么提现'],
  ])('in %s, selling there answers "are you a member?": "%s"', async (locale, text) => {
    const said = await keysAfter(locale, [text]);
    expect(said).toEqual(['common.procedure.starting', 'withdrawFunds.openAccount']);
  });

  it.each([
    ['en', "I'm a seller, I need to get into My Alipay", 'accessAlipay.askBuyerOrSeller'],
    ['en', 'how do i get into alipay', 'accessAlipay.askBuyerOrSeller'],
    ['en', 'I never signed up on aliexpress, how do I withdraw from the alipay international account?', 'withdrawFunds.askMember'],
  ])('in %s, "%s" leaves the step to be asked', async (locale, text, step) => {
    const said = await keysAfter(locale, [text]);
    expect(said).toContain(step);
  });

  // Negated by an inability, the place named is the one the user needs: "I'm not a seller" rules seller out, "I can't get
  // into My Alipay" does not rule My Alipay out. At the step itself, in every language: the answer tables (class negation).
  it.each([
    ['en', "I can't get into my alipay, help", 'accessAlipay.openMyAlipay'],
    ['en', 'cant open the alipay international account, what do i do', 'accessAlipay.openInternationalAccount'],
    ['fr', "je n'arrive pas à ouvrir mon compte international alipay", 'accessAlipay.openInternationalAccount'],
  ])('in %s, what "%s" cannot reach is what it needs', async (locale, text, next) => {
    const said = await keysAfter(locale, [text]);
    expect(said[said.length - 1]).toBe(next);
  });

  it.each([
    ['我是卖家，我要进支付宝国际账户', 'accessAlipay.openInternationalAccount'],
    ['我是买家，支付宝怎么登录', 'accessAlipay.openMyAlipay'],
  ])('reads the request a walkthrough was offered for, when a yes starts it: "%s"', async (text, next) => {
    const said = await keysAfter('zh', [text, '是']);
    expect(said).toContain(next);
    expect(said).not.toContain('accessAlipay.askBuyerOrSeller');
  });

  it('does not read a menu button as a request', async () => {
    const said = await keysAfter('en', ['Get into My Alipay']);
    expect(said).toContain('accessAlipay.askBuyerOrSeller');
  });
});
