// Financieel ontzorgen (B15): payments per month, checkpoints and the period, with property tests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMonthsToMonth,
  agreementMonths,
  checkpointStates,
  endAfterCheckpoint,
  fixedCostKinds,
  formatEuroCents,
  isHandedBack,
  paymentDate,
  paymentKey,
  paymentsForMonth,
  type FixedCost,
  type ReliefAgreement,
} from '../src/ontzorgen/index.ts';
import { financialRelief } from '../src/rules/relief.ts';

const cost = (id: string, amountCents: number, dayOfMonth = 1): FixedCost => ({ id, kind: 'huur', payeeName: 'Woonstichting', iban: 'NL02ABNA0123456789', reference: 'Huur', amountCents, dayOfMonth });
const agreement = (over: Partial<ReliefAgreement> = {}): ReliefAgreement => ({
  status: 'actief',
  bijstandMonthlyCents: 150_000,
  fixedCosts: [cost('a', 65_050, 1), cost('b', 12_000, 28)],
  executor: 'gemeente',
  startMonth: '2027-01',
  endMonthExclusive: '2027-07',
  ...over,
});

const month = fc.tuple(fc.integer({ min: 2020, max: 2035 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`);
const costArb = fc.record({
  id: fc.uuid(),
  kind: fc.constantFrom(...fixedCostKinds),
  payeeName: fc.constant('Ontvanger'),
  iban: fc.constant('NL02ABNA0123456789'),
  reference: fc.constant('Kenmerk'),
  amountCents: fc.integer({ min: 0, max: 200_000 }),
  dayOfMonth: fc.integer({ min: 1, max: 31 }),
});
const agreementArb = fc.record({
  status: fc.constant('actief' as const),
  bijstandMonthlyCents: fc.integer({ min: 0, max: 400_000 }),
  fixedCosts: fc.uniqueArray(costArb, { maxLength: 6, selector: (c) => c.id }),
  executor: fc.constantFrom('gemeente' as const, 'budgetbeheer' as const),
  startMonth: month,
  endMonthExclusive: fc.constant(''),
}).chain((a) => fc.integer({ min: 0, max: 15 }).map((n) => ({ ...a, endMonthExclusive: addMonthsToMonth(a.startMonth, n) })));

describe('paymentsForMonth (art. 56a lid 2 Participatiewet)', () => {
  it('pays each fixed cost on its day and leaves the remainder to the person', () => {
    const plan = paymentsForMonth(agreement(), '2027-02');
    expect(plan.kind).toBe('betalen');
    expect(plan.payments.map((p) => [p.costId, p.amountCents, p.executionDate])).toEqual([
      ['a', 65_050, '2027-02-01'],
      ['b', 12_000, '2027-02-28'],
    ]);
    expect(plan.remainderCents).toBe(150_000 - 77_050);
  });

  it('flags a person whose fixed costs exceed the bijstand, with the reason, and pays nothing', () => {
    const plan = paymentsForMonth(agreement({ bijstandMonthlyCents: 70_000 }), '2027-02');
    expect(plan.kind).toBe('geblokkeerd');
    expect(plan.payments).toEqual([]);
    expect(plan.kind === 'geblokkeerd' ? plan.reason : '').toContain('€ 770,50');
  });

  it('pays nothing outside the period or for a refused agreement', () => {
    expect(paymentsForMonth(agreement(), '2026-12').kind).toBe('buiten-periode');
    expect(paymentsForMonth(agreement(), '2027-07').kind).toBe('buiten-periode');
    expect(paymentsForMonth(agreement({ status: 'geweigerd' }), '2027-02').payments).toEqual([]);
  });

  it('moves day 31 to the last day of a short month', () => {
    expect(paymentDate('2027-02', 31)).toBe('2027-02-28');
    expect(paymentDate('2028-02', 30)).toBe('2028-02-29');
  });

  it('property: payments plus remainder equal the bijstand every month (fresh run)', () => {
    fc.assert(
      fc.property(agreementArb, fc.integer({ min: -2, max: 17 }), (a, offset) => {
        const plan = paymentsForMonth(a, addMonthsToMonth(a.startMonth, offset));
        const paid = plan.payments.reduce((s, p) => s + p.amountCents, 0);
        expect(paid + plan.remainderCents).toBe(a.bijstandMonthlyCents);
        expect(Number.isInteger(plan.remainderCents)).toBe(true);
      }),
    );
  });

  it('property: no payment outside the agreement period, and every payment date lies in its month', () => {
    fc.assert(
      fc.property(agreementArb, fc.integer({ min: -3, max: 18 }), (a, offset) => {
        const m = addMonthsToMonth(a.startMonth, offset);
        const plan = paymentsForMonth(a, m);
        const inside = m >= a.startMonth && m < a.endMonthExclusive;
        if (!inside) expect(plan.payments).toEqual([]);
        expect(plan.payments.every((p) => p.executionDate.startsWith(m))).toBe(true);
      }),
    );
  });

  it('property: re-running a month never produces a second payment', () => {
    fc.assert(
      fc.property(agreementArb, fc.integer({ min: 0, max: 14 }), fc.array(fc.boolean(), { maxLength: 6 }), (a, offset, partial) => {
        const m = addMonthsToMonth(a.startMonth, offset);
        // Some payments were already made (the first run may have been partial).
        const first = paymentsForMonth(a, m).payments.filter((_, i) => partial[i] ?? true);
        const paid = new Set(first.map((p) => paymentKey(m, p.costId)));
        const second = paymentsForMonth(a, m, paid).payments;
        expect(second.some((p) => paid.has(paymentKey(m, p.costId)))).toBe(false);
        const all = [...first, ...second].map((p) => paymentKey(m, p.costId));
        expect(new Set(all).size).toBe(all.length);
      }),
    );
  });
});

describe('the period and the checkpoints', () => {
  it('takes the period from financialRelief with the local extension', () => {
    const relief = financialRelief({ obliged: true, permit: 'asiel', bijstandFrom: '2027-01-01', localExtensionMonths: 3 }).value;
    expect(agreementMonths(relief.from ?? '', relief.localToExclusive ?? '')).toEqual({ startMonth: '2027-01', endMonthExclusive: '2027-10' });
    // Bijstand from the middle of a month: the first full month is the first paid month.
    expect(agreementMonths('2027-01-15', '2027-07-15')).toEqual({ startMonth: '2027-02', endMonthExclusive: '2027-08' });
  });

  it('lists the checkpoints at the gemeente months and marks the held one', () => {
    const states = checkpointStates('2027-01-01', [3, 6], [{ dueOn: '2027-04-01', heldOn: '2027-04-02', outcome: 'afbouwen', note: null, extensionMonths: null, handBackMonth: null }]);
    expect(states.map((s) => [s.dueOn, s.held?.outcome ?? null])).toEqual([
      ['2027-04-01', 'afbouwen'],
      ['2027-07-01', null],
    ]);
  });

  it('after a hand-back the later checkpoints lapse: held never, due never', () => {
    const back = { dueOn: '2027-04-01', heldOn: '2027-04-02', outcome: 'teruggeven' as const, note: null, extensionMonths: null, handBackMonth: '2027-05' };
    expect(checkpointStates('2027-01-01', [3, 6], [back]).map((s) => [s.dueOn, s.held?.outcome ?? null, s.lapsed])).toEqual([
      ['2027-04-01', 'teruggeven', false],
      ['2027-07-01', null, true],
    ]);
    expect(checkpointStates('2027-01-01', [3, 6], []).some((s) => s.lapsed)).toBe(false);
    expect(isHandedBack([back])).toBe(true);
  });

  it('verlengen adds months; teruggeven ends the agreement from the hand-back month, never later than planned', () => {
    const a = agreement();
    expect(endAfterCheckpoint(a, 'verlengen', 3, null)).toBe('2027-10');
    expect(endAfterCheckpoint(a, 'teruggeven', null, '2027-05')).toBe('2027-05');
    expect(endAfterCheckpoint(a, 'teruggeven', null, '2028-01')).toBe('2027-07');
    expect(endAfterCheckpoint(a, 'afbouwen', null, null)).toBe('2027-07');
  });

  it('formats cents as Dutch euros', () => {
    expect(formatEuroCents(123_456)).toBe('€ 1.234,56');
    expect(formatEuroCents(5)).toBe('€ 0,05');
  });
});
