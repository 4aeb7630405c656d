import { FACTS } from '../../dialogs/facts';
import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding, translate, yesNoStep } from '../support/fixtures';

const understanding = testUnderstanding();
beforeAll(() => understanding.warm());

/** Answers per language, as data: [text, expected]. Greek and Korean have no recognizers-text model. */
const yesNo: Record<string, Array<[string, boolean | undefined]>> = {
  en: [
    ['yes', true],
    ['yeah, done', true],
    ['no', false],
    ['not yet', false],
    ['purple', undefined],
  ],
  zh: [
    ['是的', true],
    ['好的', true],
    ['收到了', true],
    ['没有', false],
    ['还没收到', false],
    ['不是', false],
  ],
  es: [
    ['sí', true],
    ['claro', true],
    ['vale', true],
    ['sí, claro', true],
    ['no', false],
    ['todavía no', false],
  ],
  fr: [
    ['oui', true],
    ["d'accord", true],
    ['non', false],
    ['pas encore', false],
  ],
  el: [
    ['ναι', true],
    ['Ναι, το βρήκα', true],
    ['εντάξει', true],
    ['όχι', false],
    ['όχι ακόμα', false],
    ['δεν ήρθε', false],
  ],
  ko: [
    ['네', true],
    ['예', true],
    ['네, 받았어요', true],
    ['아니요', false],
    ['아직 안 왔어요', false],
    ['못 받았어요', false],
  ],
};

const minutesAgo: Record<string, Array<[string, number]>> = {
  en: [
    ['20 minutes ago', 20],
    ['just now', 0],
    ['an hour ago', 60],
    ['15', 15],
    ['half an hour ago', 30],
  ],
  zh: [
    ['40分钟前', 40],
    ['刚刚', 0],
    ['半小时前', 30],
    ['一个小时前', 60],
  ],
  es: [
    ['hace una hora', 60],
    ['hace 20 minutos', 20],
    ['ahora mismo', 0],
    ['hace media hora', 30],
  ],
  fr: [
    ['il y a 20 minutes', 20],
    ["à l'instant", 0],
    ['il y a une heure', 60],
  ],
  el: [
    ['πριν από 20 λεπτά', 20],
    ['μόλις τώρα', 0],
    ['πριν μία ώρα', 60],
    ['πριν από μισή ώρα', 30],
  ],
  ko: [
    ['20분 전', 20],
    ['방금', 0],
    ['한 시간 전', 60],
    ['삼십분 전', 30],
  ],
};

describe('Understanding', () => {
  describe.each(Object.entries(yesNo))('yes/no in %s', (locale, cases) => {
    it.each(cases)('reads "%s" as %p', (text, expected) => {
      expect(understanding.yesNo(text, locale)).toBe(expected);
    });
  });

  describe.each(Object.entries(minutesAgo))('minutes ago in %s', (locale, cases) => {
    it.each(cases)('reads "%s" as %p minutes', (text, expected) => {
      expect(understanding.minutesAgo(text, locale)).toBeCloseTo(expected, 5);
    });
  });

  it.each([
    ['你好,我的支付宝怎么激活', 'zh'],
    ['안녕하세요', 'ko'],
    ['Γεια σας, θέλω βοήθεια', 'el'],
    ['quiero activar mi cuenta', 'es'],
    ['je voudrais activer mon compte', 'fr'],
    ['how do I activate my account', 'en'],
  ])('detects the language of "%s" as %s', (text, locale) => {
    expect(understanding.languages.detectLanguage(text)).toBe(locale);
  });

  it("leaves short ambiguous Latin text undecided, or in the conversation's language", () => {
    expect(understanding.languages.detectLanguage('ok')).toBeUndefined();
    expect(understanding.languages.detectLanguage('ok', 'fr')).toBe('fr');
    expect(understanding.languages.detectLanguage('no', 'es')).toBe('es');
    expect(understanding.languages.detectLanguage('no', 'en')).toBe('en');
    expect(understanding.languages.detectLanguage('merci', 'en')).toBe('fr');
    expect(understanding.languages.detectLanguage('menu', 'fr')).toBe('fr');
  });

  it.each([
    ['English please', 'en'],
    ['中文', 'zh'],
    ['en español', 'es'],
    ['français', 'fr'],
    ['Ελληνικά', 'el'],
    ['한국어', 'ko'],
    ['英文', 'en'],
  ])('switches language on "%s"', (text, locale) => {
    expect(understanding.command(text)).toEqual({ kind: 'language', locale });
  });

  it.each([
    ['my account is frozen', 'frozen'],
    ['我的账户被冻结了', 'frozen'],
    ['mi cuenta está bloqueada', 'frozen'],
    ['mon compte est gelé', 'frozen'],
    ['ο λογαριασμός μου έχει παγώσει', 'frozen'],
    ['계정이 동결되었어요', 'frozen'],
    ['I want to talk to a person', 'human'],
    ['转人工', 'human'],
    ['상담원 연결해 주세요', 'human'],
    ['cancel', 'cancel'],
    ['取消', 'cancel'],
    ['start over', 'restart'],
    ['menu', 'menu'],
    ['μενού', 'menu'],
  ])('reads "%s" as the %s command', (text, kind) => {
    expect(understanding.command(text)).toEqual({ kind });
  });
  it('does not take "cancel" inside a sentence as the command', () => {
    expect(understanding.command('can I cancel an order after paying?')).toBeUndefined();
  });

  it.each([
    ['그냥 취소', true],
    ['취소해 주세요', true],
    ['이거 그만할게요', true],
    ['주문 하나 취소 요청해둔 게 있는데 그게 아직 처리중이에요', false],
    ['주문 취소했어요', false],
    ['취소하면 환불되나요', false],
    ['이거 취소돼요?', false],
    ['好的 取消', true],
  ])('reads a stop request in Korean and Chinese by where the verb stands and what ends it: "%s" → %s', (text, stops) => {
    expect(understanding.signals(text).stop).toBe(stops);
  });

  it('does not take a report as the answer when a typed code or password is asked about', () => {
    const { step, choices } = yesNoStep;
    const asked = 'the code arrived, it is ••••••, do I type it here?';
    expect(understanding.read(asked, 'en', step, choices, true).event).toBeUndefined();
    // Without a secret the question is answered on the side, and the report answers the step.
    expect(understanding.read('the code arrived. do I type it here?', 'en', step, choices).event).toEqual({ type: 'answer.yes' });
    // A plain yes still answers; one closing the question asks for one.
    expect(understanding.read('yes, I got ••••••, do I type it here?', 'en', step, choices, true).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('my code is ••••••, ok?', 'en', step, choices, true).event).toBeUndefined();
  });

  it('takes "done" said beside a moment\'s wait as done, and a plain ok beside it as waiting', () => {
    const { step, choices } = yesNoStep;
    expect(understanding.read('done, one sec', 'en', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('listo, un momento', 'es', step, choices).event).toEqual({ type: 'answer.yes' });
    expect(understanding.read('yes, one sec', 'en', step, choices).holding).toBe(true);
  });

  it.each([
    ['je reste bloqué sur la page de connexion', false],
    ['ça bloque au moment de me connecter', false],
    ['η σελίδα πάγωσε μόλις πάτησα', false],
    ['页面冻结了，点不动', false],
    ['화면이 잠겼어요', false],
    ['mon compte est bloqué, ça bloque', true],
    ['my account is frozen, and the page is blocked too', true],
    ['계정이 잠겼어요 화면이 멈췄어요', true],
    ['estoy bloqueado en alipay', true],
    // The thing said to be blocked, in the same clause: a page, an app, a browser is not the account.
    ['non la page est bloquée, elle charge pas', false],
    ['η σελιδα μου βγαινει μπλοκαρισμενη απο τον browser', false],
    ['아뇨 페이지가 차단됐다고 떠서 안 열려요', false],
    ['the page says my account is blocked', true],
    // A negation reaches no further than its clause.
    ['nn ça marche pas, ils ont suspendu mon compte alipay depuis hier', true],
    ['no funciona, me suspendieron la cuenta', true],
    ["it's not frozen, just slow", false],
  ])('tells a stuck page from a frozen account: "%s" → frozen %s', (text, frozen) => {
    expect(understanding.signals(text).frozen).toBe(frozen);
  });

  it('keeps a negation in its clause when reading choices', () => {
    const step: StepMeta = { prompt: { key: 'common.menu.prompt' }, expects: 'choice', choices: [] };
    const choices = [
      { id: 'buyer', label: 'Acheteur (Mon Alipay)' },
      { id: 'seller', label: 'Vendeur (compte international)' },
    ];
    expect(understanding.read("je suis pas vendeur, j'achète juste", 'fr', step, choices).event).toEqual({ type: 'answer.choice', choice: 'buyer' });
    expect(understanding.read('je suis pas vendeur', 'fr', step, choices).event).toEqual({ type: 'answer.choice', choice: 'buyer' });
  });

  it('reads a choice step from button labels, synonyms and yes/no', () => {
    const step: StepMeta = { prompt: { key: 'common.menu.prompt' }, expects: 'choice', choices: [] };
    const choices = [
      { id: 'yes', label: 'Yes' },
      { id: 'no', label: 'No' },
      { id: 'notSure', label: 'Not sure' },
    ];
    expect(understanding.read('Not sure', 'en', step, choices).event).toEqual({ type: 'answer.choice', choice: 'notSure' });
    expect(understanding.read("I don't know", 'en', step, choices).event).toEqual({ type: 'answer.choice', choice: 'notSure' });
    expect(understanding.read('yes', 'en', step, choices).event).toEqual({ type: 'answer.choice', choice: 'yes' });
  });

  it('reads a duration step, preferring the offered buttons', () => {
    const step: StepMeta = { prompt: { key: 'common.menu.prompt' }, expects: 'duration', choices: [] };
    const choices = [
      { id: 'justNow', label: 'Just now' },
      { id: 'olderThanValidity', label: `More than ${FACTS.smsCodeValidityMinutes} minutes ago` },
    ];
    expect(understanding.read(`More than ${FACTS.smsCodeValidityMinutes} minutes ago`, 'en', step, choices).event).toEqual({
      type: 'answer.choice',
      choice: 'olderThanValidity',
    });
    expect(understanding.read('10 minutes ago', 'en', step, choices).event).toEqual({ type: 'answer.duration', minutes: 10 });
    expect(understanding.read('banana', 'en', step, choices)).toEqual({});
  });

  it.each([
    ['en', 'great', 5],
    ['en', 'it was amazing, thanks', 5],
    ['en', 'very good', 4],
    ['en', 'good', 3],
    ['en', 'a', 1],
    ['fr', 'très bien', 4],
    ['es', 'muy bueno', 4],
    ['zh', '三星', 3],
  ] as const)('reads the rating in [%s] "%s" as %d (words, not letters; the longest label)', (locale, text, stars) => {
    const step: StepMeta = { prompt: { key: 'feedback.askRating' }, expects: 'number', choices: [] };
    const t = translate(locale);
    const choices = [1, 2, 3, 4, 5].map((n) => ({ id: String(n), label: t(`feedback.rating.${n}`) }));
    expect(understanding.read(text, locale, step, choices).event).toEqual({ type: 'answer.number', value: stars });
  });

  it('names the procedure in any language', async () => {
    expect((await understanding.classify('how do I activate my membership', 'en')).intent).toBe('activate_membership');
    expect((await understanding.classify('怎么激活会员', 'en')).intent).toBe('activate_membership');
    expect((await understanding.classify('θέλω ενεργοποίηση', 'en')).intent).toBe('activate_membership');
  });

  it('does not take "no, it is not frozen" for a frozen account', () => {
    expect(understanding.command('my account is frozen')).toEqual({ kind: 'frozen' });
    expect(understanding.command("no, it isn't frozen")).toBeUndefined();
    expect(understanding.command('no está congelada')).toBeUndefined();
  });
});
