// R32: the light process of the ondertussengroep (Wi2013, ELIP).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, toDayNumber } from '../src/rules/dates.ts';
import {
  caseProcess,
  caseSteps,
  elipFromLoan,
  loanStatuses,
  ondertussengroepSignals,
  ontheffingGrounds,
  ontheffingProblems,
  ontheffingStatuses,
  planTransitionAllowed,
  stepAllowed,
  supportOfferKinds,
  supportPlanProblems,
  supportPlanStatuses,
  type OndertussengroepSnapshot,
  type SupportOffer,
} from '../src/rules/ondertussengroep.ts';
import { computeSignals, type CaseSnapshot } from '../src/workqueue/signals.ts';

const offer = (o: Partial<SupportOffer> = {}): SupportOffer => ({ kind: 'starterz-klas', description: null, provider: 'Taalschool Dalfsen', startOn: '2026-01-05', endOn: '2026-11-20', ...o });
const date = fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2032-12-31') }).map(fromDayNumber);

describe('which steps a case has', () => {
  it('a Wi2013 case has no brede intake, toets or PIP, and does have the support plan and ontheffing help', () => {
    expect(caseProcess('Wi2013')).toBe('licht');
    expect(stepAllowed('Wi2013', 'pip').value).toBe(false);
    expect(stepAllowed('Wi2013', 'pip').explanation.summary).toContain('daarin bestaat een PIP niet');
    expect(stepAllowed('Wi2013', 'pip').explanation.articles).toEqual(['art. 54 lid 1 Wet inburgering 2021']);
    expect(stepAllowed('Wi2013', 'brede-intake').value).toBe(false);
    expect(stepAllowed('Wi2013', 'ondersteuningsplan').value).toBe(true);
    expect(stepAllowed('Wi2013', 'ontheffing-ondersteuning').value).toBe(true);
  });

  it('a Wi2021 case (or one without a regime yet) keeps the Wi2021 chain and has no light-process steps', () => {
    for (const regime of ['Wi2021', null] as const) {
      expect(caseProcess(regime)).toBe('wi2021');
      expect(stepAllowed(regime, 'pip').value).toBe(true);
      expect(stepAllowed(regime, 'ondersteuningsplan').value).toBe(false);
      expect(stepAllowed(regime, 'ondersteuningsplan').explanation.summary).toContain('ondertussengroep');
    }
  });

  it('property: every step is allowed under exactly one of the two processes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...caseSteps), (s) => {
        expect(stepAllowed('Wi2013', s).value).not.toBe(stepAllowed('Wi2021', s).value);
      }),
    );
  });
});

describe('the support plan', () => {
  it('a plan that starts needs an offer; ‘Ander aanbod’ needs a description; end not before start', () => {
    expect(supportPlanProblems({ status: 'concept', goal: null, offers: [] }, null)).toEqual([]);
    expect(supportPlanProblems({ status: 'lopend', goal: null, offers: [] }, 'concept')).toEqual([{ field: 'offers', message: expect.stringContaining('minstens één aanbod') as string }]);
    expect(supportPlanProblems({ status: 'lopend', goal: 'B1 halen', offers: [offer()] }, 'concept')).toEqual([]);
    expect(supportPlanProblems({ status: 'lopend', goal: null, offers: [offer({ kind: 'anders', description: ' ' })] }, 'concept').map((p) => p.field)).toEqual(['offers.0.description']);
    const [wrong] = supportPlanProblems({ status: 'concept', goal: null, offers: [offer(), offer({ startOn: '2026-03-01', endOn: '2026-02-28' })] }, null);
    expect(wrong).toEqual({ field: 'offers.1.endOn', message: 'De einddatum ligt vóór de startdatum (1 maart 2026).' });
  });

  it('a running plan cannot go back to concept; a finished one can be reopened', () => {
    expect(planTransitionAllowed('lopend', 'concept')).toBe(false);
    expect(planTransitionAllowed('afgerond', 'concept')).toBe(false);
    expect(planTransitionAllowed('afgerond', 'lopend')).toBe(true);
    expect(supportPlanProblems({ status: 'concept', goal: null, offers: [] }, 'lopend').map((p) => p.field)).toEqual(['status']);
  });

  it('property: staying in the same status is always allowed, and every status can be the first', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportPlanStatuses), (s) => {
        expect(planTransitionAllowed(s, s)).toBe(true);
        expect(planTransitionAllowed(null, s)).toBe(true);
      }),
    );
  });

  it('property: an offer is refused on its end date exactly when it ends before it starts', () => {
    fc.assert(
      fc.property(fc.constantFrom(...supportOfferKinds), date, date, (kind, startOn, endOn) => {
        const problems = supportPlanProblems({ status: 'concept', goal: null, offers: [offer({ kind, description: 'x', startOn, endOn })] }, null);
        expect(problems.some((p) => p.field === 'offers.0.endOn')).toBe(endOn < startOn);
      }),
    );
  });
});

describe('loan and ELIP', () => {
  it('the loan used up makes the case ELIP; a running loan does not; unknown keeps what was known', () => {
    expect(elipFromLoan('op', false)).toBe(true);
    expect(elipFromLoan('bijna-op', true)).toBe(false);
    expect(elipFromLoan('lopend', true)).toBe(false);
    expect(elipFromLoan('onbekend', true)).toBe(true);
    expect(elipFromLoan('onbekend', false)).toBe(false);
  });
  it('property: ELIP exactly when the loan is op, unless unknown', () => {
    fc.assert(
      fc.property(fc.constantFrom(...loanStatuses), fc.boolean(), (loan, current) => {
        expect(elipFromLoan(loan, current)).toBe(loan === 'onbekend' ? current : loan === 'op');
      }),
    );
  });
});

describe('ontheffing request', () => {
  it('a submitted request needs its date; a decided one needs DUO’s decision date, not before the request', () => {
    expect(ontheffingProblems({ ground: 'medisch', status: 'in-voorbereiding', requestedOn: null, duoDecisionOn: null })).toEqual([]);
    expect(ontheffingProblems({ ground: 'medisch', status: 'ingediend', requestedOn: null, duoDecisionOn: null }).map((p) => p.field)).toEqual(['requestedOn']);
    expect(ontheffingProblems({ ground: 'medisch', status: 'toegekend', requestedOn: '2026-05-01', duoDecisionOn: null }).map((p) => p.field)).toEqual(['duoDecisionOn']);
    expect(ontheffingProblems({ ground: 'medisch', status: 'ingediend', requestedOn: '2026-05-01', duoDecisionOn: '2026-06-01' }).map((p) => p.field)).toEqual(['duoDecisionOn']);
    expect(ontheffingProblems({ ground: 'bijzondere-omstandigheden', status: 'afgewezen', requestedOn: '2026-05-01', duoDecisionOn: '2026-04-30' })).toEqual([
      { field: 'duoDecisionOn', message: 'Het besluit van DUO kan niet vóór de indiening (1 mei 2026) liggen.' },
    ]);
  });
  it('property: a decided request with a decision on or after the request date has no problems', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ontheffingGrounds), fc.constantFrom('toegekend' as const, 'afgewezen' as const), date, fc.nat(400), (ground, status, requestedOn, days) => {
        expect(ontheffingProblems({ ground, status, requestedOn, duoDecisionOn: addDays(requestedOn, days) })).toEqual([]);
      }),
    );
  });
  it('lists every status', () => {
    expect(ontheffingStatuses).toContain('ingediend');
  });
});

const snap: OndertussengroepSnapshot = { dutyEndOn: null, loanStatus: 'onbekend', loanStatusOn: null, planStatus: null, ontheffingen: [] };

describe('signals of the light process', () => {
  it('the Wi2013 termijn ending shows three months before and is overdue after its last day', () => {
    expect(ondertussengroepSignals({ ...snap, dutyEndOn: '2027-03-31' })).toEqual([
      { kind: 'wi2013-term-ending', dueOn: '2026-12-31', deadline: '2027-04-01', reason: expect.stringContaining('31 maart 2027') as string },
    ]);
  });
  it('a loan (almost) used up without a running plan asks for support (seed 002: ELIP-ers)', () => {
    expect(ondertussengroepSignals({ ...snap, loanStatus: 'op', loanStatusOn: '2026-10-01' }).map((s) => s.kind)).toEqual(['elip-support']);
    expect(ondertussengroepSignals({ ...snap, loanStatus: 'bijna-op', loanStatusOn: '2026-10-01', planStatus: 'concept' }).map((s) => s.kind)).toEqual(['elip-support']);
    expect(ondertussengroepSignals({ ...snap, loanStatus: 'op', loanStatusOn: '2026-10-01', planStatus: 'lopend' })).toEqual([]);
  });
  it('a request at DUO without a decision after eight weeks is work (art. 4:13 Awb)', () => {
    expect(ondertussengroepSignals({ ...snap, ontheffingen: [{ status: 'ingediend', requestedOn: '2026-09-01' }] })).toEqual([
      { kind: 'ontheffing-pending', dueOn: '2026-10-27', deadline: null, reason: expect.stringContaining('1 september 2026') as string },
    ]);
  });
  it('property: every signal is due on or before its deadline, and a running plan never gets the loan signal', () => {
    fc.assert(
      fc.property(
        fc.option(date, { nil: null }),
        fc.constantFrom(...loanStatuses),
        fc.option(date, { nil: null }),
        fc.option(fc.constantFrom(...supportPlanStatuses), { nil: null }),
        fc.array(fc.record({ status: fc.constantFrom(...ontheffingStatuses), requestedOn: fc.option(date, { nil: null }) }), { maxLength: 3 }),
        (dutyEndOn, loanStatus, loanStatusOn, planStatus, ontheffingen) => {
          const signals = ondertussengroepSignals({ dutyEndOn, loanStatus, loanStatusOn, planStatus, ontheffingen });
          for (const s of signals) if (s.deadline !== null) expect(s.dueOn <= s.deadline).toBe(true);
          expect(signals.some((s) => s.kind === 'elip-support')).toBe(
            (loanStatus === 'op' || loanStatus === 'bijna-op') && loanStatusOn !== null && (planStatus === null || planStatus === 'concept') && !ontheffingen.some((o) => o.status === 'toegekend'),
          );
        },
      ),
    );
  });

  it('a granted ontheffing ends the termijn and loan signals', () => {
    expect(ondertussengroepSignals({ ...snap, dutyEndOn: '2027-03-31', loanStatus: 'op', loanStatusOn: '2026-10-01', ontheffingen: [{ status: 'toegekend', requestedOn: '2026-05-01' }] })).toEqual([]);
  });

  const base: CaseSnapshot = {
    closed: false, openedOn: '2026-01-10', hasCaseManager: true, regime: 'Wi2013', obliged: true, targetGroup: 'asiel', linkedOn: '2021-06-01', housedOn: '2021-09-01',
    duoNoticeOn: null, registeredOn: '2021-09-01', movedInOn: null, thirdPartyInfoReceivedOn: null, intakeScenario: 3, intake: null, invitations: [], toetsen: [], pips: [],
  };
  it('in the werkvoorraad: a Wi2013 case gets the light-process signals (section ondertussengroep) and none of the Wi2021 ones', () => {
    const signals = computeSignals({ ...base, ondertussengroep: { ...snap, dutyEndOn: '2027-03-31', loanStatus: 'op', loanStatusOn: '2026-10-01' } });
    expect(signals.map((s) => [s.kind, s.section])).toEqual([
      ['elip-support', 'ondertussengroep'],
      ['wi2013-term-ending', 'ondertussengroep'],
    ]);
    expect(computeSignals({ ...base })).toEqual([]);
  });
  it('a Wi2021 case never gets them, even with light-process data', () => {
    const kinds = computeSignals({ ...base, regime: 'Wi2021', ondertussengroep: { ...snap, dutyEndOn: '2027-03-31' } }).map((s) => s.kind);
    expect(kinds).not.toContain('wi2013-term-ending');
  });
});
