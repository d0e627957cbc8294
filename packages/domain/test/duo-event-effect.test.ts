import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duoCaseEffects, duoEventOutcome, newDutyEffects, type DuoCaseBefore, type DuoEventFacts } from '../src/rules/duo-event-effect.ts';
import { addDays, fromDayNumber, toDayNumber } from '../src/rules/dates.ts';

const facts = (over: Partial<DuoEventFacts>): DuoEventFacts => ({
  effect: 'signal-only',
  code: 'SS113',
  omschrijving: 'Verzoek verlenging afgewezen',
  duty: null,
  targetGroup: null,
  term: null,
  effectiveTermEnd: null,
  registeredOn: '2026-11-30',
  today: '2026-12-06',
  ...over,
});
const fresh: DuoCaseBefore = { movedInOn: null, termEndExclusive: null };
const duty = { obliged: true, startOn: '2026-09-01', noticeOn: '2026-09-15', endOn: null, changedOn: null, notObligedReason: null } as const;

describe('duoEventOutcome', () => {
  it('takes the duty, its dates and the doelgroep from DUO for a new duty (SS101)', () => {
    expect(duoEventOutcome(facts({ effect: 'open-case', code: 'SS101', duty, targetGroup: 'asiel' }), fresh)).toEqual({
      kind: 'patch',
      patch: { obliged: true, dutyStartOn: '2026-09-01', duoNoticeOn: '2026-09-15', targetGroup: 'asiel' },
      notes: [],
    });
  });

  it('records the settling date of a move from the melding, but keeps a date the case already has (SS120/SS121)', () => {
    const moved = facts({ effect: 'case-moved-in', code: 'SS121', duty, term: { start: '2025-03-01', endExclusive: '2028-03-01', extensionReason: null } });
    const first = duoEventOutcome(moved, fresh);
    expect(first.kind === 'patch' && first.patch).toMatchObject({ movedInOn: '2026-11-30', termStart: '2025-03-01', termEndExclusive: '2028-03-01' });
    const known = duoEventOutcome(moved, { movedInOn: '2026-11-20', termEndExclusive: null });
    expect(known.kind === 'patch' && known.patch.movedInOn).toBe('2026-11-20');
  });

  it('keeps a later extension granted in Koers and says so; a changed end is noted with the earlier value', () => {
    const term = { start: '2025-03-01', endExclusive: '2028-03-01', extensionReason: 'Ziekte' };
    const outcome = duoEventOutcome(facts({ effect: 'update-term', code: 'SS103', term, effectiveTermEnd: '2028-09-01' }), { movedInOn: null, termEndExclusive: '2028-01-01' });
    expect(outcome).toEqual({
      kind: 'patch',
      patch: { termStart: '2025-03-01', termEndExclusive: '2028-09-01' },
      notes: [
        'Einde termijn gecorrigeerd door DUO (eerder 1 januari 2028); de eerdere waarde staat in de geschiedenis.',
        'DUO meldt als einde 1 maart 2028; de in Koers toegekende verlenging tot 1 september 2028 blijft staan (controleer dit bij DUO).',
        'Verlengingsgrond: Ziekte.',
      ],
    });
  });

  it('changes nothing and says so when DUO gave no termijn', () => {
    expect(duoEventOutcome(facts({ effect: 'start-term', code: 'SS102' }), fresh)).toEqual({ kind: 'patch', patch: {}, notes: ['DUO gaf geen inburgeringstermijn terug.'] });
  });

  it('derives the doelgroep from the event when DUO did not return one (SS124 → gezin-overig, SS125 → asiel)', () => {
    const to = (code: string) => {
      const o = duoEventOutcome(facts({ effect: 'update-target-group', code }), fresh);
      return o.kind === 'patch' ? o.patch.targetGroup : undefined;
    };
    expect([to('SS124'), to('SS125')]).toEqual(['gezin-overig', 'asiel']);
    const given = duoEventOutcome(facts({ effect: 'update-target-group', code: 'SS124', targetGroup: 'asiel' }), fresh);
    expect(given.kind === 'patch' && given.patch.targetGroup).toBe('asiel');
  });

  it('suspends on a temporary exemption (SS109)', () => {
    expect(duoEventOutcome(facts({ effect: 'suspend-case', code: 'SS109' }), fresh)).toEqual({ kind: 'patch', patch: { status: 'opgeschort' }, notes: [] });
  });

  it('closes with the reason of the event, DUO’s end date and, for a withdrawal, DUO’s reason', () => {
    const withdrawn = duoEventOutcome(facts({ effect: 'close-case', code: 'SS110', duty: { ...duty, obliged: false, endOn: '2026-11-01', notObligedReason: 'Naturalisatie' } }), fresh);
    expect(withdrawn).toEqual({
      kind: 'patch',
      patch: { status: 'gesloten', closedOn: '2026-11-01', closedReason: 'Inburgeringsplicht ingetrokken: Naturalisatie', obliged: false, notObligedReason: 'Naturalisatie' },
      notes: [],
    });
    const diploma = duoEventOutcome(facts({ effect: 'duty-met', code: 'SS106', duty: { ...duty, changedOn: '2026-10-10' } }), fresh);
    expect(diploma.kind === 'patch' && diploma.patch).toMatchObject({ closedOn: '2026-10-10', closedReason: 'Inburgeringsplicht voldaan (diploma behaald)' });
    const unknownCode = duoEventOutcome(facts({ effect: 'close-case', code: 'SS999', omschrijving: 'Iets nieuws' }), fresh);
    expect(unknownCode.kind === 'patch' && unknownCode.patch).toMatchObject({ closedOn: '2026-12-06', closedReason: 'Iets nieuws' });
  });

  it('leaves records and notes to the server', () => {
    expect(duoEventOutcome(facts({ effect: 'record-learnability-test', code: 'SS137' }), fresh)).toEqual({ kind: 'record-learnability-test' });
    expect(duoEventOutcome(facts({ effect: 'record-exam-results', code: 'SS199' }), fresh)).toEqual({ kind: 'record-exam-results' });
    expect(duoEventOutcome(facts({ effect: 'record-exemption-or-dispensation', code: 'SS117' }), fresh)).toEqual({ kind: 'note-only' });
    expect(duoEventOutcome(facts({}), fresh)).toEqual({ kind: 'note-only' });
  });

  it('only the duty effects register a person', () => {
    expect(duoCaseEffects.filter((e) => newDutyEffects.has(e))).toEqual(['open-case', 'case-moved-in', 'resume-case']);
  });

  const day = fc.integer({ min: toDayNumber('2021-01-01'), max: toDayNumber('2035-12-31') }).map(fromDayNumber);

  it('property: a term event sets the end in force, never an end before DUO’s, and only term and duty effects touch the term', () => {
    fc.assert(
      fc.property(fc.constantFrom(...duoCaseEffects), day, fc.integer({ min: 0, max: 1200 }), fc.option(fc.integer({ min: 0, max: 400 }), { nil: null }), (effect, start, length, later) => {
        const end = addDays(start, length + 1);
        const effectiveTermEnd = later === null ? null : addDays(end, later);
        const o = duoEventOutcome(facts({ effect, term: { start, endExclusive: end, extensionReason: null }, effectiveTermEnd }), fresh);
        const touched = o.kind === 'patch' && o.patch.termEndExclusive !== undefined;
        expect(touched).toBe(['start-term', 'update-term', 'open-case', 'case-moved-in', 'resume-case'].includes(effect));
        if (effect === 'start-term' || effect === 'update-term') expect(o.kind === 'patch' && o.patch.termEndExclusive).toBe(effectiveTermEnd ?? end);
      }),
    );
  });

  it('property: only close and duty-met close the case, and they always give a date and a reason', () => {
    fc.assert(
      fc.property(fc.constantFrom(...duoCaseEffects), fc.option(day, { nil: null }), fc.option(day, { nil: null }), (effect, endOn, changedOn) => {
        const o = duoEventOutcome(facts({ effect, duty: { ...duty, endOn, changedOn } }), fresh);
        const closes = o.kind === 'patch' && o.patch.status === 'gesloten';
        expect(closes).toBe(effect === 'close-case' || effect === 'duty-met');
        if (o.kind === 'patch' && closes) expect([o.patch.closedOn, o.patch.closedReason].every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
      }),
    );
  });
});
