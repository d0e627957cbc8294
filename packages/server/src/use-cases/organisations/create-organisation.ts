import { randomUUID } from 'node:crypto';
import { inScope } from '../../db/scope.ts';
import { logProcessing } from '../../privacy/processing-log.ts';
import { prepareBeheerder, provisionOrganisation, type ProvisionedOrganisation } from '../../gemeenten/provision.ts';
import type { OrganisationInput } from '../../gemeenten/gemeente-input.ts';
import type { UseCaseContext } from '../context.ts';
import { requirePermission } from '../gemeenten/access.ts';

/**
 * POST (hosting): a new organisation with its first gemeenten and first beheerder, all or nothing.
 * Runs in the new organisation's own scope (its id is chosen first), so the row-level security of
 * users and history applies as for that organisation's own beheerder.
 */
export async function createOrganisation(ctx: UseCaseContext, input: OrganisationInput): Promise<ProvisionedOrganisation> {
  requirePermission(ctx, 'admin:organisations');
  const prepared = await prepareBeheerder(input.beheerder);
  const organisationId = randomUUID();
  return inScope(ctx.db, { organisationId, gemeenteIds: [] }, async (tx) => {
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
