const amsterdamDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in the Netherlands as YYYY-MM-DD. */
export function todayInNetherlands(now: Date = new Date()): string {
  return amsterdamDate.format(now);
}
