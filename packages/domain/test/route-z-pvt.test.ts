import { describe, expect, it } from 'vitest';
import { a2DowngradeAllowed, routeChangeAllowed, routeChangeWindowEnd } from '../src/rules/route-change.ts';
import { zRouteHoursRemaining } from '../src/rules/z-route.ts';
import { dutyFulfilled, mapRequired, mapStatus, mapThemes, pvtStatus } from '../src/rules/pvt-map.ts';

describe('route change (B8)', () => {
  it('window is [termStart, termStart + 18 months)', () => {
    expect(routeChangeWindowEnd('2022-08-31')).toBe('2024-02-29');
    const base = { termStart: '2024-01-15', from: 'B1', to: 'Z' } as const;
    expect(routeChangeAllowed({ ...base, decidedOn: '2025-07-14' }).value).toBe(true);
    const late = routeChangeAllowed({ ...base, decidedOn: '2025-07-15' });
    expect(late.value).toBe(false);
    expect(late.explanation.articles).toEqual(['art. 17 lid 2 Wet inburgering 2021', 'art. 5.4 lid 1 Besluit inburgering 2021']);
  });

  it('onderwijsroute → B1 always; exceptions; same route never', () => {
    expect(routeChangeAllowed({ termStart: '2020-01-01', decidedOn: '2026-01-01', from: 'Onderwijs', to: 'B1' }).value).toBe(true);
    expect(routeChangeAllowed({ termStart: '2020-01-01', decidedOn: '2026-01-01', from: 'B1', to: 'Z', exception: 'special-case' }).value).toBe(true);
    expect(routeChangeAllowed({ termStart: '2024-01-01', decidedOn: '2024-02-01', from: 'Z', to: 'Z', exception: 'special-case' }).value).toBe(false);
  });
});

describe('A2 downgrade (B9)', () => {
  it('needs B1-route, 600 hours, effort, not a first PIP', () => {
    const ok = { route: 'B1', dutchCourseHours: 600, sufficientEffort: true, firstPip: false } as const;
    expect(a2DowngradeAllowed(ok).value).toBe(true);
    expect(a2DowngradeAllowed({ ...ok, dutchCourseHours: 599 }).value).toBe(false);
    const first = a2DowngradeAllowed({ ...ok, firstPip: true });
    expect(first.value).toBe(false);
    expect(first.explanation.summary).toMatch(/eerste PIP/);
  });
});

describe('Z-route hours (B12)', () => {
  it('deducts MAP, PVT and intake hours for asielstatushouders only', () => {
    expect(zRouteHoursRemaining({ targetGroup: 'asiel', courseHours: 100, activityHours: 500, mapHours: 64, pvtHours: 12, intakeHours: 24 }).value)
      .toEqual({ courseHoursRemaining: 700, activityHoursRemaining: 200 });
    expect(zRouteHoursRemaining({ targetGroup: 'gezin-overig', courseHours: 100, activityHours: 500, mapHours: 64, pvtHours: 12 }).value)
      .toEqual({ courseHoursRemaining: 700, activityHoursRemaining: null });
  });
});

describe('PVT and MAP (B13/B14)', () => {
  it('PVT needs 12 hours, a core-value activity and the signature', () => {
    expect(pvtStatus({ hours: 12, coreValueActivity: true, declarationSigned: true }).value.complete).toBe(true);
    const r = pvtStatus({ hours: 11, coreValueActivity: true, declarationSigned: false });
    expect(r.value.complete).toBe(false);
    expect(r.value.missing).toHaveLength(2);
  });

  it('no MAP in the onderwijsroute (W8 lid 3)', () => {
    expect(mapRequired('Onderwijs').value).toBe(false);
    expect(mapRequired('Z').value).toBe(true);
    expect(mapStatus({ route: 'Onderwijs', themesCovered: [], hours: 0, hourNorm: 64, finalInterviewHeld: false }).value.complete).toBe(true);
  });

  it('MAP needs all 8 themes, the hour norm and the final interview', () => {
    expect(mapThemes).toHaveLength(8);
    expect(mapStatus({ route: 'B1', themesCovered: [...mapThemes], hours: 64, hourNorm: 64, finalInterviewHeld: true }).value.complete).toBe(true);
    const r = mapStatus({ route: 'B1', themesCovered: mapThemes.slice(1), hours: 60, hourNorm: 64, finalInterviewHeld: false });
    expect(r.value.missing).toHaveLength(3);
    expect(r.explanation.summary).toMatch(/beroepenoriëntatie/);
  });
});


describe('duty fulfilled (B16)', () => {
  it('needs PVT, MAP (except onderwijsroute) and the route', () => {
    expect(dutyFulfilled({ route: 'B1', pvtCompleted: true, mapCompleted: true, routeCompleted: true }).value).toBe(true);
    expect(dutyFulfilled({ route: 'Onderwijs', pvtCompleted: true, mapCompleted: false, routeCompleted: true }).value).toBe(true);
    const r = dutyFulfilled({ route: 'Z', pvtCompleted: false, mapCompleted: false, routeCompleted: true });
    expect(r.value).toBe(false);
    expect(r.explanation.summary).toBe('Nog niet voldaan: het participatieverklaringstraject en de module Arbeidsmarkt en Participatie.');
  });
});
