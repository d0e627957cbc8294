// Dates as the web app shows and sends them: calendar dates (YYYY-MM-DD) as "12 januari 2026",
// moments in Dutch time, and the values of date and datetime-local inputs.

const locale = (language: string) => (language === 'en' ? 'en-GB' : 'nl-NL');

// Creating an Intl.DateTimeFormat costs far more than using one (the first one of a page load about
// 90 ms with 4× CPU throttling, ADR 0151 addendum): one per language and kind, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();
const monthNames = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

function formatter(kind: 'moment-date' | 'moment', language: string): Intl.DateTimeFormat {
  const key = `${kind}|${locale(language)}`;
  let made = formatters.get(key);
  if (!made) {
    const time = kind === 'moment' ? ({ hour: '2-digit', minute: '2-digit' } as const) : {};
    made = new Intl.DateTimeFormat(locale(language), { day: 'numeric', month: 'long', year: 'numeric', ...time, timeZone: 'Europe/Amsterdam' });
    formatters.set(key, made);
  }
  return made;
}

/** A calendar date (YYYY-MM-DD, or the date part of a timestamp) as "12 januari 2026" / "12 January 2026". */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '';
  // A timestamp is a moment: its calendar day is the one in the Netherlands, not the UTC one.
  if (value.length > 10 && value[10] === 'T') {
    const moment = new Date(value);
    if (!Number.isNaN(moment.getTime())) {
      return formatter('moment-date', language).format(moment);
    }
  }
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return value;
  // A calendar date needs no time zone: written out as Intl would ("12 januari 2026", "12 January
  // 2026"; test/dates.test.ts compares them), without loading Intl's locale data for it.
  const date = new Date(Date.UTC(y, m - 1, d));
  const month = monthNames[language === 'en' ? 'en' : 'nl'][date.getUTCMonth()];
  return month ? `${date.getUTCDate()} ${month} ${date.getUTCFullYear()}` : value;
}

/** A moment as "12 januari 2026 om 10:00" in Dutch time. */
export function formatDateTime(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return formatter('moment', language).format(date);
}

/** Today in the Netherlands (YYYY-MM-DD), the default of date fields. */
export function todayIso(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/** The day before an exclusive end date (ISO). */
export function lastDay(endExclusive: string): string {
  const d = new Date(`${endExclusive}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** A datetime-local value ("2026-12-04T10:00", the user's local time) as ISO 8601. */
export function localToIso(value: string): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
}

/** ISO 8601 → a datetime-local value in the user's local time. */
export function isoToLocal(value: string | null): string {
  if (!value) return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
