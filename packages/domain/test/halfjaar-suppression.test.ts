import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monitoringGroups, suppressGroups, suppressMonitoringRows } from '../src/sturing/index.ts';

const row = (code: string, value: number) => ({ code, label: code, value });
const valueOf = (rows: readonly { code: string; value: number | null }[], code: string) => rows.find((r) => r.code === code)?.value;

describe('secondary suppression in the half-year report and the monitoring set (ADR 0141)', () => {
  it('hides a second PIP part when the total would give the small one back', () => {
    // 12 PIPs: 10 within the 10 weeks, 2 after, 0 without a term. Showing 12 and 10 gives the 2 back.
    const rows = suppressMonitoringRows([row('pip_vastgesteld', 12), row('pip_binnen_10_weken', 10), row('pip_na_10_weken', 2), row('pip_zonder_termijn', 0)], 5);
    expect(valueOf(rows, 'pip_na_10_weken')).toBeNull();
    expect(valueOf(rows, 'pip_binnen_10_weken')).toBeNull();
    expect(valueOf(rows, 'pip_vastgesteld')).toBe(12);
    expect(valueOf(rows, 'pip_zonder_termijn')).toBe(0);
  });

  it('hides the total when no other part is left to hide', () => {
    // 7 toets results, 3 with B1 advice and 4 without advice: both small, together 7 ≥ 5, so the total stays.
    const shown = suppressMonitoringRows([row('toets_uitslagen', 7), row('toets_advies_b1', 3), row('toets_zonder_advies', 4), row('toets_advies_z', 0), row('toets_advies_onderwijs', 0)], 5);
    expect(valueOf(shown, 'toets_uitslagen')).toBe(7);
    // 2 art. 22 violations and 0 art. 23: the total 2 is small itself.
    const hidden = suppressMonitoringRows([row('handhaving_overtredingen', 2), row('handhaving_art_22', 2), row('handhaving_art_23', 0)], 5);
    expect(hidden.map((r) => r.value)).toEqual([null, null, 0]);
  });

  it('treats a total split two ways (by the 10 weeks and by route) as one count', () => {
    const rows = suppressMonitoringRows(
      [row('pip_vastgesteld', 20), row('pip_binnen_10_weken', 20), row('pip_na_10_weken', 0), row('pip_zonder_termijn', 0), row('route_b1', 17), row('route_z', 3), row('route_onderwijs', 0), row('route_onbekend', 0)],
      5,
    );
    expect(valueOf(rows, 'route_z')).toBeNull();
    expect(valueOf(rows, 'route_b1')).toBeNull();
    expect(valueOf(rows, 'pip_vastgesteld')).toBe(20);
    expect(valueOf(rows, 'pip_binnen_10_weken')).toBe(20);
  });

  it('property: no shown count is small, and no shown total gives its hidden parts back below the threshold', () => {
    const codes = [...new Set(monitoringGroups.flatMap((g) => [g.total, ...g.parts]))];
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: codes.length, maxLength: codes.length }), fc.integer({ min: 2, max: 8 }), (parts, threshold) => {
        const values: Record<string, number> = Object.fromEntries(codes.map((c, i) => [c, parts[i]!]));
        // Make every total the sum of its first split (the second split of pip_vastgesteld is scaled to it too).
        for (const g of monitoringGroups) values[g.total] = 0;
        for (const g of monitoringGroups) if (values[g.total] === 0) values[g.total] = g.parts.reduce((s, p) => s + values[p]!, 0);
        const routes = monitoringGroups[1]!;
        values[routes.parts[0]!] = values[routes.total]! - routes.parts.slice(1).reduce((s, p) => s + values[p]!, 0);
        if (values[routes.parts[0]!]! < 0) return;
        const hidden = suppressGroups(values, monitoringGroups, threshold);
        for (const c of codes) if (!hidden.has(c)) expect(values[c]! === 0 || values[c]! >= threshold).toBe(true);
        for (const g of monitoringGroups) {
          if (hidden.has(g.total)) continue;
          const hiddenSum = g.parts.filter((p) => hidden.has(p)).reduce((s, p) => s + values[p]!, 0);
          expect(hiddenSum === 0 || hiddenSum >= threshold).toBe(true);
        }
      }),
    );
  });
});
