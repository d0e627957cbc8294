// What the inburgeraar sent through the portal, as the regisseur sees it in the case (issue 17):
// the messages and the requests to move an appointment, each with whether it was handled.
import type { AppointmentKind, AppointmentResponse } from '@koers/domain';
import { desc, eq } from 'drizzle-orm';
import { portaalAppointmentResponses, portaalMessages } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';

export interface CasePortaalView {
  messages: { id: string; text: string; sentAt: string; handledAt: string | null; version: number }[];
  responses: { id: string; appointmentKind: AppointmentKind; appointmentId: string; response: AppointmentResponse; reason: string | null; at: string; handledAt: string | null; version: number }[];
}

export function getCasePortaal(ctx: UseCaseContext, caseId: string): Promise<CasePortaalView> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const kase = await findCase(tx, caseId);
      const messages = await tx.select().from(portaalMessages).where(eq(portaalMessages.caseId, kase.id)).orderBy(desc(portaalMessages.sentAt));
      const responses = await tx.select().from(portaalAppointmentResponses).where(eq(portaalAppointmentResponses.caseId, kase.id)).orderBy(desc(portaalAppointmentResponses.createdAt));
      await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCasePortaal', [{ resourceType: 'portaal', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId }]);
      return {
        messages: messages.map((m) => ({ id: m.id, text: m.text, sentAt: m.sentAt.toISOString(), handledAt: m.handledAt?.toISOString() ?? null, version: m.version })),
        responses: responses.map((r) => ({
          id: r.id,
          appointmentKind: r.appointmentKind,
          appointmentId: r.appointmentId,
          response: r.response,
          reason: r.reason,
          at: r.createdAt.toISOString(),
          handledAt: r.handledAt?.toISOString() ?? null,
          version: r.version,
        })),
      };
    },
    { readOnly: true },
  );
}
