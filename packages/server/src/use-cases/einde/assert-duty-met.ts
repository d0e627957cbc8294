// Closing with the reason "aan de inburgeringsplicht voldaan" only when the rules say so (dutyState).
import type { Tx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { loadEindeState } from './einde-support.ts';

export async function assertDutyMet(tx: Tx, caseId: string): Promise<void> {
  const { duty } = await loadEindeState(tx, caseId);
  if (!duty.value) {
    throw new AppError('STEP_NOT_ALLOWED', { field: 'reason', message: `Reden: aan de inburgeringsplicht is nog niet voldaan. ${duty.explanation.summary}`, extra: { explanation: duty.explanation } });
  }
}
