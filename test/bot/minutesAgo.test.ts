import { FACTS } from '../../dialogs/facts';
import type { StepMeta } from '../../dialogs/types';
import { testUnderstanding, translate } from '../support/fixtures';

/** "How long ago?" answered in words, clock times and dates, beyond what the vocabulary reads itself. */
const understanding = testUnderstanding();

describe('minutes ago beyond "<number> <unit>"', () => {
  it('reads a clock time the same way in every language', () => {
    // FIXED_NOW is 10:00; the code arrived at 9:40.
    expect(understanding.minutesAgo('it came at 9:40', 'en')).toBeCloseTo(20, 5);
    // The same clock time in every language, recognizer or not.
    expect(understanding.minutesAgo('il est arrivé à 9:40', 'fr')).toBeCloseTo(20, 5);
    expect(understanding.minutesAgo('llegó a las 9:40', 'es')).toBeCloseTo(20, 5);
    expect(understanding.minutesAgo('ήρθε στις 9:40', 'el')).toBeCloseTo(20, 5);
    expect(understanding.minutesAgo('9:40에 왔어요', 'ko')).toBeCloseTo(20, 5);
    // Yesterday's evening, when that time today is still to come.
    expect(understanding.minutesAgo('à 21:30', 'fr')).toBeCloseTo(12.5 * 60, 5);
  });
});

describe('how long ago, read at the step that asks it', () => {
  const codeAge: StepMeta = { prompt: { key: 'smsCode.askCodeAge' }, expects: 'duration' };
  const choices = (locale: string) =>
    ['justNow', 'olderThanValidity'].map((id) => ({
      id,
      label: translate(locale)(`smsCode.choice.${id}`, { smsCodeValidityMinutes: FACTS.smsCodeValidityMinutes }),
    }));
  const minutesRead = (text: string, locale: string) => {
    const event = understanding.read(text, locale, codeAge, choices(locale)).event;
    return event?.type === 'answer.duration' ? event.minutes : event;
  };

  it.each([
    // A shortcut's words inside an exact amount: "an hour ago" in "a quarter of an hour ago".
    ['en', 'a quarter of an hour ago', 15],
    ['en', 'three quarters of an hour ago', 45],
    // A unit that holds its own count, alone.
    ['el', 'πριν κανα τεταρτο', 15],
    ['el', 'μισάωρο πριν', 30],
    ['zh', '一刻钟前', 15],
    // A larger unit and a smaller one add up; other amounts further on replace them.
    ['en', '1 hour and 20 minutes ago', 80],
    ['ko', '1시간 20분 전에요', 80],
    ['zh', '一个小时二十分钟前', 80],
    ['en', '20 minutes or 25 minutes ago', 25],
    // A bare number after a correction takes the unit said before it.
    ['el', 'πριν 10 λεπτα, οχι λαθος, πριν 40', 40],
    ['en', '10 minutes ago, no wait, 40', 40],
  ])('in %s, "%s" is %d minutes', (locale, text, minutes) => {
    expect(minutesRead(text, locale)).toBeCloseTo(minutes, 5);
  });

  it('still takes a shortcut said without an amount', () => {
    expect(minutesRead('an hour ago', 'en')).toBeCloseTo(60, 5);
    expect(understanding.read('yesterday', 'en', codeAge, choices('en')).event).toEqual({ type: 'answer.choice', choice: 'olderThanValidity' });
  });
});
