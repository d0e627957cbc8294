// Formatiecalculatie trajectregie (seed 000's model; rules.md "Money and capacity"): policy, not
// law — every input is a per-gemeente setting. Rounding as FORMAT.md `formatie` prescribes.
import { explained, formatEuro, setting, step, type Explained } from './explanation.ts';

export interface FormatieInput {
  /** Persons starting per year. */
  readonly inflowPerYear: number;
  /** Regie hours per person over the whole duty (seed 000: 44). */
  readonly hoursPerPerson: number;
  /** Years those hours are spread over (seed 000: 3). */
  readonly spreadYears: number;
  /** Productive hours per FTE per year (seed 000: 1388). */
  readonly productiveHoursPerFte: number;
  /** Cents per FTE per year. */
  readonly costPerFte: number;
}

export interface Formatie {
  readonly hoursPerYear: number;
  /** FTE, rounded half up to one decimal. */
  readonly fte: number;
  /** Cents per year. */
  readonly cost: number;
  /** Persons per FTE; null when no FTE is needed. */
  readonly caseload: number | null;
}

/** Half up to `decimals` places, on the decimal value (2.25 → 2.3 at one decimal, not 2.2). */
export function roundHalfUp(value: number, decimals = 0): number {
  if (!Number.isFinite(value)) throw new RangeError('geen eindig getal');
  const shifted = Number(`${Math.abs(value)}e${decimals}`);
  const rounded = Number(`${Math.floor(shifted + 0.5)}e-${decimals}`);
  return value < 0 ? -rounded : rounded;
}

const nl = (n: number, decimals = 0): string => n.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

// Formatiecalculatie (seed 000; instellingen formatieUrenPerInburgeraar, formatieProductieveUrenPerFte, formatieKostenPerFte) — FTE, cost and caseload
export function formatie(input: FormatieInput): Explained<Formatie> {
  for (const [name, v] of Object.entries(input)) {
    if (!Number.isFinite(v) || v < 0) throw new RangeError(`${name} moet een niet-negatief getal zijn`);
  }
  if (input.productiveHoursPerFte <= 0) throw new RangeError('productiveHoursPerFte moet groter dan 0 zijn');
  // Steady state: `spreadYears` cohorts overlap, each needing hoursPerPerson / spreadYears a year.
  const hoursPerYear = roundHalfUp(input.inflowPerYear * input.hoursPerPerson, 6);
  const fteTenths = roundHalfUp((hoursPerYear * 10) / input.productiveHoursPerFte);
  const fte = fteTenths / 10;
  const cost = roundHalfUp((fteTenths * input.costPerFte) / 10);
  const caseload = fteTenths === 0 ? null : roundHalfUp((input.inflowPerYear * input.spreadYears * 10) / fteTenths);
  return explained(
    { hoursPerYear, fte, cost, caseload },
    `${nl(fte, 1)} fte trajectregie nodig (${formatEuro(cost)} per jaar)${caseload === null ? '' : `, een caseload van ${caseload} per fte`}.`,
    [
      step(
        `${nl(input.inflowPerYear)} nieuwe inburgeraars per jaar × ${nl(input.hoursPerPerson)} uur regie per persoon = ${nl(hoursPerYear)} uur per jaar (${nl(input.spreadYears)} jaargroepen lopen tegelijk, elk met een ${nl(input.spreadYears)}e deel van de uren).`,
        setting('formatieUrenPerInburgeraar'),
      ),
      step(`${nl(hoursPerYear)} uur ÷ ${nl(input.productiveHoursPerFte)} productieve uren per fte = ${nl(fte, 1)} fte (afgerond op één decimaal).`, setting('formatieProductieveUrenPerFte')),
      step(`${nl(fte, 1)} fte × ${formatEuro(input.costPerFte)} = ${formatEuro(cost)} per jaar.`, setting('formatieKostenPerFte')),
      step(
        caseload === null
          ? 'Zonder fte is er geen caseload.'
          : `${nl(input.inflowPerYear * input.spreadYears)} lopende dossiers ÷ ${nl(fte, 1)} fte = ${caseload} per fte.`,
        setting('formatieUrenPerInburgeraar'),
      ),
    ],
  );
}
