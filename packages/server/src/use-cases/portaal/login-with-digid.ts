// The inburgeraar signs in with DigiD (issue 17, ADR 0152): the BSN from the broker's token is
// matched to an open case of the gemeente the login started for. No case: no session, and the
// answer says nothing more (no detail about other gemeenten or closed cases).
import { and, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { asSystem } from '../../db/scope.ts';
import { cases, gemeenten } from '../../db/schema.ts';
import { createPortaalSession } from '../../auth/portaal-sessions.ts';
import { logProcessing, pseudonymise, type ProcessingLogger } from '../../privacy/processing-log.ts';

export type DigidLoginResult = { kind: 'ok'; token: string } | { kind: 'geen-dossier' } | { kind: 'onbekende-gemeente' };

/** Is there a gemeente with this code (the portal's login link names it)? */
export async function gemeenteExists(db: Db, code: string): Promise<boolean> {
  const [row] = await asSystem(db, (tx) => tx.select({ id: gemeenten.id }).from(gemeenten).where(eq(gemeenten.code, code)).limit(1));
  return row !== undefined;
}

export async function loginWithDigid(db: Db, log: ProcessingLogger, input: { gemeenteCode: string; bsn: string }, now: Date): Promise<DigidLoginResult> {
  const found = await asSystem(db, async (tx) => {
    const [gemeente] = await tx.select({ id: gemeenten.id, organisationId: gemeenten.organisationId }).from(gemeenten).where(eq(gemeenten.code, input.gemeenteCode));
    if (!gemeente) return { kind: 'onbekende-gemeente' } as const;
    const [kase] = await tx
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.gemeenteId, gemeente.id), eq(cases.bsn, input.bsn), ne(cases.status, 'gesloten'), isNull(cases.retentionStage)));
    if (!kase) return { kind: 'geen-dossier' } as const;
    await logProcessing(tx, log, { userId: null, role: 'inburgeraar' }, gemeente.organisationId, [
      {
        activity: 'portaalInburgeraar',
        action: 'read',
        operationName: 'loginWithDigid',
        resourceType: 'case',
        resourceId: kase.id,
        subject: { type: 'case', id: kase.id },
        gemeenteId: gemeente.id,
        startTime: now,
        endTime: now,
      },
    ]);
    return { kind: 'case', caseId: kase.id, gemeenteId: gemeente.id } as const;
  });
  if (found.kind !== 'case') return found;
  const token = await createPortaalSession(db, { caseId: found.caseId, gemeenteId: found.gemeenteId, subjectPseudonym: pseudonymise(log.pseudonymKey, { type: 'case', id: found.caseId }) }, now);
  return { kind: 'ok', token };
}
