import { createCatalogue } from '../../dialogs/catalogue';
import { withKoreanParticles } from '../../bot/locales/koreanParticles';
import { translate } from '../support/fixtures';

/**
 * A Korean particle follows the sound of the word before it: a string that names a procedure writes both ("을(를)"), and
 * the user reads the one the title takes, never both.
 */
describe('Korean particles after an interpolated title', () => {
  it.each([
    ['"결제 비밀번호 재설정"을(를) 멈췄습니다', '"결제 비밀번호 재설정"을 멈췄습니다'],
    ['"알리페이 로그인"(으)로 돌아가', '"알리페이 로그인"으로 돌아가'],
    ['"카드 추가"은(는) 아직', '"카드 추가"는 아직'],
    ['"인증번호 문제"을(를) 원하시는', '"인증번호 문제"를 원하시는'],
    ['"월드퍼스트 전환"이(가) 끝났습니다', '"월드퍼스트 전환"이 끝났습니다'],
    // ㄹ takes 로, not 으로.
    ['"결제 비밀번호 설정 메일"(으)로 가요', '"결제 비밀번호 설정 메일"로 가요'],
  ])('"%s" reads "%s"', (marked, read) => {
    expect(withKoreanParticles(marked)).toBe(read);
  });

  const t = translate('ko');
  const titles = [...createCatalogue().values()].map((d) => t(d.titleKey));
  it.each([
    'common.procedure.paused',
    'common.procedure.backTo',
    'common.procedure.pausedReminder',
    'common.procedure.updated',
    'common.procedure.stopOffer',
    'common.answer.offerProcedure',
  ])('%s names every procedure with one particle', (key) => {
    for (const title of titles) {
      const text = t(key, { title, current: titles[0] });
      expect({ text, marker: /\((?:를|는|가|과|으)\)/u.test(text) }).toEqual({ text, marker: false });
    }
  });

  it('renders the switch offer with both titles read right', () => {
    expect(t('common.procedure.switchOffer', { title: titles[0], current: titles[1] })).not.toMatch(/\((?:를|는|가|과|으)\)/u);
  });
});
