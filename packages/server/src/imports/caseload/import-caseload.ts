// Import of the running caseload (R1, R32; docs/caseload-import.md): a person with their PIP
// versions, termijn, placements, hours, results and ontzorgen per unit, checked by the same rules as
// hand entry (person.ts, records.ts) and written in short batches (run-import.ts). Nothing is sent
// to DUO: what is imported is marked `source = 'import'` (DUO knows it already); afterwards a
// reconciliation asks DUO and lists every difference as a werkvoorraad item (reconciliation/).
import { and, eq, inArray } from 'drizzle-orm';
import { formatDutchDate, type CaseSnapshot, type LearningRoute } from '@koers/domain';
import { z } from 'zod';
import { text } from '../../contract/input-fields.ts';
import type { Tx } from '../../db/database.ts';
import { caseHours, casePlacements, caseReliefPeriods, caseResults, cases, pips } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { historyFields } from '../../use-cases/cases/case.view.ts';
import type { RegistrationInput } from '../../use-cases/cases/case-input.types.ts';
import type { UseCaseContext } from '../../use-cases/context.ts';
import { isLearningRoute, type PipRow } from '../../use-cases/pip/pip-support.ts';
import { instellingenLookup, gemeenteOin, type InstellingView } from '../../use-cases/traject/instellingen.ts';
import { planUpdate, registerNewcomer } from '../../use-cases/registration/register-newcomer.ts';
import { caseManagersByEmail, completeRegistrations, gatherRegistrations, gemeenteSettings, ImportMemo, newCaseRow, newCaseSignals, type BatchGemeente } from '../../use-cases/registration/register-in-bulk.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { duoValidationOf } from '../../workqueue/snapshot.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { DuoService } from '../../duo/service.ts';
import { BatchWriter } from '../batch-writer.ts';
import { labelOfCaseField } from '../field-labels.ts';
import { createJob, type JobRecord, type JobRow } from '../job-store.ts';
import { identityConflict, matchCase, runInBackground, type ImportRunSettings } from '../import-tvs.ts';
import { PLAN_AHEAD_SLICE, yieldToEventLoop, type Importer } from '../run-import.ts';
import { cellReader, Refusals, type CellReader } from './cells.ts';
import { headerOf } from './columns.ts';
import { CaseloadFormatError, fileKindOf, parseCaseloadFiles, type Sheet, type UploadedFile } from './parse.ts';
import { checkDuty, personInput } from './person.ts';
import { planHours, planPips, planPlacements, planRelief, planResults, planTerm, readExtensions } from './records.ts';
import { gatherImportRecords, hoursText, importReason, routeText } from './gather-records.ts';
import { loadKnown, type Known } from './known-records.ts';
import { idInput, unitsOf, type CaseloadUnit, type Line } from './units.ts';
import { KnownIdentities } from '../known-identities.ts';

export const caseloadRequestSchema = z.strictObject({
  files: z
    .array(
      z.strictObject({
        name: text().trim().min(1).max(255),
        /** The file's bytes, base64. */
        content: z.base64('Het bestand is niet goed meegestuurd (base64).').min(1, 'Het bestand is leeg.'),
      }),
    )
    .min(1, 'Kies een bestand.')
    .max(3, 'Lever hoogstens drie bestanden aan (Personen, PIP, Plaatsingen).'),
  gemeenteId: z.uuid('Kies een gemeente').optional(),
});
export type CaseloadRequest = z.infer<typeof caseloadRequestSchema>;

const ALLOWED = /\.(csv|txt|xlsx)$/i;
const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** What a batch reads once: the cases Koers has for its persons, their records and the gemeente's trajectregisseurs by e-mail. */
interface BatchFacts {
  existing: readonly CaseRow[];
  known: Known;
  managers: Map<string, string>;
  today: string;
}

/** A unit planned without what Koers has: its report line and, for a new case, its rows. */
interface Planned {
  row: JobRow;
  created?: { caseRow: CaseRow; rows: BatchWriter };
}


const noneKnown: Known = { pips: new Map(), placements: new Map(), hours: new Map(), results: new Map(), relief: new Map() };

/** A person Koers already has: their case and what the Personen row changes in it. */
interface KnownCase {
  match: CaseRow;
  update: ReturnType<typeof planUpdate>;
}

/** One accepted person: the case as it will be and everything their rows add. */
interface UnitPlan {
  person: Line;
  input: RegistrationInput;
  before: KnownCase | null;
  caseRow: CaseRow;
  caseChanges: Partial<CaseRow>;
  term: { start: string; endExclusive: string } | null;
  pips: PipRow[];
  placements: ReturnType<typeof planPlacements>;
  hours: ReturnType<typeof planHours>;
  results: ReturnType<typeof planResults>;
  relief: ReturnType<typeof planRelief>;
}

/** What the import report says it takes over (or changed) for one person. */
function detailsOf({ person, before, caseChanges, term, pips: added, placements, hours, results, relief }: UnitPlan): string[] {
  return [
    ...(before ? Object.keys(before.update.changes).map((f) => headerOf('personen', f, person.sheet.columnNames)) : ['dossier']),
    ...(before ? Object.keys(caseChanges).filter((k) => k !== 'status').map(labelOfCaseField) : []),
    ...added.map((p) => `PIP versie ${p.version} (${routeText(p.route)}, dagtekening ${p.issuedOn ? formatDutchDate(p.issuedOn) : '-'})`),
    ...(term && !before ? [`inburgeringstermijn ${formatDutchDate(term.start)} tot ${formatDutchDate(term.endExclusive)}`] : []),
    ...placements.map((p) => p.label),
    ...hours.map((h) => `uren ${hoursText(h.category)}`),
    ...results.map((r) => (r.kind === 'pvt' ? 'PVT' : r.kind === 'map' ? 'MAP' : 'afronding Z-route')),
    ...(relief ? ['financieel ontzorgen'] : []),
  ];
}

class CaseloadImporter implements Importer<CaseloadUnit> {
  private managers: Map<string, string> | undefined;
  private readonly memo = new ImportMemo();
  /** Units planned ahead (PostgreSQL, `planAhead`), used by the batch they land in. */
  private readonly ready = new Map<CaseloadUnit, Planned>();
  /** Counts failed batches: planning ahead that began before one stops. */
  private generation = 0;
  private readonly known = new KnownIdentities(() => this.units.flatMap((u) => (u.person ? [{ gemeenteId: this.gemeenteId, ...idInput(u.person.row.values) }] : [])));

  constructor(
    private readonly ctx: UseCaseContext,
    readonly units: readonly CaseloadUnit[],
    private readonly gemeenteId: string,
    /** DUO's instellingen, or why there is no list. */
    private readonly instellingen: readonly InstellingView[] | string,
  ) {}

  failedRow(unit: CaseloadUnit, reason: { field: string; reason: string }): JobRow {
    const line = unit.person ?? unit.pips[0] ?? unit.placements[0];
    return { sheet: line?.sheet.name ?? null, row: line?.row.line ?? 0, outcome: 'afgewezen', caseId: null, details: [{ sheet: line?.sheet.name ?? null, row: line?.row.line ?? 0, ...reason }] };
  }

  batchFailed(): void {
    this.ready.clear();
    this.generation++;
    this.memo.forget();
    this.known.perBatch();
  }

  async processBatch(tx: Tx, units: readonly CaseloadUnit[], dryRun: boolean, ahead: readonly CaseloadUnit[] = []): Promise<JobRow[]> {
    const { ctx } = this;
    const today = todayIn(ctx.now);
    this.managers ??= await caseManagersByEmail(tx, this.gemeenteId);
    const identities = units.flatMap((u) => (u.person ? [{ gemeenteId: this.gemeenteId, ...idInput(u.person.row.values) }] : []));
    const existing = await this.known.existing(tx, identities);
    const known = await loadKnown(tx, existing.map((c) => c.id));
    const settings = await gemeenteSettings(tx, [this.gemeenteId], this.memo);
    const batch: BatchFacts = { existing, known, managers: this.managers, today };
    const writer = new BatchWriter(ctx);
    const created: CaseRow[] = [];
    const touched: string[] = [];
    const rows: JobRow[] = [];
    const take = ({ row, created: fresh }: Planned) => {
      rows.push(row);
      if (!fresh) return;
      created.push(fresh.caseRow);
      writer.take(fresh.rows);
    };
    for (const unit of units) {
      const ready = this.ready.get(unit);
      this.ready.delete(unit);
      if (ready && !dryRun) {
        take(ready);
        continue;
      }
      const plan = this.planUnit(unit, batch);
      if ('refused' in plan) {
        take({ row: plan.refused });
        continue;
      }
      const before = plan.before;
      if (!before) {
        take(this.newPerson(plan, settings.get(this.gemeenteId), today, dryRun));
        continue;
      }
      const { person, caseRow } = plan;
      const details = detailsOf(plan);
      const outcome = details.length === 0 ? 'ongewijzigd' : 'bijgewerkt';
      rows.push({ sheet: person.sheet.name, row: person.row.line, outcome, caseId: caseRow.id, details: outcome === 'ongewijzigd' ? [] : details });
      if (dryRun || outcome === 'ongewijzigd') continue;
      // Writing a person Koers has: through registerNewcomer, then what they bring.
      touched.push(before.match.id);
      await this.updateKnownCase(tx, writer, plan, before, known);
      gatherImportRecords(writer, caseRow, { pips: plan.pips, placements: plan.placements.map((p) => p.insert), hours: plan.hours, results: plan.results, relief: plan.relief, known }, today);
    }
    if (!dryRun) {
      const next = ahead.filter((u) => !this.ready.has(u));
      if (next.length > 0) writer.whileWriting = (written) => this.planAhead(next, settings.get(this.gemeenteId), written);
      if (created.length > 0) await completeRegistrations(tx, ctx, writer, created, this.memo);
      else await writer.flush(tx);
      for (const id of touched) await refreshSignals(tx, id, today);
    }
    return rows;
  }

  /** A new person's report line and, unless a dry run, the rows of their registration and of what they bring, gathered apart. */
  private newPerson(plan: UnitPlan, settings: BatchGemeente | undefined, today: string, dryRun: boolean): Planned {
    const { person, caseRow } = plan;
    const row: JobRow = { sheet: person.sheet.name, row: person.row.line, outcome: 'nieuw', caseId: dryRun ? null : caseRow.id, details: detailsOf(plan) };
    if (dryRun) return { row };
    const { ctx } = this;
    const rows = new BatchWriter(ctx);
    gatherRegistrations(ctx, rows, [{ row: caseRow, source: 'import', reason: importReason }], today);
    gatherImportRecords(rows, caseRow, { pips: plan.pips, placements: plan.placements.map((p) => p.insert), hours: plan.hours, results: plan.results, relief: plan.relief, known: undefined }, today);
    const snapshotPips: CaseSnapshot['pips'] = plan.pips.map((p) => ({ version: p.version, status: p.status, duoValidation: duoValidationOf(p.duoValidation), updatedOn: today }));
    newCaseSignals(rows, caseRow, settings, snapshotPips);
    return { row, created: { caseRow, rows } };
  }

  /**
   * PostgreSQL (ADR 0077 addendum of the twelfth session): while a batch's insert runs in the database,
   * the next units are planned as the next batch would plan them: only people the file's look-up did
   * not find (their batch reads no case for them), with the managers and settings the import read
   * once. A little at a time, with a turn for the event loop between (the insert's answer, other
   * users' requests), and only until the insert has answered. A failed batch discards it all.
   */
  private async planAhead(units: readonly CaseloadUnit[], settings: BatchGemeente | undefined, written: () => boolean): Promise<void> {
    const managers = this.managers;
    if (!managers || settings === undefined) return;
    const batch: BatchFacts = { existing: [], known: noneKnown, managers, today: todayIn(this.ctx.now) };
    const generation = this.generation;
    for (let i = 0; i < units.length; i++) {
      if (i % PLAN_AHEAD_SLICE === 0) await yieldToEventLoop();
      if (written() || generation !== this.generation) return;
      const unit = units[i]!;
      const identities = unit.person ? [{ gemeenteId: this.gemeenteId, ...idInput(unit.person.row.values) }] : [];
      if (!this.known.knownNew(identities)) continue;
      try {
        const plan = this.planUnit(unit, batch);
        this.ready.set(unit, 'refused' in plan ? { row: plan.refused } : this.newPerson(plan, settings, batch.today, false));
      } catch {
        // Not this batch's unit: it is planned again in its own batch, whose failure handling refuses it there.
      }
    }
  }

  /** One person checked against the rules core and what Koers has: the case as it will be and what they bring, or their refusal. */
  private planUnit(unit: CaseloadUnit, batch: BatchFacts): UnitPlan | { refused: JobRow } {
    const { ctx } = this;
    const { today } = batch;
    const person = unit.person;
    const refusals = new Refusals();
    const refused = () => ({ refused: this.refused(unit, refusals) });
    for (const r of unit.early) refusals.add(r.sheet ?? '', r.row, r.field, r.reason);
    if (!person || refusals.any) return refused();
    const cells = this.reader(person, refusals);
    const input = personInput(cells, this.gemeenteId);
    const managerEmail = cells.text('caseManager');
    const managerId = managerEmail === undefined ? undefined : batch.managers.get(managerEmail.toLowerCase());
    if (managerEmail !== undefined && managerId === undefined) cells.refuse('caseManager', 'Geen trajectregisseur of teamleider met dit e-mailadres die voor deze gemeente werkt.');
    const extensions = readExtensions(cells);
    if (!input) return refused();
    const match = matchCase(batch.existing, input);
    if (match === 'conflict') {
      cells.refuse('bsn', identityConflict);
      return refused();
    }
    // The case as it is or will be: its duty, target group and regime from the rules core.
    const before = match ? { match, update: planUpdate(match, input, today) } : null;
    let caseRow: CaseRow = before ? { ...before.match, ...before.update.next } : newCaseRow(input, managerId ?? (ctx.principal.role === 'trajectregisseur' ? ctx.principal.userId : null), ctx.now, today, { source: 'import' });
    const elip = checkDuty(cells, caseRow);
    const caseKnown = before ? batch.known : undefined;
    const pipLines = unit.pips.map((l) => ({ cells: this.reader(l, refusals), personCells: cells }));
    const plannedPips = planPips(pipLines, caseRow, caseKnown?.pips.get(caseRow.id) ?? [], { userId: ctx.principal.userId, now: ctx.now, today });
    if (!plannedPips || extensions === undefined || refusals.any) return refused();
    const allPips = [...(caseKnown?.pips.get(caseRow.id) ?? []), ...plannedPips.added].filter((p) => p.status !== 'concept' && p.issuedOn !== null);
    const first = [...allPips].sort((a, b) => a.version - b.version)[0] ?? null;
    const current = [...allPips].sort((a, b) => b.version - a.version)[0] ?? null;
    const term = planTerm(cells, first?.issuedOn ?? null, extensions);
    if (term === undefined) return refused();
    const caseChanges: Partial<CaseRow> = {
      ...(term && (caseRow.termStart !== term.start || caseRow.termEndExclusive !== term.endExclusive) ? { termStart: term.start, termEndExclusive: term.endExclusive } : {}),
      ...(current && caseRow.closedOn === null && caseRow.status !== 'pip-vastgesteld' ? { status: 'pip-vastgesteld' } : {}),
      ...(elip !== caseRow.elip ? { elip } : {}),
      ...(match && managerId && match.caseManagerId !== managerId ? { caseManagerId: managerId } : {}),
    };
    caseRow = { ...caseRow, ...caseChanges };
    const route: LearningRoute | null = isLearningRoute(current?.route) ? current.route : null;
    const userCtx = { userId: ctx.principal.userId, now: ctx.now, today };
    const placements = planPlacements(unit.placements.map((l) => ({ cells: this.reader(l, refusals) })), caseRow, current, term, caseKnown?.placements.get(caseRow.id) ?? [], this.instellingen, userCtx);
    const hours = planHours(cells, caseRow, route, caseKnown?.hours.get(caseRow.id) ?? [], userCtx);
    const results = planResults(cells, caseRow, current, term, caseKnown?.results.get(caseRow.id) ?? [], userCtx);
    const relief = planRelief(cells, caseRow, caseKnown?.relief.get(caseRow.id), userCtx);
    if (refusals.any) return refused();
    return { person, input, before, caseRow, caseChanges, term, pips: plannedPips.added, placements, hours, results, relief };
  }

  /** A case Koers has: its changed facts, and the PIP, placements, hours, results and ontzorgen the file replaces. */
  private async updateKnownCase(tx: Tx, writer: BatchWriter, plan: UnitPlan, { match, update }: KnownCase, known: Known): Promise<void> {
    const { ctx } = this;
    const { caseChanges } = plan;
    if (Object.keys(update.changes).length > 0) await registerNewcomer(tx, ctx, plan.input, { onExisting: 'update' });
    if (Object.keys(caseChanges).length > 0) {
      const [before] = await tx.select().from(cases).where(eq(cases.id, match.id));
      if (!before) throw new AppError('INTERNAL');
      await tx.update(cases).set({ ...caseChanges, version: before.version + 1, updatedAt: ctx.now }).where(eq(cases.id, match.id));
      writer.addHistory({ gemeenteId: match.gemeenteId, entityType: 'case', entityId: match.id, action: 'update', changes: diff(historyFields(before), historyFields({ ...before, ...caseChanges })), reason: importReason });
    }
    const superseded = (known.pips.get(match.id) ?? []).find((p) => p.status === 'vastgesteld');
    if (superseded && plan.pips.length > 0) await tx.update(pips).set({ status: 'gewijzigd', updatedAt: ctx.now }).where(and(eq(pips.id, superseded.id), eq(pips.status, 'vastgesteld')));
    for (const p of plan.placements) if (p.replaces) await tx.update(casePlacements).set({ status: 'vervangen', updatedAt: ctx.now }).where(eq(casePlacements.id, p.replaces));
    if (plan.hours.length > 0) await tx.delete(caseHours).where(and(eq(caseHours.caseId, match.id), inArray(caseHours.category, plan.hours.map((h) => h.category))));
    if (plan.results.length > 0) await tx.delete(caseResults).where(and(eq(caseResults.caseId, match.id), inArray(caseResults.kind, plan.results.map((r) => r.kind))));
    if (plan.relief) await tx.delete(caseReliefPeriods).where(eq(caseReliefPeriods.caseId, match.id));
  }

  private reader(line: Line, refusals: Refusals): CellReader {
    const header = (key: string) => headerOf(line.sheet.kind, key, line.sheet.columnNames);
    return cellReader(line.row.values, header, (field, reason) => refusals.add(line.sheet.name, line.row.line, field, reason));
  }

  private refused(unit: CaseloadUnit, refusals: Refusals): JobRow {
    const line = unit.person ?? unit.pips[0] ?? unit.placements[0];
    return { sheet: line?.sheet.name ?? null, row: line?.row.line ?? 0, outcome: 'afgewezen', caseId: null, details: refusals.list };
  }
}

function decodeFiles(request: CaseloadRequest): UploadedFile[] {
  return request.files.map((f) => {
    if (!ALLOWED.test(f.name)) throw new AppError('VALIDATION_FAILED', { field: 'files', message: `${f.name}: kies een CSV- of Excel-bestand (.csv of .xlsx).` });
    const content = Buffer.from(f.content, 'base64');
    if (content.length > MAX_FILE_BYTES) throw new AppError('VALIDATION_FAILED', { field: 'files', message: `${f.name} is te groot (maximaal 20 MB).` });
    return { name: f.name, content };
  });
}

function gemeenteFor(ctx: UseCaseContext, gemeenteId: string | undefined): string {
  if (gemeenteId) {
    if (!ctx.principal.gemeenten.some((g) => g.id === gemeenteId)) throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'U werkt niet voor deze gemeente.' });
    return gemeenteId;
  }
  const only = ctx.principal.gemeenten.length === 1 ? ctx.principal.gemeenten[0]?.id : undefined;
  if (!only) throw new AppError('VALIDATION_FAILED', { field: 'gemeenteId', message: 'Kies de gemeente van deze dossiers.' });
  return only;
}

/** DUO's list of instellingen for the placements (outside any transaction), or why there is none. */
async function instellingenFor(ctx: UseCaseContext, gemeenteId: string, duo: DuoService | undefined, needed: boolean): Promise<readonly InstellingView[] | string> {
  if (!needed) return [];
  try {
    const oin = await inScope(ctx.db, scopeOf(ctx.principal), (tx) => gemeenteOin(tx, gemeenteId));
    return await instellingenLookup(duo)(oin, ctx.now);
  } catch (error) {
    return error instanceof AppError ? error.message.replace('er is niets opgeslagen', 'deze plaatsing is niet verwerkt') : 'De lijst met instellingen van DUO is niet beschikbaar.';
  }
}

async function prepare(ctx: UseCaseContext, files: UploadedFile[], gemeenteId: string, duo: DuoService | undefined) {
  let sheets: Sheet[];
  try {
    sheets = await parseCaseloadFiles(files);
  } catch (error) {
    if (error instanceof CaseloadFormatError) throw new AppError('VALIDATION_FAILED', { field: 'files', message: error.message });
    throw error;
  }
  const units = unitsOf(sheets);
  const instellingen = await instellingenFor(ctx, gemeenteId, duo, sheets.some((s) => s.kind === 'plaatsingen' && s.rows.length > 0));
  return new CaseloadImporter(ctx, units, gemeenteId, instellingen);
}

const label = (field: string): string => labelOfCaseField(field);

/** Starts a caseload import (or its dry run); see startTvsImport for `wait`. */
export async function startCaseloadImport(ctx: UseCaseContext, request: CaseloadRequest, wait: boolean, settings: ImportRunSettings, duo: DuoService | undefined): Promise<JobRecord> {
  const gemeenteId = gemeenteFor(ctx, request.gemeenteId);
  const files = decodeFiles(request);
  const importer = await prepare(ctx, files, gemeenteId, duo);
  const job = await createJob(ctx, {
    kind: 'caseload',
    dryRun: settings.dryRun,
    gemeenteId,
    fileName: files.map((f) => f.name).join(', '),
    fileKind: fileKindOf(files),
    files: settings.dryRun ? request.files.map((f) => ({ name: f.name, base64: f.content })) : null,
    total: importer.units.length,
  });
  return runInBackground(ctx, job, importer, settings, wait, label, true);
}

/** The real run of a caseload dry run, from its stored files. */
export async function startCaseloadFromDryRun(ctx: UseCaseContext, dryRun: JobRecord, wait: boolean, settings: Omit<ImportRunSettings, 'dryRun'>, duo: DuoService | undefined): Promise<JobRecord> {
  const stored = dryRun.files;
  if (!stored || !dryRun.gemeenteId) throw new AppError('STEP_NOT_ALLOWED', { message: 'De bestanden van deze proefimport zijn niet meer bewaard. Kies de bestanden opnieuw.' });
  const files = stored.map((f) => ({ name: f.name, content: Buffer.from(f.base64, 'base64') }));
  const gemeenteId = gemeenteFor(ctx, dryRun.gemeenteId);
  const importer = await prepare(ctx, files, gemeenteId, duo);
  const job = await createJob(ctx, { kind: 'caseload', dryRun: false, dryRunId: dryRun.id, gemeenteId, fileName: dryRun.fileName, fileKind: fileKindOf(files), files: null, total: importer.units.length });
  return runInBackground(ctx, job, importer, { ...settings, dryRun: false }, wait, label, true);
}
