import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * Asked "Is there a frozen auction deposit?" (Taobao unbinding, step 6), an account said to be frozen is a frozen
 * account, not a frozen deposit (trial 31: "没有保证金。不过等一下，我刚看了下，支付宝账户…被冻结了" was read as "not sure",
 * then "我是说我的支付宝账户被冻结了" as a frozen deposit, and the check ended "not eligible"). The article's word for a frozen
 * account is said (only Taobao's online service can unbind it) and a person offered; a frozen deposit still answers yes.
 */
async function atDepositStep(locale: string, message: string): Promise<string[]> {
  const t = translate(locale);
  const [yes, no] = [t('common.choice.yes'), t('common.choice.no')];
  return keysAfter(locale, [t('taobaoUnbindAlipay.title'), yes, no, no, no, no, message]);
}

describe('a frozen account told at the frozen-deposit step', () => {
  it.each([
    ['en', 'no deposit. but my alipay account is frozen'],
    ['es', 'depósito no, pero mi cuenta de alipay está congelada'],
    ['fr', 'pas de caution, mais mon compte alipay est gelé'],
    ['el', 'εγγύηση δεν έχω, αλλά ο λογαριασμός μου στο alipay είναι παγωμένος'],
    ['ko', '보증금은 없어요. 근데 알리페이 계정이 동결됐어요'],
    ['zh', '我是说我的支付宝账户被冻结了'],
  ])('in %s, "%s" is a frozen account', async (locale, message) => {
    expect(await atDepositStep(locale, message)).toEqual(['taobaoUnbindAlipay.onlyTaobaoServiceCanHelp', 'taobaoUnbindAlipay.offerPerson']);
  });

  it.each([
    ['en', 'yes, the auction deposit is frozen'],
    ['zh', '有，保证金被冻结了'],
  ])('in %s, "%s" is still a frozen deposit', async (locale, message) => {
    expect((await atDepositStep(locale, message))[0]).toBe('taobaoUnbindAlipay.blockedBy.auctionDeposit');
  });

  it('in en, "no, nothing frozen" goes on to the next condition', async () => {
    expect(await atDepositStep('en', 'no, nothing frozen')).toEqual(['taobaoUnbindAlipay.askWithholdingAgreement']);
  });
});
