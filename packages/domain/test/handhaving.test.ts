// The handhaving lifecycle (issue 14): examples per rule, then random whole flows (fast-check).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, isOnOrAfter } from '../src/rules/dates.ts';
import type { Culpability } from '../src/rules/fines.ts';
import {
  applyStep,
  beroepOutcomes,
  bezwaarOutcomes,
  fineContextFor,
  fineFor,
  isFineableGround,
  isImposed,
  nextSteps,
  openViolation,
  termInForce,
  violationGrounds,
  type FineContext,
  type HandhavingState,
  type HandhavingStep,
  type StoredViolation,
  type ViolationGround,
} from '../src/handhaving/index.ts';

const source = { kind: 'brede-intake' as const, id: null, description: 'niet verschenen' };
const noContext: FineContext = { earlierViolations: [], finedInTermSoFar: 0, termCapCents: 240_000 };

function run(state: HandhavingState, steps: HandhavingStep[], today = '2027-12-31'): HandhavingState {
  let s = state;
  for (const st of steps) {
    const t = applyStep(s, st, today);
    if (!t.ok) throw new Error(`${st.kind}: ${t.refusal.message}`);
    s = t.state;
  }
  return s;
}

describe('handhaving lifecycle', () => {
  const art22 = () =>
    openViolation({ ground: 'intake-niet-verschenen', establishedOn: '2027-01-10', source, facts: 'Niet verschenen op 10 januari.' });

  it('art. 22: warning first, then voornemen, zienswijze, four-eyes decision, beschikking with the new deadline, final', () => {
    const refused = applyStep(
      art22(),
      {
        kind: 'voornemen',
        on: '2027-01-12',
        by: 'u1',
        culpability: null,
        motivation: 'm',
        reduction: null,
        zienswijzeDays: 14,
        context: noContext,
      },
      '2027-12-31',
    );
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.refusal.code).toBe('warning-first');
    const s = run(art22(), [
      { kind: 'waarschuwing', on: '2027-01-12', responseDays: 14 },
      {
        kind: 'voornemen',
        on: '2027-02-01',
        by: 'u1',
        culpability: null,
        motivation: 'Geen reactie.',
        reduction: null,
        zienswijzeDays: 14,
        context: noContext,
      },
      { kind: 'zienswijze', on: '2027-02-10', form: 'mondeling', summary: 'Was ziek.' },
      { kind: 'besluit', on: '2027-02-20', by: 'u2', fine: true, reason: null, context: noContext },
    ]);
    expect(s.stage).toBe('beschikking');
    expect(s.beschikking).toEqual({ notifiedOn: '2027-02-20', amountCents: 25_000, newDeadline: '2027-04-20' });
    expect(s.decision?.preparedBy).toBe('u1');
    expect(s.decision?.decidedBy).toBe('u2');
    const early = applyStep(s, { kind: 'onherroepelijk', on: '2027-03-30' }, '2027-12-31');
    expect(early.ok).toBe(false);
    // Six weeks end on Saturday 3 April 2027: the bezwaartermijn runs through Monday 5 April (art. 1 Atw).
    expect(applyStep(s, { kind: 'onherroepelijk', on: '2027-04-05' }, '2027-12-31').ok).toBe(false);
    const final = run(s, [{ kind: 'onherroepelijk', on: '2027-04-06' }]);
    expect(final.stage).toBe('onherroepelijk');
    expect(final.finalOn).toBe('2027-04-06');
  });

  it('four eyes: the person who prepared the voornemen cannot decide', () => {
    const s = run(art22(), [
      { kind: 'waarschuwing', on: '2027-01-12', responseDays: 14 },
      {
        kind: 'voornemen',
        on: '2027-02-01',
        by: 'u1',
        culpability: null,
        motivation: 'm',
        reduction: null,
        zienswijzeDays: 14,
        context: noContext,
      },
      { kind: 'zienswijze', on: '2027-02-10', form: 'niet-gegeven', summary: '' },
    ]);
    const t = applyStep(s, { kind: 'besluit', on: '2027-02-20', by: 'u1', fine: true, reason: null, context: noContext }, '2027-12-31');
    expect(t.ok ? null : t.refusal.code).toBe('four-eyes');
  });

  it('the decision waits for the zienswijze or the end of its term (art. 4:8 Awb)', () => {
    const s = run(art22(), [
      { kind: 'waarschuwing', on: '2027-01-12', responseDays: 14 },
      {
        kind: 'voornemen',
        on: '2027-02-01',
        by: 'u1',
        culpability: null,
        motivation: 'm',
        reduction: null,
        zienswijzeDays: 14,
        context: noContext,
      },
    ]);
    const t = applyStep(s, { kind: 'besluit', on: '2027-02-15', by: 'u2', fine: true, reason: null, context: noContext }, '2027-12-31');
    expect(t.ok ? null : t.refusal.code).toBe('term-running');
    expect(
      applyStep(s, { kind: 'besluit', on: '2027-02-16', by: 'u2', fine: true, reason: null, context: noContext }, '2027-12-31').ok,
    ).toBe(true);
  });

  it('C4: no voornemen when bijstand was lowered for the same behaviour', () => {
    const s = run(openViolation({ ground: 'begeleiding-niet-meegewerkt', establishedOn: '2027-01-10', source, facts: 'f' }), [
      { kind: 'bijstand-verlaagd', decisionOn: '2027-01-05', documentId: 'd1' },
    ]);
    const t = applyStep(
      s,
      {
        kind: 'voornemen',
        on: '2027-02-01',
        by: 'u1',
        culpability: 'opzet',
        motivation: 'm',
        reduction: null,
        zienswijzeDays: 14,
        context: noContext,
      },
      '2027-12-31',
    );
    expect(t.ok ? null : t.refusal.code).toBe('double-sanction');
    expect(t.ok ? '' : t.refusal.message).toContain('art. 27');
  });

  it('C7: refusing ontzorgen is not a fineable ground', () => {
    expect(isFineableGround('ontzorgen-geweigerd')).toBe(false);
    expect(violationGrounds).not.toContain('ontzorgen-geweigerd');
  });

  it('C2: only final earlier art. 23 fines in the 12 months double; C5 reduction with its reason', () => {
    const v = openViolation({ ground: 'intensiteit-pvt', establishedOn: '2027-06-01', source, facts: 'f' });
    const ctx = {
      ...noContext,
      earlierViolations: [
        { establishedOn: '2027-01-01', final: true },
        { establishedOn: '2027-02-01', final: false },
      ],
    };
    expect(fineFor(v, 'opzet', null, ctx).value).toBe(10_000);
    const reduced = fineFor(v, 'opzet', { cents: 2_500, reason: 'mantelzorg' }, ctx);
    expect(reduced.value).toBe(7_500);
    expect(reduced.explanation.steps.at(-1)?.text).toContain('mantelzorg');
    expect(reduced.explanation.articles.join(' ')).toContain('7.1');
  });

  it('C6: a DUO fine starts a new termijn with a lower cap; fines before it no longer count', () => {
    const term = termInForce([{ imposedOn: '2027-05-01', amountCents: 34_000, newTermStart: '2027-05-01', newTermMonths: 6 }]).value;
    expect(term).toEqual({ start: '2027-05-01', capCents: 40_000 });
    const before: StoredViolation = {
      id: 'a',
      state: {
        ...openViolation({ ground: 'intake-niet-verschenen', establishedOn: '2027-01-01', source, facts: '' }),
        stage: 'onherroepelijk',
        beschikking: { notifiedOn: '2027-02-01', amountCents: 25_000, newDeadline: null },
      },
    };
    expect(fineContextFor('b', [before], term).finedInTermSoFar).toBe(0);
    expect(fineContextFor('b', [before], termInForce([]).value).finedInTermSoFar).toBe(25_000);
  });
});

// ---- whole flows with random steps ----

type Command =
  | { t: 'open'; ground: ViolationGround; day: number }
  | {
      t: 'step';
      target: number;
      follow: boolean;
      kind: HandhavingStep['kind'];
      culpability: Culpability | null;
      reduction: number;
      fine: boolean;
      days: number;
      outcome: number;
    };

const command: fc.Arbitrary<Command> = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.record({
      t: fc.constant('open' as const),
      ground: fc.constantFrom(...violationGrounds),
      day: fc.integer({ min: 0, max: 30 }),
    }),
  },
  {
    weight: 6,
    arbitrary: fc.record({
      t: fc.constant('step' as const),
      target: fc.nat(20),
      follow: fc.integer({ min: 0, max: 3 }).map((n) => n > 0),
      kind: fc.constantFrom<HandhavingStep['kind']>(
        'bijstand-verlaagd',
        'waarschuwing',
        'voornemen',
        'zienswijze',
        'besluit',
        'bezwaar',
        'bezwaar-beslist',
        'beroep',
        'beroep-beslist',
        'onherroepelijk',
      ),
      culpability: fc.constantFrom<Culpability | null>('opzet', 'grove-schuld', 'normaal', 'verminderd', null),
      reduction: fc.constantFrom(0, 0, 0, 1_000, 50_000),
      fine: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
      days: fc.oneof(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 43, max: 120 })),
      outcome: fc.nat(4),
    }),
  },
);

describe('handhaving: random flows through the whole lifecycle', () => {
  let runs = 0;
  const reached = { beschikking: 0, final: 0 };
  it('stored amounts equal the rules core for the stored history, and the cap is never exceeded', () => {
    fc.assert(
      fc.property(fc.array(command, { minLength: 20, maxLength: 80 }), fc.boolean(), (commands, duoFine) => {
        const term = termInForce(
          duoFine ? [{ imposedOn: '2027-01-01', amountCents: 34_000, newTermStart: '2027-01-01', newTermMonths: 12 }] : [],
        ).value;
        let today = '2027-01-01';
        const store: StoredViolation[] = [];
        /** The stored history as it was when each fine was decided. */
        const atDecision = new Map<string, StoredViolation[]>();
        runs += 1;
        for (const c of commands) {
          if (c.t === 'open') {
            today = addDays(today, c.day);
            store.push({ id: `v${store.length}`, state: openViolation({ ground: c.ground, establishedOn: today, source, facts: 'f' }) });
            continue;
          }
          const target = store[c.target % Math.max(1, store.length)];
          if (!target) continue;
          today = addDays(today, c.days);
          // Most steps follow the process (the step the screen offers next), the rest are anything.
          const offered = nextSteps(target.state);
          const kind = c.follow && offered.length > 0 ? (offered[c.days % 2 === 0 ? 0 : c.target % offered.length] ?? c.kind) : c.kind;
          const context = fineContextFor(target.id, store, term);
          const revision = { culpability: c.culpability, reduction: c.reduction ? { cents: c.reduction, reason: 'r' } : null };
          const step = ((): HandhavingStep => {
            switch (kind) {
              case 'bijstand-verlaagd':
                return { kind, decisionOn: today, documentId: null };
              case 'waarschuwing':
                return { kind, on: today, responseDays: 14 };
              case 'voornemen':
                return {
                  kind,
                  on: today,
                  by: 'voorbereider',
                  culpability: c.culpability,
                  motivation: 'm',
                  reduction: c.reduction ? { cents: c.reduction, reason: 'r' } : null,
                  zienswijzeDays: 14,
                  context,
                };
              case 'zienswijze':
                return { kind, on: today, form: 'schriftelijk', summary: 's' };
              case 'besluit':
                return { kind, on: today, by: 'beslisser', fine: c.fine, reason: c.fine ? null : 'evenredigheid', context };
              case 'bezwaar':
              case 'beroep':
              case 'onherroepelijk':
                return { kind, on: today };
              case 'bezwaar-beslist':
                return { kind, on: today, outcome: bezwaarOutcomes[c.outcome] ?? 'ongegrond', by: 'beslisser', revision, context };
              case 'beroep-beslist':
                return { kind, on: today, outcome: beroepOutcomes[c.outcome] ?? 'in-stand', by: 'beslisser', revision, context };
            }
          })();
          const result = applyStep(target.state, step, today);
          if (!result.ok) {
            expect(result.refusal.message.length).toBeGreaterThan(0);
            continue;
          }
          if (step.kind === 'besluit' && result.state.beschikking) {
            atDecision.set(
              target.id,
              store.map((v) => ({ ...v })),
            );
            reached.beschikking += 1;
          }
          if (step.kind === 'onherroepelijk') reached.final += 1;
          store[store.indexOf(target)] = { id: target.id, state: result.state };

          // The cap over the termijn is never exceeded.
          const imposed = store
            .filter(
              (v) =>
                isImposed(v.state) &&
                v.state.beschikking &&
                (term.start === null || isOnOrAfter(v.state.beschikking.notifiedOn, term.start)),
            )
            .reduce((sum, v) => sum + (v.state.beschikking?.amountCents ?? 0), 0);
          expect(imposed).toBeLessThanOrEqual(term.capCents);
          // Every stored amount equals the rules core's answer for the history stored when it was decided.
          for (const v of store) {
            if (!v.state.beschikking || !v.state.voornemen) continue;
            const history = atDecision.get(v.id) ?? [];
            const expected = fineFor(
              v.state,
              v.state.voornemen.culpability,
              v.state.voornemen.reduction,
              fineContextFor(v.id, history, term),
            ).value;
            expect(v.state.decision?.amountCents).toBe(expected);
            // A partial outcome (bezwaar deels gegrond, beroep verlaagd) only ever lowers it, never to € 0.
            const lowered = v.state.bezwaar?.loweredFromCents ?? v.state.beroep?.loweredFromCents ?? null;
            if (lowered === null) expect(v.state.beschikking.amountCents).toBe(expected);
            else expect(v.state.beschikking.amountCents).toBeLessThan(expected);
            expect(v.state.beschikking.amountCents).toBeGreaterThan(0);
            // Art. 22 beschikkingen set a new deadline of at most two months.
            if (v.state.article === 22) expect(v.state.beschikking.newDeadline).toBe(addMonths(v.state.beschikking.notifiedOn, 2));
            expect(v.state.decision?.decidedBy).not.toBe(v.state.decision?.preparedBy);
            expect(v.state.bijstandLowered).toBeNull();
          }
        }
      }),
      { numRuns: 300 },
    );
    // The random flows really reach the later steps (not only refusals).
    expect(runs).toBe(300);
    expect(reached.beschikking).toBeGreaterThan(100);
    expect(reached.final).toBeGreaterThan(20);
  });
});
