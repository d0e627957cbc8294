// COA/TVS import (R1): every row through registerNewcomer, one transaction per row, so a bad row
// never half-writes and a re-import updates instead of duplicating.
import { z } from 'zod';
import { inScope } from '../db/scope.ts';
import { scopeOf } from '../auth/principal.ts';
import { pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { createCaseInput, type RegistrationInput } from '../use-cases/case-input.types.ts';
import { registerNewcomer } from '../use-cases/registration/register-newcomer.ts';
import { booleanFrom, isoDateFrom, parseTvs, TvsFormatError, type TvsField, type TvsFile, type TvsRow } from './tvs.ts';
import { newJob, type ImportJob, type ImportRejection } from './jobs.ts';
import { text } from '../routes/schemas.ts';

export interface ImportRequest {
  csv: string;
  fileName?: string | undefined;
  /** Gemeente for rows without a gemeentecode (default: the user's only gemeente). */
  gemeenteId?: string | undefined;
}

const fieldNames: Record<string, string> = {
  vNumber: 'V-nummer',
  bsn: 'BSN',
  familyName: 'achternaam',
  givenNames: 'voornamen',
  birthDate: 'geboortedatum',
  nationality: 'nationaliteit',
  permit: 'verblijfsvergunning',
  linkedOn: 'datum koppeling',
  coaLocation: 'COA-locatie',
  coaReference: 'COA-referentie',
  gemeenteCode: 'gemeentecode',
  gemeenteId: 'gemeentecode',
  joinsProtectedHolder: 'nareiziger',
  phone: 'telefoon',
  email: 'e-mail',
  preferredLanguage: 'taal',
  interpreterNeeded: 'tolk',
  housedOn: 'datum huisvesting',
};

/** Maps one row to a registration, or the reasons it is rejected. */
function toRegistration(row: TvsRow, file: TvsFile, ctx: UseCaseContext, defaultGemeente: string | undefined): { input: RegistrationInput } | { rejections: ImportRejection[] } {
  const v = row.values;
  const column = (f: string) => file.columnNames[f as TvsField] ?? fieldNames[f] ?? f;
  const rejections: ImportRejection[] = [];
  let gemeenteId = defaultGemeente;
  if (v.gemeenteCode) {
    const code = v.gemeenteCode.padStart(4, '0');
    const gemeente = ctx.principal.gemeenten.find((g) => g.code === v.gemeenteCode || g.code === code);
    if (!gemeente) {
      rejections.push({ row: row.line, field: column('gemeenteCode'), reason: `U werkt niet voor gemeente ${v.gemeenteCode}; deze regel is niet verwerkt.` });
    } else {
      gemeenteId = gemeente.id;
    }
  } else if (!gemeenteId) {
    rejections.push({ row: row.line, field: column('gemeenteCode'), reason: 'Geen gemeentecode: kies bij het importeren een gemeente of vul de kolom gemeentecode.' });
  }
  const bools: Partial<Record<'joinsProtectedHolder' | 'interpreterNeeded', boolean>> = {};
  for (const f of ['joinsProtectedHolder', 'interpreterNeeded'] as const) {
    const raw = v[f];
    if (raw === undefined) continue;
    const b = booleanFrom(raw);
    if (b === null) rejections.push({ row: row.line, field: column(f), reason: `Vul ja of nee in (niet "${raw}").` });
    else bools[f] = b;
  }
  const permit = v.permit?.toLowerCase();
  const candidate = {
    gemeenteId: gemeenteId ?? '00000000-0000-0000-0000-000000000000',
    ...(v.bsn ? { bsn: v.bsn.replace(/\D/g, '').padStart(9, '0') } : {}),
    ...(v.vNumber ? { vNumber: v.vNumber.replace(/\D/g, '') } : {}),
    givenNames: v.givenNames ?? '',
    familyName: v.familyName ?? '',
    birthDate: v.birthDate ? isoDateFrom(v.birthDate) : '',
    nationality: v.nationality ?? '',
    permit: permit?.startsWith('asiel') ? 'asiel' : permit?.startsWith('regulier') ? 'regulier' : (permit ?? ''),
    ...(v.linkedOn ? { linkedOn: isoDateFrom(v.linkedOn) } : {}),
    ...(v.housedOn ? { housedOn: isoDateFrom(v.housedOn) } : {}),
    ...(v.coaLocation ? { coaLocation: v.coaLocation } : {}),
    ...(v.coaReference ? { coaReference: v.coaReference } : {}),
    ...(v.phone ? { phone: v.phone } : {}),
    ...(v.email ? { email: v.email } : {}),
    ...(v.preferredLanguage ? { preferredLanguage: v.preferredLanguage } : {}),
    ...bools,
  };
  const parsed = createCaseInput.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'regel');
      if (key === 'gemeenteId' && rejections.some((r) => r.field === column('gemeenteCode'))) continue;
      rejections.push({ row: row.line, field: column(key), reason: issue.message.startsWith('Invalid') ? 'Ongeldige waarde.' : issue.message });
    }
  }
  if (rejections.length > 0 || !parsed.success) return { rejections };
  return { input: { ...parsed.data, source: 'coa', ...(parsed.data.linkedOn ? { dutyStartOn: parsed.data.dutyStartOn ?? parsed.data.linkedOn } : {}) } };
}

async function importRow(ctx: UseCaseContext, job: ImportJob, row: TvsRow, file: TvsFile, defaultGemeente: string | undefined): Promise<void> {
  const mapped = toRegistration(row, file, ctx, defaultGemeente);
  if ('rejections' in mapped) {
    job.rejected.push(...mapped.rejections);
    return;
  }
  try {
    const { outcome } = await inScope(ctx.db, scopeOf(ctx.principal), (tx) => registerNewcomer(tx, ctx, mapped.input, { onExisting: 'update' }));
    if (outcome === 'created') job.created++;
    else if (outcome === 'unchanged') job.unchanged++;
    else job.updated++;
  } catch (error) {
    if (error instanceof AppError) {
      job.rejected.push({ row: row.line, field: fieldNames[error.field ?? ''] ?? error.field ?? 'regel', reason: error.message });
    } else if (pgErrorCode(error) === uniqueViolation) {
      job.rejected.push({ row: row.line, field: 'BSN', reason: 'Deze persoon heeft al een dossier met een ander BSN of V-nummer; controleer de gegevens.' });
    } else {
      job.rejected.push({ row: row.line, field: 'regel', reason: 'Deze regel kon niet worden verwerkt door een fout aan onze kant.' });
    }
  }
}

/** Processes all rows, updating the job's progress as it goes. */
async function run(ctx: UseCaseContext, job: ImportJob, file: TvsFile, defaultGemeente: string | undefined): Promise<void> {
  for (const row of file.rows) {
    await importRow(ctx, job, row, file, defaultGemeente);
    job.processed++;
  }
  job.status = 'klaar';
  job.finishedAt = new Date();
}

export const importRequestSchema = z.strictObject({
  csv: text().min(1, 'Kies een CSV-bestand').max(20_000_000, 'Het bestand is te groot (maximaal 20 MB).'),
  fileName: text().trim().max(255).optional(),
  gemeenteId: z.uuid('Kies een gemeente').optional(),
});

/**
 * Starts a TVS import. With `wait` the import runs to the end before answering (small files,
 * scripts); otherwise it runs in the background and GET /api/imports/:jobId reports progress.
 */
export async function startTvsImport(ctx: UseCaseContext, request: ImportRequest, wait: boolean): Promise<ImportJob> {
  if (request.gemeenteId && !ctx.principal.gemeenten.some((g) => g.id === request.gemeenteId)) {
    throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
  }
  let file: TvsFile;
  try {
    file = parseTvs(request.csv);
  } catch (error) {
    if (error instanceof TvsFormatError) throw new AppError('VALIDATION_FAILED', { field: 'csv', message: error.message });
    throw error;
  }
  const only = ctx.principal.gemeenten.length === 1 ? ctx.principal.gemeenten[0]?.id : undefined;
  const defaultGemeente = request.gemeenteId ?? only;
  const job = newJob(ctx.principal.userId, request.fileName ?? null, file.rows.length);
  const work = run(ctx, job, file, defaultGemeente).catch((error: unknown) => {
    job.status = 'mislukt';
    job.error = `De import is afgebroken: ${error instanceof Error ? error.message : String(error)}`;
    job.finishedAt = new Date();
  });
  if (wait) await work;
  else void work;
  return job;
}
