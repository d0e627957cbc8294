// Providers and their contracts (R12): kinds, the keurmerk's validity and which contracts a
// placement may pick. Pure: the date is passed in.
import { compareDates, type IsoDate } from '../rules/dates.ts';
import type { LearningRoute } from '../rules/types.ts';

export const providerKinds = ['taalaanbieder', 'map-aanbieder', 'pvt-aanbieder', 'participatieorganisatie', 'budgetbeheerder'] as const;
export type ProviderKind = (typeof providerKinds)[number];

export function providerKindLabel(kind: ProviderKind): string {
  switch (kind) {
    case 'taalaanbieder':
      return 'Taalaanbieder';
    case 'map-aanbieder':
      return 'MAP-aanbieder';
    case 'pvt-aanbieder':
      return 'PVT-aanbieder';
    case 'participatieorganisatie':
      return 'Participatieorganisatie';
    case 'budgetbeheerder':
      return 'Budgetbeheerder';
    default:
      return kind satisfies never;
  }
}

export const keurmerken = ['blik-op-werk'] as const;
export type Keurmerk = (typeof keurmerken)[number];

export function keurmerkLabel(keurmerk: Keurmerk): string {
  switch (keurmerk) {
    case 'blik-op-werk':
      return 'Blik op Werk';
    default:
      return keurmerk satisfies never;
  }
}

export interface ContractRoute {
  readonly route: LearningRoute;
  /** Price per trajectory in cents (seed 004: B1 560000, Z-route 920000). */
  readonly priceCents: number;
}

export interface ContractLocation {
  readonly name: string;
  readonly startMoments: readonly IsoDate[];
}

export interface ContractSnapshot {
  readonly id: string;
  readonly gemeenteIds: readonly string[];
  readonly routes: readonly ContractRoute[];
  readonly keurmerk: Keurmerk | null;
  readonly keurmerkValidUntil: IsoDate | null;
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
}

export type KeurmerkStatus = 'geldig' | 'verlopen' | 'geen';

// art. 7.3 lid 1 Besluit inburgering 2021 (keurmerk van de cursusinstelling, Blik op Werk)
export function keurmerkStatus(keurmerk: Keurmerk | null, validUntil: IsoDate | null, on: IsoDate): KeurmerkStatus {
  if (keurmerk === null) return 'geen';
  if (validUntil !== null && compareDates(validUntil, on) < 0) return 'verlopen';
  return 'geldig';
}

export function keurmerkStatusLabel(status: KeurmerkStatus): string {
  switch (status) {
    case 'geldig':
      return 'Geldig';
    case 'verlopen':
      return 'Verlopen';
    case 'geen':
      return 'Geen keurmerk';
    default:
      return status satisfies never;
  }
}

/** The contract runs on the date (both ends inclusive). */
export function contractRunsOn(contract: Pick<ContractSnapshot, 'startsOn' | 'endsOn'>, on: IsoDate): boolean {
  return compareDates(contract.startsOn, on) <= 0 && compareDates(on, contract.endsOn) <= 0;
}

// art. 16 lid 1 Wet inburgering 2021 (het college biedt de leerroute aan): a contract of the gemeente, for the route, running on the date
export function contractFits(contract: ContractSnapshot, want: { readonly gemeenteId: string; readonly route: LearningRoute | null; readonly on: IsoDate }): boolean {
  return (
    contract.gemeenteIds.includes(want.gemeenteId) &&
    (want.route === null || contract.routes.some((r) => r.route === want.route)) &&
    contractRunsOn(contract, want.on)
  );
}
