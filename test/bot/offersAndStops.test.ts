import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding, yesNoStep } from '../support/fixtures';

/**
 * Reading rules from the sixth probe round (test/answers/probes/): a polite "I'm fine" declines an
 * offer, a stop said of an app or of an order is not a stop, a negation reaches only so far.
 */
const understanding = testUnderstanding();
const offer: StepMeta = { prompt: { key: 'common.escalation.offerPerson' }, expects: 'yesNo', asks: 'offer' };

describe('"would you like a person?": a polite "I\'m fine" declines', () => {
  it.each([
    ['en', "i'm good thanks"],
    ['es', 'estoy bien así, gracias'],
    ['fr', "c'est bon merci"],
    ['zh', '不用了谢谢'],
    ['ko', '괜찮아요'],
    ['el', 'είμαι εντάξει'],
  ])('in %s, "%s" is no at an offer', (locale, text) => {
    expect(understanding.read(text, locale, offer, []).event).toEqual({ type: 'answer.no' });
    expect(understanding.yesNo(text, locale, 'offer')).toBe(false);
  });

  it('keeps "c\'est bon" a yes where the step asks whether it is done, and a yes with a request a yes', () => {
    expect(understanding.read("c'est bon", 'fr', yesNoStep.step, yesNoStep.choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('네 연결해 주세요', 'ko', offer, []).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read("oui c'est bon", 'fr', offer, []).event).toEqual({ type: 'answer.yes' });
  });

  it('takes a doubt after an opening "嗯" as the answer, and a self-correction\'s last word', () => {
    expect(understanding.read('嗯…我也不知道要不要', 'zh', offer, []).unsure).toBe(true);
    expect(understanding.read('네 연결해.. 아니 아니에요 괜찮아요', 'ko', offer, []).event).toEqual({ type: 'answer.no' });
  });
});

describe('a stop said of something else', () => {
  it.each([
    ['en', 'yes i see it now, had to quit the app and open the site in chrome'],
    ['ko', '주문 취소해서 진행중인 거래는 없어요'],
    ['zh', '差点放弃了 不过总算提交成功了'],
  ])('in %s, "%s" does not stop the procedure', (locale, text) => {
    expect(understanding.signals(text, undefined, locale).stop).toBe(false);
  });

  it.each([
    ['en', 'i want to quit this'],
    ['ko', '진행 중단해 주세요'],
    ['ko', '아 됐고 이거 중단해줘 시간없어'],
    ['fr', 'on peut arrêter ici ? je dois partir'],
    ['el', 'τελικα δεν θα κανω αναληψη ακυρο ολο αυτο'],
  ])('in %s, "%s" stops it', (locale, text) => {
    expect(understanding.signals(text, undefined, locale).stop).toBe(true);
  });
});

describe('how far a Korean negation after a word reaches', () => {
  it('negates across "thing" and "need", not across another noun', () => {
    expect(understanding.signals('계정이 동결된 건 없어요', undefined, 'ko').frozen).toBe(false);
    expect(understanding.signals('아니요 괜찮아요 상담원 연결은 필요 없어요', undefined, 'ko').person).toBe(false);
    expect(understanding.signals('계정이 동결됐어요 시간없어요', undefined, 'ko').frozen).toBe(true);
  });

  it('does not read a freeze inside "자동결제" (automatic payment)', () => {
    expect(understanding.signals('자동결제 예전에 해지했어요 지금은 없음', undefined, 'ko').frozen).toBe(false);
  });
});

describe('an embedded "whether" asks nothing', () => {
  it('reads "不知道要不要" as a doubt, "要不要先登录" as a question', () => {
    expect(understanding.questions.asksQuestion('我也不知道要不要', 'zh')).toBe(false);
    expect(understanding.questions.asksQuestion('要不要先登录', 'zh')).toBe(true);
  });
});
