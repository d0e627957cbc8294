import { describe, expect, it } from 'vitest';
import {
  addDays, addMonths, addWeeks, addYears, ageOn, compareDates, daysBetween, formatDutchDate, fromDayNumber,
  isIsoDate, parseIsoDate, toDayNumber,
} from '../src/rules/dates.ts';

describe('dates', () => {
  it('parses only real calendar dates', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-13-01')).toBeNull();
    expect(parseIsoDate('2024-1-01')).toBeNull();
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate(20240101)).toBe(false);
  });

  it('day numbers round-trip and match the epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('2000-03-01')).toBe(11017);
    for (const d of ['1600-02-29', '1999-12-31', '2024-02-29', '2100-03-01']) expect(fromDayNumber(toDayNumber(d))).toBe(d);
  });

  it('adds days and weeks across month, year and leap boundaries', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addWeeks('2024-03-04', 10)).toBe('2024-05-13');
  });

  it('adds months and years with month-end clamping (FORMAT.md)', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', 6)).toBe('2024-09-30');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
    expect(addMonths('2025-01-15', -13)).toBe('2023-12-15');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -1)).toBe('2023-02-28');
  });

  it('compares and measures', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareDates('2024-01-03', '2024-01-02')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('computes age with 29 February birthdays', () => {
    expect(ageOn('2008-02-29', '2024-02-28')).toBe(15);
    expect(ageOn('2008-02-29', '2024-02-29')).toBe(16);
    expect(ageOn('2007-02-28', '2023-02-28')).toBe(16);
  });

  it('formats Dutch dates', () => {
    expect(formatDutchDate('2024-05-13')).toBe('13 mei 2024');
    expect(formatDutchDate('2024-03-04')).toBe('4 maart 2024');
    expect(formatDutchDate('2025-12-01')).toBe('1 december 2025');
  });

  it('rejects invalid dates in arithmetic', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(/Ongeldige datum/);
  });
});
