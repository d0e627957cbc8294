// Import of the running caseload (R1, R32; docs/caseload-import.md): a person with their PIP
// versions, termijn, placements, hours, results and ontzorgen per unit, checked by the same rules as
// hand entry (person.ts, records.ts) and written in short batches (run-import.ts). Nothing is sent
// to DUO: what is imported is marked `source = 'import'` (DUO knows it already); afterwards a
// reconciliation asks DUO and lists every difference as a werkvoorraad item (reconciliation/).
import { and, eq, inArray } from 'drizzle-orm';
import { formatDutchDate, hoursCategoryLabel, routeLabel, type CaseSnapshot, type HoursCategory, type LearningRoute } from '@koers/domain';
import { z } from 'zod';
import { text } from '../../contract/input-fields.ts';
import type { Tx } from '../../db/database.ts';
import { caseHours, casePlacements, caseReliefPeriods, caseResults, cases, pips } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { historyFields } from '../../use-cases/cases/case.view.ts';
import type { UseCaseContext } from '../../use-cases/context.ts';
import { isLearningRoute, type PipRow } from '../../use-cases/pip/pip-support.ts';
import { pipHistoryFields } from '../../use-cases/pip/draft-fields.ts';
import { instellingenLookup, gemeenteOin, type InstellingView } from '../../use-cases/traject/instellingen.ts';
import { planUpdate, registerNewcomer } from '../../use-cases/registration/register-newcomer.ts';
import { caseManagersByEmail, completeRegistrations, gatherRegistrations, gemeenteSettings, newCaseRow, newCaseSignals } from '../../use-cases/registration/register-in-bulk.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { duoValidationOf } from '../../workqueue/snapshot.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { DuoService } from '../../duo/service.ts';
import { BatchWriter } from '../batch-writer.ts';
import { labelOfCaseField } from '../field-labels.ts';
import { createJob, type ImportRejection, type JobRecord, type JobRow } from '../job-store.ts';
import { existingCases, identityConflict, matchCase, runInBackground, type ImportRunSettings } from '../import-tvs.ts';
import type { Importer } from '../run-import.ts';
import { cellReader, Refusals, type CellReader } from './cells.ts';
import { headerOf, sheetNames } from './columns.ts';
import { CaseloadFormatError, fileKindOf, parseCaseloadFiles, type Sheet, type SheetRow, type UploadedFile } from './parse.ts';
import { checkDuty, personInput } from './person.ts';
import { planHours, planPips, planPlacements, planRelief, planResults, planTerm, readExtensions, type HoursRow, type PlacementRow, type ReliefRow, type ResultRow } from './records.ts';

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

interface Line {
  sheet: Sheet;
  row: SheetRow;
}

/** A person (their Personen row) with their PIP and Plaatsingen rows; or PIP/Plaatsingen rows without a person. */
interface CaseloadUnit {
  person: Line | null;
  pips: Line[];
  placements: Line[];
  /** Refused before any batch (a duplicate person, rows without a person). */
  early: ImportRejection[];
}

const identityOf = (values: Readonly<Record<string, string>>): { bsn: string | null; v: string | null } => ({
  bsn: values.bsn ? values.bsn.replace(/\D/g, '').padStart(9, '0') : null,
  v: values.vNumber ? values.vNumber.replace(/\D/g, '') : null,
});

/** Groups the sheets' rows per person (by BSN or V-nummer). */
export function unitsOf(sheets: readonly Sheet[]): CaseloadUnit[] {
  const units: CaseloadUnit[] = [];
  const byKey = new Map<string, CaseloadUnit>();
  for (const sheet of sheets.filter((s) => s.kind === 'personen')) {
    for (const row of sheet.rows) {
      const id = identityOf(row.values);
      const keys = [id.bsn ? `b${id.bsn}` : null, id.v ? `v${id.v}` : null].filter((k): k is string => k !== null);
      const earlier = keys.map((k) => byKey.get(k)).find(Boolean);
      const unit: CaseloadUnit = { person: { sheet, row }, pips: [], placements: [], early: [] };
      if (earlier?.person) {
        unit.early.push({ sheet: sheet.name, row: row.line, field: headerOf('personen', id.bsn ? 'bsn' : 'vNumber', sheet.columnNames), reason: `Deze persoon staat ook in regel ${earlier.person.row.line}; alleen die regel is verwerkt.` });
      } else for (const k of keys) byKey.set(k, unit);
      units.push(unit);
    }
  }
  const orphans = new Map<string, CaseloadUnit>();
  for (const sheet of sheets.filter((s) => s.kind !== 'personen')) {
    for (const row of sheet.rows) {
      const id = identityOf(row.values);
      const key = id.bsn ? `b${id.bsn}` : id.v ? `v${id.v}` : `?${sheet.name}${row.line}`;
      let unit = byKey.get(`b${id.bsn}`) ?? byKey.get(`v${id.v}`);
      if (!unit) {
        unit = orphans.get(key);
        if (!unit) {
          unit = { person: null, pips: [], placements: [], early: [] };
          orphans.set(key, unit);
          units.push(unit);
        }
        unit.early.push({
          sheet: sheet.name,
          row: row.line,
          field: headerOf(sheet.kind, id.bsn || !id.v ? 'bsn' : 'vNumber', sheet.columnNames),
          reason: id.bsn || id.v ? `Op het blad ${sheetNames.personen} staat niemand met dit ${id.bsn ? 'BSN' : 'V-nummer'}; voeg de persoon daar toe.` : 'Vul het BSN of V-nummer in.',
        });
      }
      (sheet.kind === 'pip' ? unit.pips : unit.placements).push({ sheet, row });
    }
  }
  return units;
}

/** What Koers already has for the cases of a batch. */
interface Known {
  pips: Map<string, PipRow[]>;
  placements: Map<string, PlacementRow[]>;
  hours: Map<string, HoursRow[]>;
  results: Map<string, ResultRow[]>;
  relief: Map<string, ReliefRow>;
}

const group = <T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.caseId, [...(m.get(r.caseId) ?? []), r]);
  return m;
};

async function loadKnown(tx: Tx, caseIds: readonly string[]): Promise<Known> {
  if (caseIds.length === 0) return { pips: new Map(), placements: new Map(), hours: new Map(), results: new Map(), relief: new Map() };
  const ids = [...caseIds];
  const pipRows = await tx.select().from(pips).where(inArray(pips.caseId, ids)).for('update');
  const placementRows = await tx.select().from(casePlacements).where(inArray(casePlacements.caseId, ids));
  const hourRows = await tx.select().from(caseHours).where(inArray(caseHours.caseId, ids));
  const resultRows = await tx.select().from(caseResults).where(inArray(caseResults.caseId, ids));
  const reliefRows = await tx.select().from(caseReliefPeriods).where(inArray(caseReliefPeriods.caseId, ids));
  return { pips: group(pipRows), placements: group(placementRows), hours: group(hourRows), results: group(resultRows), relief: new Map(reliefRows.map((r) => [r.caseId, r])) };
}

const importReason = 'Overgenomen uit het vorige systeem; bij DUO al bekend, niet opnieuw gemeld';

class CaseloadImporter implements Importer<CaseloadUnit> {
  private managers: Map<string, string> | undefined;

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

  async processBatch(tx: Tx, units: readonly CaseloadUnit[], dryRun: boolean): Promise<JobRow[]> {
    const { ctx } = this;
    const today = todayIn(ctx.now);
    this.managers ??= await caseManagersByEmail(tx, this.gemeenteId);
    const identities = units.flatMap((u) => (u.person ? [{ gemeenteId: this.gemeenteId, ...idInput(u.person.row.values) }] : []));
    const existing = await existingCases(tx, identities);
    const known = await loadKnown(tx, existing.map((c) => c.id));
    const settings = await gemeenteSettings(tx, [this.gemeenteId]);
    const writer = new BatchWriter(ctx);
    const created: CaseRow[] = [];
    const touched: string[] = [];
    const rows: JobRow[] = [];
    for (const unit of units) {
      const person = unit.person;
      const refusals = new Refusals();
      for (const r of unit.early) refusals.add(r.sheet ?? '', r.row, r.field, r.reason);
      if (!person || refusals.any) {
        rows.push(this.refused(unit, refusals));
        continue;
      }
      const cells = this.reader(person, refusals);
      const input = personInput(cells, this.gemeenteId);
      const managerEmail = cells.text('caseManager');
      const managerId = managerEmail === undefined ? undefined : this.managers.get(managerEmail.toLowerCase());
      if (managerEmail !== undefined && managerId === undefined) cells.refuse('caseManager', 'Geen trajectregisseur of teamleider met dit e-mailadres die voor deze gemeente werkt.');
      const extensions = readExtensions(cells);
      if (!input) {
        rows.push(this.refused(unit, refusals));
        continue;
      }
      const match = matchCase(existing, input);
      if (match === 'conflict') {
        cells.refuse('bsn', identityConflict);
        rows.push(this.refused(unit, refusals));
        continue;
      }
      // The case as it is or will be: its duty, target group and regime from the rules core.
      const update = match ? planUpdate(match, input, today) : null;
      let caseRow: CaseRow = match ? { ...match, ...update!.next } : newCaseRow(input, managerId ?? (ctx.principal.role === 'trajectregisseur' ? ctx.principal.userId : null), ctx.now, today, { source: 'import' });
      const elip = checkDuty(cells, caseRow);
      const caseKnown = match ? known : undefined;
      const pipLines = unit.pips.map((l) => ({ cells: this.reader(l, refusals), personCells: cells }));
      const plannedPips = planPips(pipLines, caseRow, caseKnown?.pips.get(caseRow.id) ?? [], { userId: ctx.principal.userId, now: ctx.now, today });
      if (!plannedPips || extensions === undefined || refusals.any) {
        rows.push(this.refused(unit, refusals));
        continue;
      }
      const allPips = [...(caseKnown?.pips.get(caseRow.id) ?? []), ...plannedPips.added].filter((p) => p.status !== 'concept' && p.issuedOn !== null);
      const first = [...allPips].sort((a, b) => a.version - b.version)[0] ?? null;
      const current = [...allPips].sort((a, b) => b.version - a.version)[0] ?? null;
      const term = planTerm(cells, first?.issuedOn ?? null, extensions);
      if (term === undefined) {
        rows.push(this.refused(unit, refusals));
        continue;
      }
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
      if (refusals.any) {
        rows.push(this.refused(unit, refusals));
        continue;
      }

      const details: string[] = [
        ...(match ? Object.keys(update!.changes).map((f) => headerOf('personen', f, person.sheet.columnNames)) : ['dossier']),
        ...(match ? Object.keys(caseChanges).filter((k) => k !== 'status').map(labelOfCaseField) : []),
        ...plannedPips.added.map((p) => `PIP versie ${p.version} (${routeLabel(p.route as LearningRoute)}, dagtekening ${formatDutchDate(p.issuedOn!)})`),
        ...(term && !match ? [`inburgeringstermijn ${formatDutchDate(term.start)} tot ${formatDutchDate(term.endExclusive)}`] : []),
        ...placements.map((p) => p.label),
        ...hours.map((h) => `uren ${hoursCategoryLabel(h.category as HoursCategory)}`),
        ...results.map((r) => (r.kind === 'pvt' ? 'PVT' : r.kind === 'map' ? 'MAP' : 'afronding Z-route')),
        ...(relief ? ['financieel ontzorgen'] : []),
      ];
      const outcome = !match ? 'nieuw' : details.length === 0 ? 'ongewijzigd' : 'bijgewerkt';
      rows.push({ sheet: person.sheet.name, row: person.row.line, outcome, caseId: dryRun && !match ? null : caseRow.id, details: outcome === 'ongewijzigd' ? [] : details });
      if (dryRun || outcome === 'ongewijzigd') continue;

      // Writing: the person first (new in bulk; known through registerNewcomer), then what they bring.
      if (!match) {
        created.push(caseRow);
        gatherRegistrations(ctx, writer, [{ row: caseRow, source: 'import', reason: importReason }], today);
      } else {
        touched.push(match.id);
        if (Object.keys(update!.changes).length > 0) await registerNewcomer(tx, ctx, input, { onExisting: 'update' });
        if (Object.keys(caseChanges).length > 0) {
          const [before] = await tx.select().from(cases).where(eq(cases.id, match.id));
          if (!before) throw new AppError('INTERNAL');
          await tx.update(cases).set({ ...caseChanges, version: before.version + 1, updatedAt: ctx.now }).where(eq(cases.id, match.id));
          writer.addHistory({ gemeenteId: match.gemeenteId, entityType: 'case', entityId: match.id, action: 'update', changes: diff(historyFields(before), historyFields({ ...before, ...caseChanges })), reason: importReason });
        }
        const superseded = (known.pips.get(match.id) ?? []).find((p) => p.status === 'vastgesteld');
        if (superseded && plannedPips.added.length > 0) await tx.update(pips).set({ status: 'gewijzigd', updatedAt: ctx.now }).where(and(eq(pips.id, superseded.id), eq(pips.status, 'vastgesteld')));
        for (const p of placements) if (p.replaces) await tx.update(casePlacements).set({ status: 'vervangen', updatedAt: ctx.now }).where(eq(casePlacements.id, p.replaces));
        if (hours.length > 0) await tx.delete(caseHours).where(and(eq(caseHours.caseId, match.id), inArray(caseHours.category, hours.map((h) => h.category))));
        if (results.length > 0) await tx.delete(caseResults).where(and(eq(caseResults.caseId, match.id), inArray(caseResults.kind, results.map((r) => r.kind))));
        if (relief) await tx.delete(caseReliefPeriods).where(eq(caseReliefPeriods.caseId, match.id));
      }
      this.gatherRecords(writer, caseRow, { pips: plannedPips.added, placements: placements.map((p) => p.insert), hours, results, relief, known: caseKnown }, today);
      if (!match) {
        const snapshotPips: CaseSnapshot['pips'] = plannedPips.added.map((p) => ({ version: p.version, status: p.status, duoValidation: duoValidationOf(p.duoValidation), updatedOn: today }));
        newCaseSignals(writer, caseRow, settings.get(this.gemeenteId), snapshotPips);
      }
    }
    if (!dryRun) {
      await writer.flush(tx);
      if (created.length > 0) {
        await completeRegistrations(tx, ctx, writer, created);
        await writer.flush(tx);
      }
      for (const id of touched) await refreshSignals(tx, id, today);
    }
    return rows;
  }

  /** History, timeline and processing log of what one person brings (rows to `writer`). */
  private gatherRecords(
    writer: BatchWriter,
    c: CaseRow,
    r: { pips: PipRow[]; placements: (typeof casePlacements.$inferInsert)[]; hours: (typeof caseHours.$inferInsert)[]; results: (typeof caseResults.$inferInsert)[]; relief: typeof caseReliefPeriods.$inferInsert | null; known: Known | undefined },
    today: string,
  ): void {
    const base = { caseId: c.id, gemeenteId: c.gemeenteId };
    for (const p of r.pips) {
      writer.pips.push(p);
      writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'pip', entityId: p.id, action: 'create', changes: diff(null, pipHistoryFields(p)), reason: importReason });
      writer.addEvent({ ...base, kind: 'pip.overgenomen', summary: `PIP versie ${p.version} overgenomen uit het vorige systeem (${routeLabel(p.route as LearningRoute)}, dagtekening ${formatDutchDate(p.issuedOn!)}); bij DUO al bekend.`, occurredOn: p.issuedOn!, section: 'pip', data: { pipId: p.id, version: p.version, route: p.route, issuedOn: p.issuedOn, source: 'import' } });
      writer.addLog('create', 'importCaseload', 'pip', p.id, c.id, c.gemeenteId);
    }
    for (const p of r.placements) {
      writer.placements.push(p);
      writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-placement', entityId: p.id!, action: 'create', changes: diff(null, { instellingsnummer: p.instellingsnummer, instellingNaam: p.instellingNaam, offeredOn: p.offeredOn, expectedStartOn: p.expectedStartOn, expectedEndOn: p.expectedEndOn, literacy: p.literacy, status: p.status }), reason: importReason });
      writer.addEvent({ ...base, kind: 'traject.aanbod', summary: `Inburgeringsaanbod bij ${p.instellingNaam} (${p.instellingsnummer}) per ${formatDutchDate(p.offeredOn)} overgenomen uit het vorige systeem; bij DUO al bekend.`, occurredOn: p.offeredOn, section: 'traject', data: { placementId: p.id, instellingsnummer: p.instellingsnummer, source: 'import' } });
      writer.addLog('create', 'importCaseload', 'case-placement', p.id!, c.id, c.gemeenteId);
    }
    if (r.hours.length > 0) {
      const before = r.known?.hours.get(c.id) ?? [];
      const changes: Record<string, { from: unknown; to: unknown }> = Object.fromEntries(r.hours.flatMap((h): [string, { from: unknown; to: unknown }][] => [[`${h.category}.total`, { from: before.find((b) => b.category === h.category)?.total ?? null, to: h.total }], [`${h.category}.asOf`, { from: before.find((b) => b.category === h.category)?.asOf ?? null, to: h.asOf }]]));
      writer.hours.push(...r.hours);
      writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-hours', entityId: c.id, action: before.length > 0 ? 'update' : 'create', changes, reason: importReason });
      writer.addEvent({ ...base, kind: 'traject.uren', summary: `Gevolgde uren overgenomen uit het vorige systeem (${r.hours.map((h) => `${hoursCategoryLabel(h.category as HoursCategory)}: ${h.total}`).join('; ')}, peildatum ${formatDutchDate(r.hours[0]!.asOf)}); bij DUO al bekend.`, occurredOn: r.hours[0]!.asOf, section: 'traject', data: { source: 'import' } });
      writer.addLog('update', 'importCaseload', 'case-hours', c.id, c.id, c.gemeenteId);
    }
    for (const res of r.results) {
      const earlier = r.known?.results.get(c.id)?.find((k) => k.kind === res.kind);
      writer.results.push(res);
      writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-result', entityId: res.id!, action: 'create', changes: diff(earlier ? { completedOn: earlier.completedOn, culpable: earlier.culpable, note: earlier.note } : null, { completedOn: res.completedOn, culpable: res.culpable, note: null }), reason: importReason });
      const label = res.kind === 'pvt' ? 'ondertekening PVT' : res.kind === 'map' ? 'eindgesprek MAP' : 'afronding Z-route';
      writer.addEvent({ ...base, kind: `resultaat.${res.kind}`, summary: `Datum ${label}${res.completedOn ? `: ${formatDutchDate(res.completedOn)}` : ''}${res.culpable === null || res.culpable === undefined ? '' : `, verwijtbaar: ${res.culpable ? 'Ja' : 'Nee'}`}; overgenomen uit het vorige systeem, bij DUO al bekend.`, occurredOn: res.completedOn ?? today, section: 'resultaten', data: { resultId: res.id, kind: res.kind, source: 'import' } });
      writer.addLog('create', 'importCaseload', 'case-result', res.id!, c.id, c.gemeenteId);
    }
    if (r.relief) {
      writer.relief.push(r.relief);
      writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-relief', entityId: c.id, action: r.known?.relief.get(c.id) ? 'update' : 'create', changes: diff(null, { startOn: r.relief.startOn, endExclusive: r.relief.endExclusive }), reason: importReason });
      writer.addEvent({ ...base, kind: 'ontzorgen.overgenomen', summary: `Financieel ontzorgen vanaf ${formatDutchDate(r.relief.startOn)}${r.relief.endExclusive ? ` tot ${formatDutchDate(r.relief.endExclusive)}` : ''} overgenomen uit het vorige systeem.`, occurredOn: r.relief.startOn, section: 'overzicht', data: { source: 'import' } });
      writer.addLog('create', 'importCaseload', 'case-relief', c.id, c.id, c.gemeenteId);
    }
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

const idInput = (values: Readonly<Record<string, string>>): { bsn?: string; vNumber?: string } => {
  const id = identityOf(values);
  return { ...(id.bsn ? { bsn: id.bsn } : {}), ...(id.v ? { vNumber: id.v } : {}) };
};

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
