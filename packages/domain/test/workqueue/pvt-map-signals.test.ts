import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computePvtMapSignals, signalKindLabel, type PvtMapSnapshot } from '../../src/index.ts';

const base: PvtMapSnapshot = { closed: false, obliged: true, termEndExclusive: '2027-03-01', pvtDone: false, mapRequired: true, mapDone: false };

describe('PVT/MAP not done with one year left (R20)', () => {
  it('raises both items a year before the end of the termijn, with the last day as deadline', () => {
    const signals = computePvtMapSignals(base);
    expect(signals.map((s) => s.kind)).toEqual(['pvt-not-done', 'map-not-done']);
    for (const s of signals) {
      expect(s.dueOn).toBe('2026-03-01');
      expect(s.deadline).toBe('2027-02-28');
      expect(s.section).toBe('pvt-map');
      expect(s.reason).toContain('28 februari 2027');
      expect(s.reason).toContain('art. 24 lid 1 Wi 2021');
    }
    expect(signals[0]?.reason).toContain('art. 6 lid 1 onderdeel a Wi 2021');
    expect(signals[1]?.reason).toContain('art. 6 lid 1 onderdeel b Wi 2021');
  });

  it('says nothing about what is done', () => {
    expect(computePvtMapSignals({ ...base, pvtDone: true }).map((s) => s.kind)).toEqual(['map-not-done']);
    expect(computePvtMapSignals({ ...base, mapDone: true }).map((s) => s.kind)).toEqual(['pvt-not-done']);
    expect(computePvtMapSignals({ ...base, pvtDone: true, mapDone: true })).toEqual([]);
  });

  it('has no MAP item in the onderwijsroute (art. 8 lid 3 Wi 2021)', () => {
    expect(computePvtMapSignals({ ...base, mapRequired: false }).map((s) => s.kind)).toEqual(['pvt-not-done']);
  });

  it('has nothing for closed cases, cases without a duty or without a termijn', () => {
    expect(computePvtMapSignals({ ...base, closed: true })).toEqual([]);
    expect(computePvtMapSignals({ ...base, obliged: false })).toEqual([]);
    expect(computePvtMapSignals({ ...base, obliged: null })).toEqual([]);
    expect(computePvtMapSignals({ ...base, termEndExclusive: null })).toEqual([]);
  });

  it('labels the kinds in Dutch', () => {
    expect(signalKindLabel('pvt-not-done')).toBe('PVT niet af, nog een jaar termijn');
    expect(signalKindLabel('map-not-done')).toBe('MAP niet af, nog een jaar termijn');
  });

  it('is due exactly twelve months before the end, never after the deadline (property)', () => {
    const day = fc.date({ min: new Date('2022-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.boolean(), fc.boolean(), (end, pvtDone, mapDone) => {
        const signals = computePvtMapSignals({ ...base, termEndExclusive: end, pvtDone, mapDone });
        expect(signals).toHaveLength((pvtDone ? 0 : 1) + (mapDone ? 0 : 1));
        for (const s of signals) {
          expect(s.dueOn < end).toBe(true);
          expect(s.deadline !== null && s.dueOn <= s.deadline).toBe(true);
          expect(Number(s.dueOn.slice(0, 4))).toBe(Number(end.slice(0, 4)) - 1);
        }
      }),
    );
  });
});
