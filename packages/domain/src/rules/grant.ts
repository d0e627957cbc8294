// SPUK inburgeringsvoorzieningen (rules.md F1): which gemeente receives each yearly tranche for a
// person. Reading (seed 000, SPUK-regeling): the tranche of year Y goes to the gemeente where the
// person lives on 31 December of Y; a person living in no Dutch gemeente then brings no tranche.
import { formatDutchDate, isIsoDate, type IsoDate } from './dates.ts';
import { explained, formatEuro, setting, step, wi, type Explained, type ExplanationStep } from './explanation.ts';

export interface Residence {
  /** CBS gemeentecode; null = living in no Dutch gemeente (e.g. left the country). */
  readonly gemeente: string | null;
  /** Lives there from this day until the next residence's `from`. */
  readonly from: IsoDate;
}

export interface SpukAllocationInput {
  /** First calendar year for which SPUK is paid for this person. */
  readonly firstYear: number;
  /** Amount in cents per year, starting at `firstYear`. */
  readonly tranches: readonly number[];
  /** In any order; no two share a `from`. */
  readonly residences: readonly Residence[];
}

export interface SpukAllocation {
  readonly year: number;
  readonly gemeente: string | null;
  /** Cents: the tranche when a gemeente receives it, else 0. */
  readonly amount: number;
}

export interface SpukAllocationResult {
  readonly allocations: readonly SpukAllocation[];
  /** Gemeente code → total cents; gemeenten that receive nothing are absent. */
  readonly byGemeente: Readonly<Record<string, number>>;
}

/** The residence on a day: the one with the latest `from` on or before it. */
export function residenceOn(residences: readonly Residence[], day: IsoDate): Residence | null {
  let found: Residence | null = null;
  for (const r of residences) if (r.from <= day && (found === null || r.from > found.from)) found = r;
  return found;
}

// art. 40 Wet inburgering 2021 with the SPUK-regeling (peildatum 31 december) — tranche per year to the gemeente of residence
export function spukAllocation(input: SpukAllocationInput): Explained<SpukAllocationResult> {
  for (const r of input.residences) if (!isIsoDate(r.from)) throw new RangeError(`geen geldige datum: ${String(r.from)}`);
  const allocations: SpukAllocation[] = [];
  const byGemeente: Record<string, number> = {};
  const steps: ExplanationStep[] = [];
  input.tranches.forEach((tranche, i) => {
    const year = input.firstYear + i;
    const peildatum = `${String(year).padStart(4, '0')}-12-31`;
    const residence = residenceOn(input.residences, peildatum);
    const gemeente = residence?.gemeente ?? null;
    const amount = gemeente === null ? 0 : tranche;
    allocations.push({ year, gemeente, amount });
    if (gemeente !== null) byGemeente[gemeente] = (byGemeente[gemeente] ?? 0) + amount;
    steps.push(
      step(
        gemeente === null
          ? `${year}: op ${formatDutchDate(peildatum)} woont de persoon in geen Nederlandse gemeente; de tranche van ${formatEuro(tranche)} gaat naar niemand.`
          : `${year}: op ${formatDutchDate(peildatum)} woont de persoon in gemeente ${gemeente}; die ontvangt ${formatEuro(amount)}.`,
        wi('40', 1),
        setting('spukPeildatum'),
      ),
    );
  });
  const total = allocations.reduce((sum, a) => sum + a.amount, 0);
  return explained({ allocations, byGemeente }, `SPUK-tranches naar de woongemeente op 31 december: samen ${formatEuro(total)}.`, steps);
}
