import { describe, expect, it } from 'vitest';
import { dutyState, effectiveTermEnd, examPassed, extensionMonths, extendedEnd, type ExamResult } from '../src/rules/term-end.ts';

const pass = (onderdeel: string, niveau: string | null = 'B1', examendatum = '2027-04-01'): ExamResult => ({ onderdeel, niveau, resultaat: 'Geslaagd', examendatum });
const allB1 = [pass('LE'), pass('LU'), pass('SC'), pass('SP'), pass('KNM', null)];

describe('examPassed', () => {
  it('needs the four language parts at the PIP level and KNM', () => {
    expect(examPassed(allB1, 'B1').value).toEqual({ passed: true, missing: [] });
    const r = examPassed([...allB1.filter((x) => x.onderdeel !== 'SC'), { ...pass('SC'), resultaat: 'Gezakt' }], 'B1');
    expect(r.value.missing).toEqual(['SC']);
    expect(r.explanation.summary).toBe('Nog niet behaald: schrijven.');
  });
  it('an A2 pass does not count for B1, but does when the PIP lowered the level to A2', () => {
    const a2 = [pass('LE', 'A2'), pass('LU'), pass('SC'), pass('SP'), pass('KNM', null)];
    expect(examPassed(a2, 'B1').value.missing).toEqual(['LE']);
    expect(examPassed(a2, 'A2').value.passed).toBe(true);
  });
});

describe('dutyState', () => {
  const done = { pvtCompletedOn: '2026-10-01', mapCompletedOn: '2027-01-01', zRouteCompletedOn: null, examLevel: 'B1' as const };
  it('B1-route: met with PVT, MAP and all exam parts from DUO', () => {
    expect(dutyState({ ...done, route: 'B1', examResults: allB1 }).value).toBe(true);
    const notYet = dutyState({ ...done, route: 'B1', examResults: allB1.slice(1) });
    expect(notYet.value).toBe(false);
    expect(notYet.explanation.summary).toContain('het inburgeringsexamen');
  });
  it('Z-route: met with the Z-route completion, PVT and MAP', () => {
    expect(dutyState({ ...done, route: 'Z', zRouteCompletedOn: '2027-06-01', examResults: [] }).value).toBe(true);
    expect(dutyState({ ...done, route: 'Z', mapCompletedOn: null, zRouteCompletedOn: '2027-06-01', examResults: [] }).value).toBe(false);
  });
  it('without a PIP the route is unknown: not met', () => {
    expect(dutyState({ ...done, route: null, examResults: allB1 }).value).toBe(false);
  });
});

describe('extensions and the effective termijn', () => {
  it('considerable efforts is six months whatever was asked; not culpable follows the request', () => {
    expect(extensionMonths('aanzienlijke-inspanningen', 3).value).toBe(6);
    expect(extensionMonths('niet-verwijtbaar', 4).value).toBe(4);
  });
  it('the effective end is the later of DUO and a granted extension, never counted twice', () => {
    const granted = [{ decidedOn: '2027-10-01', newEndExclusive: extendedEnd('2028-03-02', 6) }];
    expect(effectiveTermEnd('2028-03-02', granted).value).toBe('2028-09-02');
    // DUO reported the extended end itself afterwards: still 2 September.
    expect(effectiveTermEnd('2028-09-02', granted).value).toBe('2028-09-02');
    expect(effectiveTermEnd(null, []).value).toBeNull();
  });
});
