// DUO's own fines (C6) and the outcome of bezwaar and beroep (issue 14, ADR 0145–0146).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isOnOrAfter } from '../src/rules/dates.ts';
import { effectiveTermEnd } from '../src/rules/term-end.ts';
import {
  applyStep,
  checkDuoFine,
  duoFineEffect,
  duoFineKinds,
  duoFinesInForce,
  duoFineTermEnd,
  duoFineTerms,
  fineContextFor,
  fineFor,
  isImposed,
  nextSteps,
  openViolation,
  remedyTermEnd,
  termInForce,
  type FineContext,
  type HandhavingState,
  type HandhavingStep,
  type RecordedDuoFine,
  type StoredViolation,
} from '../src/handhaving/index.ts';
import { duoFineSignals } from '../src/workqueue/duo-fine-signals.ts';
import type { NewTermLength } from '../src/rules/fines.ts';

const source = { kind: 'voortgangsgesprek' as const, id: null, description: 'gesprek' };
const noContext: FineContext = { earlierViolations: [], finedInTermSoFar: 0, termCapCents: 240_000 };
const duoFine = (over: Partial<RecordedDuoFine> = {}): RecordedDuoFine => ({
  kind: 'pvt-map',
  decisionOn: '2027-03-01',
  amountCents: 34_000,
  newTermMonths: 12,
  withdrawnOn: null,
  ...over,
});

function run(state: HandhavingState, steps: HandhavingStep[], today = '2028-12-31'): HandhavingState {
  let s = state;
  for (const st of steps) {
    const t = applyStep(s, st, today);
    if (!t.ok) throw new Error(`${st.kind}: ${t.refusal.message}`);
    s = t.state;
  }
  return s;
}

/** An art. 23 fine of € 50 × 2 (opzet 100 %) … imposed on 2027-02-20 with bezwaar received. */
function art23WithBezwaar(): HandhavingState {
  return run(openViolation({ ground: 'intensiteit-pvt', establishedOn: '2027-01-10', source, facts: 'f' }), [
    { kind: 'voornemen', on: '2027-02-01', by: 'u1', culpability: 'opzet', motivation: 'm', reduction: null, zienswijzeDays: 14, context: noContext },
    { kind: 'zienswijze', on: '2027-02-10', form: 'schriftelijk', summary: 's' },
    { kind: 'besluit', on: '2027-02-20', by: 'u2', fine: true, reason: null, context: noContext },
    { kind: 'bezwaar', on: '2027-03-01' },
  ]);
}

describe('DUO fines (C6)', () => {
  it('a first PVT/MAP fine sets a new termijn and a lower cap; DUO’s amount does not count towards it', () => {
    const f = duoFine();
    expect(checkDuoFine(f, '2027-12-31')).toBeNull();
    expect(duoFineTermEnd(f)).toBe('2028-03-01');
    const effect = duoFineEffect(f);
    expect(effect.value).toEqual({ newTermEnd: '2028-03-01', capCents: 80_000 });
    expect(effect.explanation.articles).toContain('art. 24 lid 1 Wet inburgering 2021');
    expect(effect.explanation.articles).toContain('art. 7.1 lid 5 Besluit inburgering 2021');
    const term = termInForce(duoFinesInForce([f])).value;
    expect(term).toEqual({ start: '2027-03-01', capCents: 80_000 });
  });

  it('refuses amounts above the law, a missing or superfluous new termijn, and future dates', () => {
    expect(checkDuoFine(duoFine({ amountCents: 34_001 }), '2027-12-31')?.field).toBe('amountCents');
    expect(checkDuoFine(duoFine({ kind: 'leerroute', amountCents: 100_000 }), '2027-12-31')).toBeNull();
    expect(checkDuoFine(duoFine({ kind: 'leerroute', amountCents: 100_001 }), '2027-12-31')?.message).toContain('art. 26 lid 1');
    expect(checkDuoFine(duoFine({ newTermMonths: null }), '2027-12-31')?.field).toBe('newTermMonths');
    expect(checkDuoFine(duoFine({ kind: 'pvt-map-herhaald', newTermMonths: 12 }), '2027-12-31')?.message).toContain('art. 24 lid 4');
    expect(checkDuoFine(duoFine({ kind: 'pvt-map-herhaald', newTermMonths: null }), '2027-12-31')).toBeNull();
    expect(checkDuoFine(duoFine({ newTermMonths: 7 as NewTermLength }), '2027-12-31')?.field).toBe('newTermMonths');
    expect(checkDuoFine(duoFine(), '2027-02-28')?.field).toBe('decisionOn');
    expect(checkDuoFine(duoFine({ withdrawnOn: '2027-02-01' }), '2027-12-31')?.field).toBe('withdrawnOn');
  });

  it('a withdrawn fine or a repeat fine without new termijn changes neither the cap nor the termijn', () => {
    const fines = [duoFine({ withdrawnOn: '2027-04-01' }), duoFine({ kind: 'leerroute-herhaald', amountCents: 50_000, newTermMonths: null })];
    expect(duoFinesInForce(fines)).toEqual([]);
    expect(duoFineTerms(fines)).toEqual([]);
    expect(termInForce(duoFinesInForce(fines)).value.capCents).toBe(240_000);
    expect(duoFineEffect(fines[0] as RecordedDuoFine).value.newTermEnd).toBeNull();
  });

  it('the effective termijn runs to the end of the new termijn when that is later, and says why', () => {
    const later = effectiveTermEnd('2027-01-15', [], duoFineTerms([duoFine()]));
    expect(later.value).toBe('2028-03-01');
    expect(later.explanation.articles).toContain('art. 24 lid 2 Wet inburgering 2021');
    // A new termijn that ends before an extension already granted does not shorten the termijn.
    expect(effectiveTermEnd('2027-01-15', [{ decidedOn: '2026-12-01', newEndExclusive: '2028-06-01' }], duoFineTerms([duoFine()])).value).toBe(
      '2028-06-01',
    );
    expect(effectiveTermEnd('2027-01-15', []).value).toBe('2027-01-15');
  });

  it('only the gemeente’s fines from the start of the new termijn count towards its cap', () => {
    const before: StoredViolation = {
      id: 'a',
      state: run(openViolation({ ground: 'intake-niet-verschenen', establishedOn: '2026-05-01', source, facts: 'f' }), [
        { kind: 'waarschuwing', on: '2026-05-02', responseDays: 14 },
        { kind: 'voornemen', on: '2026-06-01', by: 'u1', culpability: null, motivation: 'm', reduction: null, zienswijzeDays: 14, context: noContext },
        { kind: 'besluit', on: '2026-06-20', by: 'u2', fine: true, reason: null, context: noContext },
      ]),
    };
    const term = termInForce(duoFinesInForce([duoFine()])).value;
    expect(fineContextFor('b', [before], term).finedInTermSoFar).toBe(0);
    expect(fineContextFor('b', [before], termInForce([]).value).finedInTermSoFar).toBe(25_000);
  });

  it('the werkvoorraad asks to review the traject after a DUO fine until that is recorded', () => {
    const fine = { ...duoFine(), id: 'd1', reviewedOn: null };
    const [signal, ...rest] = duoFineSignals({ closed: false, fines: [fine] });
    expect(rest).toEqual([]);
    expect(signal?.kind).toBe('duo-fine-review');
    expect(signal?.dueOn).toBe('2027-03-01');
    expect(signal?.deadline).toBe('2027-03-29');
    expect(signal?.reason).toContain('1 maart 2028');
    expect(duoFineSignals({ closed: false, fines: [{ ...fine, reviewedOn: '2027-03-10' }] })).toEqual([]);
    expect(duoFineSignals({ closed: false, fines: [{ ...fine, withdrawnOn: '2027-03-05' }] })).toEqual([]);
    expect(duoFineSignals({ closed: true, fines: [fine] })).toEqual([]);
  });
});

describe('the outcome of bezwaar and beroep', () => {
  it('bezwaar gegrond: the fine falls away; ongegrond and niet-ontvankelijk: it stands and beroep is open', () => {
    const s = art23WithBezwaar();
    expect(s.beschikking?.amountCents).toBe(5_000);
    expect(run(s, [{ kind: 'bezwaar-beslist', on: '2027-04-01', outcome: 'gegrond', by: 'u3' }]).stage).toBe('vervallen');
    for (const outcome of ['ongegrond', 'niet-ontvankelijk'] as const) {
      const after = run(s, [{ kind: 'bezwaar-beslist', on: '2027-04-01', outcome, by: 'u3' }]);
      expect(after.stage).toBe('beschikking');
      expect(after.bezwaar?.decidedBy).toBe('u3');
      expect(nextSteps(after)).toEqual(['beroep', 'onherroepelijk']);
      expect(remedyTermEnd(after)).toBe('2027-05-13');
    }
  });

  it('bezwaar deels gegrond: the rules core computes the lower amount from the revised culpability', () => {
    const s = art23WithBezwaar();
    const after = run(s, [
      {
        kind: 'bezwaar-beslist',
        on: '2027-04-01',
        outcome: 'deels-gegrond',
        by: 'u3',
        revision: { culpability: 'verminderd', reduction: null },
        context: noContext,
      },
    ]);
    expect(after.stage).toBe('beschikking');
    expect(after.beschikking?.amountCents).toBe(fineFor(s, 'verminderd', null, noContext).value);
    expect(after.beschikking?.amountCents).toBe(1_250);
    expect(after.bezwaar?.loweredFromCents).toBe(5_000);
    expect(after.decision?.amountCents).toBe(5_000);
  });

  it('deels gegrond is refused without a revision, or when it would not lower the fine or lower it to nothing', () => {
    const s = art23WithBezwaar();
    const no = applyStep(s, { kind: 'bezwaar-beslist', on: '2027-04-01', outcome: 'deels-gegrond', by: 'u3', context: noContext }, '2028-01-01');
    expect(no.ok ? null : no.refusal.field).toBe('revision');
    const same = applyStep(
      s,
      { kind: 'bezwaar-beslist', on: '2027-04-01', outcome: 'deels-gegrond', revision: { culpability: 'opzet', reduction: null }, context: noContext },
      '2028-01-01',
    );
    expect(same.ok ? null : same.refusal.message).toContain('niet lager');
    const zero = applyStep(
      s,
      {
        kind: 'bezwaar-beslist',
        on: '2027-04-01',
        outcome: 'deels-gegrond',
        revision: { culpability: null, reduction: { cents: 10_000, reason: 'schulden' } },
        context: noContext,
      },
      '2028-01-01',
    );
    expect(zero.ok ? null : zero.refusal.message).toContain('gegrond');
  });

  it('a withdrawn bezwaar opens no beroep; the fine becomes final after the bezwaar term', () => {
    const after = run(art23WithBezwaar(), [{ kind: 'bezwaar-beslist', on: '2027-03-10', outcome: 'ingetrokken', by: 'u3' }]);
    expect(nextSteps(after)).toEqual(['onherroepelijk']);
    expect(applyStep(after, { kind: 'beroep', on: '2027-03-20' }, '2028-01-01').ok).toBe(false);
    expect(remedyTermEnd(after)).toBe('2027-04-05');
  });

  it('beroep: vernietigd ends the fine, verlaagd lowers it through the rules core, in stand keeps it', () => {
    const s = run(art23WithBezwaar(), [
      { kind: 'bezwaar-beslist', on: '2027-04-01', outcome: 'ongegrond', by: 'u3' },
      { kind: 'beroep', on: '2027-04-20' },
    ]);
    expect(run(s, [{ kind: 'beroep-beslist', on: '2027-09-01', outcome: 'vernietigd' }]).stage).toBe('vervallen');
    const kept = run(s, [{ kind: 'beroep-beslist', on: '2027-09-01', outcome: 'in-stand' }]);
    expect(kept.beschikking?.amountCents).toBe(5_000);
    expect(nextSteps(kept)).toEqual(['onherroepelijk']);
    const lower = run(s, [
      {
        kind: 'beroep-beslist',
        on: '2027-09-01',
        outcome: 'verlaagd',
        revision: { culpability: null, reduction: { cents: 2_000, reason: 'bijzondere omstandigheden volgens de rechtbank' } },
        context: noContext,
      },
    ]);
    expect(lower.beschikking?.amountCents).toBe(3_000);
    expect(lower.beroep?.loweredFromCents).toBe(5_000);
  });
});

// ---- random flows with DUO fines in the mix: the cap of the termijn in force is never exceeded ----

const duoFineArb: fc.Arbitrary<RecordedDuoFine> = fc.record({
  kind: fc.constantFrom(...duoFineKinds),
  decisionOn: fc.integer({ min: 0, max: 400 }).map((d) => addDays('2027-01-01', d)),
  amountCents: fc.integer({ min: 1, max: 34_000 }),
  newTermMonths: fc.constantFrom<NewTermLength | null>(6, 12, 18, 24),
  withdrawnOn: fc.constant(null),
});

describe('handhaving with DUO fines: random flows', () => {
  it('the gemeente’s fines imposed in the termijn in force never exceed its cap, whatever DUO fined', () => {
    fc.assert(
      fc.property(
        fc.array(duoFineArb, { maxLength: 3 }),
        fc.array(fc.record({ culpability: fc.constantFrom('opzet' as const, 'grove-schuld' as const, null), gap: fc.integer({ min: 1, max: 90 }), lower: fc.boolean() }), {
          minLength: 1,
          maxLength: 40,
        }),
        (duo, violations) => {
          const recorded = duo.map((f) => ({ ...f, newTermMonths: f.kind.endsWith('herhaald') ? null : f.newTermMonths }));
          const term = termInForce(duoFinesInForce(recorded)).value;
          const store: StoredViolation[] = [];
          let day = '2027-01-01';
          for (const [i, v] of violations.entries()) {
            day = addDays(day, v.gap);
            const established = day;
            let state = openViolation({ ground: i % 3 === 0 ? 'intake-niet-meegewerkt' : 'intensiteit-map', establishedOn: established, source, facts: 'f' });
            const steps: HandhavingStep[] = [
              { kind: 'waarschuwing', on: established, responseDays: 14 },
              {
                kind: 'voornemen',
                on: established,
                by: 'u1',
                culpability: v.culpability,
                motivation: 'm',
                reduction: null,
                zienswijzeDays: 14,
                context: fineContextFor(`v${i}`, store, term),
              },
              { kind: 'zienswijze', on: established, form: 'niet-gegeven', summary: '' },
              { kind: 'besluit', on: established, by: 'u2', fine: true, reason: null, context: fineContextFor(`v${i}`, store, term) },
            ];
            for (const st of steps) {
              const t = applyStep(state, st, '2030-01-01');
              if (t.ok) state = t.state;
            }
            if (v.lower && state.beschikking) {
              const t = applyStep(state, { kind: 'bezwaar', on: established }, '2030-01-01');
              if (t.ok) state = t.state;
              const d = applyStep(
                state,
                {
                  kind: 'bezwaar-beslist',
                  on: established,
                  outcome: 'deels-gegrond',
                  by: 'u3',
                  revision: { culpability: 'verminderd', reduction: null },
                  context: fineContextFor(`v${i}`, store, term),
                },
                '2030-01-01',
              );
              if (d.ok) state = d.state;
            }
            store.push({ id: `v${i}`, state });
            const imposed = store
              .filter((s) => isImposed(s.state) && s.state.beschikking && (term.start === null || isOnOrAfter(s.state.beschikking.notifiedOn, term.start)))
              .reduce((sum, s) => sum + (s.state.beschikking?.amountCents ?? 0), 0);
            expect(imposed).toBeLessThanOrEqual(term.capCents);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
