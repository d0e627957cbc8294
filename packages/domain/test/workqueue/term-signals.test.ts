import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeTermSignals, type TermSnapshot } from '../../src/workqueue/term-signals.ts';
import { addMonths, compareDates } from '../../src/rules/dates.ts';

const base: TermSnapshot = { closed: false, termEndExclusive: '2028-03-02', dutyMet: false, unreviewedExamResults: [] };

describe('computeTermSignals', () => {
  it('raises "termijn loopt af" six months before the effective end, with the end as deadline', () => {
    const [s] = computeTermSignals(base);
    expect(s).toMatchObject({ kind: 'term-ending-no-result', dueOn: '2027-09-02', deadline: '2028-03-02', section: 'resultaten' });
    expect(s?.reason).toContain('2 maart 2028');
  });

  it('is silent about the termijn once the duty is met, the case is closed, or no termijn is known', () => {
    expect(computeTermSignals({ ...base, dutyMet: true })).toEqual([]);
    expect(computeTermSignals({ ...base, closed: true })).toEqual([]);
    expect(computeTermSignals({ ...base, termEndExclusive: null })).toEqual([]);
  });

  it('asks to review each new DUO exam result from the day it was received, in Dutch', () => {
    const signals = computeTermSignals({
      ...base,
      dutyMet: true,
      unreviewedExamResults: [{ id: 'r1', onderdeel: 'SP', niveau: 'B1', resultaat: 'Geslaagd', examendatum: '2027-05-10', receivedOn: '2027-05-20' }],
    });
    expect(signals).toHaveLength(1);
    expect(signals[0]).toMatchObject({ kind: 'duo-exam-result-review', dueOn: '2027-05-20', section: 'resultaten', ref: { examResultId: 'r1' } });
    expect(signals[0]?.reason).toContain('spreken B1 geslaagd op 10 mei 2027');
  });

  it('never depends on anything but the snapshot: dueOn is always before the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (days) => {
        const end = addMonths('2024-01-31', Math.floor(days / 30));
        const [s] = computeTermSignals({ ...base, termEndExclusive: end });
        expect(s && compareDates(s.dueOn, end) < 0).toBe(true);
      }),
    );
  });
});
