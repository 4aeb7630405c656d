import { LOCALES, testCatalog } from '../support/fixtures';
import { messageEntries } from '../support/messages';

/**
 * One register per language, the formal one a support desk uses: Spanish *usted*, French *vous*,
 * Greek the polite plural, Chinese 您, Korean 합쇼체 statements (with the usual polite -세요/-나요
 * questions and requests). A message with a mark of the familiar register fails here. Forms that
 * are the same in both registers (Spanish "elige" is also "usted elige") are not listed.
 */
const FAMILIAR: Readonly<Record<string, { readonly mark: RegExp; readonly sentences?: boolean }>> = {
  es: { mark: /(?<![\p{L}])(tú|tienes|puedes|quieres|estás|eres|necesitas|sabes|tu|tus|te|contigo)(?![\p{L}])/iu },
  fr: { mark: /(?<![\p{L}'’])(tu|ton|ta|tes|toi|te)(?![\p{L}])/iu },
  el: { mark: /(?<![\p{L}])(εσύ|σου|σένα)(?![\p{L}])/iu },
  zh: { mark: /你/u },
  // Per sentence: a 반말 ending, or a 해요체 statement ("…어요.") where 합쇼체 is used; "아니요." is the polite "no".
  ko: { mark: /(?:(?:해|야|어|지|니|래|게|냐)[.!?]$|(?<!세|아니)요\.$)/u, sentences: true },
};

describe.each(LOCALES.filter((l) => FAMILIAR[l]))('register in %s', (lng) => {
  it('uses no mark of the familiar register in any message', () => {
    const { mark, sentences } = FAMILIAR[lng];
    const familiar = messageEntries(testCatalog().messages[lng]).flatMap(([key, text]) =>
      (sentences ? text.split(/(?<=[.!?])\s+/u) : [text]).filter((s) => mark.test(s)).map((s) => `${key}: ${s}`),
    );
    expect(familiar).toEqual([]);
  });
});

it('checks every language but English, which has one register', () => {
  expect(Object.keys(FAMILIAR).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
});
