import { recognizeBoolean } from '@microsoft/recognizers-text-choice';
import { recognizeDateTime } from '@microsoft/recognizers-text-date-time';
import { recognizeNumber } from '@microsoft/recognizers-text-number';

/**
 * The part of @microsoft/recognizers-text we use, behind one small interface so the rest of the
 * understanding code (and its vocabulary fallbacks) does not depend on its result shapes.
 */

/** Longer input is cut before it reaches the recognizers: their regexes get slow on long text. */
export const MAX_RECOGNIZER_INPUT = 300;

const MINUTE_MS = 60_000;

export function builtInYesNo(text: string, culture: string): boolean | undefined {
  const [first] = recognizeBoolean(text.slice(0, MAX_RECOGNIZER_INPUT), culture);
  const value = (first?.resolution as { value?: unknown } | undefined)?.value;
  return typeof value === 'boolean' ? value : undefined;
}

export function builtInNumber(text: string, culture: string): number | undefined {
  const [first] = recognizeNumber(text.slice(0, MAX_RECOGNIZER_INPUT), culture);
  const value = Number((first?.resolution as { value?: unknown } | undefined)?.value);
  return Number.isFinite(value) ? value : undefined;
}

interface DateTimeValue {
  timex?: string;
  type?: string;
  value?: string;
}

/** "20 minutes ago", "hace una hora", "40分钟前", "just now" → minutes before `now`. */
export function builtInMinutesAgo(text: string, culture: string, now: Date): number | undefined {
  for (const result of recognizeDateTime(text.slice(0, MAX_RECOGNIZER_INPUT), culture, undefined, now)) {
    const values = (result.resolution as { values?: DateTimeValue[] } | undefined)?.values ?? [];
    for (const v of values) {
      if (v.type === 'duration' && v.value) return Number(v.value) / 60;
      if (v.type === 'datetime' && v.value) {
        const at = parseLocal(v.value);
        const minutes = (now.getTime() - at.getTime()) / MINUTE_MS;
        // A relative time that resolves to exactly "now" without saying "now" is a recognizer miss
        // (zh "半小时前" comes back as now): leave it to the vocabulary fallback.
        const saidNow = v.timex === 'PRESENT_REF' || v.timex === 'PAST_REF';
        if (minutes >= 0 && (minutes > 0 || saidNow)) return minutes;
      }
    }
  }
  return undefined;
}

/** Loads each culture's models now; the first call otherwise takes seconds (French: ~2.5 s). */
export function warmBuiltInRecognizers(cultures: readonly string[]): void {
  const now = new Date();
  for (const culture of cultures) {
    builtInYesNo('yes', culture);
    builtInNumber('20', culture);
    builtInMinutesAgo('20', culture, now);
  }
}

function parseLocal(value: string): Date {
  // Recognizers return "YYYY-MM-DD HH:mm:ss" in the reference date's local time.
  const [date, time = '00:00:00'] = value.split(' ');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return new Date(y, mo - 1, d, h, mi, s);
}
