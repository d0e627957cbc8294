/** A server amount in cents as euros for the screen (the amount itself always comes from the server). */
export function euro(cents: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
