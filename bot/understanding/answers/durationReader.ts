import type { LanguageVocabulary } from '../languageVocabulary';
import type { StepReading } from './stepReading';

/**
 * How long ago, at a duration step: an amount with its unit first, as it is exact, where a shortcut's words may sit inside
 * it ("a quarter of an hour ago" holds "an hour ago"); else a choice named (`named`). A bare number said after a
 * correction takes the unit named before it ("πριν 10 λεπτά, όχι λάθος, πριν 40"): `whole` is the message, `segment` its
 * last answer.
 */
export function durationAnswer(segment: string, whole: string, v: LanguageVocabulary, named: () => StepReading | undefined): StepReading {
  const minutes = v.minutesFromWords(segment);
  if (minutes !== undefined) return { event: { type: 'answer.duration', minutes } };
  const choice = named();
  if (choice) return choice;
  const bare = segment !== whole ? /(?:^|\s)(\d+(?:[.,]\d+)?)(?=\s|$)/u.exec(segment)?.[1] : undefined;
  if (bare === undefined) return {};
  return { event: { type: 'answer.duration', minutes: Number(bare.replace(',', '.')) * (v.firstUnitMinutes(whole) ?? 1) } };
}
