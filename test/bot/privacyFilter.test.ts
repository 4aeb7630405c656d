import { isLuhnValid } from '../../bot/privacy/privacyFilter';
import { testPrivacy } from '../support/fixtures';

const privacy = testPrivacy();

describe('PrivacyFilter', () => {
  it.each([
    ['my card is 4111 1111 1111 1111', 'my card is ••••1111', 'cardNumber'],
    ['卡号4111-1111-1111-1111', '卡号••••1111', 'cardNumber'],
    ['the code is 123456', 'the code is ••••••', 'verificationCode'],
    ['验证码483920', '验证码••••••', 'verificationCode'],
    ['my password is hunter2', 'my password is ••••••', 'password'],
    ['Password: S3cret!', 'Password: ••••••', 'password'],
    ['我的密码是abc12345', '我的密码是••••••', 'password'],
    ['mi contraseña es gato123', 'mi contraseña es ••••••', 'password'],
    ['mon mot de passe est soleil', 'mon mot de passe est ••••••', 'password'],
    ['ο κωδικός μου είναι kalimera1', 'ο κωδικός μου είναι ••••••', 'password'],
    ['비밀번호는 qwerty12', '비밀번호는 ••••••', 'password'],
  ])('masks "%s"', (text, masked, kind) => {
    const scan = privacy.scan(text);
    expect(scan.masked).toBe(masked);
    expect(scan.found).toContain(kind);
  });

  it.each([['20 minutes ago'], ['order 1234567890123'], ['I forgot my password'], ['call 12345'], ['비밀번호는 사용하지 마세요'], ['密码是什么']])(
    'leaves "%s" alone',
    (text) => {
      expect(privacy.scan(text)).toEqual({ masked: text, found: [] });
    },
  );

  it('checks card numbers with Luhn', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });

  it('leaves dates and other class instances intact', () => {
    const at = new Date('2026-01-01T00:00:00Z');
    expect(privacy.maskDeep({ at }).at).toBe(at);
  });

  it('masks every string inside nested values', () => {
    expect(privacy.maskDeep({ a: ['code 654321'], b: { c: 'password: x' }, n: 5 })).toEqual({
      a: ['code ••••••'],
      b: { c: 'password: ••••••' },
      n: 5,
    });
  });
});
