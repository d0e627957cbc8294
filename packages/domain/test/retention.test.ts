import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { removedAtOnce, retentionCutoffs, yearsBefore } from '../src/index.ts';

describe('retention cutoffs (art. 9.9 Besluit inburgering 2021)', () => {
  it('counts whole years back from today', () => {
    expect(retentionCutoffs('2026-12-05', { caseFileYears: 5, coreDataYears: 50, processingLogYears: 2 })).toEqual({
      caseFileClosedOnOrBefore: '2021-12-05',
      coreDataClosedOnOrBefore: '1976-12-05',
      processingLogBefore: '2024-12-05',
    });
  });

  it('29 February falls back to 28 February in a year without it', () => {
    expect(yearsBefore('2028-02-29', 5)).toBe('2023-02-28');
    expect(yearsBefore('2028-02-29', 4)).toBe('2024-02-29');
  });

  it('a longer period never gives a later cutoff', () => {
    const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 50 }), (today, a, b) => {
        const [shorter, longer] = a <= b ? [a, b] : [b, a];
        expect(yearsBefore(today, longer) <= yearsBefore(today, shorter)).toBe(true);
        expect(yearsBefore(today, 0)).toBe(today);
      }),
    );
  });
});

describe('removal at once (art. 9.9 lid 1 sub b)', () => {
  it('applies to a case closed because the person died, and to no other closing reason', () => {
    expect(removedAtOnce('overleden')).toBe(true);
    for (const reason of ['verhuisd', 'vertrokken-uit-nederland', 'ten-onrechte-geregistreerd', 'plicht-geeindigd', null]) expect(removedAtOnce(reason)).toBe(false);
  });
});
