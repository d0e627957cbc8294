// GET /api/portaal/inzage (X7, "wie keek in mijn dossier"): from the processing log (Logboek
// Dataverwerkingen), who read or changed the person's case: when, which organisation, which ROLE
// (never a person's name or user id), what and for which processing activity. The portal wall lets
// this session read only the log rows of its own case's pseudonym; this read is itself logged first,
// so it shows up in its own answer.
import { and, desc, eq, lt } from 'drizzle-orm';
import { inzageActorRoles, processingActivities, type InzageAction, type InzageActorRole, type ProcessingActivityKey } from '@koers/domain';
import { processingLog } from '../../db/schema.ts';
import { pseudonymise } from '../../privacy/processing-log.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import { keysOf } from '../../util/records.ts';
import type { PortaalInzage } from './portaal.view.ts';

const pageSize = 50;
const activityKeyById = new Map<string, ProcessingActivityKey>(keysOf(processingActivities).map((key) => [processingActivities[key].id, key]));

function actionOf(stored: string): InzageAction {
  switch (stored) {
    case 'create':
      return 'toevoegen';
    case 'update':
      return 'wijzigen';
    case 'delete':
      return 'verwijderen';
    default:
      return 'lezen';
  }
}

const roleOf = (stored: string | null): InzageActorRole => inzageActorRoles.find((r) => r === stored) ?? 'systeem';

export function getInzage(ctx: PortaalContext, before: number | undefined): Promise<PortaalInzage> {
  return inPortaal(ctx, async (tx) => {
    await logPortaal(tx, ctx, 'portaal.getInzage', 'read', 'processing-log');
    const subject = pseudonymise(ctx.log.pseudonymKey, { type: 'case', id: ctx.principal.caseId });
    const rows = await tx
      .select({ id: processingLog.id, at: processingLog.startTime, role: processingLog.actorRole, action: processingLog.action, activity: processingLog.processingActivityId })
      .from(processingLog)
      .where(and(eq(processingLog.dataSubjectIdType, 'case'), eq(processingLog.dataSubjectId, subject), before === undefined ? undefined : lt(processingLog.id, before)))
      .orderBy(desc(processingLog.id))
      .limit(pageSize + 1);
    const page = rows.slice(0, pageSize);
    return {
      entries: page.map((r) => ({
        at: r.at.toISOString(),
        // Every entry of this case is made by (or for) the gemeente's own organisation: the log keeps no other.
        organisationName: ctx.principal.organisation.name,
        role: roleOf(r.role),
        action: actionOf(r.action),
        purpose: activityKeyById.get(r.activity) ?? 'dossierInburgering',
      })),
      next: rows.length > pageSize ? (page.at(-1)?.id ?? null) : null,
    };
  });
}
