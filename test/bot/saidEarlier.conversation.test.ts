import { keysAfter } from '../support/botKeys';
import { translate } from '../support/fixtures';

/**
 * A step reported as already done earlier in the run ("y ya lo desvinculé ayer" while the orders were asked about): when
 * the run reaches it, it takes that report as told instead of asking for what the user said they did (trial 23).
 */
describe('a step reported done earlier in the run', () => {
  const UNBIND_TOLD = ['move1688ToWorldFirst.unbindFromAlipayBusiness', 'common.procedure.alreadyTold', 'move1688ToWorldFirst.askWorldFirstAccount'];
  it.each([
    ['es', 'sí, todos completados. y ya lo desvinculé de alipay business ayer', 'no, no me queda saldo'],
    ['ko', '네 주문 다 끝났어요 연동 해제도 이미 했어요', '잔액 없어요'],
    ['zh', '订单都完成了，跟支付宝商家版也已经解绑了', '没有余额'],
  ])('in %s, "%s" is the unbinding step’s answer two steps later', async (locale, report, balance) => {
    const keys = await keysAfter(locale, [translate(locale)('move1688ToWorldFirst.title'), report, balance]);
    expect(keys.slice(-3)).toEqual(UNBIND_TOLD);
  });

  it('in ko, "결제 비밀번호도 이미 설정했어요" said at the account page answers "set a payment password" when it comes', async () => {
    const keys = await keysAfter('ko', [translate('ko')('activateMembership.title'), '네 페이지 열었고 결제 비밀번호도 이미 설정했어요', '네']);
    expect(keys).toContain('common.procedure.alreadyTold');
    expect(keys.at(-1)).not.toBe('activateMembership.createPaymentPassword');
  });

  it('in es, an earlier answer about its own step tells a later step nothing', async () => {
    const keys = await keysAfter('es', [translate('es')('move1688ToWorldFirst.title'), 'sí, todos los pedidos completados', 'no, no me queda saldo']);
    expect(keys.at(-1)).toBe('move1688ToWorldFirst.unbindFromAlipayBusiness');
  });
});
