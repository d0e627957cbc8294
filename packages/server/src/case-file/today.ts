/** Today's date in the Netherlands (Europe/Amsterdam) as YYYY-MM-DD: the date rules work with. */
export function todayIn(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
