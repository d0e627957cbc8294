// The reporting periods of the dashboard: a from/to pair (both inclusive) and the presets a
// teamleider or beleidsadviseur picks most (half years are what the council and the ministry ask for).
import { addDays, type IsoDate } from '../rules/dates.ts';

export interface ReportPeriod {
  readonly from: IsoDate;
  readonly to: IsoDate;
}

export const periodPresets = ['dit-halfjaar', 'vorig-halfjaar', 'dit-jaar'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const periodPresetLabel: Record<PeriodPreset, string> = {
  'dit-halfjaar': 'Dit halfjaar',
  'vorig-halfjaar': 'Vorig halfjaar',
  'dit-jaar': 'Dit jaar',
};

/** The half year (1: January–June, 2: July–December) as a period. */
export function halfYearPeriod(year: number, half: 1 | 2): ReportPeriod {
  return half === 1 ? { from: `${year}-01-01`, to: `${year}-06-30` } : { from: `${year}-07-01`, to: `${year}-12-31` };
}

export function halfOf(date: IsoDate): { year: number; half: 1 | 2 } {
  return { year: Number(date.slice(0, 4)), half: Number(date.slice(5, 7)) <= 6 ? 1 : 2 };
}

export function presetPeriod(preset: PeriodPreset, today: IsoDate): ReportPeriod {
  const { year, half } = halfOf(today);
  switch (preset) {
    case 'dit-halfjaar':
      return halfYearPeriod(year, half);
    case 'vorig-halfjaar':
      return half === 2 ? halfYearPeriod(year, 1) : halfYearPeriod(year - 1, 2);
    case 'dit-jaar':
      return { from: `${year}-01-01`, to: `${year}-12-31` };
    default:
      return preset satisfies never;
  }
}

/** The day after the period: the exclusive upper bound for date comparisons. */
export function periodEndExclusive(period: ReportPeriod): IsoDate {
  return addDays(period.to, 1);
}
