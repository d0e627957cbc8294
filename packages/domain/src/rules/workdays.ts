// Werkdagen and the Algemene termijnenwet: which days are not werkdagen (Saturday, Sunday and the
// general holidays of art. 3), and the extension of a legal term that ends on such a day (art. 1).
// Goede Vrijdag is not a holiday in the sense of the Atw (it is not in art. 3 and no besluit makes it one).
import { addDays, parseIsoDate, formatIso, type IsoDate } from './dates.ts';
import { explained, step, type Explained } from './explanation.ts';

const atw = (article: string, lid?: number): string => `art. ${article}${lid === undefined ? '' : ` lid ${lid}`} Algemene termijnenwet`;

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher"). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIso({ year, month, day });
}

const dayOfWeek = (date: IsoDate): number => new Date(`${date}T12:00:00Z`).getUTCDay();
const iso = (year: number, month: number, day: number): IsoDate => formatIso({ year, month, day });

/** Koningsdag: 27 April, or the 26th when the 27th is a Sunday (Wet van 2013, Koningsdag). */
function kingsDay(year: number): IsoDate {
  const day = iso(year, 4, 27);
  return dayOfWeek(day) === 0 ? iso(year, 4, 26) : day;
}

// art. 3 lid 1 Algemene termijnenwet — the generally recognised holidays, with their Dutch names
export function generalHolidays(year: number): ReadonlyMap<IsoDate, string> {
  const easter = easterSunday(year);
  return new Map<IsoDate, string>([
    [iso(year, 1, 1), 'Nieuwjaarsdag'],
    [addDays(easter, 1), 'Tweede Paasdag'],
    [kingsDay(year), 'Koningsdag'],
    [iso(year, 5, 5), '5 mei'],
    [addDays(easter, 39), 'Hemelvaartsdag'],
    [addDays(easter, 50), 'Tweede Pinksterdag'],
    [iso(year, 12, 25), 'Eerste Kerstdag'],
    [iso(year, 12, 26), 'Tweede Kerstdag'],
  ]);
}

/** The holiday's name when `date` is a general holiday of art. 3 Atw, else null. */
export function holidayName(date: IsoDate): string | null {
  const ymd = parseIsoDate(date);
  if (ymd === null) return null;
  return generalHolidays(ymd.year).get(date) ?? null;
}

// art. 1 lid 1 en art. 3 Algemene termijnenwet — Saturday, Sunday and the general holidays are no werkdagen
export function isWorkday(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday !== 0 && weekday !== 6 && holidayName(date) === null;
}

/** The werkdag `n` werkdagen before `date` (weekends and general holidays skipped). */
export function workdaysBefore(date: IsoDate, n: number): IsoDate {
  let day = date;
  let left = n;
  while (left > 0) {
    day = addDays(day, -1);
    if (isWorkday(day)) left -= 1;
  }
  return day;
}

function whyNoWorkday(date: IsoDate): string {
  const weekday = dayOfWeek(date);
  if (weekday === 6) return 'een zaterdag';
  if (weekday === 0) return 'een zondag';
  return holidayName(date) ?? 'geen werkdag';
}

// art. 1 lid 1 Algemene termijnenwet — a legal term ending on a Saturday, Sunday or general holiday runs until the next werkdag
export function extendToWorkday(lastDay: IsoDate): Explained<IsoDate> {
  let day = lastDay;
  while (!isWorkday(day)) day = addDays(day, 1);
  if (day === lastDay) return explained(day, 'De termijn eindigt op een werkdag.', []);
  return explained(day, `De termijn loopt door tot en met de eerstvolgende werkdag.`, [
    step(`De termijn zou eindigen op ${whyNoWorkday(lastDay)}; hij loopt daarom door tot en met de eerstvolgende werkdag.`, atw('1', 1), atw('3', 1)),
  ]);
}
