import { ChoiceRecognizer } from '@microsoft/recognizers-text-choice';
import type * as DateTimePackage from '@microsoft/recognizers-text-date-time';
import type * as NumberPackage from '@microsoft/recognizers-text-number';

/**
 * The part of @microsoft/recognizers-text we use, behind one small class so the rest of the
 * understanding code (and its vocabulary fallbacks) does not depend on its result shapes.
 * Models are built once per culture: the library's `recognizeX()` helpers build a new recognizer
 * on every call, which was a measurable share of each turn.
 */

/** Longer input is cut before it reaches the recognizers: their regexes get slow on long text. */
export const MAX_RECOGNIZER_INPUT = 300;

const MINUTE_MS = 60_000;

interface Model {
  parse(query: string, referenceDate?: Date): Array<{ resolution?: unknown }>;
}

interface DateTimeValue {
  timex?: string;
  type?: string;
  value?: string;
}

export class BuiltInRecognizers {
  /**
   * @param models where built models are kept; a caller that builds several of these (the tests,
   * one per conversation) passes one map so each culture's models are built once.
   */
  constructor(private readonly models = new Map<string, Model>()) {}

  yesNo(text: string, culture: string): boolean | undefined {
    const [first] = this.model('boolean', culture).parse(text.slice(0, MAX_RECOGNIZER_INPUT));
    const value = (first?.resolution as { value?: unknown } | undefined)?.value;
    return typeof value === 'boolean' ? value : undefined;
  }

  number(text: string, culture: string): number | undefined {
    const [first] = this.model('number', culture).parse(text.slice(0, MAX_RECOGNIZER_INPUT));
    const value = Number((first?.resolution as { value?: unknown } | undefined)?.value);
    return Number.isFinite(value) ? value : undefined;
  }

  /**
   * "20 minutes ago", "hace una hora", "40分钟前", "just now", "at 9:40" → minutes before `now`.
   * Ambiguous answers ("9:40": morning or evening) resolve to the most recent past moment.
   */
  minutesAgo(text: string, culture: string, now: Date): number | undefined {
    const candidates: number[] = [];
    for (const result of this.model('dateTime', culture).parse(text.slice(0, MAX_RECOGNIZER_INPUT), now)) {
      const values = (result.resolution as { values?: DateTimeValue[] } | undefined)?.values ?? [];
      for (const v of values) {
        if (!v.value) continue;
        if (v.type === 'duration') candidates.push(Number(v.value) / 60);
        else if (v.type === 'datetime') {
          const minutes = (now.getTime() - parseLocal(v.value).getTime()) / MINUTE_MS;
          // A relative time that resolves to exactly "now" without saying "now" is a recognizer miss
          // (zh "半小时前" comes back as now): leave it to the vocabulary fallback.
          const saidNow = v.timex === 'PRESENT_REF' || v.timex === 'PAST_REF';
          if (minutes > 0 || (minutes === 0 && saidNow)) candidates.push(minutes);
        } else if (v.type === 'time') {
          const today = `${now.getFullYear()}-${now.getMonth() + 1}-${now.getDate()} ${v.value}`;
          const minutes = (now.getTime() - parseLocal(today).getTime()) / MINUTE_MS;
          candidates.push(minutes >= 0 ? minutes : minutes + 24 * 60);
        }
      }
    }
    const valid = candidates.filter((m) => Number.isFinite(m) && m >= 0);
    return valid.length > 0 ? Math.min(...valid) : undefined;
  }

  /** Builds a culture's models now (all three unless told); the first call otherwise takes seconds (French numbers: ~1.2 s). */
  warm(culture: string, models: readonly ('boolean' | 'number' | 'dateTime')[] = ['boolean', 'number', 'dateTime']): void {
    if (models.includes('boolean')) this.yesNo('yes', culture);
    if (models.includes('number')) this.number('20', culture);
    if (models.includes('dateTime')) this.minutesAgo('20', culture, new Date());
  }

  private model(kind: 'boolean' | 'number' | 'dateTime', culture: string): Model {
    const key = `${kind}/${culture}`;
    let model = this.models.get(key);
    if (!model) {
      model =
        kind === 'boolean'
          ? new ChoiceRecognizer(culture).getBooleanModel(culture)
          : kind === 'number'
            ? new (numberPackage().NumberRecognizer)(culture).getNumberModel(culture)
            : new (dateTimePackage().DateTimeRecognizer)(culture).getDateTimeModel(culture);
      this.models.set(key, model);
    }
    return model;
  }
}

/*
 * The number and date-time packages are loaded when a language first reads with them: no
 * language does by default (understanding.json, recognizerModels), and loading them costs ~0.4 s
 * and ~10 MB at start.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const numberPackage = (): typeof NumberPackage => require('@microsoft/recognizers-text-number') as typeof NumberPackage;
const dateTimePackage = (): typeof DateTimePackage => require('@microsoft/recognizers-text-date-time') as typeof DateTimePackage;
/* eslint-enable @typescript-eslint/no-require-imports */

function parseLocal(value: string): Date {
  // Recognizers return "YYYY-MM-DD HH:mm:ss" in the reference date's local time.
  const [date, time = '00:00:00'] = value.split(' ');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi, s] = time.split(':').map(Number);
  return new Date(y, mo - 1, d, h, mi, s);
}
