import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, easterSunday, extendToWorkday, generalHolidays, holidayName, isBefore, isWorkday, objectionDeadline, objectionPeriod, workdaysBefore, type IsoDate } from '../src/index.ts';

describe('Algemene termijnenwet: werkdagen and holidays (art. 1 and 3)', () => {
  it('knows Easter for known years', () => {
    expect(['2024', '2025', '2026', '2027', '2038'].map((y) => easterSunday(Number(y)))).toEqual(['2024-03-31', '2025-04-20', '2026-04-05', '2027-03-28', '2038-04-25']);
  });

  it('lists the holidays of art. 3 for 2026, Koningsdag moved when the 27th is a Sunday', () => {
    expect([...generalHolidays(2026).entries()]).toEqual([
      ['2026-01-01', 'Nieuwjaarsdag'],
      ['2026-04-06', 'Tweede Paasdag'],
      ['2026-04-27', 'Koningsdag'],
      ['2026-05-05', '5 mei'],
      ['2026-05-14', 'Hemelvaartsdag'],
      ['2026-05-25', 'Tweede Pinksterdag'],
      ['2026-12-25', 'Eerste Kerstdag'],
      ['2026-12-26', 'Tweede Kerstdag'],
    ]);
    expect(holidayName('2025-04-26')).toBe('Koningsdag'); // 27 April 2025 is a Sunday
    expect(holidayName('2025-04-27')).toBeNull();
    expect(holidayName('2026-04-03')).toBeNull(); // Goede Vrijdag is not an Atw holiday
  });

  it('skips weekends and holidays when counting werkdagen back', () => {
    expect(isWorkday('2026-12-07')).toBe(true);
    expect(isWorkday('2026-12-05')).toBe(false);
    expect(isWorkday('2026-12-25')).toBe(false);
    expect(workdaysBefore('2026-12-29', 2)).toBe('2026-12-24'); // Tue → Mon 28 → (25, 26, 27 skipped) Thu 24
    expect(workdaysBefore('2026-04-07', 1)).toBe('2026-04-03'); // Tweede Paasdag skipped
  });

  it('extends a term ending on a Saturday, Sunday or holiday to the next werkdag, and says why', () => {
    expect(extendToWorkday('2026-12-09')).toMatchObject({ value: '2026-12-09', explanation: { steps: [] } });
    const christmas = extendToWorkday('2026-12-25');
    expect(christmas.value).toBe('2026-12-28');
    expect(christmas.explanation.steps[0]?.text).toContain('Eerste Kerstdag');
    expect(christmas.explanation.articles).toContain('art. 1 lid 1 Algemene termijnenwet');
  });

  it('the bezwaartermijn ends on a werkdag (Awb 6:7 with Atw art. 1)', () => {
    // Dagtekening 13 November 2026 (Friday): six weeks end on Friday 25 December → Monday 28 December.
    expect(objectionDeadline('2026-11-13').value).toBe('2026-12-28');
    const period = objectionPeriod('2026-11-13');
    expect(addDays(period.value.endExclusive, -1)).toBe('2026-12-28');
    expect(period.explanation.summary).toBe('Bezwaar kan tot en met 28 december 2026.');
    // An ordinary weekday end is unchanged.
    expect(objectionDeadline('2026-11-11').value).toBe('2026-12-23');
  });

  it('property: the extended day is a werkdag, never earlier, at most five days later', () => {
    const day = fc.integer({ min: 0, max: 365 * 60 }).map((n) => addDays('2000-01-01', n));
    fc.assert(
      fc.property(day, (d: IsoDate) => {
        const { value } = extendToWorkday(d);
        expect(isWorkday(value)).toBe(true);
        expect(isBefore(value, d)).toBe(false);
        expect(isBefore(addDays(d, 5), value)).toBe(false);
        const back = workdaysBefore(d, 2);
        expect(isWorkday(back)).toBe(true);
        expect(isBefore(back, d)).toBe(true);
      }),
    );
  });
});
