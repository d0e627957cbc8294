import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { behindFrom, computeZRouteSignals, type ZRouteSnapshot } from '../../src/workqueue/z-route-signals.ts';
import { signalKindLabel } from '../../src/workqueue/signals.ts';
import { participationHoursTotal } from '../../src/participation/places.ts';

const snapshot = (over: Partial<ZRouteSnapshot> = {}, hours: Partial<ZRouteSnapshot['hours']> = {}): ZRouteSnapshot => ({
  closed: false,
  obliged: true,
  route: 'Z',
  termStart: '2026-01-01',
  termEndExclusive: '2029-01-01',
  completedOn: null,
  ...over,
  hours: { targetGroup: 'asiel', courseHours: 0, activityHours: 0, mapHours: 0, pvtHours: 0, intakeHours: null, ...hours },
});

describe('computeZRouteSignals', () => {
  it('no hours at all: behind from the day after the termijn starts, both parts named, with the ledger summary', () => {
    const [signal, ...rest] = computeZRouteSignals(snapshot());
    expect(rest).toEqual([]);
    expect(signal).toMatchObject({ kind: 'z-route-hours-behind', dueOn: '2026-01-02', deadline: '2028-12-31', section: 'participatie' });
    expect(signal?.reason).toContain('cursusuren (nog 800 van 800) en uren activiteiten (nog 800 van 800)');
    expect(signal?.reason).toContain('Z-route (asielstatushouder): nog 800 cursusuren en 800 uren activiteiten.');
    expect(signalKindLabel('z-route-hours-behind')).toBe('Z-route-uren achter');
  });

  it('MAP, PVT and intake hours count towards the activity part, as zRouteHoursRemaining computes', () => {
    // 1096 days; course 640 of 800 done → at pace until day 1096 → no course item; activities 320 done (100+40+80+100).
    const [signal] = computeZRouteSignals(snapshot({}, { courseHours: 640, activityHours: 100, mapHours: 40, pvtHours: 80, intakeHours: 100 }));
    expect(signal?.reason).toContain('uren activiteiten (nog 480 van 800)');
    expect(signal?.reason).not.toContain('cursusuren (');
    // 320 × 1096 / 640 = 548 → day 549 after the start.
    expect(signal?.dueOn).toBe('2027-07-04');
  });

  it('a gezinsmigrant has no activity norm: only the course hours count', () => {
    const [signal] = computeZRouteSignals(snapshot({}, { targetGroup: 'gezin-overig', courseHours: 320, activityHours: 0 }));
    expect(signal?.reason).toContain('cursusuren (nog 480 van 800)');
    expect(signal?.reason).not.toContain('activiteiten (nog');
  });

  it('nothing for another route, a closed case, no duty, no termijn, a completed Z-route or all hours done', () => {
    expect(computeZRouteSignals(snapshot({ route: 'B1' }))).toEqual([]);
    expect(computeZRouteSignals(snapshot({ closed: true }))).toEqual([]);
    expect(computeZRouteSignals(snapshot({ obliged: false }))).toEqual([]);
    expect(computeZRouteSignals(snapshot({ termStart: null }))).toEqual([]);
    expect(computeZRouteSignals(snapshot({ completedOn: '2027-01-01' }))).toEqual([]);
    expect(computeZRouteSignals(snapshot({}, { courseHours: 800, activityHours: 800 }))).toEqual([]);
  });

  it('more hours never bring the item earlier (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 900 }), fc.integer({ min: 0, max: 100 }), (done, extra) => {
        const a = behindFrom(done, 800, '2026-01-01', '2029-01-01');
        const b = behindFrom(done + extra, 800, '2026-01-01', '2029-01-01');
        if (a === null) expect(b).toBeNull();
        else expect(b === null || b >= a).toBe(true);
      }),
    );
  });
});

describe('participationHoursTotal', () => {
  it('sums the hours of every period', () => {
    expect(participationHoursTotal([{ periodStart: '2026-01-05', periodEnd: '2026-01-11', hours: 8 }, { periodStart: '2026-01-12', periodEnd: '2026-01-18', hours: 6 }])).toBe(14);
    expect(participationHoursTotal([])).toBe(0);
  });
});
