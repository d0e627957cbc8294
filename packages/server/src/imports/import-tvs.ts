// COA/TVS import (R1): every row is checked as a registration (createCaseInput, the rules core's
// duty assessment) and registered like registerNewcomer does — new people in bulk per batch, known
// people through registerNewcomer itself — in short batches (run-import.ts). A re-import updates
// instead of duplicating; an unchanged row writes nothing.
import { z } from 'zod';
import { text } from '../contract/input-fields.ts';
import { AppError } from '../errors.ts';
import type { Tx } from '../db/database.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { createCaseInput, type RegistrationInput } from '../use-cases/cases/case-input.types.ts';
import { planUpdate, registerNewcomer } from '../use-cases/registration/register-newcomer.ts';
import { completeRegistrations, defaultCaseManager, gatherRegistrations, gemeenteSettings, ImportMemo, newCaseRow, newCaseSignals, type BatchGemeente } from '../use-cases/registration/register-in-bulk.ts';
import { booleanFrom, isoDateFrom, parseTvs, TvsFormatError, columnNameOf, type TvsFile, type TvsRow } from './tvs.ts';
import { createJob, findJob, finishJob, interruptedReason, touchJob, type ImportRejection, type JobRecord, type JobRow } from './job-store.ts';
import { BatchWriter } from './batch-writer.ts';
import { KnownIdentities } from './known-identities.ts';
import { labelOfCaseField } from './field-labels.ts';
import { ImportStopped, PLAN_AHEAD_SLICE, runImport, trackImport, yieldToEventLoop, type Importer, type RunOptions } from './run-import.ts';
import { kickReconciliation } from './reconciliation/reconcile.ts';

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
  const column = (f: string) => columnNameOf(file, f) ?? fieldNames[f] ?? f;
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

/** A TVS row with its registration, or why it is refused; decided once, before the batches. */
interface TvsUnit {
  line: number;
  mapped: { input: RegistrationInput } | { rejections: ImportRejection[] };
}

const rejectedRow = (unit: TvsUnit, rejections: ImportRejection[]): JobRow => ({ sheet: null, row: unit.line, outcome: 'afgewezen', caseId: null, details: rejections });

/** The same person twice in one file: the later row is refused (it would race the first in one batch). */
function markDuplicates(units: TvsUnit[], file: TvsFile): void {
  const seen = new Map<string, number>();
  for (const unit of units) {
    if (!('input' in unit.mapped)) continue;
    const { input } = unit.mapped;
    const keys = [input.bsn ? `${input.gemeenteId}|b|${input.bsn}` : null, input.vNumber ? `${input.gemeenteId}|v|${input.vNumber}` : null].filter((k): k is string => k !== null);
    const earlier = keys.map((k) => seen.get(k)).find((l) => l !== undefined);
    if (earlier !== undefined) {
      const field = input.bsn && seen.has(`${input.gemeenteId}|b|${input.bsn}`) ? (file.columnNames.bsn ?? 'BSN') : (file.columnNames.vNumber ?? 'V-nummer');
      unit.mapped = { rejections: [{ row: unit.line, field, reason: `Deze persoon staat ook in regel ${earlier} van dit bestand; alleen die regel is verwerkt.` }] };
      continue;
    }
    for (const k of keys) seen.set(k, unit.line);
  }
}

/** The case of this person in the batch's existing cases; a conflict when BSN and V-nummer point at two cases. */
export function matchCase(existing: readonly CaseRow[], input: Pick<RegistrationInput, 'gemeenteId' | 'bsn' | 'vNumber'>): CaseRow | 'conflict' | undefined {
  const byBsn = input.bsn ? existing.find((c) => c.gemeenteId === input.gemeenteId && c.bsn === input.bsn) : undefined;
  const byV = input.vNumber ? existing.find((c) => c.gemeenteId === input.gemeenteId && c.vNumber === input.vNumber) : undefined;
  if (byBsn && byV && byBsn.id !== byV.id) return 'conflict';
  return byBsn ?? byV;
}

export const identityConflict = 'Het BSN en het V-nummer horen in Koers bij twee verschillende dossiers; controleer de gegevens.';

/** A new person planned: their report line, case row and the rows of their registration, gathered apart. */
interface Planned {
  row: JobRow;
  caseRow: CaseRow;
  rows: BatchWriter;
}

class TvsImporter implements Importer<TvsUnit> {
  readonly units: TvsUnit[];
  private readonly memo = new ImportMemo();
  private readonly known = new KnownIdentities(() => this.units.flatMap((u) => ('input' in u.mapped ? [u.mapped.input] : [])));
  /** New people planned ahead (PostgreSQL, `planAhead`), used by the batch they land in. */
  private readonly ready = new Map<TvsUnit, Planned>();
  /** Counts failed batches: planning ahead that began before one stops. */
  private generation = 0;

  constructor(
    private readonly ctx: UseCaseContext,
    private readonly file: TvsFile,
    defaultGemeente: string | undefined,
  ) {
    this.units = file.rows.map((row) => ({ line: row.line, mapped: toRegistration(row, file, ctx, defaultGemeente) }));
    markDuplicates(this.units, file);
  }

  private column(field: string): string {
    return columnNameOf(this.file, field) ?? fieldNames[field] ?? labelOfCaseField(field);
  }

  failedRow(unit: TvsUnit, reason: { field: string; reason: string }): JobRow {
    return rejectedRow(unit, [{ row: unit.line, ...reason }]);
  }

  batchFailed(): void {
    this.ready.clear();
    this.generation++;
    this.memo.forget();
    this.known.perBatch();
  }

  async processBatch(tx: Tx, units: readonly TvsUnit[], dryRun: boolean, ahead: readonly TvsUnit[] = []): Promise<JobRow[]> {
    const { ctx } = this;
    const today = todayIn(ctx.now);
    const inputs = units.flatMap((u) => ('input' in u.mapped ? [u.mapped.input] : []));
    const existing = await this.known.existing(tx, inputs);
    const settings = dryRun ? new Map<string, BatchGemeente>() : await gemeenteSettings(tx, [...new Set(inputs.map((i) => i.gemeenteId))], this.memo);
    const writer = new BatchWriter(ctx);
    const created: CaseRow[] = [];
    const rows: JobRow[] = [];
    for (const unit of units) {
      const ready = this.ready.get(unit);
      this.ready.delete(unit);
      if (ready && !dryRun) {
        rows.push(ready.row);
        created.push(ready.caseRow);
        writer.take(ready.rows);
        continue;
      }
      if (!('input' in unit.mapped)) {
        rows.push(rejectedRow(unit, unit.mapped.rejections));
        continue;
      }
      const { input } = unit.mapped;
      const match = matchCase(existing, input);
      if (match === 'conflict') {
        rows.push(rejectedRow(unit, [{ row: unit.line, field: this.column('bsn'), reason: identityConflict }]));
        continue;
      }
      if (match) {
        const { changes } = planUpdate(match, input, today);
        const fields = Object.keys(changes);
        if (fields.length === 0) {
          rows.push({ sheet: null, row: unit.line, outcome: 'ongewijzigd', caseId: match.id, details: [] });
          continue;
        }
        // Updates are rare (a corrected row): the one-by-one registration, with everything it does.
        if (!dryRun) await registerNewcomer(tx, ctx, input, { onExisting: 'update' });
        rows.push({ sheet: null, row: unit.line, outcome: 'bijgewerkt', caseId: match.id, details: fields.map((f) => this.column(f)) });
        continue;
      }
      if (dryRun) {
        newCaseRow(input, defaultCaseManager(ctx, input.caseManagerId), ctx.now, today);
        rows.push({ sheet: null, row: unit.line, outcome: 'nieuw', caseId: null, details: [] });
        continue;
      }
      const planned = this.newPerson(unit, input, settings.get(input.gemeenteId), today);
      rows.push(planned.row);
      created.push(planned.caseRow);
      writer.take(planned.rows);
    }
    if (!dryRun && created.length > 0) {
      const next = ahead.filter((u) => !this.ready.has(u));
      if (next.length > 0) writer.whileWriting = (written) => this.planAhead(next, written);
      await completeRegistrations(tx, ctx, writer, created, this.memo);
    }
    return rows;
  }

  /** A new person's report line, case row and registration rows (history, timeline, processing log, signals), gathered apart. */
  private newPerson(unit: TvsUnit, input: RegistrationInput, settings: BatchGemeente | undefined, today: string): Planned {
    const { ctx } = this;
    const caseRow = newCaseRow(input, defaultCaseManager(ctx, input.caseManagerId), ctx.now, today);
    const rows = new BatchWriter(ctx);
    gatherRegistrations(ctx, rows, [{ row: caseRow, source: 'coa' }], today);
    newCaseSignals(rows, caseRow, settings);
    return { row: { sheet: null, row: unit.line, outcome: 'nieuw', caseId: caseRow.id, details: [] }, caseRow, rows };
  }

  /**
   * PostgreSQL (ADR 0077 addendum of the thirteenth session, as the caseload import does since the twelfth):
   * while a batch's insert runs in the database, Node plans the new people of the next units, the ones the
   * file's look-up did not find (their batch would read no case for them), with the gemeente settings the
   * import has read. A little at a time, with a turn for the event loop between, and only until the insert
   * has answered. A failed batch discards it all.
   */
  private async planAhead(units: readonly TvsUnit[], written: () => boolean): Promise<void> {
    const today = todayIn(this.ctx.now);
    const generation = this.generation;
    for (let i = 0; i < units.length; i++) {
      if (i % PLAN_AHEAD_SLICE === 0) await yieldToEventLoop();
      if (written() || generation !== this.generation) return;
      const unit = units[i]!;
      if (!('input' in unit.mapped)) continue;
      const { input } = unit.mapped;
      const settings = this.memo.settings.get(input.gemeenteId);
      if (settings === undefined || !this.known.knownNew([input])) continue;
      try {
        this.ready.set(unit, this.newPerson(unit, input, settings, today));
      } catch {
        // Not this batch's unit: it is planned again in its own batch, whose failure handling refuses it there.
      }
    }
  }
}

export interface ImportRunSettings extends RunOptions {
  dryRun: boolean;
}

/** Parses the file into an importer (a VALIDATION_FAILED on the csv field when it cannot be read). */
function tvsImporter(ctx: UseCaseContext, request: ImportRequest): { importer: TvsImporter; defaultGemeente: string | undefined } {
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
  return { importer: new TvsImporter(ctx, file, defaultGemeente), defaultGemeente };
}

export const importRequestSchema = z.strictObject({
  csv: text().min(1, 'Kies een CSV-bestand').max(20_000_000, 'Het bestand is te groot (maximaal 20 MB).'),
  fileName: text().trim().max(255).optional(),
  gemeenteId: z.uuid('Kies een gemeente').optional(),
});

/**
 * Starts a TVS import (or its dry run). With `wait` the import runs to the end before answering
 * (small files, scripts); otherwise it runs in the background and GET /api/imports/:jobId reports
 * progress. A dry run keeps the file, so the real run can follow from it (`executeDryRun`).
 */
export async function startTvsImport(ctx: UseCaseContext, request: ImportRequest, wait: boolean, settings: ImportRunSettings): Promise<JobRecord> {
  const { importer, defaultGemeente } = tvsImporter(ctx, request);
  const job = await createJob(ctx, {
    kind: 'tvs',
    dryRun: settings.dryRun,
    gemeenteId: defaultGemeente ?? null,
    fileName: request.fileName ?? null,
    fileKind: 'csv',
    files: settings.dryRun ? [{ name: request.fileName ?? 'tvs.csv', base64: Buffer.from(request.csv, 'utf8').toString('base64') }] : null,
    total: importer.units.length,
  });
  return runInBackground(ctx, job, importer, settings, wait, (f) => fieldNames[f] ?? labelOfCaseField(f), false);
}

/** The real run of a TVS dry run, from its stored file. */
export async function startTvsFromDryRun(ctx: UseCaseContext, dryRun: JobRecord, wait: boolean, settings: Omit<ImportRunSettings, 'dryRun'>): Promise<JobRecord> {
  const stored = dryRun.files?.[0];
  if (!stored) throw new AppError('STEP_NOT_ALLOWED', { message: 'Het bestand van deze proefimport is niet meer bewaard. Kies het bestand opnieuw.' });
  const request: ImportRequest = { csv: Buffer.from(stored.base64, 'base64').toString('utf8'), fileName: dryRun.fileName ?? undefined, gemeenteId: dryRun.gemeenteId ?? undefined };
  const { importer, defaultGemeente } = tvsImporter(ctx, request);
  const job = await createJob(ctx, { kind: 'tvs', dryRun: false, dryRunId: dryRun.id, gemeenteId: defaultGemeente ?? null, fileName: dryRun.fileName, fileKind: 'csv', files: null, total: importer.units.length });
  return runInBackground(ctx, job, importer, { ...settings, dryRun: false }, wait, (f) => fieldNames[f] ?? labelOfCaseField(f), false);
}

/**
 * Runs an importer for a stored job: in the background (the promise is kept and its failure
 * recorded on the job), or to the end when `wait`. Returns the job as stored afterwards.
 */
export async function runInBackground<U>(
  ctx: UseCaseContext,
  job: JobRecord,
  importer: Importer<U>,
  settings: ImportRunSettings,
  wait: boolean,
  label: (field: string) => string,
  reconcile: boolean,
): Promise<JobRecord> {
  const heartbeat = setInterval(() => void touchJob(ctx, job.id).catch(() => undefined), 10_000);
  heartbeat.unref();
  const { dryRun: _dryRun, ...options } = settings;
  const work = runImport(ctx, job, importer, options, label)
    .then(async () => {
      await finishJob(ctx.db, ctx, job.id, { status: 'klaar', keepFiles: settings.dryRun, reconcile: reconcile && !settings.dryRun });
      if (reconcile && !settings.dryRun) kickReconciliation(ctx.db);
    })
    .catch(async (error: unknown) => {
      const stored = error instanceof ImportStopped ? await findJob(ctx, job.id) : undefined;
      const reason = stored
        ? interruptedReason(stored.processed, stored.total)
        : `De import is afgebroken door een fout aan onze kant${error instanceof AppError ? `: ${error.message}` : ''}. Wat vóór de fout verwerkt was, is opgeslagen; importeer het bestand opnieuw voor de rest.`;
      await finishJob(ctx.db, ctx, job.id, { status: 'mislukt', error: reason, keepFiles: settings.dryRun, reconcile: false });
    })
    .catch(() => undefined)
    .finally(() => clearInterval(heartbeat));
  trackImport(ctx.db, work);
  if (wait) await work;
  return (await findJob(ctx, job.id)) ?? job;
}
