// The one query file of the half-year report and the monitoring exports (ADR 0142): per case of a
// gemeente the stored facts @koers/domain `countHalfjaar` counts. One query per table, filtered by
// gemeente (index scans under row-level security), grouped per case here; nothing personal leaves.
import { eq, isNotNull, and } from 'drizzle-orm';
import { isIsoDate, learningRoutes, type HalfjaarCase, type LearningRoute, type Literacy, type PipChangeReason } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { IntakeThemes } from '../use-cases/intake/themes.types.ts';
import { isOneOf } from '../util/guards.ts';
import { caseIntakes, caseResults, cases, casePlacements, handhavingViolations, learnabilityTests, pips, reliefAgreements } from '../db/schema.ts';
import { dateInNetherlands } from '../case-file/today.ts';

const routeOf = (r: string | null): LearningRoute | null => (isOneOf(learningRoutes, r) ? r : null);
const changeReasons: readonly PipChangeReason[] = ['route-change', 'a2', 'move', 'intensity', 'other'];
const reasonOf = (r: string | null): PipChangeReason | null => (isOneOf(changeReasons, r) ? r : null);
const literacyOf = (l: string): Literacy => (l === 'A' || l === 'AA' ? l : 'NVT');
const fined = new Set(['beschikking', 'onherroepelijk']);

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

function educationRecorded(themes: IntakeThemes | undefined): boolean {
  const opleiding: unknown = themes?.opleidingWerkervaring?.opleiding;
  return typeof opleiding === 'string' && opleiding.trim() !== '';
}

/** Every case of the gemeente (including closed ones; not the stubs retention left) as report facts. */
export async function loadHalfjaarCases(tx: Tx, gemeenteId: string): Promise<HalfjaarCase[]> {
  // One after the other: a connection runs one query at a time (node-postgres 9 refuses a second).
  const caseRows = await tx
    .select({
      id: cases.id,
      targetGroup: cases.targetGroup,
      obliged: cases.obliged,
      regime: cases.regime,
      createdAt: cases.createdAt,
      closedOn: cases.closedOn,
      duoNoticeOn: cases.duoNoticeOn,
      registeredOn: cases.registeredOn,
      movedInOn: cases.movedInOn,
      thirdPartyInfoReceivedOn: cases.thirdPartyInfoReceivedOn,
      retentionStage: cases.retentionStage,
    })
    .from(cases)
    .where(eq(cases.gemeenteId, gemeenteId));
  const pipRows = groupBy(
    await tx.select({ caseId: pips.caseId, version: pips.version, issuedOn: pips.issuedOn, route: pips.route, changeReason: pips.changeReason }).from(pips).where(and(eq(pips.gemeenteId, gemeenteId), isNotNull(pips.issuedOn))),
    (r) => r.caseId,
  );
  const placementRows = groupBy(await tx.select({ caseId: casePlacements.caseId, offeredOn: casePlacements.offeredOn, literacy: casePlacements.literacy }).from(casePlacements).where(eq(casePlacements.gemeenteId, gemeenteId)), (r) => r.caseId);
  const testRows = groupBy(
    await tx.select({ caseId: learnabilityTests.caseId, resultOn: learnabilityTests.resultOn, advisedRoute: learnabilityTests.advisedRoute }).from(learnabilityTests).where(and(eq(learnabilityTests.gemeenteId, gemeenteId), isNotNull(learnabilityTests.resultOn))),
    (r) => r.caseId,
  );
  const intakes = new Map((await tx.select({ caseId: caseIntakes.caseId, completedOn: caseIntakes.completedOn, themes: caseIntakes.themes }).from(caseIntakes).where(eq(caseIntakes.gemeenteId, gemeenteId))).map((r) => [r.caseId, r]));
  const resultRows = groupBy(await tx.select({ caseId: caseResults.caseId, kind: caseResults.kind, completedOn: caseResults.completedOn }).from(caseResults).where(eq(caseResults.gemeenteId, gemeenteId)), (r) => r.caseId);
  const relief = new Map(
    (await tx.select({ caseId: reliefAgreements.caseId, status: reliefAgreements.status, startMonth: reliefAgreements.startMonth, endMonthExclusive: reliefAgreements.endMonthExclusive }).from(reliefAgreements).where(eq(reliefAgreements.gemeenteId, gemeenteId))).map((r) => [r.caseId, r]),
  );
  const violationRows = groupBy(
    await tx.select({ caseId: handhavingViolations.caseId, establishedOn: handhavingViolations.establishedOn, article: handhavingViolations.article, stage: handhavingViolations.stage }).from(handhavingViolations).where(eq(handhavingViolations.gemeenteId, gemeenteId)),
    (r) => r.caseId,
  );

  return caseRows
    .filter((c) => c.retentionStage !== 'verwijderd')
    .map((c): HalfjaarCase => {
      const versions = (pipRows.get(c.id) ?? []).sort((a, b) => a.version - b.version);
      const [first, ...later] = versions;
      const results = resultRows.get(c.id) ?? [];
      const completed = (kind: string) => results.find((r) => r.kind === kind)?.completedOn ?? null;
      const intake = intakes.get(c.id);
      const agreement = relief.get(c.id);
      const targetGroup = c.targetGroup === 'asiel' || c.targetGroup === 'gezin-overig' ? c.targetGroup : null;
      return {
        targetGroup,
        obliged: c.obliged,
        wi2013: c.regime === 'Wi2013',
        createdOn: dateInNetherlands(c.createdAt),
        closedOn: c.closedOn,
        pipDeadline: targetGroup ? { targetGroup, duoNoticeOn: c.duoNoticeOn, registeredOn: c.registeredOn, movedInOn: c.movedInOn, thirdPartyInfoReceivedOn: c.thirdPartyInfoReceivedOn } : null,
        firstPip: first?.issuedOn ? { issuedOn: first.issuedOn, route: routeOf(first.route) } : null,
        pipChanges: later.flatMap((p) => (p.issuedOn ? [{ issuedOn: p.issuedOn, reason: reasonOf(p.changeReason) }] : [])),
        placements: (placementRows.get(c.id) ?? []).map((p) => ({ offeredOn: p.offeredOn, literacy: literacyOf(p.literacy) })),
        learnabilityResults: (testRows.get(c.id) ?? []).flatMap((t) => (t.resultOn ? [{ resultOn: t.resultOn, advisedRoute: routeOf(t.advisedRoute) }] : [])),
        educationRecorded: educationRecorded(intake?.themes),
        intakeCompletedOn: intake?.completedOn ?? null,
        pvtCompletedOn: completed('pvt'),
        mapCompletedOn: completed('map'),
        relief: agreement && (agreement.status === 'actief' || agreement.status === 'geweigerd' || agreement.status === 'beeindigd') ? { status: agreement.status, startMonth: agreement.startMonth, endMonthExclusive: agreement.endMonthExclusive } : null,
        violations: (violationRows.get(c.id) ?? []).flatMap((v) => (v.article === 22 || v.article === 23 ? [{ establishedOn: v.establishedOn, article: v.article, fined: fined.has(v.stage) }] : [])),
      };
    })
    .filter((c) => isIsoDate(c.createdOn));
}
