// Creating an Intl.DateTimeFormat is costly (~0.1 ms); one instance serves every call.
const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands (Europe/Amsterdam) as YYYY-MM-DD: the date rules work with. */
export function todayIn(now: Date): string {
  return amsterdamDate.format(now);
}
