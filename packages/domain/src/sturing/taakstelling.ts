// R3: the huisvestingstaakstelling per half year against what happened: linked (COA koppeling),
// housed in the gemeente, and of those housed how many became inburgeringsplichtig (seed 001: ~65 %).

export interface TaakstellingCounts {
  readonly taakstelling: number | null;
  readonly linked: number;
  readonly housed: number;
  readonly housedPlichtig: number;
}

export interface TaakstellingFigures extends TaakstellingCounts {
  /** Housed against the taakstelling, whole percent (null without a taakstelling). */
  readonly realisedPercent: number | null;
  /** Of those housed, the share inburgeringsplichtig, whole percent (null when nobody was housed). */
  readonly plichtigPercent: number | null;
}

const percent = (part: number, whole: number): number => Math.round((part / whole) * 100);

// Huisvestingswet 2014 art. 28–29 (taakstelling per half year)
export function taakstellingFigures(c: TaakstellingCounts): TaakstellingFigures {
  return {
    ...c,
    realisedPercent: c.taakstelling === null || c.taakstelling === 0 ? null : percent(c.housed, c.taakstelling),
    plichtigPercent: c.housed === 0 ? null : percent(c.housedPlichtig, c.housed),
  };
}
