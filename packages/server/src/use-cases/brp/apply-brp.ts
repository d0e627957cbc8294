import { differences, mapPersoon, veldLabels, type BrpClient, type OvernameVeld, type Verschil } from '@koers/brp';
import { formatDutchDate } from '@koers/domain';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { inScope } from '../../db/scope.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError, type FieldProblem } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { caseView } from '../cases/case.view.ts';
import { correctCase } from '../cases/update-case.ts';
import type { ApplyBrpInput } from './brp.types.ts';
import { consultBrp } from './consult-brp.ts';
import { koersPersoonsgegevens } from './personal-data.ts';
import type { ApplyBrpResult } from './brp.view.ts';
import { keysOf } from '../../util/records.ts';


/**
 * Takes the chosen fields over from the BRP into the case, through the same write path as a
 * correction by hand (version check, duty determined again when birth date or nationality
 * changes, history, timeline, processing log, signals). The BRP is asked again now, so what is
 * stored is what the BRP says at this moment; a field whose BRP value cannot be stored as it is
 * (incomplete date, no country code, another gemeente) is refused with the reason, and then
 * nothing changes.
 */
export async function applyBrp(
  ctx: UseCaseContext,
  brp: BrpClient | undefined,
  caseId: string,
  input: ApplyBrpInput,
): Promise<ApplyBrpResult> {
  const { row, persoon } = await consultBrp(ctx, brp, caseId);
  const mapped = mapPersoon(persoon);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await findCase(tx, caseId, { forUpdate: true });
    // The BRP was asked about the BSN the case had a moment ago; a change since then is a conflict.
    if (before.version !== input.version || before.bsn !== row.bsn) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const koers = koersPersoonsgegevens(before, ctx.principal);
    const byField = new Map<string, Verschil>(differences(koers, mapped).map((v) => [v.field, v]));
    const inschrijving = koers.inschrijvingVeld;
    const refused: FieldProblem[] = [];
    const patch: Partial<Record<OvernameVeld, string>> = {};
    for (const field of input.fields) {
      const v = byField.get(field);
      if ((field === 'registeredOn' || field === 'movedInOn') && field !== inschrijving) {
        refused.push({
          field,
          message: `${veldLabels[field]}: bij dit dossier hoort de inschrijvingsdatum uit de BRP bij '${veldLabels[inschrijving]}'.`,
        });
      } else if ((field === 'registeredOn' || field === 'movedInOn') && byField.has('gemeenteVanInschrijving')) {
        refused.push({ field, message: `${veldLabels[field]}: ${byField.get('gemeenteVanInschrijving')?.reason ?? ''}` });
      } else if (v && !v.applicable) {
        refused.push({ field, message: `${v.label}: ${v.reason ?? 'niet over te nemen'}` });
      } else if (v && v.brp.value !== null) {
        patch[field] = v.brp.value;
      }
      // No difference: the case already says what the BRP says.
    }
    const first = refused[0];
    if (first) throw new AppError('BRP_NOT_APPLICABLE', { field: 'fields', message: first.message, details: refused });
    const applied = keysOf(patch);
    if (applied.length === 0) {
      // Nothing to change, but the answer shows the case: that read is logged.
      await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'applyBrpData', [
        { resourceType: 'case', resourceId: before.id, subject: { type: 'case', id: before.id }, gemeenteId: before.gemeenteId },
      ]);
      return { case: caseView(before, ctx.principal), applied };
    }
    const labels = applied.map((f) => veldLabels[f].toLowerCase());
    const after = await correctCase(tx, ctx, before, input.version, patch, {
      reason: `Overgenomen uit de BRP (raadpleging van ${formatDutchDate(todayIn(ctx.now))})`,
      event: { kind: 'case.brp-applied', summary: () => `Gegevens overgenomen uit de BRP: ${labels.join(', ')}.` },
      operationName: 'applyBrpData',
    });
    return { case: caseView(after, ctx.principal), applied };
  });
}
