// The traject signals after the PIP (package Q): not started in time, report overdue, hours behind
// the PIP, route-change window closing, A2 possible — each with its date and a reason naming the article.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  A2_MIN_COURSE_HOURS,
  addDays,
  addWeeks,
  computeTrajectSignals,
  contractFits,
  isMonday,
  keurmerkStatus,
  latestLevels,
  reportedHoursTotals,
  signalKindLabel,
  type TrajectPlacementSnapshot,
  type TrajectSnapshot,
} from '../src/index.ts';

const placement = (overrides: Partial<TrajectPlacementSnapshot> = {}): TrajectPlacementSnapshot => ({
  id: 'p1',
  providerName: 'Taalcentrum Zuid',
  offeredOn: '2026-05-15',
  startMoment: '2026-05-18',
  reportingEveryWeeks: 6,
  weeks: [],
  lastReportOn: null,
  ...overrides,
});
const snapshot = (overrides: Partial<TrajectSnapshot> = {}): TrajectSnapshot => ({
  closed: false,
  termStart: '2026-05-01',
  route: 'B1',
  pipHoursPerWeek: 10,
  startWaitingWeeks: 6,
  placements: [placement()],
  latestLevels: [],
  latestRecommendation: null,
  ...overrides,
});
const kinds = (s: TrajectSnapshot) => computeTrajectSignals(s).map((x) => x.kind);

describe('traject signals', () => {
  it('not started: due the agreed waiting time after the start moment, naming art. 16 Wi', () => {
    const [signal] = computeTrajectSignals(snapshot()).filter((s) => s.kind === 'traject-not-started');
    expect(signal?.dueOn).toBe('2026-06-29');
    expect(signal?.reason).toContain('art. 16 lid 1 Wi 2021');
    expect(signal?.section).toBe('traject');
    expect(kinds(snapshot({ placements: [placement({ weeks: [{ week: '2026-05-18', present: true, hours: 10 }] })] }))).not.toContain('traject-not-started');
  });

  it("report overdue: the contract's frequency after the last report", () => {
    const s = snapshot({ placements: [placement({ lastReportOn: '2026-06-01', weeks: [{ week: '2026-06-01', present: true, hours: 10 }] })] });
    const signal = computeTrajectSignals(s).find((x) => x.kind === 'provider-report-overdue');
    expect(signal?.dueOn).toBe('2026-07-13');
    expect(signal?.reason).toContain('art. 9.3 Bi 2021');
    expect(kinds(snapshot({ placements: [placement({ reportingEveryWeeks: null })] }))).not.toContain('provider-report-overdue');
  });

  it("hours behind: below 80% of the PIP's hours per week, due the week after the last reported", () => {
    const weeks = [
      { week: '2026-05-18', present: true, hours: 4 },
      { week: '2026-05-25', present: true, hours: 4 },
    ];
    const signal = computeTrajectSignals(snapshot({ placements: [placement({ weeks })] })).find((x) => x.kind === 'hours-behind');
    expect(signal?.dueOn).toBe('2026-06-01');
    expect(signal?.reason).toContain('8 van de verwachte 20 uur');
    const enough = weeks.map((w) => ({ ...w, hours: 8 }));
    expect(kinds(snapshot({ placements: [placement({ weeks: enough })] }))).not.toContain('hours-behind');
    expect(kinds(snapshot({ pipHoursPerWeek: null, placements: [placement({ weeks })] }))).not.toContain('hours-behind');
  });

  it('route-change window: only when progress gives reason, due two months before it closes, deadline its last day (B8)', () => {
    expect(kinds(snapshot())).not.toContain('route-change-window-closing');
    const signal = computeTrajectSignals(snapshot({ latestLevels: ['A1', 'A2'] })).find((x) => x.kind === 'route-change-window-closing');
    expect(signal?.dueOn).toBe('2027-09-01');
    expect(signal?.deadline).toBe('2027-10-31');
    expect(signal?.reason).toContain('art. 5.4 lid 1 Bi 2021');
  });

  it('A2 possible: in the B1-route from the week the 600 hours were reached (B9)', () => {
    const weeks = Array.from({ length: 61 }, (_, i) => ({ week: addWeeks('2026-05-18', i), present: true, hours: 10 }));
    const signal = computeTrajectSignals(snapshot({ placements: [placement({ weeks })] })).find((x) => x.kind === 'a2-possible');
    expect(signal?.dueOn).toBe(addDays(addWeeks('2026-05-18', 59), 7));
    expect(signal?.reason).toContain('art. 5.5 lid 1 Bi 2021');
    expect(kinds(snapshot({ route: 'Z', placements: [placement({ weeks })] }))).not.toContain('a2-possible');
  });

  it('a closed case has none; every kind has a Dutch label', () => {
    expect(computeTrajectSignals(snapshot({ closed: true }))).toEqual([]);
    for (const kind of ['traject-not-started', 'provider-report-overdue', 'hours-behind', 'route-change-window-closing', 'a2-possible'] as const) expect(signalKindLabel(kind)).not.toBe('');
  });

  it('property: signals are sorted, dated on or after the placement, and A2 appears exactly when 600 hours are reached', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 40 }), fc.integer({ min: 1, max: 26 }), (hours, waiting) => {
        const weeks = hours.map((h, i) => ({ week: addWeeks('2026-05-18', i), present: h > 0, hours: h }));
        const signals = computeTrajectSignals(snapshot({ startWaitingWeeks: waiting, placements: [placement({ weeks, lastReportOn: weeks.at(-1)?.week ?? null })] }));
        const dates = signals.map((s) => s.dueOn);
        expect([...dates].sort()).toEqual(dates);
        for (const d of dates) expect(d >= '2026-05-15').toBe(true);
        const total = hours.reduce((a, b) => a + b, 0);
        expect(signals.some((s) => s.kind === 'a2-possible')).toBe(total >= A2_MIN_COURSE_HOURS);
      }),
    );
  });
});

describe('contracts and reports', () => {
  const contract = { id: 'c', gemeenteIds: ['g1', 'g2'], routes: [{ route: 'B1' as const, priceCents: 560_000 }], keurmerk: 'blik-op-werk' as const, keurmerkValidUntil: '2026-12-31', startsOn: '2026-01-01', endsOn: '2027-12-31' };
  it('a contract fits the gemeente, the route and a date in its period', () => {
    expect(contractFits(contract, { gemeenteId: 'g2', route: 'B1', on: '2026-05-15' })).toBe(true);
    expect(contractFits(contract, { gemeenteId: 'g3', route: 'B1', on: '2026-05-15' })).toBe(false);
    expect(contractFits(contract, { gemeenteId: 'g1', route: 'Z', on: '2026-05-15' })).toBe(false);
    expect(contractFits(contract, { gemeenteId: 'g1', route: 'B1', on: '2028-01-01' })).toBe(false);
  });
  it('keurmerk valid through its last day, then expired', () => {
    expect(keurmerkStatus('blik-op-werk', '2026-12-31', '2026-12-31')).toBe('geldig');
    expect(keurmerkStatus('blik-op-werk', '2026-12-31', '2027-01-01')).toBe('verlopen');
    expect(keurmerkStatus(null, null, '2027-01-01')).toBe('geen');
  });
  it('reported hours all count as participatietaalles; latest level per skill with its trend', () => {
    expect(reportedHoursTotals([{ week: '2026-05-18', present: true, absenceReason: null, hours: { nederlands: 6, knm: 2, alfabetisering: 1 } }])).toEqual({ taallesknm: 0, participatieactiviteiten: 0, participatietaalles: 9 });
    expect(latestLevels([
      { skill: 'spreken', level: 'A2', assessedOn: '2026-06-01' },
      { skill: 'spreken', level: 'A1', assessedOn: '2026-05-01' },
      { skill: 'lezen', level: 'A1', assessedOn: '2026-05-01' },
    ])).toEqual([
      { skill: 'lezen', level: 'A1', assessedOn: '2026-05-01', trend: 'eerste' },
      { skill: 'spreken', level: 'A2', assessedOn: '2026-06-01', trend: 'stijgend' },
    ]);
    expect(isMonday('2026-05-18')).toBe(true);
    expect(isMonday('2026-05-19')).toBe(false);
  });
});
