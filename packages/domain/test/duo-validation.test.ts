import { describe, expect, it } from 'vitest';
import {
  effectivePipLevel, validatePipForDuo, validatePipWithdrawalForDuo, validatePlacementForDuo, validateResultDateForDuo,
  type DuoResultInput,
} from '../src/rules/duo-validation.ts';

describe('DUO PIP check (D1)', () => {
  it('accepts a clean PIP and explains refusals in Dutch', () => {
    const ok = { dutyStart: '2024-01-01', settledOn: '2024-01-01', issuedOn: '2024-02-01', route: 'B1', firstPipEver: true, targetGroup: 'asiel' } as const;
    expect(validatePipForDuo(ok).accepted).toBe(true);
    const r = validatePipForDuo({ ...ok, issuedOn: '2023-12-31', level: 'A2' });
    expect(r.errors).toEqual(['a2-on-first-pip', 'before-duty-start', 'before-settlement']);
    expect(r.explanation.summary).toMatch(/^DUO weigert het PIP: dagtekening 31 december 2023/);
  });
  it('default level', () => {
    expect(effectivePipLevel('B1', null)).toBe('B1');
    expect(effectivePipLevel('Onderwijs', null)).toBe('B1');
    expect(effectivePipLevel('Z', null)).toBeNull();
  });
});

describe('DUO PIP withdrawal (D2) and placement (D3)', () => {
  it('withdrawal only before the termijn and course hours', () => {
    expect(validatePipWithdrawalForDuo({ termSet: false, courseHoursRegistered: false }).accepted).toBe(true);
    expect(validatePipWithdrawalForDuo({ termSet: true, courseHoursRegistered: true }).errors).toEqual(['course-hours-registered', 'term-already-set']);
  });
  it('placement rules', () => {
    const ok = {
      targetGroup: 'asiel', route: 'B1', currentPipIssuedOn: '2024-01-01', providerKeurmerk: true, providerTaalschakel: false,
      placementOn: '2024-02-01', courseEndOn: '2025-01-01', termStart: '2024-01-02', termEndExclusive: '2027-01-02',
    } as const;
    expect(validatePlacementForDuo(ok).accepted).toBe(true);
    expect(validatePlacementForDuo({ ...ok, targetGroup: 'gezin-overig', providerKeurmerk: false }).errors).toEqual(['not-asylum', 'provider-not-recognised']);
    expect(validatePlacementForDuo({ ...ok, route: 'Onderwijs', providerKeurmerk: false, providerTaalschakel: true }).accepted).toBe(true);
    expect(validatePlacementForDuo({ ...ok, placementOn: '2023-12-31' }).errors).toEqual(['before-current-pip']);
    expect(validatePlacementForDuo({ ...ok, courseEndOn: '2027-01-02' }).errors).toEqual(['outside-term']);
    // verwachteStartdatumOpleiding is a date of the aanbod too.
    expect(validatePlacementForDuo({ ...ok, courseStartOn: '2023-12-31' }).errors).toEqual(['before-current-pip', 'outside-term']);
    expect(validatePlacementForDuo({ ...ok, courseStartOn: '2024-03-01' }).accepted).toBe(true);
    expect(validatePlacementForDuo({ ...ok, bridgingStartOn: '2024-12-31' }).errors).toEqual(['bridging-before-course-end']);
    expect(validatePlacementForDuo({ ...ok, currentPipIssuedOn: null }).errors).toEqual(['no-pip']);
  });
});

describe('DUO MAP/PVT date check (D4)', () => {
  const base: DuoResultInput = {
    date: '2027-01-10', culpable: false, today: '2027-01-20', termStart: '2024-01-01', termEndExclusive: '2027-01-01',
    zRouteCompletedOn: null, hasCurrentPip: true,
  };
  it('vector semantics leave out the extra DUO rules', () => {
    expect(validateResultDateForDuo({ ...base, date: '2027-06-01', today: '2027-06-01' }, { allDuoRules: false }).accepted).toBe(true);
  });
  it('"Nee" only within two months after the end of the termijn (ADR 0018)', () => {
    expect(validateResultDateForDuo(base).accepted).toBe(true);
    expect(validateResultDateForDuo({ ...base, date: '2027-02-28', today: '2027-03-01' }).accepted).toBe(true);
    expect(validateResultDateForDuo({ ...base, date: '2027-03-01', today: '2027-03-01' }).errors).toEqual(['culpable-no-too-late']);
    expect(validateResultDateForDuo({ ...base, date: '2027-06-01', today: '2027-06-01', culpable: true }).accepted).toBe(true);
  });
  it('not after the duty was met via the Z-route; no withdrawal after Z-route completion; changes only of own dates', () => {
    expect(validateResultDateForDuo({ ...base, dutyMetViaZRoute: true }).errors).toEqual(['duty-met-via-z-route']);
    expect(validateResultDateForDuo({ ...base, date: null, culpable: true, zRouteCompletedOn: '2026-01-01' }).errors).toEqual(['withdraw-after-z-route-completion']);
    expect(validateResultDateForDuo({ ...base, isChange: true }).errors).toEqual(['change-without-earlier-date']);
    expect(validateResultDateForDuo({ ...base, isChange: true, earlierDateSentByThisGemeente: true }).accepted).toBe(true);
  });
});
