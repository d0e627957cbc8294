import type { Tx } from '../../db/database.ts';

/** One provider report (voortgangsrapportage of a taal-, MAP- or PVT-aanbieder) as the gesprek's report shows it. */
export interface ProviderReportSummary {
  reportedOn: string;
  providerName: string;
  text: string;
}

/**
 * The provider reports of a case since the previous voortgangsgesprek (R13, R19).
 * TODO(package Q, providers/contracts/provider reports): read Q's provider-report tables here.
 * Until Q is merged there are none, and the report says so.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- becomes a query once package Q's tables exist
export async function providerReportsSince(_tx: Tx, _caseId: string, _since: string | null, _until: string): Promise<ProviderReportSummary[]> {
  return [];
}
