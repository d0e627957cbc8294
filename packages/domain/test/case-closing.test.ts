import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advancesCase, caseStatusOf, caseStatuses, closeCase, closeReasons, reopenCase, type CaseStatus, type CloseReason } from '../src/rules/case-closing.ts';
import { addDays, fromDayNumber, toDayNumber } from '../src/rules/dates.ts';

const base = { effectiveOn: '2026-11-01', today: '2026-12-06', registeredOn: '2025-01-10', hasCurrentPip: false } as const;

describe('closeCase', () => {
  it('closes every open status with every reason and cites an article', () => {
    for (const status of caseStatuses.filter((s) => s !== 'gesloten')) {
      for (const reason of closeReasons) {
        const r = closeCase({ ...base, status, reason });
        expect(r.value.ok).toBe(true);
        expect(r.explanation.articles.length).toBeGreaterThan(0);
      }
    }
  });

  it('refuses a closed case, an unknown status, a future date and a date before registration', () => {
    expect(closeCase({ ...base, status: 'gesloten', reason: 'overleden' }).value).toEqual({ ok: false, refusal: 'already-closed' });
    expect(closeCase({ ...base, status: 'iets', reason: 'overleden' }).value).toEqual({ ok: false, refusal: 'unknown-status' });
    expect(closeCase({ ...base, status: 'pip', reason: 'overleden', effectiveOn: '2026-12-07' }).value).toEqual({ ok: false, refusal: 'date-in-future' });
    expect(closeCase({ ...base, status: 'pip', reason: 'overleden', effectiveOn: '2025-01-09' }).value).toEqual({ ok: false, refusal: 'date-before-registration' });
  });

  it('accepts today and the registration day as closing dates', () => {
    expect(closeCase({ ...base, status: 'pip', reason: 'overleden', effectiveOn: base.today }).value.ok).toBe(true);
    expect(closeCase({ ...base, status: 'pip', reason: 'overleden', effectiveOn: base.registeredOn }).value.ok).toBe(true);
  });

  it('a move with a vastgesteld PIP points to withdrawing it (art. 15 lid 4 Wet) and to the handover on request (art. 35 lid 4 Wet)', () => {
    const r = closeCase({ ...base, status: 'pip-vastgesteld', reason: 'verhuisd', hasCurrentPip: true });
    expect(r.value).toEqual({ ok: true, followUps: ['handover-on-request', 'withdraw-pip-verhuizing'] });
    expect(r.explanation.articles).toContain('art. 35 lid 4 Wet inburgering 2021');
    expect(r.explanation.articles).toContain('art. 5.3 lid 3 Besluit inburgering 2021');
    expect(closeCase({ ...base, status: 'intake', reason: 'verhuisd' }).value).toEqual({ ok: true, followUps: ['handover-on-request'] });
  });

  it('death points to the retention rule of art. 9.9 lid 1 onderdeel b Besluit', () => {
    const r = closeCase({ ...base, status: 'traject', reason: 'overleden' });
    expect(r.value).toEqual({ ok: true, followUps: ['retention-deceased', 'check-duo-duty-ended'] });
    expect(r.explanation.articles).toContain('art. 9.9 lid 1, onderdeel b Besluit inburgering 2021');
  });

  it('a case registered in error has no follow-up', () => {
    expect(closeCase({ ...base, status: 'aangemeld', reason: 'ten-onrechte-geregistreerd' }).value).toEqual({ ok: true, followUps: [] });
  });
});

describe('reopenCase', () => {
  it('goes back to the status before closing', () => {
    expect(reopenCase({ status: 'gesloten', statusBeforeClose: 'pip-vastgesteld', retentionStage: null }).value).toEqual({ ok: true, status: 'pip-vastgesteld' });
  });
  it('a case closed by DUO (no earlier status) starts again as aangemeld', () => {
    expect(reopenCase({ status: 'gesloten', statusBeforeClose: null, retentionStage: null }).value).toEqual({ ok: true, status: 'aangemeld' });
  });
  it('refuses an open case and a case whose file was removed', () => {
    expect(reopenCase({ status: 'pip', statusBeforeClose: null, retentionStage: null }).value).toEqual({ ok: false, refusal: 'not-closed' });
    expect(reopenCase({ status: 'gesloten', statusBeforeClose: 'pip', retentionStage: 'kerngegevens' }).value).toEqual({ ok: false, refusal: 'file-removed' });
  });
});

describe('properties', () => {
  const status = fc.constantFrom<CaseStatus>(...caseStatuses);
  const reason = fc.constantFrom<CloseReason>(...closeReasons);
  const day = fc.integer({ min: toDayNumber('2000-01-01'), max: toDayNumber('2090-12-31') }).map(fromDayNumber);

  it('close then reopen gives back the status the case had', () => {
    fc.assert(
      fc.property(status, reason, day, fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.boolean(), (s, r, registeredOn, a, b, pip) => {
        const effectiveOn = addDays(registeredOn, a);
        const today = addDays(effectiveOn, b);
        const closed = closeCase({ status: s, reason: r, effectiveOn, today, registeredOn, hasCurrentPip: pip });
        expect(closed.value.ok).toBe(s !== 'gesloten');
        if (!closed.value.ok) return;
        const reopened = reopenCase({ status: 'gesloten', statusBeforeClose: s, retentionStage: null }).value;
        expect(reopened).toEqual({ ok: true, status: s });
      }),
    );
  });

  it('a closing date after today is always refused; withdrawing the PIP is advised only for a move with a PIP', () => {
    fc.assert(
      fc.property(status, reason, day, fc.integer({ min: 1, max: 3000 }), fc.boolean(), (s, r, today, ahead, pip) => {
        const future = closeCase({ status: s, reason: r, effectiveOn: addDays(today, ahead), today, registeredOn: '1999-01-01', hasCurrentPip: pip }).value;
        expect(future.ok).toBe(false);
        const now = closeCase({ status: s, reason: r, effectiveOn: today, today, registeredOn: '1999-01-01', hasCurrentPip: pip }).value;
        const advised = now.ok && now.followUps.includes('withdraw-pip-verhuizing');
        expect(advised).toBe(s !== 'gesloten' && r === 'verhuisd' && pip);
      }),
    );
  });

  it('reopening never gives gesloten and only reopens closed cases', () => {
    fc.assert(
      fc.property(status, fc.option(fc.string(), { nil: null }), fc.option(fc.constantFrom('kerngegevens', 'verwijderd'), { nil: null }), (s, before, stage) => {
        const r = reopenCase({ status: s, statusBeforeClose: before, retentionStage: stage }).value;
        expect(r.ok).toBe(s === 'gesloten' && stage === null);
        expect(r.ok ? r.status : 'x').not.toBe('gesloten');
      }),
    );
  });
});

describe('advancesCase', () => {
  it('moves only forward through the phases, including from pip to pip-vastgesteld', () => {
    expect(advancesCase('aangemeld', 'voorbereiding')).toBe(true);
    expect(advancesCase('voorbereiding', 'intake')).toBe(true);
    expect(advancesCase('pip', 'pip-vastgesteld')).toBe(true);
    expect(advancesCase('intake', 'voorbereiding')).toBe(false);
    expect(advancesCase('pip-vastgesteld', 'intake')).toBe(false);
    expect(advancesCase('intake', 'intake')).toBe(false);
  });

  it('never moves a suspended, closed or unknown case', () => {
    fc.assert(
      fc.property(fc.constantFrom('opgeschort', 'gesloten', 'iets'), fc.constantFrom(...caseStatuses), (from, to) => {
        expect(advancesCase(from, to)).toBe(false);
      }),
    );
  });
});

describe('caseStatusOf', () => {
  it('passes every known status and refuses an unknown one', () => {
    for (const s of caseStatuses) expect(caseStatusOf(s)).toBe(s);
    expect(() => caseStatusOf('iets')).toThrow('onbekende dossierstatus iets');
  });
});
