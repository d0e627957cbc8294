// The machine-readable overdrachtsdossier (art. 35 lid 4 Wet inburgering 2021: PIP, progress and
// fines go to the new gemeente on request). Versioned: `schema` names the version; a change that
// removes or renames a field is a new version (docs/overdracht.md describes the fields).
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '../../db/database.ts';
import { caseDocuments, caseHours, casePlacements, caseResults, learnabilityTests, pips, pipWithdrawals } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';

export const HANDOVER_SCHEMA = 'koers.overdrachtsdossier/1';

const day = z.string().nullable();

export const handoverExportSchema = z
  .object({
    schema: z.literal(HANDOVER_SCHEMA),
    createdAt: z.string(),
    from: z.object({ gemeenteCode: z.string(), gemeenteName: z.string() }),
    to: z.object({ gemeenteCode: z.string(), gemeenteName: z.string() }).nullable(),
    movedOn: day,
    person: z.object({
      bsn: z.string().nullable(),
      vNumber: z.string().nullable(),
      givenNames: z.string(),
      familyName: z.string(),
      birthDate: z.string(),
      nationality: z.string(),
      address: z.string().nullable(),
      preferredLanguage: z.string().nullable(),
      interpreterNeeded: z.boolean(),
    }),
    duty: z.object({
      obliged: z.boolean().nullable(),
      targetGroup: z.string().nullable(),
      regime: z.string().nullable(),
      dutyStartOn: day,
      duoNoticeOn: day,
      termStart: day,
      termEndExclusive: day,
    }),
    status: z.object({ status: z.string(), closedOn: day, closedReason: z.string().nullable() }),
    pip: z
      .object({
        version: z.number(),
        status: z.string(),
        kind: z.string(),
        issuedOn: day,
        route: z.string().nullable(),
        level: z.string().nullable(),
        intensity: z.string().nullable(),
        hoursPerWeek: z.number().nullable(),
        pvtIntensity: z.string().nullable(),
        mapIntensity: z.string().nullable(),
        progressMeetings: z.number().nullable(),
        withdrawnOn: day,
      })
      .nullable(),
    placements: z.array(z.object({ instelling: z.string(), offeredOn: z.string(), expectedStartOn: day, expectedEndOn: day, status: z.string(), withdrawnOn: day })),
    hours: z.array(z.object({ category: z.string(), total: z.number(), asOf: z.string() })),
    results: z.array(z.object({ kind: z.string(), completedOn: day, culpable: z.boolean().nullable() })),
    learnabilityTests: z.array(z.object({ status: z.string(), resultOn: day, advisedRoute: z.string().nullable(), exemption: z.string().nullable() })),
    /** Koers keeps no fines: DUO imposes them (art. 28–30 Wet); the new gemeente asks DUO. */
    fines: z.array(z.never()),
    documents: z.array(z.object({ title: z.string(), kind: z.string(), createdAt: z.string() })),
  })
  .meta({ id: 'Overdrachtsdossier' });
export type HandoverExport = z.output<typeof handoverExportSchema>;

export interface HandoverParties {
  from: { code: string; name: string };
  to: { code: string; name: string } | null;
  movedOn: string | null;
}

/** Everything the old gemeente hands over, read in the caller's transaction (the case is in scope). */
export async function buildHandoverExport(tx: Tx, c: CaseRow, parties: HandoverParties, now: Date): Promise<HandoverExport> {
  const [pipRows, withdrawals, placements, hours, results, tests, documents] = await Promise.all([
    tx.select().from(pips).where(eq(pips.caseId, c.id)).orderBy(desc(pips.version)),
    tx.select({ pipId: pipWithdrawals.pipId, withdrawnOn: pipWithdrawals.withdrawnOn }).from(pipWithdrawals).where(eq(pipWithdrawals.caseId, c.id)),
    tx.select().from(casePlacements).where(eq(casePlacements.caseId, c.id)).orderBy(asc(casePlacements.offeredOn)),
    tx.select().from(caseHours).where(eq(caseHours.caseId, c.id)).orderBy(asc(caseHours.category)),
    tx.select().from(caseResults).where(eq(caseResults.caseId, c.id)).orderBy(asc(caseResults.kind)),
    tx.select().from(learnabilityTests).where(eq(learnabilityTests.caseId, c.id)),
    tx.select({ title: caseDocuments.title, kind: caseDocuments.kind, createdAt: caseDocuments.createdAt }).from(caseDocuments).where(eq(caseDocuments.caseId, c.id)).orderBy(asc(caseDocuments.createdAt)),
  ]);
  const pip = pipRows.find((p) => p.status !== 'concept') ?? null;
  return {
    schema: HANDOVER_SCHEMA,
    createdAt: now.toISOString(),
    from: { gemeenteCode: parties.from.code, gemeenteName: parties.from.name },
    to: parties.to ? { gemeenteCode: parties.to.code, gemeenteName: parties.to.name } : null,
    movedOn: parties.movedOn,
    person: {
      bsn: c.bsn,
      vNumber: c.vNumber,
      givenNames: c.givenNames,
      familyName: c.familyName,
      birthDate: c.birthDate,
      nationality: c.nationality,
      address: c.address,
      preferredLanguage: c.preferredLanguage,
      interpreterNeeded: c.interpreterNeeded,
    },
    duty: { obliged: c.obliged, targetGroup: c.targetGroup, regime: c.regime, dutyStartOn: c.dutyStartOn, duoNoticeOn: c.duoNoticeOn, termStart: c.termStart, termEndExclusive: c.termEndExclusive },
    status: { status: c.status, closedOn: c.closedOn, closedReason: c.closedReason },
    pip: pip
      ? {
          version: pip.version,
          status: pip.status,
          kind: pip.kind,
          issuedOn: pip.issuedOn,
          route: pip.route,
          level: pip.level,
          intensity: pip.intensity,
          hoursPerWeek: pip.hoursPerWeek,
          pvtIntensity: pip.pvtIntensity,
          mapIntensity: pip.mapIntensity,
          progressMeetings: pip.progressMeetings,
          withdrawnOn: withdrawals.find((w) => w.pipId === pip.id)?.withdrawnOn ?? null,
        }
      : null,
    placements: placements.map((p) => ({ instelling: p.instellingNaam, offeredOn: p.offeredOn, expectedStartOn: p.expectedStartOn, expectedEndOn: p.expectedEndOn, status: p.status, withdrawnOn: p.withdrawnOn })),
    hours: hours.map((h) => ({ category: h.category, total: h.total, asOf: h.asOf })),
    results: results.map((r) => ({ kind: r.kind, completedOn: r.completedOn, culpable: r.culpable })),
    learnabilityTests: tests.map((t) => ({ status: t.status, resultOn: t.resultOn, advisedRoute: t.advisedRoute, exemption: t.exemption })),
    fines: [],
    documents: documents.map((d) => ({ title: d.title, kind: d.kind, createdAt: d.createdAt.toISOString() })),
  };
}
