// A provider's CSV upload of reports (R13): every row checked, valid rows stored in one transaction,
// rejected rows reported with line, column and reason. Idempotent: a row equal to what is stored
// changes nothing, so the same file twice changes nothing (ADR 0118).
import { and, eq } from 'drizzle-orm';
import { cases, casePlacements, gemeentenInScope, providerContracts } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { syncReportedHours } from '../traject/reported-hours.ts';
import type { UseCaseContext } from '../context.ts';
import { linkedProvider, notLinkedMessage } from './provider-access.ts';
import { parseReportsCsv, ReportsCsvFormatError } from './reports-csv.ts';
import { storeReport, type StoreOutcome } from './store-report.ts';
import type { ReportsImportResult } from './reports.view.ts';

export async function importReportsCsv(ctx: UseCaseContext, content: string): Promise<ReportsImportResult> {
  let parsed: ReturnType<typeof parseReportsCsv>;
  try {
    parsed = parseReportsCsv(content);
  } catch (e) {
    if (e instanceof ReportsCsvFormatError) throw new AppError('VALIDATION_FAILED', { field: 'csv', message: e.message });
    throw e;
  }
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const provider = await linkedProvider(tx, ctx.principal);
    if (!provider) throw new AppError('VALIDATION_FAILED', { field: 'csv', message: notLinkedMessage });
    const placements = await tx
      .select({ placement: casePlacements, caseNumber: cases.caseNumber, gemeenteCode: gemeentenInScope.code })
      .from(casePlacements)
      .innerJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
      .innerJoin(cases, eq(cases.id, casePlacements.caseId))
      .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, casePlacements.gemeenteId))
      .where(and(eq(providerContracts.providerId, provider.id), eq(casePlacements.status, 'actief')));
    const byKey = new Map(placements.map((p) => [`${p.gemeenteCode}|${p.caseNumber ?? ''}`, p.placement]));
    const counts: Record<StoreOutcome, number> = { nieuw: 0, gewijzigd: 0, ongewijzigd: 0 };
    const rejected = [...parsed.errors];
    const weeksChanged = new Set<string>();
    for (const row of parsed.rows) {
      const placement = byKey.get(`${row.gemeentecode}|${row.dossiernummer}`);
      if (!placement) {
        rejected.push({ line: row.line, field: 'dossiernummer', message: `dossiernummer: ${row.dossiernummer} van gemeente ${row.gemeentecode} is geen lopende plaatsing onder een contract van ${provider.name}` });
        continue;
      }
      try {
        const caseRow = await findCase(tx, placement.caseId, { forUpdate: true });
        const outcome = await storeReport(tx, ctx, placement, caseRow, row.report);
        counts[outcome] += 1;
        if (outcome !== 'ongewijzigd' && row.report.kind === 'week') weeksChanged.add(placement.caseId);
      } catch (e) {
        // storeReport checks before it writes: a refused row leaves nothing behind.
        if (!(e instanceof AppError) || e.code !== 'VALIDATION_FAILED') throw e;
        rejected.push({ line: row.line, field: e.field === 'placement' ? 'dossiernummer' : 'datum', message: e.message });
      }
    }
    for (const caseId of weeksChanged) await syncReportedHours(tx, ctx, await findCase(tx, caseId, { forUpdate: true }));
    return { rows: parsed.rows.length + new Set(parsed.errors.map((e) => e.line)).size, ...counts, rejected: rejected.sort((a, b) => a.line - b.line) };
  });
}
