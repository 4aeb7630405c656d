import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding } from '../support/fixtures';

/**
 * "Do you see it?" and "Is it gone?" answered by what is on the screen (reading.present,
 * reading.gone): the same report is yes to one and no to the other, and what the screen shows
 * outweighs what was clicked. Sentences written for this test, in every language.
 */
const understanding = testUnderstanding();
const yesNo = [
  { id: 'yes', label: '' },
  { id: 'no', label: '' },
];
const shown: StepMeta = { prompt: { key: 'unbindCard.openEditCards' }, expects: 'yesNo', asks: 'presence' };
const gone: StepMeta = { prompt: { key: 'unbindCard.deleteCard' }, expects: 'yesNo', asks: 'removal' };
const read = (text: string, locale: string, step: StepMeta) => understanding.read(text, locale, step, yesNo).event?.type;

const cases: Record<string, { readonly seen: readonly string[]; readonly notSeen: readonly string[] }> = {
  en: {
    seen: ['yep I can see it in the list', 'it was sitting in my spam folder', 'there is a box asking for a code'],
    notSeen: ['the list is empty', "I don't see it anywhere", 'it disappeared after I confirmed'],
  },
  es: {
    seen: ['sí, ya la veo en la lista', 'estaba en la carpeta de spam', 'me aparece un recuadro para el código'],
    notSeen: ['la lista está vacía', 'no la veo por ningún lado', 'ya no aparece'],
  },
  fr: {
    seen: ['oui je la vois dans la liste', 'il était dans mes spams', "ça m'affiche une case pour le code"],
    notSeen: ['la liste est vide', 'je la vois nulle part', "elle n'apparaît plus"],
  },
  el: {
    seen: ['ναι τη βλέπω στη λίστα', 'ήταν στα ανεπιθύμητα', 'μου βγάζει ένα πεδίο για τον κωδικό'],
    notSeen: ['η λίστα είναι άδεια', 'δεν τη βλέπω πουθενά', 'εξαφανίστηκε'],
  },
  ko: {
    // "비어 있어요" (is empty) is no sighting, however it is spaced.
    seen: ['목록에 보여요', '스팸함에 있었어요', '코드 입력하는 칸이 떠요'],
    notSeen: ['목록이 비어 있어요', '아무리 찾아도 안 보여요', '사라졌어요', '리스트가 텅 비어있어요', '카드 목록이 비어 있습니다'],
  },
  zh: {
    seen: ['列表里能看到', '在垃圾邮件里找到了', '页面上出来一个输验证码的框'],
    notSeen: ['列表是空的', '哪里都看不到', '已经消失了'],
  },
};

describe.each(Object.entries(cases))('what is on the screen, in %s', (locale, { seen, notSeen }) => {
  it.each(seen)('"%s" is yes to "do you see it?" and no to "is it gone?"', (text) => {
    expect(read(text, locale, shown)).toBe('answer.yes');
    expect(read(text, locale, gone)).toBe('answer.no');
  });

  it.each(notSeen)('"%s" is no to "do you see it?" and yes to "is it gone?"', (text) => {
    expect(read(text, locale, shown)).toBe('answer.no');
    expect(read(text, locale, gone)).toBe('answer.yes');
  });
});

describe('the screen outweighs the click', () => {
  it.each([
    ['en', 'I clicked delete and confirmed but the card is still there'],
    ['fr', "j'ai confirmé mais elle est toujours là"],
    ['zh', '点了确认，但是卡还在列表里'],
  ])('in %s, "%s" is no to "is it gone?"', (locale, text) => {
    expect(read(text, locale, gone)).toBe('answer.no');
  });

  it('an error on the screen is not "I see it"', () => {
    expect(read('an error popped up', 'en', shown)).not.toBe('answer.yes');
  });
});

describe('an opening "no" answers; it does not negate what follows', () => {
  it.each([
    ['en', "no, it's still there"],
    ['fr', 'non, elle est toujours là'],
    ['es', 'no, sigue ahí'],
    ['zh', '没有，还在列表里'],
  ])('in %s, "%s" is no to "is it gone?"', (locale, text) => {
    expect(read(text, locale, gone)).toBe('answer.no');
  });
});

describe('Spanish "no se" without its accent', () => {
  it('is "I don\'t know" said alone, a negated verb inside a sentence', () => {
    expect(understanding.read('no se', 'es', gone, yesNo)).toEqual({ unsure: true });
    expect(read('no se borró, sigue en la lista', 'es', gone)).toBe('answer.no');
  });
});
