// A placement under a contract (ADR 0116): the contract must cover the case's gemeente and route and
// run on the date of the aanbod; the location and start moment must be the contract's; the provider
// needs DUO's instellingsnummer, since the melding to DUO is the same as without a contract.
import { eq } from 'drizzle-orm';
import { contractFits, formatDutchDate, type IsoDate, type LearningRoute } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { providerContracts, providers } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

export interface ChosenContract {
  contractId: string;
  providerName: string;
  instellingsnummer: string;
  location: string;
  startMoment: IsoDate;
}

export async function chosenContract(
  tx: Tx,
  want: { contractId: string; location: string; startMoment: IsoDate; gemeenteId: string; route: LearningRoute | null; on: IsoDate },
): Promise<ChosenContract> {
  const [row] = await tx
    .select({ contract: providerContracts, providerName: providers.name, instellingsnummer: providers.instellingsnummer })
    .from(providerContracts)
    .innerJoin(providers, eq(providers.id, providerContracts.providerId))
    .where(eq(providerContracts.id, want.contractId));
  const c = row?.contract;
  const fits =
    c !== undefined &&
    contractFits(
      { id: c.id, gemeenteIds: c.gemeenteIds, routes: c.routes, keurmerk: c.keurmerk, keurmerkValidUntil: c.keurmerkValidUntil, startsOn: c.startsOn, endsOn: c.endsOn },
      { gemeenteId: want.gemeenteId, route: want.route, on: want.on },
    );
  if (!row || !c || !fits) {
    throw new AppError('VALIDATION_FAILED', { field: 'contractId', message: `Contract: dit contract geldt niet voor de gemeente en leerroute van dit dossier op ${formatDutchDate(want.on)}. Kies een ander contract.` });
  }
  const location = c.locations.find((l) => l.name === want.location);
  if (!location) throw new AppError('VALIDATION_FAILED', { field: 'location', message: 'Locatie: kies een locatie van het contract.' });
  if (!location.startMoments.includes(want.startMoment)) throw new AppError('VALIDATION_FAILED', { field: 'startMoment', message: `Startmoment: ${formatDutchDate(want.startMoment)} is geen startmoment van ${location.name}.` });
  if (row.instellingsnummer === null) {
    throw new AppError('VALIDATION_FAILED', { field: 'contractId', message: `Contract: ${row.providerName} heeft geen instellingsnummer van DUO; vul dat bij de aanbieder in voordat u iemand plaatst.` });
  }
  return { contractId: c.id, providerName: row.providerName, instellingsnummer: row.instellingsnummer, location: location.name, startMoment: want.startMoment };
}
