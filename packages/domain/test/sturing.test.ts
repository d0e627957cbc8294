import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatie } from '../src/rules/formatie.ts';
import { defaultYearSettings } from '../src/rules/settings.ts';
import { parseGemeenteSettings } from '../src/rules/gemeente-settings.ts';
import { learningRoutes } from '../src/rules/types.ts';
import { prognose, prognoseScenarioLines, routeMixFrom, scenarioInstroom, type PrognoseInput } from '../src/sturing/prognose.ts';
import { spukAmountPerPerson, spukEntitlement, splitByPercent } from '../src/sturing/spuk-entitlement.ts';
import { countFigureLabel, suppressSmall } from '../src/sturing/small-counts.ts';
import { defaultFormatieSettings, sturingSettingsOf } from '../src/sturing/sturing-settings.ts';

const f = defaultFormatieSettings;
const deventer: PrognoseInput = {
  startYear: 2027,
  years: 3,
  instroom: f.geplandeInstroom,
  routeMix: f.routeMix,
  leerroutePrijzen: f.leerroutePrijzen,
  urenPerInburgeraar: f.urenPerInburgeraar,
  spreidingJaren: f.spreidingJaren,
  productieveUrenPerFte: f.productieveUrenPerFte,
  kostenPerFte: f.kostenPerFte,
};

describe('formatie from the default settings', () => {
  it("reproduces Deventer's table (seed 000): 4,400 h, 3.2 FTE, € 208,000, caseload 94 against 50–90", () => {
    const inflow = f.geplandeInstroom.statushouders + f.geplandeInstroom.gezinsmigranten + f.geplandeInstroom.overig;
    const r = formatie({ inflowPerYear: inflow, hoursPerPerson: f.urenPerInburgeraar, spreadYears: f.spreidingJaren, productiveHoursPerFte: f.productieveUrenPerFte, costPerFte: f.kostenPerFte }).value;
    expect(inflow).toBe(100);
    expect(r).toEqual({ hoursPerYear: 4400, fte: 3.2, cost: 20_800_000, caseload: 94 });
    expect([f.caseloadNormMin, f.caseloadNormMax]).toEqual([50, 90]);
  });
});

describe('sturing settings', () => {
  it('takes the gemeente’s own fields and the defaults for the rest', () => {
    const s = sturingSettingsOf({ formatie: { urenPerInburgeraar: 40 }, kleineAantallenDrempel: 10 });
    expect(s.formatie.urenPerInburgeraar).toBe(40);
    expect(s.formatie.productieveUrenPerFte).toBe(1388);
    expect(s.spukTrancheVerdeling).toEqual([34, 33, 33]);
    expect(s.kleineAantallenDrempel).toBe(10);
  });

  it('validates the caseload range, the route mix and the tranche split in Dutch, naming the field', () => {
    const r = parseGemeenteSettings({ formatie: { caseloadNormMin: 95, caseloadNormMax: 90, routeMix: { B1: 50, Z: 20, Onderwijs: 20 } }, spukTrancheVerdeling: [50, 40], kleineAantallenDrempel: 0 });
    expect(r.ok).toBe(false);
    const issues = r.ok ? [] : r.issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'formatie.routeMix', message: 'Formatie en prognose – Routeverdeling (procent): de percentages moeten samen 100 zijn' },
        { field: 'spukTrancheVerdeling', message: 'Verdeling SPUK over de jaren (procent): de percentages moeten samen 100 zijn' },
        { field: 'kleineAantallenDrempel', message: 'Drempel kleine aantallen: minstens 2' },
      ]),
    );
    const range = parseGemeenteSettings({ formatie: { caseloadNormMin: 95, caseloadNormMax: 90 } });
    expect(range.ok ? [] : range.issues).toEqual([{ field: 'formatie.caseloadNormMax', message: 'Formatie en prognose – Caseloadnorm bovengrens: de ondergrens van de caseloadnorm mag niet hoger zijn dan de bovengrens' }]);
  });
});

describe('prognose', () => {
  it('builds up the cohorts: the plan reaches Deventer’s 3.2 FTE in the third year', () => {
    const plan = prognose(deventer, 'plan');
    expect(plan.jaren.map((j) => [j.year, j.cohorten, j.regie.fte])).toEqual([
      [2027, 1, 1.1],
      [2028, 2, 2.1],
      [2029, 3, 3.2],
    ]);
    expect(plan.routes).toEqual({ B1: 45, Z: 23, Onderwijs: 8 });
    // 75 statushouders: 45 × € 5.600 + 22,5 × € 9.200 + 7,5 × € 5.600
    expect(plan.jaren[0]?.leerrouteKosten).toEqual({ B1: 25_200_000, Z: 20_700_000, Onderwijs: 4_200_000 });
  });

  it('gives −35 % and +35 % of the plan, whole persons', () => {
    const [laag, plan, hoog] = prognoseScenarioLines(deventer);
    expect(laag?.instroom).toEqual({ statushouders: 49, gezinsmigranten: 16, overig: 0 });
    expect(plan?.instroom).toEqual({ statushouders: 75, gezinsmigranten: 25, overig: 0 });
    expect(hoog?.instroom).toEqual({ statushouders: 101, gezinsmigranten: 34, overig: 0 });
  });

  const instroom = fc.record({ statushouders: fc.integer({ min: 0, max: 2000 }), gezinsmigranten: fc.integer({ min: 0, max: 2000 }), overig: fc.integer({ min: 0, max: 500 }) });
  const mix = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })).filter(([a, b]) => a + b <= 100).map(([a, b]) => ({ B1: a, Z: b, Onderwijs: 100 - a - b }));
  const input = fc.record({
    startYear: fc.integer({ min: 2022, max: 2040 }),
    years: fc.constant(3),
    instroom,
    routeMix: mix,
    leerroutePrijzen: fc.record({ B1: fc.integer({ min: 0, max: 2_000_000 }), Z: fc.integer({ min: 0, max: 2_000_000 }), Onderwijs: fc.integer({ min: 0, max: 2_000_000 }) }),
    urenPerInburgeraar: fc.integer({ min: 1, max: 200 }),
    spreidingJaren: fc.integer({ min: 1, max: 5 }),
    productieveUrenPerFte: fc.integer({ min: 500, max: 2080 }),
    kostenPerFte: fc.integer({ min: 0, max: 20_000_000 }),
  });

  it('is monotone in inflow: low ≤ plan ≤ high for inflow, FTE and costs of every year', () => {
    fc.assert(
      fc.property(input, (i) => {
        const [laag, plan, hoog] = prognoseScenarioLines(i);
        if (laag === undefined || plan === undefined || hoog === undefined) throw new Error('three scenarios');
        const total = (l: typeof plan) => l.instroom.statushouders + l.instroom.gezinsmigranten + l.instroom.overig;
        expect(total(laag)).toBeLessThanOrEqual(total(plan));
        expect(total(plan)).toBeLessThanOrEqual(total(hoog));
        for (let y = 0; y < 3; y++) {
          expect(laag.jaren[y]!.regie.fte).toBeLessThanOrEqual(plan.jaren[y]!.regie.fte);
          expect(plan.jaren[y]!.regie.fte).toBeLessThanOrEqual(hoog.jaren[y]!.regie.fte);
          expect(laag.jaren[y]!.totaal).toBeLessThanOrEqual(plan.jaren[y]!.totaal);
          expect(plan.jaren[y]!.totaal).toBeLessThanOrEqual(hoog.jaren[y]!.totaal);
        }
      }),
    );
  });

  it('is symmetric around plan: low and high inflow lie equally far from the planned inflow, per group', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        expect(scenarioInstroom(n, 'laag') + scenarioInstroom(n, 'hoog')).toBe(2 * n);
        expect(Math.abs(scenarioInstroom(n, 'laag') - Math.round(n * 0.65))).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('totals are the sum of the lines: each year regie + leerroutes, the scenario the sum of its years', () => {
    fc.assert(
      fc.property(input, fc.constantFrom('laag' as const, 'plan' as const, 'hoog' as const), (i, s) => {
        const line = prognose(i, s);
        for (const j of line.jaren) expect(j.totaal).toBe(j.regie.cost + learningRoutes.reduce((a, r) => a + j.leerrouteKosten[r], 0));
        expect(line.totaal).toBe(line.jaren.reduce((a, j) => a + j.totaal, 0));
      }),
    );
  });

  it('takes the route mix from counted PIPs in whole percentages summing to 100, else the setting', () => {
    expect(routeMixFrom({ B1: 1, Z: 1, Onderwijs: 1 }, f.routeMix)).toEqual({ B1: 34, Z: 33, Onderwijs: 33 });
    expect(routeMixFrom({ B1: 0, Z: 0, Onderwijs: 0 }, f.routeMix)).toEqual(f.routeMix);
    fc.assert(
      fc.property(fc.record({ B1: fc.nat(500), Z: fc.nat(500), Onderwijs: fc.nat(500) }), (c) => {
        const m = routeMixFrom(c, f.routeMix);
        expect(m.B1 + m.Z + m.Onderwijs).toBe(100);
      }),
    );
  });
});

describe('SPUK entitlement', () => {
  const amounts = defaultYearSettings.spuk;

  // Seed 003's totals (€ 12.712, € 589) round the parts; the parts are the settings, so they add up to € 12.713 and € 590.
  it('has the seed 003 amounts per person per voorziening', () => {
    const sum = (p: Record<string, number>) => Object.values(p).reduce((a, b) => a + b, 0);
    expect(sum(spukAmountPerPerson('asiel', amounts))).toBe(1_271_300);
    expect(sum(spukAmountPerPerson('gezin-overig', amounts))).toBe(59_000);
  });

  it('splits an amount exactly by percentages', () => {
    expect(splitByPercent(1_271_200, [34, 33, 33])).toEqual([432_208, 419_496, 419_496]);
    fc.assert(
      fc.property(fc.nat(10_000_000), (n) => {
        expect(splitByPercent(n, [34, 33, 33]).reduce((a, b) => a + b, 0)).toBe(n);
      }),
    );
  });

  it('gives a statushouder who moves on 31 December the old gemeente’s tranche no more; a move on 1 January still leaves it there', () => {
    const on31Dec = { targetGroup: 'asiel' as const, firstYear: 2026, residences: [{ gemeente: '0150', from: '2026-03-01' }, { gemeente: '0505', from: '2026-12-31' }] };
    const on1Jan = { targetGroup: 'asiel' as const, firstYear: 2026, residences: [{ gemeente: '0150', from: '2026-03-01' }, { gemeente: '0505', from: '2027-01-01' }] };
    expect(spukEntitlement([on31Dec], '0150', amounts, [34, 33, 33])).toEqual([]);
    expect(spukEntitlement([on31Dec], '0505', amounts, [34, 33, 33]).map((y) => [y.year, y.total])).toEqual([
      [2026, 432_242],
      [2027, 419_529],
      [2028, 419_529],
    ]);
    expect(spukEntitlement([on1Jan], '0150', amounts, [34, 33, 33]).map((y) => [y.year, y.total])).toEqual([[2026, 432_242]]);
    expect(spukEntitlement([on1Jan], '0505', amounts, [34, 33, 33]).map((y) => [y.year, y.persons, y.total])).toEqual([
      [2027, 1, 419_529],
      [2028, 1, 419_529],
    ]);
  });

  it('counts a gezinsmigrant once, the whole amount in the first year', () => {
    const r = spukEntitlement([{ targetGroup: 'gezin-overig', firstYear: 2026, residences: [{ gemeente: '0150', from: '2026-01-10' }] }], '0150', amounts, [34, 33, 33]);
    expect(r).toEqual([{ year: 2026, persons: 1, perVoorziening: { leerroute: 0, map: 19_500, maatschappelijkeBegeleiding: 0, pvt: 21_600, tolk: 17_900 }, total: 59_000 }]);
  });
});

describe('small counts', () => {
  it('shows counts below the threshold as "< n", zero and larger counts exactly', () => {
    expect(countFigureLabel(suppressSmall(3, 5))).toBe('< 5');
    expect(countFigureLabel(suppressSmall(0, 5))).toBe('0');
    expect(countFigureLabel(suppressSmall(5, 5))).toBe('5');
    expect(countFigureLabel(suppressSmall(1234, 5))).toBe('1.234');
  });
});
