// Creating an Intl.DateTimeFormat is costly (~0.1 ms); one instance serves every call.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

// Formatting still costs ~50 µs, and a request asks several times. The Dutch date only changes at a
// whole hour in UTC (the offset is one or two hours), so the answer for one UTC minute holds for all of it.
let lastMinute = Number.NaN;
let lastDate = '';

/** Today's date in the Netherlands (Europe/Amsterdam) as YYYY-MM-DD: the date rules work with. */
export function todayIn(now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDate = amsterdamDate.format(now);
    lastMinute = minute;
  }
  return lastDate;
}

/** The Dutch date (Europe/Amsterdam) of a moment, as YYYY-MM-DD: a timestamp stored in UTC, shown or counted as a day. */
export function dateInNetherlands(at: Date): string {
  return amsterdamDate.format(at);
}
