import { describe, expect, it } from 'vitest';
import { checkBsn, checkVNumber, isValidBsn, isValidVNumber } from '../src/rules/identifiers.ts';
import { aowDate, defaultSettings, parseSettings, parseSettingsOrThrow, settingsFor } from '../src/rules/settings.ts';

describe('identifiers', () => {
  it('BSN: 9 digits and the 11-proef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('12345678')).toBe(false);
    expect(isValidBsn('1234567820')).toBe(false);
    expect(isValidBsn('12345678a')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
    expect(checkBsn('123456789')).toEqual({ valid: false, message: 'Dit BSN voldoet niet aan de elfproef.' });
  });
  it('V-number: 10 digits', () => {
    expect(isValidVNumber('1234567890')).toBe(true);
    expect(isValidVNumber('123456789')).toBe(false);
    expect(checkVNumber('12345678901').valid).toBe(false);
  });
});

describe('settings', () => {
  it('defaults are valid', () => {
    expect(parseSettings(defaultSettings).ok).toBe(true);
  });

  it('rejects invalid settings with Dutch messages naming the field', () => {
    const bad = structuredClone(defaultSettings) as unknown as { years: Record<string, Record<string, unknown>> };
    const y = bad.years['2024'];
    if (!y) throw new Error('test setup');
    bad.years['2024'] = { ...y, mapHourNorm: 0, reliefCheckpointsMonths: [6, 3], progressMeetingsDefault: 2.5 };
    const r = parseSettings(bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContain('Ongeldige instelling years.2024.mapHourNorm (urennorm MAP): moet groter dan 0 zijn');
    expect(r.errors.some((e) => e.includes('reliefCheckpointsMonths') && e.includes('oplopend'))).toBe(true);
    expect(r.errors.some((e) => e.includes('progressMeetingsDefault') && e.includes('geheel aantal'))).toBe(true);
  });

  it('rejects missing fields, unknown fields and bad keys', () => {
    const r = parseSettings({ years: { '24': {} }, aowTable: [], extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const text = r.errors.join('\n');
    expect(text).toMatch(/onbekend veld: extra/);
    expect(text).toMatch(/jaartal moet 4 cijfers zijn/);
    expect(text).toMatch(/aowTable \(AOW-leeftijdstabel\): moet minstens één rij bevatten/);
    expect(() => parseSettingsOrThrow(null)).toThrow(/Ongeldige instelling/);
  });

  it('resolves per year and per gemeente', () => {
    const s = parseSettingsOrThrow({
      ...defaultSettings,
      gemeenten: { '0150': { '2025': { reliefCheckpointsMonths: [2, 4, 6], progressMeetingsDefault: 6 } } },
    });
    expect(settingsFor(s, 2025, '0150').reliefCheckpointsMonths).toEqual([2, 4, 6]);
    expect(settingsFor(s, 2026, '0150').progressMeetingsDefault).toBe(6);
    expect(settingsFor(s, 2024, '0150').reliefCheckpointsMonths).toEqual([3, 6]);
    expect(settingsFor(s, 2030).mapHourNorm).toBe(64);
    expect(() => settingsFor(s, 2021)).toThrow(/Geen instellingen/);
  });

  it('AOW date from the table', () => {
    expect(aowDate('1960-03-31').value).toBe('2027-03-31');
    expect(aowDate('1961-01-31').value).toBe('2028-04-30');
    expect(aowDate('1800-01-01').value).toBeNull();
  });
});
