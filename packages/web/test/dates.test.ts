// formatDate writes calendar dates out by hand (no Intl on the werkvoorraad's first render, ADR 0151
// addendum): it must read exactly as Intl.DateTimeFormat did, in both languages.
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from '../src/format/dates.ts';

const intl = (iso: string, locale: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)));
};

describe('formatDate', () => {
  it('writes every day of 2024–2027 as Intl does, in Dutch and English', () => {
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2028, 0, 1); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(formatDate(iso, 'nl')).toBe(intl(iso, 'nl-NL'));
      expect(formatDate(iso, 'en')).toBe(intl(iso, 'en-GB'));
    }
    expect(formatDate('2026-01-12', 'nl')).toBe('12 januari 2026');
    expect(formatDate('2026-01-12', 'en')).toBe('12 January 2026');
  });

  it('takes the Dutch calendar day of a moment, and leaves what is not a date as it is', () => {
    expect(formatDate('2026-03-31T22:30:00Z', 'nl')).toBe('1 april 2026');
    expect(formatDate('2026-07-01T21:59:00Z', 'nl')).toBe('1 juli 2026');
    expect(formatDate('2026-07-01T22:00:00Z', 'en')).toBe('2 July 2026');
    expect(formatDate('onbekend', 'nl')).toBe('onbekend');
    expect(formatDate('', 'nl')).toBe('');
    expect(formatDate(null, 'nl')).toBe('');
  });

  it('keeps the time of a moment in Dutch time', () => {
    expect(formatDateTime('2026-12-04T09:00:00Z', 'nl')).toBe(new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' }).format(new Date('2026-12-04T09:00:00Z')));
    expect(formatDateTime('2026-12-04T09:00:00Z', 'nl')).toContain('10:00');
  });
});
