import { LOCALES, translate } from '../support/fixtures';

/**
 * Counted words read right in every language: i18next's plural rules pick the form ("about 1
 * minute", "unos 5 minutos", "περίπου 1 λεπτό"), never a "(s)" for the reader to sort out; and
 * French writes the first of a month as "1er".
 */
const FAKE_PLURAL = /\((s|es|ά|α|ες|τα)\)/u;

describe.each(LOCALES)('counted words in %s', (locale) => {
  const t = translate(locale);
  const sentences = (count: number) => [
    t('common.handoff.queued', { position: 1, minutes: count }),
    t('common.handoff.stillWaiting', { position: 1, minutes: count }),
    t('common.handoff.requeued', { position: 1, minutes: count }),
    t('smsCode.codeStillValid', { minutesLeft: count }),
    t('common.input.tooLong', { max: count }),
    t('common.handoff.summary', { reason: 'user_asked', procedure: '—', messages: count }),
  ];

  it('renders every counted sentence with the form for the count, and no "(s)"', () => {
    for (const count of [1, 2, 5, 21, 1_000_000]) {
      for (const text of sentences(count)) {
        expect({ text, fakePlural: FAKE_PLURAL.test(text), unrendered: /\$t\(|\{\{/.test(text) }).toEqual({ text, fakePlural: false, unrendered: false });
        expect(text).toContain(String(count));
      }
    }
  });

  it('uses a different form for one than for five where the language has one', () => {
    const hasSingular = new Intl.PluralRules(locale).resolvedOptions().pluralCategories.includes('one');
    const [one, five] = [t('common.duration.aboutMinutes', { count: 1 }), t('common.duration.aboutMinutes', { count: 5 })];
    expect(one.replace('1', 'N') !== five.replace('5', 'N')).toBe(hasSingular);
  });

  it('states facts with their plural forms (30 minutes, 14 currencies, 100 transactions)', () => {
    expect(t('answers.intlSmsValidity.answer')).toContain(t('common.duration.minutes', { count: 30 }));
    expect(t('answers.alipayCurrencies.answer')).toContain(t('common.quantity.currencies', { count: 14 }));
    expect(t('answers.intlWithdrawalRules.answer')).toContain(t('common.quantity.transactions', { count: 100 }));
  });
});

describe('dates', () => {
  it('writes the first of a month as an ordinal in French, and plainly elsewhere', () => {
    expect(translate('fr')('answers.alipayClosedWhen.answer')).toContain('1er janvier 2017');
    expect(translate('fr')('move1688ToWorldFirst.settleOrders')).toContain('13 août 2024');
    expect(translate('en')('answers.alipayClosedWhen.answer')).toContain('January 1, 2017');
  });
});
