/** Small helpers for ISO `YYYY-MM-DD` dates (UTC, no time zone surprises). */
import type { IsoDate } from './types.ts';

function parse(d: IsoDate): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  if (!m) throw new RangeError(`geen ISO-datum: ${d}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

function format(d: Date): IsoDate {
  return d.toISOString().slice(0, 10);
}

const dutchDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands, as DUO reckons "niet in de toekomst" (the UTC date lags an hour or two after midnight). */
export function todayInNetherlands(now: Date = new Date()): IsoDate {
  return dutchDate.format(now);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  const x = parse(d);
  x.setUTCDate(x.getUTCDate() + days);
  return format(x);
}

/** Calendar months; the day is clamped to the end of the target month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const x = parse(d);
  const day = x.getUTCDate();
  x.setUTCDate(1);
  x.setUTCMonth(x.getUTCMonth() + months);
  const last = new Date(Date.UTC(x.getUTCFullYear(), x.getUTCMonth() + 1, 0)).getUTCDate();
  x.setUTCDate(Math.min(day, last));
  return format(x);
}

export function addYears(d: IsoDate, years: number): IsoDate {
  return addMonths(d, years * 12);
}

/** ISO dates compare correctly as strings; these helpers make intent explicit. */
export const isBefore = (a: IsoDate, b: IsoDate): boolean => a < b;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => a > b;
