import type { PortaalLanguage } from '../i18n/languages.ts';

// Dates in the person's language (Intl knows all eight); Latin digits for Arabic and Farsi too,
// as Dutch letters and DigiD use them.
const locales: Record<PortaalLanguage, string> = {
  nl: 'nl-NL',
  en: 'en-GB',
  ar: 'ar-u-nu-latn',
  ti: 'ti',
  fa: 'fa-u-nu-latn',
  so: 'so',
  tr: 'tr-TR',
  uk: 'uk-UA',
};

export function formatDate(iso: string, language: PortaalLanguage): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return new Intl.DateTimeFormat(locales[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}

export function formatDateTime(iso: string, language: PortaalLanguage): string {
  return new Intl.DateTimeFormat(locales[language], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Amsterdam',
  }).format(new Date(iso));
}

export function formatNumber(value: number, language: PortaalLanguage): string {
  return new Intl.NumberFormat(locales[language], { maximumFractionDigits: 1 }).format(value);
}

/** 'JJJJ-MM' → the month's name and year in the person's language. */
export function formatMonth(month: string, language: PortaalLanguage): string {
  return new Intl.DateTimeFormat(locales[language], { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-15T00:00:00Z`),
  );
}

/** The day before a 'JJJJ-MM' month starts, as ISO date: the last paid day of an exclusive month bound. */
export function lastDayBefore(month: string): string {
  const first = new Date(`${month}-01T00:00:00Z`);
  return new Date(first.getTime() - 86_400_000).toISOString().slice(0, 10);
}
