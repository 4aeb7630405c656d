/**
 * When the support desk answers: "mon-fri 09:00-18:00; sat 10:00-14:00" in one time zone.
 * Small enough not to need a library; the time zone arithmetic is Intl's.
 */
export interface BusinessHours {
  readonly timeZone: string;
  /** Per weekday (0 = Sunday), opening intervals in minutes after local midnight. */
  readonly days: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Reads weekday, hour and minute on the desk's clock (built once: formatters are costly). */
  readonly clock: Intl.DateTimeFormat;
}

const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
const RULE = /^([a-z]{3})(?:-([a-z]{3}))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/;

/** Throws with a reason when the text is not a list of rules. */
export function parseBusinessHours(text: string, timeZone: string): BusinessHours {
  const days: Array<Array<[number, number]>> = DAY_NAMES.map(() => []);
  for (const rule of text
    .toLowerCase()
    .split(';')
    .map((r) => r.trim())
    .filter(Boolean)) {
    const match = RULE.exec(rule);
    if (!match) throw new Error(`"${rule}" is not "day[-day] HH:MM-HH:MM"`);
    const [, first, last = first, h1, m1, h2, m2] = match;
    const from = DAY_NAMES.indexOf(first as (typeof DAY_NAMES)[number]);
    const to = DAY_NAMES.indexOf(last as (typeof DAY_NAMES)[number]);
    if (from < 0 || to < 0) throw new Error(`"${rule}" names an unknown day (use ${DAY_NAMES.join(', ')})`);
    const open = Number(h1) * 60 + Number(m1);
    const close = Number(h2) * 60 + Number(m2);
    if (Number(m1) > 59 || Number(m2) > 59 || close > 24 * 60 || open >= close) throw new Error(`"${rule}" has no valid time range`);
    for (let day = from; ; day = (day + 1) % 7) {
      days[day].push([open, close]);
      if (day === to) break;
    }
  }
  const clock = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  return { timeZone, days, clock };
}

/** The weekday and minute of the day at `date` on the desk's clock. */
function localTime(hours: BusinessHours, date: Date): { day: number; minute: number } {
  const parts = hours.clock.formatToParts(date);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return { day: DAY_NAMES.indexOf(part('weekday').toLowerCase() as (typeof DAY_NAMES)[number]), minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

export function isOpen(hours: BusinessHours | undefined, date: Date): boolean {
  if (!hours) return true;
  const { day, minute } = localTime(hours, date);
  return hours.days[day]?.some(([open, close]) => minute >= open && minute < close) ?? false;
}

const STEP_MS = 60_000;
const WEEK_MS = 7 * 24 * 60 * 60_000;

/** The next minute the desk opens, within a week; undefined when it never does. */
export function nextOpening(hours: BusinessHours | undefined, from: Date): Date | undefined {
  if (isOpen(hours, from)) return from;
  const start = Math.ceil(from.getTime() / STEP_MS) * STEP_MS;
  for (let t = start; t <= from.getTime() + WEEK_MS; t += STEP_MS) {
    if (isOpen(hours, new Date(t))) return new Date(t);
  }
  return undefined;
}
