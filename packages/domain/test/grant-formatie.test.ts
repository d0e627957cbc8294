import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type IsoDate } from '../src/rules/dates.ts';
import { formatie, roundHalfUp } from '../src/rules/formatie.ts';
import { residenceOn, spukAllocation, type Residence } from '../src/rules/grant.ts';

describe('spukAllocation', () => {
  it('explains each year with the gemeente of 31 December and the article', () => {
    const r = spukAllocation({
      firstYear: 2023,
      tranches: [400000, 420000],
      residences: [
        { gemeente: '0505', from: '2023-02-01' },
        { gemeente: null, from: '2024-05-01' },
      ],
    });
    expect(r.value.allocations).toEqual([
      { year: 2023, gemeente: '0505', amount: 400000 },
      { year: 2024, gemeente: null, amount: 0 },
    ]);
    expect(r.explanation.steps[0]?.text).toBe('2023: op 31 december 2023 woont de persoon in gemeente 0505; die ontvangt € 4.000.');
    expect(r.explanation.steps[1]?.text).toMatch(/in geen Nederlandse gemeente; de tranche van € 4.200 gaat naar niemand/);
    expect(r.explanation.articles).toContain('art. 40 lid 1 Wet inburgering 2021');
  });

  it('refuses an impossible date', () => {
    expect(() => spukAllocation({ firstYear: 2023, tranches: [1], residences: [{ gemeente: '0505', from: '2023-02-30' }] })).toThrow(RangeError);
  });

  const day = fc.integer({ min: 0, max: 6 * 366 }).map((n) => addDays('2021-06-01', n));
  const residences = fc.uniqueArray(fc.record({ gemeente: fc.constantFrom('0505', '0642', '0150', null), from: day }), { selector: (r) => r.from, maxLength: 8 });
  const input = fc.record({ firstYear: fc.integer({ min: 2021, max: 2025 }), tranches: fc.array(fc.integer({ min: 0, max: 2_000_000 }), { maxLength: 4 }), residences });

  it('gives each tranche whole to one gemeente or to nobody, and byGemeente sums the allocations', () => {
    fc.assert(
      fc.property(input, (i) => {
        const { allocations, byGemeente } = spukAllocation(i).value;
        expect(allocations.map((a) => a.year)).toEqual(i.tranches.map((_, k) => i.firstYear + k));
        allocations.forEach((a, k) => expect(a.amount).toBe(a.gemeente === null ? 0 : i.tranches[k]));
        const sums: Record<string, number> = {};
        for (const a of allocations) if (a.gemeente !== null) sums[a.gemeente] = (sums[a.gemeente] ?? 0) + a.amount;
        expect(byGemeente).toEqual(sums);
      }),
    );
  });

  it('does not depend on the order of the residences', () => {
    fc.assert(
      fc.property(input, fc.func(fc.integer()), (i, key) => {
        const shuffled = [...i.residences].sort((a, b) => key(a) - key(b));
        expect(spukAllocation({ ...i, residences: shuffled }).value).toEqual(spukAllocation(i).value);
      }),
    );
  });

  it('residenceOn takes the latest residence on or before the day', () => {
    const rs: Residence[] = [
      { gemeente: 'A', from: '2024-01-01' },
      { gemeente: 'B', from: '2024-12-31' },
    ];
    const on = (d: IsoDate) => residenceOn(rs, d)?.gemeente;
    expect(on('2023-12-31')).toBeUndefined();
    expect(on('2024-12-30')).toBe('A');
    expect(on('2024-12-31')).toBe('B');
  });
});

describe('formatie', () => {
  it("reproduces Deventer's table (seed 000) with its explanation", () => {
    const r = formatie({ inflowPerYear: 100, hoursPerPerson: 44, spreadYears: 3, productiveHoursPerFte: 1388, costPerFte: 6_500_000 });
    expect(r.value).toEqual({ hoursPerYear: 4400, fte: 3.2, cost: 20_800_000, caseload: 94 });
    expect(r.explanation.summary).toBe('3,2 fte trajectregie nodig (€ 208.000 per jaar), een caseload van 94 per fte.');
    expect(r.explanation.steps.map((s) => s.text)).toContain('4.400 uur ÷ 1.388 productieve uren per fte = 3,2 fte (afgerond op één decimaal).');
  });

  it('refuses negative inputs and zero productive hours', () => {
    expect(() => formatie({ inflowPerYear: -1, hoursPerPerson: 44, spreadYears: 3, productiveHoursPerFte: 1388, costPerFte: 1 })).toThrow(/inflowPerYear/);
    expect(() => formatie({ inflowPerYear: 1, hoursPerPerson: 44, spreadYears: 3, productiveHoursPerFte: 0, costPerFte: 1 })).toThrow(/productiveHoursPerFte/);
  });

  it('more inflow never needs fewer FTE or costs less', () => {
    const base = { hoursPerPerson: 44, spreadYears: 3, productiveHoursPerFte: 1388, costPerFte: 6_500_000 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 500 }), (n, extra) => {
        const a = formatie({ ...base, inflowPerYear: n }).value;
        const b = formatie({ ...base, inflowPerYear: n + extra }).value;
        expect(b.fte).toBeGreaterThanOrEqual(a.fte);
        expect(b.cost).toBeGreaterThanOrEqual(a.cost);
        expect(Number.isInteger(a.cost)).toBe(true);
        expect(Math.round(a.fte * 10)).toBeCloseTo(a.fte * 10, 9);
      }),
    );
  });

  it('roundHalfUp rounds halves up on the decimal value', () => {
    expect(roundHalfUp(2.25, 1)).toBe(2.3);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(52.5)).toBe(53);
    expect(roundHalfUp(3.17, 1)).toBe(3.2);
    expect(roundHalfUp(-2.5)).toBe(-3);
  });
});
