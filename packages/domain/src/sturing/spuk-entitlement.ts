// SPUK entitlement of one gemeente computed from its cases (R27; rules.md F1): per person the amount
// of its target group (settings `spuk`, seed 003 §7.3), asielstatushouders in tranches over the
// cohort years (setting `spukTrancheVerdeling`), gezinsmigranten once; each tranche to the gemeente
// of residence on 31 December (`spukAllocation`). Pure.
import { spukAllocation, type Residence } from '../rules/grant.ts';
import type { SpukAmounts } from '../rules/settings.ts';
import type { TargetGroup } from '../rules/types.ts';

export const voorzieningen = ['leerroute', 'map', 'maatschappelijkeBegeleiding', 'pvt', 'tolk'] as const;
export type Voorziening = (typeof voorzieningen)[number];

export function voorzieningLabel(v: Voorziening): string {
  switch (v) {
    case 'leerroute':
      return 'Leerroute';
    case 'map':
      return 'MAP';
    case 'maatschappelijkeBegeleiding':
      return 'Maatschappelijke begeleiding';
    case 'pvt':
      return 'PVT';
    case 'tolk':
      return 'Tolken';
    default:
      return v satisfies never;
  }
}

export type PerVoorziening = Readonly<Record<Voorziening, number>>;

export const zeroPerVoorziening = (): Record<Voorziening, number> => ({ leerroute: 0, map: 0, maatschappelijkeBegeleiding: 0, pvt: 0, tolk: 0 });

// art. 40 Wet inburgering 2021 with seed 003 §7.3 — SPUK amount per person and voorziening for its target group
export function spukAmountPerPerson(group: TargetGroup, amounts: SpukAmounts): PerVoorziening {
  switch (group) {
    case 'asiel':
      return { ...amounts.asiel };
    case 'gezin-overig':
      return { ...zeroPerVoorziening(), ...amounts['gezin-overig'] };
    default:
      return group satisfies never;
  }
}

/** Splits cents by percentages (summing to 100); the last share takes the rounding, so the parts sum exactly. */
export function splitByPercent(total: number, percentages: readonly number[]): number[] {
  const parts = percentages.map((p) => Math.floor((total * p) / 100));
  const rest = total - parts.reduce((a, b) => a + b, 0);
  if (parts.length > 0) parts[parts.length - 1] = (parts[parts.length - 1] ?? 0) + rest;
  return parts;
}

export interface SpukPerson {
  readonly targetGroup: TargetGroup;
  /** First calendar year SPUK is paid for this person (the year the duty started). */
  readonly firstYear: number;
  /** Where the person lived, with moves (case links) as later residences. */
  readonly residences: readonly Residence[];
}

export interface SpukEntitlementYear {
  readonly year: number;
  /** Persons bringing a tranche this year. */
  readonly persons: number;
  readonly perVoorziening: PerVoorziening;
  /** Cents. */
  readonly total: number;
}

// rules.md F1 (art. 40 Wet inburgering 2021, SPUK-regeling): asielstatushouders counted for their cohort years, gezinsmigranten once, each year to the gemeente of residence on 31 December
export function spukEntitlement(persons: readonly SpukPerson[], gemeente: string, amounts: SpukAmounts, trancheVerdeling: readonly number[]): readonly SpukEntitlementYear[] {
  const byYear = new Map<number, { persons: number; per: Record<Voorziening, number> }>();
  for (const person of persons) {
    const perPerson = spukAmountPerPerson(person.targetGroup, amounts);
    const shares = person.targetGroup === 'asiel' ? trancheVerdeling : [100];
    const split = (v: Voorziening): number[] => splitByPercent(perPerson[v], shares);
    const perVoorziening: Record<Voorziening, number[]> = { leerroute: split('leerroute'), map: split('map'), maatschappelijkeBegeleiding: split('maatschappelijkeBegeleiding'), pvt: split('pvt'), tolk: split('tolk') };
    const tranches = shares.map((_, i) => voorzieningen.reduce((a, v) => a + (perVoorziening[v][i] ?? 0), 0));
    const allocation = spukAllocation({ firstYear: person.firstYear, tranches, residences: person.residences }).value;
    allocation.allocations.forEach((a, i) => {
      if (a.gemeente !== gemeente) return;
      const row = byYear.get(a.year) ?? { persons: 0, per: zeroPerVoorziening() };
      row.persons += 1;
      for (const v of voorzieningen) row.per[v] += perVoorziening[v][i] ?? 0;
      byYear.set(a.year, row);
    });
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, r]) => ({ year, persons: r.persons, perVoorziening: r.per, total: voorzieningen.reduce((a, v) => a + r.per[v], 0) }));
}
