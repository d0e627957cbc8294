// What the end of the road needs to know about a case (R23, ADR 0128/0129): DUO's exam results, the
// PVT/MAP/Z-route dates, the route and level of the current PIP, and the extension requests. One
// loader for the case file view, the closing check and the werkvoorraad signals.
import { and, desc, eq, inArray } from 'drizzle-orm';
import { dutyState, effectiveTermEnd, type Explained, type GrantedExtension, type IsoDate, type LanguageLevel } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseResults, duoExamResults, pips, termExtensions } from '../../db/schema.ts';
import { isLearningRoute } from '../pip/pip-support.ts';
import { loadDuoFineTerms } from '../handhaving/duo-fine-support.ts';

export type ExamResultRow = typeof duoExamResults.$inferSelect;
export type ExtensionRow = typeof termExtensions.$inferSelect;

export interface EindeState {
  examResults: ExamResultRow[];
  extensions: ExtensionRow[];
  duty: Explained<boolean>;
  pvtCompletedOn: IsoDate | null;
  mapCompletedOn: IsoDate | null;
  zRouteCompletedOn: IsoDate | null;
}

export async function loadEindeState(tx: Tx, caseId: string): Promise<EindeState> {
  const examResults = await tx.select().from(duoExamResults).where(eq(duoExamResults.caseId, caseId)).orderBy(desc(duoExamResults.examendatum), duoExamResults.onderdeel);
  const extensions = await tx.select().from(termExtensions).where(eq(termExtensions.caseId, caseId)).orderBy(desc(termExtensions.createdAt));
  const results = await tx
    .select({ kind: caseResults.kind, completedOn: caseResults.completedOn })
    .from(caseResults)
    .where(and(eq(caseResults.caseId, caseId), inArray(caseResults.kind, ['pvt', 'map', 'zroute'])));
  const [pip] = await tx
    .select({ route: pips.route, level: pips.level })
    .from(pips)
    .where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld')))
    .orderBy(desc(pips.version))
    .limit(1);
  return eindeStateOf(examResults, extensions, results, pip);
}

/** The state from the stored rows (the werkvoorraad reads them together with the rest of the case, ADR 0059 addendum). */
export function eindeStateOf(
  examResults: ExamResultRow[],
  extensions: ExtensionRow[],
  results: readonly { kind: string; completedOn: IsoDate | null }[],
  pip: { route: string | null; level: string | null } | undefined,
): EindeState {
  const dateOf = (kind: string): IsoDate | null => results.find((r) => r.kind === kind)?.completedOn ?? null;
  const level: LanguageLevel = pip?.level === 'A2' ? 'A2' : 'B1';
  const route = pip?.route && isLearningRoute(pip.route) ? pip.route : null;
  const state = { pvtCompletedOn: dateOf('pvt'), mapCompletedOn: dateOf('map'), zRouteCompletedOn: dateOf('zroute') };
  const duty = dutyState({ route, examLevel: level, ...state, examResults: examResults.map((r) => ({ onderdeel: r.onderdeel, niveau: r.niveau, resultaat: r.resultaat, examendatum: r.examendatum })) });
  return { examResults, extensions, duty, ...state };
}

export const grantedExtensions = (rows: readonly ExtensionRow[]): GrantedExtension[] =>
  rows.flatMap((r) => (r.decision === 'toegekend' && r.newEndExclusive && r.decidedOn ? [{ newEndExclusive: r.newEndExclusive, decidedOn: r.decidedOn }] : []));

/** The granted extensions of a case, for applying a termijn DUO reports (effectiveTermEnd). */
export async function loadGrantedExtensions(tx: Tx, caseId: string): Promise<GrantedExtension[]> {
  return grantedExtensions(await tx.select().from(termExtensions).where(and(eq(termExtensions.caseId, caseId), eq(termExtensions.decision, 'toegekend'))));
}

/** The termijn end DUO reported, with the granted extensions Koers knows of (one function: effectiveTermEnd). */
export async function effectiveEndFor(tx: Tx, caseId: string, duoEndExclusive: IsoDate | null): Promise<IsoDate | null> {
  // A new termijn after a DUO fine (ADR 0145) stays in force too when DUO reports a termijn.
  return effectiveTermEnd(duoEndExclusive, await loadGrantedExtensions(tx, caseId), await loadDuoFineTerms(tx, caseId)).value;
}
