import { randomUUID } from 'node:crypto';
import { asSystem } from '../../db/scope.ts';
import { logProcessing } from '../../privacy/processing-log.ts';
import { prepareBeheerder, provisionOrganisation } from '../../gemeenten/provision.ts';
import type { NewOrganisationView } from './organisations.view.ts';
import type { OrganisationInput } from '../../gemeenten/gemeente-input.ts';
import type { UseCaseContext } from '../context.ts';
import { requirePermission } from '../gemeenten/access.ts';

/**
 * POST (hosting): a new organisation with its first gemeenten and first beheerder, all or nothing.
 * System work, deliberately (ADR 0095): requests cannot write organisations or gemeenten, and the
 * new organisation is outside the hosting party's own scope. The permission is checked above.
 */
export async function createOrganisation(ctx: UseCaseContext, input: OrganisationInput): Promise<NewOrganisationView> {
  requirePermission(ctx, 'admin:organisations');
  const prepared = await prepareBeheerder(input.beheerder);
  const organisationId = randomUUID();
  return asSystem(ctx.db, async (tx) => {
    const created = await provisionOrganisation(tx, input, prepared, ctx.principal, ctx.now, organisationId);
    // Logged in the new organisation's processing log: it is the controller of its beheerder's data.
    const end = new Date();
    await logProcessing(tx, ctx.log, ctx.principal, organisationId, [
      {
        resourceType: 'user',
        resourceId: created.beheerder.id,
        subject: { type: 'user', id: created.beheerder.id },
        gemeenteId: null,
        activity: 'gebruikersbeheer',
        action: 'create',
        operationName: 'createOrganisation',
        startTime: ctx.now,
        endTime: end < ctx.now ? ctx.now : end,
      },
    ]);
    return created;
  });
}
