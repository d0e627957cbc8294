// ISO calendar dates (YYYY-MM-DD) as plain strings. All arithmetic is done on year/month/day
// integers and a day number, never on JavaScript Date objects, so there are no timezone bugs.
// Conventions (FORMAT.md, rules.md): "N weeks after D" = D + 7·N days; adding or subtracting
// months or years keeps the day of the month and clamps to the month's last day
// (2024-01-31 + 1 month = 2024-02-29).
// Reading where the law is silent: docs/adr/0010-dates-and-periods.md.

export type IsoDate = string;

export interface YMD {
  readonly year: number;
  readonly month: number; // 1–12
  readonly day: number; // 1–31
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  switch (month) {
    case 2:
      return isLeapYear(year) ? 29 : 28;
    case 4:
    case 6:
    case 9:
    case 11:
      return 30;
    default:
      return 31;
  }
}

/** Parses `YYYY-MM-DD`; returns null for anything that is not a real calendar date. */
export function parseIsoDate(text: string): YMD | null {
  const m = ISO_RE.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === 'string' && parseIsoDate(value) !== null;
}

function mustParse(date: IsoDate): YMD {
  const ymd = parseIsoDate(date);
  if (!ymd) throw new RangeError(`Ongeldige datum "${date}": verwacht JJJJ-MM-DD`);
  return ymd;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function formatIso(ymd: YMD): IsoDate {
  return `${pad(ymd.year, 4)}-${pad(ymd.month, 2)}-${pad(ymd.day, 2)}`;
}

/** Days since 1970-01-01 (proleptic Gregorian), after H. Hinnant's days_from_civil. */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = mustParse(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return formatIso({ year, month, day });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** "N weeks after D" = D + 7·N days. */
export function addWeeks(date: IsoDate, weeks: number): IsoDate {
  return addDays(date, 7 * weeks);
}

/** Adds (or, when negative, subtracts) whole months, clamping to the last day of the month. */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = mustParse(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return formatIso({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, 12 * years);
}

export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const da = toDayNumber(a);
  const db = toDayNumber(b);
  return da < db ? -1 : da > db ? 1 : 0;
}

export const isBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) < 0;
export const isAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) > 0;
export const isOnOrAfter = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) >= 0;
export const isOnOrBefore = (a: IsoDate, b: IsoDate): boolean => compareDates(a, b) <= 0;

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return isAfter(b, a) ? b : a;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return isBefore(b, a) ? b : a;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Age in completed years on `onDate` (birthday on 29 February counts on 28 February in common years). */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const b = mustParse(birthDate);
  const o = mustParse(onDate);
  let age = o.year - b.year;
  if (isBefore(onDate, addYears(birthDate, age))) age -= 1;
  return age;
}

const DUTCH_MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

/** "2024-05-13" → "13 mei 2024". */
export function formatDutchDate(date: IsoDate): string {
  const { year, month, day } = mustParse(date);
  return `${day} ${DUTCH_MONTHS[month - 1] ?? '?'} ${year}`;
}
