// GET /api/portaal/afspraken: the case's appointments with the person's own answers.
import { todayIn } from '../../case-file/today.ts';
import { loadAppointments } from './appointments.ts';
import { inPortaal, logPortaal, type PortaalContext } from './portaal-context.ts';
import type { PortaalAfspraken } from './portaal.view.ts';

export function getAfspraken(ctx: PortaalContext): Promise<PortaalAfspraken> {
  return inPortaal(
    ctx,
    async (tx) => {
      const appointments = await loadAppointments(tx, ctx.principal.caseId, ctx.now, todayIn(ctx.now));
      await logPortaal(tx, ctx, 'portaal.getAfspraken', 'read', 'appointment');
      return { appointments };
    },
    { readOnly: true },
  );
}
