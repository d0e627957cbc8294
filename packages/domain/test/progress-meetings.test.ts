import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, compareDates, isBefore, isOnOrAfter, type IsoDate } from '../src/rules/dates.ts';
import { planExtensionMeetings, planProgressMeetings } from '../src/progress/progress-meetings.ts';
import { computeProgressSignals } from '../src/workqueue/progress-signals.ts';

const term = { termStart: '2026-05-02', termEndExclusive: '2029-05-02' };

describe('planProgressMeetings', () => {
  it('four per year over a whole termijn of three years: twelve, spread evenly, inside the termijn', () => {
    const dates = planProgressMeetings({ perYear: 4, ...term, from: '2026-05-01' });
    expect(dates).toHaveLength(12);
    expect(dates[0]).toBe('2026-07-25');
    expect(dates.at(-1)).toBe('2029-02-06');
  });

  it('a changed PIP plans only the rest of the termijn, from its dagtekening', () => {
    const dates = planProgressMeetings({ perYear: 3, ...term, from: '2028-05-02' });
    expect(dates).toHaveLength(3);
    expect(dates.every((d) => isOnOrAfter(d, '2028-05-02'))).toBe(true);
  });

  it('near the end of the termijn still at least the number the PIP states; none without a number or after the termijn', () => {
    expect(planProgressMeetings({ perYear: 3, ...term, from: '2029-04-01' })).toHaveLength(3);
    expect(planProgressMeetings({ perYear: 0, ...term, from: '2026-05-01' })).toEqual([]);
    expect(planProgressMeetings({ perYear: 3, ...term, from: '2029-05-02' })).toEqual([]);
  });

  it('property: count ≥ the PIP number, all within the termijn and after `from`, ordered', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => addDays('2022-01-01', n));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 52 }), day, fc.integer({ min: 1, max: 1500 }), fc.integer({ min: -400, max: 1600 }), (perYear, start, length, offset) => {
        const termEndExclusive = addDays(start, length);
        const from = addDays(start, offset);
        const dates = planProgressMeetings({ perYear, termStart: start, termEndExclusive, from });
        const windowStart: IsoDate = isBefore(from, start) ? start : from;
        if (perYear > 0 && isBefore(windowStart, termEndExclusive)) expect(dates.length).toBeGreaterThanOrEqual(perYear);
        else expect(dates).toEqual([]);
        for (const d of dates) {
          expect(isOnOrAfter(d, windowStart)).toBe(true);
          expect(isBefore(d, termEndExclusive)).toBe(true);
        }
        for (let i = 1; i < dates.length; i++) expect(compareDates(dates[i - 1]!, dates[i]!)).toBeLessThanOrEqual(0);
      }),
    );
  });
});

describe('computeProgressSignals', () => {
  it('the next planned gesprek is due 14 days before and overdue after its date, naming the PIP and the article', () => {
    const signals = computeProgressSignals({
      closed: false,
      pipVersion: 2,
      meetings: [
        { plannedOn: '2027-03-01', status: 'gepland' },
        { plannedOn: '2026-11-01', status: 'gehouden' },
        { plannedOn: '2026-12-15', status: 'gepland' },
      ],
    });
    expect(signals).toEqual([
      expect.objectContaining({ kind: 'progress-meeting-due', dueOn: '2026-12-01', deadline: '2026-12-15', section: 'voortgang' }),
    ]);
    expect(signals[0]?.reason).toContain('PIP versie 2');
    expect(signals[0]?.reason).toContain('art. 5.3 lid 4 Besluit inburgering 2021');
    expect(signals[0]?.reason).toContain('15 december 2026');
  });

  it('nothing for a closed case or when no gesprek is planned', () => {
    expect(computeProgressSignals({ closed: true, pipVersion: 1, meetings: [{ plannedOn: '2027-01-01', status: 'gepland' }] })).toEqual([]);
    expect(computeProgressSignals({ closed: false, pipVersion: 1, meetings: [{ plannedOn: '2027-01-01', status: 'gehouden' }] })).toEqual([]);
  });
});

describe('planExtensionMeetings', () => {
  it('plans the added months pro rata, at least one, inside the extension', () => {
    expect(planExtensionMeetings({ perYear: 3, from: '2029-04-02', until: '2029-08-02' })).toEqual(['2029-06-02']);
    expect(planExtensionMeetings({ perYear: 4, from: '2029-04-02', until: '2030-04-02' })).toHaveLength(4);
    expect(planExtensionMeetings({ perYear: 1, from: '2029-04-02', until: '2029-04-20' })).toEqual(['2029-04-11']);
    expect(planExtensionMeetings({ perYear: 0, from: '2029-04-02', until: '2029-08-02' })).toEqual([]);
    expect(planExtensionMeetings({ perYear: 3, from: '2029-08-02', until: '2029-04-02' })).toEqual([]);
  });
});
