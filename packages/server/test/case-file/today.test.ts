// todayIn remembers the last minute's answer; it must equal Intl's for every instant, around both DST switches and midnight.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { todayIn } from '../../src/case-file/today.ts';

const intl = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('todayIn', () => {
  it('is the Dutch calendar date at midnight and at the DST switches, asked in any order', () => {
    const instants = [
      '2026-03-28T22:59:59.999Z', '2026-03-28T23:00:00.000Z', // midnight, winter time (UTC+1)
      '2026-03-29T00:59:59Z', '2026-03-29T01:00:00Z', // the spring switch
      '2026-07-01T21:59:59.999Z', '2026-07-01T22:00:00.000Z', // midnight, summer time (UTC+2)
      '2026-10-25T00:59:59Z', '2026-10-25T01:00:00Z', // the autumn switch
      '2026-12-31T22:59:59.999Z', '2026-12-31T23:00:00Z',
    ].map((s) => new Date(s));
    for (const at of [...instants, ...instants.reverse()]) expect(todayIn(at)).toBe(intl.format(at));
  });

  it('equals Intl for any instant, also when the same minute is asked twice', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }), fc.integer({ min: 0, max: 59_999 }), (at, later) => {
        expect(todayIn(at)).toBe(intl.format(at));
        const sameMinute = new Date(Math.floor(at.getTime() / 60_000) * 60_000 + later);
        expect(todayIn(sameMinute)).toBe(intl.format(sameMinute));
      }),
    );
  });
});
