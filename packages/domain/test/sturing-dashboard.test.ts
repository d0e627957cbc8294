import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pipOnTime, plainTable, presetPeriod, sturingFacts, suppressCount, suppressGroup, suppressTable, taakstellingFigures, type SturingInput } from '../src/index.ts';

const base: SturingInput = {
  obliged: true,
  regime: 'Wi2021',
  targetGroup: 'gezin-overig',
  createdOn: '2026-03-01',
  linkedOn: null,
  housedOn: null,
  dutyStartOn: '2026-02-01',
  duoNoticeOn: '2026-02-10',
  registeredOn: null,
  movedInOn: null,
  thirdPartyInfoReceivedOn: null,
  closedOn: null,
  pips: [],
  pvtDoneOn: null,
  mapDoneOn: null,
  relief: null,
};

const pip = (version: number, issuedOn: string, route: string, level: string | null = 'B1', status = 'vastgesteld') => ({ version, status, issuedOn, route, level, a2Skills: [] });

describe('sturingFacts', () => {
  it('takes the PIP deadline from the rules core and the first PIP\'s date', () => {
    const f = sturingFacts({ ...base, pips: [pip(1, '2026-05-01', 'B1')] });
    expect(f.pipDeadline).toBe('2026-04-21'); // 10 weeks after DUO's notice
    expect(f.firstPipOn).toBe('2026-05-01');
    expect(pipOnTime(f)).toBe(false);
    expect(pipOnTime({ firstPipOn: '2026-04-21', pipDeadline: '2026-04-21' })).toBe(true);
    expect(pipOnTime({ firstPipOn: null, pipDeadline: '2026-04-21' })).toBeNull();
  });

  it('the third-party information postpones the deadline (art. 5.3 lid 2)', () => {
    const f = sturingFacts({ ...base, thirdPartyInfoReceivedOn: '2026-04-15' });
    expect(f.pipDeadline).toBe('2026-04-29');
  });

  it('finds route switches and the first A2 downgrade, ignoring concepts', () => {
    const f = sturingFacts({
      ...base,
      pips: [pip(1, '2026-03-01', 'B1'), pip(2, '2026-06-01', 'Onderwijs'), pip(3, '2026-08-01', 'B1', 'A2'), pip(4, '2026-09-01', 'Z', 'A2', 'concept')],
    });
    expect(f.route).toBe('B1');
    expect(f.routeSwitchedOn).toBe('2026-08-01');
    expect(f.a2DowngradedOn).toBe('2026-08-01');
    expect(f.firstPipOn).toBe('2026-03-01');
  });

  it('in beeld from the COA koppeling, else the duty start; Wi2013 is not a Wi2021 case', () => {
    expect(sturingFacts({ ...base, linkedOn: '2026-01-05' }).inBeeldOn).toBe('2026-01-05');
    expect(sturingFacts(base).inBeeldOn).toBe('2026-02-01');
    expect(sturingFacts({ ...base, regime: 'Wi2013' }).wi2021Plichtig).toBe(false);
  });

  it('ontzorgen counts only an active agreement, by its months', () => {
    expect(sturingFacts({ ...base, relief: { status: 'actief', startMonth: '2026-04', endMonthExclusive: '2026-10' } })).toMatchObject({ reliefFrom: '2026-04-01', reliefUntil: '2026-10-01' });
    expect(sturingFacts({ ...base, relief: { status: 'geweigerd', startMonth: '2026-04', endMonthExclusive: '2026-10' } }).reliefFrom).toBeNull();
  });
});

describe('periods', () => {
  it('presets by half year', () => {
    expect(presetPeriod('dit-halfjaar', '2026-12-06')).toEqual({ from: '2026-07-01', to: '2026-12-31' });
    expect(presetPeriod('vorig-halfjaar', '2026-12-06')).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(presetPeriod('vorig-halfjaar', '2026-03-06')).toEqual({ from: '2025-07-01', to: '2025-12-31' });
    expect(presetPeriod('dit-jaar', '2026-03-06')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('small-count suppression', () => {
  const shown = (c: { kind: string; value?: number }) => (c.kind === 'count' ? (c.value ?? 0) : null);

  it('hides 1..threshold−1, shows 0 and the threshold itself', () => {
    expect(suppressCount(0, 5)).toEqual({ kind: 'count', value: 0 });
    expect(suppressCount(4, 5)).toEqual({ kind: 'suppressed', below: 5 });
    expect(suppressCount(5, 5)).toEqual({ kind: 'count', value: 5 });
  });

  it('hides a second part so the first cannot be subtracted from the total', () => {
    const g = suppressGroup([3, 10, 20], 33, 5);
    expect(g.parts.map(shown)).toEqual([null, null, 20]);
    expect(shown(g.total)).toBe(33);
  });

  it('hides the total when nothing else can hide a small part', () => {
    const g = suppressGroup([3, 0], 3, 5);
    expect(g.parts.map(shown)).toEqual([null, 0]);
    expect(shown(g.total)).toBeNull();
  });

  it('property: no shown cell is 1..threshold−1, and a shown total never gives a hidden part back', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), fc.integer({ min: 2, max: 12 }), (parts, threshold) => {
        const total = parts.reduce((a, b) => a + b, 0);
        const g = suppressGroup(parts, total, threshold);
        for (const c of [...g.parts, g.total]) {
          const v = shown(c);
          expect(v === null || v === 0 || v >= threshold).toBe(true);
        }
        if (shown(g.total) !== null) {
          const hiddenSum = parts.reduce((sum, n, i) => (shown(g.parts[i]!) === null ? sum + n : sum), 0);
          expect(hiddenSum === 0 || hiddenSum >= threshold).toBe(true);
        }
      }),
    );
  });
});

describe('small-count suppression in a table (gemeenten × parts, with totals)', () => {
  const shown = (c: { kind: string; value?: number }) => (c.kind === 'count' ? (c.value ?? 0) : null);
  const table = fc.array(fc.array(fc.nat({ max: 30 }), { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 });

  it('property: no shown cell is 1..threshold−1; no shown total of a row or column gives hidden cells back', () => {
    fc.assert(
      fc.property(table, fc.boolean(), fc.integer({ min: 2, max: 10 }), (values, withTotalRow, threshold) => {
        const cells = suppressTable(values, withTotalRow, threshold);
        const full = values.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
        if (withTotalRow) full.push(full[0]!.map((_, c) => full.reduce((s, r) => s + r[c]!, 0)));
        for (const row of cells) for (const c of row) {
          const v = shown(c);
          expect(v === null || v === 0 || v >= threshold).toBe(true);
        }
        const check = (nums: number[], cs: { kind: string; value?: number }[]) => {
          if (shown(cs[cs.length - 1]!) === null) return;
          const hiddenSum = nums.slice(0, -1).reduce((sum, n, i) => (shown(cs[i]!) === null ? sum + n : sum), 0);
          expect(hiddenSum === 0 || hiddenSum >= threshold).toBe(true);
        };
        full.forEach((r, i) => check(r, cells[i]!));
        if (withTotalRow) full[0]!.forEach((_, c) => check(full.map((r) => r[c]!), cells.map((r) => r[c]!)));
      }),
    );
  });

  it('shows everything to roles that see cases, with the same totals', () => {
    expect(plainTable([[1, 2], [3, 0]], true).map((r) => r.map(shown))).toEqual([[1, 2, 3], [3, 0, 3], [4, 2, 6]]);
  });
});

describe('taakstelling', () => {
  it('realised and inburgeringsplichtig shares in whole percent', () => {
    expect(taakstellingFigures({ taakstelling: 40, linked: 38, housed: 20, housedPlichtig: 13 })).toMatchObject({ realisedPercent: 50, plichtigPercent: 65 });
    expect(taakstellingFigures({ taakstelling: null, linked: 0, housed: 0, housedPlichtig: 0 })).toMatchObject({ realisedPercent: null, plichtigPercent: null });
  });
});
