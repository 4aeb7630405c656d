/**
 * "9:40", "09:40" (hours 0–23, minutes 00–59), not part of a longer number or a date. Only the
 * colon: "1h30" is a duration as often as a time in French, and "9.40" an amount.
 */
const CLOCK_TIME = /(?<![\d.:/-])([01]?\d|2[0-3]):([0-5]\d)(?![\d.:/-])/u;

/** Minutes from the most recent `hours`:`minutes` (today, or yesterday if that is still to come) to `now`. */
function minutesSince(hours: number, minutes: number, now: Date): number {
  const then = new Date(now);
  then.setHours(hours, minutes, 0, 0);
  const diff = (now.getTime() - then.getTime()) / 60_000;
  return diff >= 0 ? diff : diff + 24 * 60;
}

/** Minutes since the clock time the text gives ("at 9:40"), when it gives one. */
export function minutesSinceClockTime(text: string, now: Date): number | undefined {
  const clock = CLOCK_TIME.exec(text);
  return clock ? minutesSince(Number(clock[1]), Number(clock[2]), now) : undefined;
}
