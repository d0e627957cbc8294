import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { benchmarkStatushouders, countHalfjaar, halfYearLabel, halfYearPeriodOf, monitoringSet, suppressSmallCount, type HalfjaarCase } from '../src/sturing/index.ts';

const base: HalfjaarCase = {
  targetGroup: 'asiel',
  obliged: true,
  wi2013: false,
  createdOn: '2026-01-10',
  closedOn: null,
  pipDeadline: { targetGroup: 'asiel', duoNoticeOn: '2026-01-05', registeredOn: '2026-01-02' },
  firstPip: null,
  pipChanges: [],
  placements: [],
  learnabilityResults: [],
  educationRecorded: false,
  intakeCompletedOn: null,
  pvtCompletedOn: null,
  mapCompletedOn: null,
  relief: null,
  violations: [],
};
const h1 = halfYearPeriodOf('2026-H1');

describe('halfYearPeriodOf', () => {
  it('gives both halves with both days included', () => {
    expect(h1).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(halfYearPeriodOf('2026-H2')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(halfYearLabel('2026-H2')).toBe('tweede helft van 2026');
  });
});

describe('countHalfjaar', () => {
  it('splits PIPs set within and after the 10 weeks of art. 5.3 Bi and counts the route choice', () => {
    const cases: HalfjaarCase[] = [
      // notice 5 Jan 2026 → deadline 16 March 2026
      { ...base, firstPip: { issuedOn: '2026-03-16', route: 'B1' } },
      { ...base, firstPip: { issuedOn: '2026-03-17', route: 'Z' } },
      { ...base, pipDeadline: { targetGroup: 'asiel', duoNoticeOn: null }, firstPip: { issuedOn: '2026-02-01', route: null } },
      // outside the period
      { ...base, firstPip: { issuedOn: '2026-07-01', route: 'Onderwijs' } },
    ];
    const c = countHalfjaar(cases, h1);
    expect(c.pips).toEqual({ vastgesteld: 3, binnenTienWeken: 1, naTienWeken: 1, zonderTermijn: 1 });
    expect(c.routekeuze).toEqual({ B1: 1, Z: 1, Onderwijs: 0, onbekend: 1 });
    expect(c.inBeeld).toBe(4);
  });

  it('counts only Wi2021 inburgeringsplichtigen open in the period', () => {
    const c = countHalfjaar(
      [
        base,
        { ...base, obliged: false },
        { ...base, wi2013: true },
        { ...base, closedOn: '2025-12-31' },
        { ...base, createdOn: '2026-07-01' },
        { ...base, closedOn: '2026-01-01' },
      ],
      h1,
    );
    expect(c.inBeeld).toBe(2);
  });

  it('counts toets advice, changes, placements with literacy, PVT/MAP, ontzorgen and handhaving in the period', () => {
    const c = countHalfjaar(
      [
        {
          ...base,
          learnabilityResults: [{ resultOn: '2026-02-01', advisedRoute: 'B1' }, { resultOn: '2025-12-01', advisedRoute: 'Z' }],
          pipChanges: [{ issuedOn: '2026-04-01', reason: 'a2' }, { issuedOn: '2026-05-01', reason: 'route-change' }, { issuedOn: '2026-05-02', reason: null }],
          placements: [{ offeredOn: '2026-03-01', literacy: 'A' }, { offeredOn: '2026-03-02', literacy: 'NVT' }],
          educationRecorded: true,
          intakeCompletedOn: '2026-02-15',
          pvtCompletedOn: '2026-06-30',
          mapCompletedOn: '2026-07-01',
          relief: { status: 'actief', startMonth: '2025-10', endMonthExclusive: '2026-04' },
          violations: [{ establishedOn: '2026-06-01', article: 23, fined: true }, { establishedOn: '2026-01-01', article: 22, fined: false }],
        },
        { ...base, learnabilityResults: [{ resultOn: '2026-03-01', advisedRoute: null }], relief: { status: 'geweigerd', startMonth: '2026-02', endMonthExclusive: '2026-08' } },
      ],
      h1,
    );
    expect(c.toets).toEqual({ uitslagen: 2, advies: { B1: 1, Z: 0, Onderwijs: 0, geen: 1 } });
    expect(c.wijzigingen).toEqual({ afschalingA2: 1, routewissels: 1, overig: 1 });
    expect(c.trajecten).toEqual({ aangeboden: 2, personen: 1 });
    expect(c.opleiding).toEqual({ opleidingVastgelegd: 1, alfabetisering: 1, geenAlfabetisering: 1 });
    expect(c.pvtMap).toEqual({ pvtAfgerond: 1, mapAfgerond: 0 });
    expect(c.ontzorgen).toEqual({ actief: 1, gestart: 0, geweigerd: 1 });
    expect(c.handhaving).toEqual({ overtredingen: 2, artikel22: 1, artikel23: 1, boetes: 1 });
    expect(c.brede.intakesAfgerond).toBe(1);
  });

  it('never counts more PIPs within and after the term than PIPs set (property)', () => {
    const day = fc.integer({ min: 0, max: 800 }).map((n) => new Date(Date.UTC(2025, 6, 1) + n * 86400000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.record({ notice: fc.option(day), issued: fc.option(day) }), { maxLength: 30 }), (rows) => {
        const cases = rows.map((r): HalfjaarCase => ({ ...base, pipDeadline: { targetGroup: 'gezin-overig', duoNoticeOn: r.notice }, firstPip: r.issued ? { issuedOn: r.issued, route: 'B1' } : null }));
        const c = countHalfjaar(cases, h1);
        expect(c.pips.binnenTienWeken + c.pips.naTienWeken + c.pips.zonderTermijn).toBe(c.pips.vastgesteld);
        expect(c.routekeuze.B1).toBe(c.pips.vastgesteld);
      }),
    );
  });
});

describe('suppression of small counts', () => {
  it('hides 1 up to the threshold, keeps 0 and the threshold itself', () => {
    expect([0, 1, 4, 5, 12].map((n) => suppressSmallCount(n, 5))).toEqual([0, null, null, 5, 12]);
    expect(suppressSmallCount(2, 1)).toBe(2);
  });

  it('the monitoring set and the benchmark suppress per row; the benchmark counts statushouders only', () => {
    const many = Array.from({ length: 6 }, () => base);
    const few = Array.from({ length: 3 }, (): HalfjaarCase => ({ ...base, targetGroup: 'gezin-overig' }));
    const set = monitoringSet([...many, ...few], h1, 5);
    expect(set.find((r) => r.code === 'in_beeld')?.value).toBe(9);
    expect(set.find((r) => r.code === 'pip_vastgesteld')?.value).toBe(0);
    const bench = benchmarkStatushouders([...many.slice(0, 4), ...few], h1, 5);
    expect(bench.find((r) => r.code === 'in_beeld')?.value).toBeNull();
    expect(bench.every((r) => r.label.length > 0)).toBe(true);
    expect(bench.some((r) => r.code === 'toets_advies_b1')).toBe(false);
  });
});

describe('halfjaarSections', () => {
  it('shows every monitoring row in exactly one section', async () => {
    const { halfjaarSections, monitoringRows, countHalfjaar: count } = await import('../src/sturing/index.ts');
    const codes = monitoringRows(count([], h1)).map((r) => r.code);
    expect(halfjaarSections.flatMap((s) => s.codes).sort()).toEqual([...codes].sort());
  });
});
