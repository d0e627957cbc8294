// POST /api/portaal/afspraken/:id/reactie: the person confirms an appointment or asks to move it.
// A request to move it is a werkvoorraad item for the regisseur (signal 'portaal-afspraak-verzetten').
// Each answer is a new row (the latest counts), with its timeline event and log entry, in one transaction.
import type { AppointmentResponse } from '@koers/domain';
import { caseEvents, portaalAppointmentResponses } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { todayIn } from '../../case-file/today.ts';
import { loadAppointments } from './appointments.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import { refreshPortaalSignals } from '../../workqueue/portaal-signals.ts';
import type { PortaalAppointment } from './portaal.view.ts';

export interface AppointmentResponseInput {
  response: AppointmentResponse;
  reason?: string | undefined;
}

export function respondToAppointment(ctx: PortaalContext, appointmentId: string, input: AppointmentResponseInput): Promise<PortaalAppointment> {
  return inPortaal(ctx, async (tx) => {
    const caseId = ctx.principal.caseId;
    const today = todayIn(ctx.now);
    const appointment = (await loadAppointments(tx, caseId, ctx.now, today)).find((a) => a.id === appointmentId);
    if (!appointment) throw new AppError('NOT_FOUND');
    if (!appointment.canRespond) throw new AppError('AFSPRAAK_GESLOTEN', { field: 'response' });
    const reason = input.reason?.trim() ? input.reason.trim() : null;
    await tx.insert(portaalAppointmentResponses).values({
      gemeenteId: ctx.principal.gemeente.id,
      caseId,
      appointmentKind: appointment.kind,
      appointmentId,
      response: input.response,
      reason,
      createdAt: ctx.now,
    });
    await tx.insert(caseEvents).values({
      gemeenteId: ctx.principal.gemeente.id,
      caseId,
      at: ctx.now,
      occurredOn: today,
      kind: input.response === 'verzetten' ? 'portaal.afspraak-verzetten' : 'portaal.afspraak-bevestigd',
      summary: input.response === 'verzetten' ? 'De inburgeraar vraagt via het portaal een afspraak te verzetten.' : 'De inburgeraar bevestigt via het portaal een afspraak.',
      data: { appointmentId, appointmentKind: appointment.kind },
      source: 'portaal',
      actorName: 'Inburgeraar (portaal)',
      section: 'portaal',
    });
    await refreshPortaalSignals(tx, caseId);
    await logPortaal(tx, ctx, 'portaal.respondToAppointment', 'create', 'appointment-response', appointmentId);
    const updated = (await loadAppointments(tx, caseId, ctx.now, today)).find((a) => a.id === appointmentId);
    if (!updated) throw new AppError('NOT_FOUND');
    return updated;
  });
}
