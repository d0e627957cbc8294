import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeSignals, isDue, isOverdue, signalKinds, type CaseSnapshot, type InvitationSnapshot } from '../../src/workqueue/signals.ts';
import { addDays, fromDayNumber, toDayNumber } from '../../src/rules/dates.ts';

const base: CaseSnapshot = {
  closed: false,
  openedOn: '2026-08-20',
  hasCaseManager: true,
  regime: 'Wi2021',
  obliged: true,
  targetGroup: 'asiel',
  linkedOn: '2026-09-01',
  housedOn: null,
  duoNoticeOn: null,
  registeredOn: null,
  movedInOn: null,
  thirdPartyInfoReceivedOn: null,
  intakeScenario: 1,
  intake: null,
  invitations: [],
  toetsen: [],
  pips: [],
};
const inv = (sequence: number, outcome: InvitationSnapshot['outcome'], respondBy = '2026-10-10'): InvitationSnapshot => ({
  sequence,
  sentOn: addDays(respondBy, -14),
  respondBy,
  outcome,
  outcomeOn: outcome === 'pending' ? null : addDays(respondBy, 1),
  warningSentOn: null,
});
const kinds = (c: CaseSnapshot) => computeSignals(c).map((s) => s.kind);

describe('werkvoorraad signals', () => {
  it('no signals for a closed or not-obliged case', () => {
    expect(computeSignals({ ...base, closed: true })).toEqual([]);
    expect(computeSignals({ ...base, obliged: false })).toEqual([]);
  });

  it('intake not started: from linkage in scenario 1/2, from housing in scenario 3', () => {
    expect(computeSignals(base)).toMatchObject([{ kind: 'intake-not-started', dueOn: '2026-09-01', section: 'intake' }]);
    expect(kinds({ ...base, intakeScenario: 3 })).toEqual([]);
    expect(computeSignals({ ...base, intakeScenario: 3, housedOn: '2026-11-02' })[0]).toMatchObject({ dueOn: '2026-11-02' });
    expect(kinds({ ...base, invitations: [inv(1, 'pending')] })).not.toContain('intake-not-started');
  });

  it('a pending invitation is due on its term and overdue after it (art. 14 lid 1)', () => {
    const [s] = computeSignals({ ...base, invitations: [inv(1, 'pending', '2026-10-10')] });
    expect(s).toMatchObject({ kind: 'invitation-deadline', dueOn: '2026-10-10', deadline: '2026-10-10' });
    expect(s?.reason).toContain('10 oktober 2026');
    expect(isOverdue(s!, '2026-10-10')).toBe(false);
    expect(isOverdue(s!, '2026-10-11')).toBe(true);
  });

  it('a no-show asks for a warning; after three invitations completion in absence', () => {
    expect(kinds({ ...base, invitations: [inv(1, 'no-show')] })).toEqual(['warning-due']);
    expect(kinds({ ...base, invitations: [inv(1, 'no-show'), inv(2, 'pending', '2026-11-01')] })).toEqual(['invitation-deadline']);
    expect(kinds({ ...base, invitations: [inv(1, 'no-show'), inv(2, 'no-show'), inv(3, 'no-show')] })).toEqual(['intake-complete-in-absence']);
  });

  it('toets not planned after the intake started, gone once planned or exempted', () => {
    const started = { ...base, intake: { status: 'in-gesprek', startedOn: '2026-10-01', completedOn: null }, invitations: [inv(1, 'appeared')] };
    expect(kinds(started)).toEqual(['toets-not-planned']);
    expect(kinds({ ...started, toetsen: [{ status: 'gepland', exemption: null }] })).toEqual([]);
    expect(kinds({ ...started, toetsen: [{ status: 'geannuleerd', exemption: 'visueel' }] })).toEqual([]);
  });

  it('PIP due 14 days before the deadline (art. 5.3 Bi), gone once a PIP is vastgesteld', () => {
    const notified = { ...base, duoNoticeOn: '2026-09-01', registeredOn: '2026-08-01', invitations: [inv(1, 'appeared')], intake: { status: 'afgerond', startedOn: '2026-09-10', completedOn: '2026-09-20' }, toetsen: [{ status: 'afgenomen', exemption: null }] };
    const [s] = computeSignals(notified);
    expect(s).toMatchObject({ kind: 'pip-due', deadline: '2026-11-10', dueOn: '2026-10-27', section: 'pip' });
    expect(isDue(s!, '2026-10-26')).toBe(false);
    expect(isDue(s!, '2026-10-27')).toBe(true);
    expect(isOverdue(s!, '2026-11-11')).toBe(true);
    const issued = { ...notified, pips: [{ version: 1, status: 'vastgesteld', duoValidation: { accepted: true, errors: [] }, updatedOn: '2026-10-01' }] };
    expect(kinds(issued)).toEqual([]);
  });

  it('a draft DUO would refuse is signalled until it passes', () => {
    const draft = { version: 1, status: 'concept', duoValidation: { accepted: false, errors: ['b1-with-z-route'], summary: 'DUO weigert.' }, updatedOn: '2026-10-05' };
    expect(kinds({ ...base, invitations: [inv(1, 'appeared')], intake: { status: 'afgerond', startedOn: null, completedOn: '2026-10-01' }, toetsen: [{ status: 'afgenomen', exemption: null }], pips: [draft] })).toEqual(['duo-validation-failing', 'pip-concept-stuck']);
    expect(kinds({ ...base, invitations: [inv(1, 'appeared')], intake: { status: 'afgerond', startedOn: null, completedOn: '2026-10-01' }, toetsen: [{ status: 'afgenomen', exemption: null }], pips: [{ ...draft, duoValidation: { accepted: true, errors: [] } }] })).toEqual(['pip-concept-stuck']);
  });

  it('a concept-PIP left unchanged for 14 days is work; its day counts from the last change', () => {
    const done = { invitations: [inv(1, 'appeared')], intake: { status: 'afgerond', startedOn: null, completedOn: '2026-10-01' }, toetsen: [{ status: 'afgenomen', exemption: null }] };
    const [stuck] = computeSignals({ ...base, ...done, pips: [{ version: 2, status: 'concept', duoValidation: null, updatedOn: '2026-10-05' }] });
    expect(stuck).toMatchObject({ kind: 'pip-concept-stuck', dueOn: '2026-10-19', deadline: null, section: 'pip' });
    expect(stuck?.reason).toContain('versie 2');
    expect(stuck?.reason).toContain('5 oktober 2026');
    expect(kinds({ ...base, ...done, pips: [{ version: 1, status: 'vastgesteld', duoValidation: null, updatedOn: '2026-10-05' }] })).toEqual([]);
  });

  it('a case without a trajectregisseur is work from the day it was opened, whatever its duty', () => {
    for (const c of [{ ...base, hasCaseManager: false }, { ...base, hasCaseManager: false, obliged: null }, { ...base, hasCaseManager: false, regime: 'Wi2013' as const }]) {
      const [first] = computeSignals(c);
      expect(computeSignals(c).map((s) => s.kind)).toContain('no-case-manager');
      expect(first).toMatchObject({ kind: 'no-case-manager', dueOn: '2026-08-20', section: 'overzicht' });
    }
    expect(kinds({ ...base, hasCaseManager: false, closed: true })).toEqual([]);
  });

  it('Wi2013 (the ondertussengroep) gets none of the Wi2021 items: no intake, no PIP', () => {
    const wi2021 = kinds({ ...base, duoNoticeOn: '2026-09-01', registeredOn: '2026-09-05' });
    expect(wi2021).toEqual(expect.arrayContaining(['intake-not-started', 'pip-due']));
    expect(kinds({ ...base, duoNoticeOn: '2026-09-01', registeredOn: '2026-09-05', regime: 'Wi2013' })).toEqual([]);
  });
});

const isoDate = fc.integer({ min: toDayNumber('2022-01-01'), max: toDayNumber('2030-12-31') }).map(fromDayNumber);
const outcome = fc.constantFrom<InvitationSnapshot['outcome']>('pending', 'appeared', 'no-show', 'insufficient-cooperation');
const snapshot: fc.Arbitrary<CaseSnapshot> = fc.record({
  closed: fc.boolean(),
  openedOn: isoDate,
  hasCaseManager: fc.boolean(),
  regime: fc.constantFrom('Wi2021' as const, 'Wi2013' as const, null),
  obliged: fc.constantFrom(true, false, null),
  targetGroup: fc.constantFrom('asiel' as const, 'gezin-overig' as const, null),
  linkedOn: fc.option(isoDate),
  housedOn: fc.option(isoDate),
  duoNoticeOn: fc.option(isoDate),
  registeredOn: fc.option(isoDate),
  movedInOn: fc.option(isoDate),
  thirdPartyInfoReceivedOn: fc.option(isoDate),
  intakeScenario: fc.constantFrom(1 as const, 2 as const, 3 as const),
  intake: fc.option(fc.record({ status: fc.constantFrom('open', 'uitgenodigd', 'in-gesprek', 'afgerond'), startedOn: fc.option(isoDate), completedOn: fc.option(isoDate) })),
  invitations: fc.array(fc.record({ outcome, respondBy: isoDate }), { maxLength: 3 }).map((xs) => xs.map((x, i) => inv(i + 1, x.outcome, x.respondBy))),
  toetsen: fc.array(fc.record({ status: fc.constantFrom('gepland', 'afgenomen', 'geannuleerd', 'niet-verschenen', 'ontheffing'), exemption: fc.option(fc.constant('visueel')) }), { maxLength: 2 }),
  pips: fc.array(
    fc.record({
      version: fc.integer({ min: 1, max: 4 }),
      status: fc.constantFrom('concept', 'vastgesteld', 'gewijzigd'),
      duoValidation: fc.option(fc.record({ accepted: fc.boolean(), errors: fc.array(fc.constantFrom('a2-on-first-pip', 'b1-with-z-route'), { maxLength: 2 }) })),
      updatedOn: isoDate,
    }),
    { maxLength: 3 },
  ),
});

describe('signal properties', () => {
  it('every signal has a known kind, a Dutch reason naming its date, sorted by due date, at most one per kind', () => {
    fc.assert(
      fc.property(snapshot, (c) => {
        const signals = computeSignals(c);
        const seen = new Set<string>();
        for (const [i, s] of signals.entries()) {
          expect(signalKinds).toContain(s.kind);
          expect(seen.has(s.kind)).toBe(false);
          seen.add(s.kind);
          expect(s.reason.length).toBeGreaterThan(20);
          if (i > 0) expect(signals[i - 1]!.dueOn <= s.dueOn).toBe(true);
          if (s.deadline !== null) expect(s.dueOn <= s.deadline).toBe(true);
        }
        if (c.closed) expect(signals).toEqual([]);
        // Without a Wi2021 duty only the missing trajectregisseur is work.
        if (c.obliged !== true || c.regime === 'Wi2013') expect(signals.filter((s) => s.kind !== 'no-case-manager')).toEqual([]);
        expect(signals.some((s) => s.kind === 'no-case-manager')).toBe(!c.closed && !c.hasCaseManager);
        if (c.pips.some((p) => p.status === 'vastgesteld')) expect(signals.map((s) => s.kind)).not.toContain('pip-due');
      }),
    );
  });

  it('overdue implies due', () => {
    fc.assert(
      fc.property(snapshot, isoDate, (c, today) => {
        for (const s of computeSignals(c)) if (isOverdue(s, today)) expect(isDue(s, today)).toBe(true);
      }),
    );
  });
});
