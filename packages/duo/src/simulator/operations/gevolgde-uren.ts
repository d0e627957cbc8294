/** Handlers of DUO's GevolgdeUren API: hours per gemeente, each PUT replaces one kind. */
import type { GevolgdeUrenGemeente } from '../../types.ts';
import { defineOperation } from './request-bodies.ts';
import { forPerson, ok, withPerson, type OperationHandler, type OperationHandlers } from './support.ts';

type UrenOperation = 'updateUrenTaallesEnKnmByBSN' | 'updateUrenParticipatieactiviteiten' | 'updateUrenParticipatieAlsTaallesByBsn';

function putUren(operationId: UrenOperation, field: 'taallesEnKnm' | 'participatieactiviteiten' | 'participatieAlsTaalles'): OperationHandler {
  return defineOperation(operationId, (ctx, body) =>
    forPerson(ctx, (p) => {
      const current = p.uren.get(ctx.gemeente.oin) ?? {};
      current[field] = body.uren;
      p.uren.set(ctx.gemeente.oin, current);
      return ok(200);
    }),
  );
}

export const gevolgdeUrenHandlers: OperationHandlers = {
  getGevolgdeUrenByBsn: withPerson((p, ctx) => {
    const body: GevolgdeUrenGemeente[] = [...p.uren.entries()].map(([oin, u]) => ({
      gemeentecode: ctx.sim.gemeenten.get(oin)?.gemeentecode ?? '0000',
      ...(u.participatieAlsTaalles !== undefined ? { ParticipatieAlsTaalles: { uren: u.participatieAlsTaalles } } : {}),
      ...(u.participatieactiviteiten !== undefined ? { ParticipatieactiviteitenBredeIntake: { uren: u.participatieactiviteiten } } : {}),
      ...(u.taallesEnKnm !== undefined ? { TaallesEnKnmBredeIntake: { uren: u.taallesEnKnm } } : {}),
    }));
    return ok(200, body);
  }),
  updateUrenTaallesEnKnmByBSN: putUren('updateUrenTaallesEnKnmByBSN', 'taallesEnKnm'),
  updateUrenParticipatieactiviteiten: putUren('updateUrenParticipatieactiviteiten', 'participatieactiviteiten'),
  updateUrenParticipatieAlsTaallesByBsn: putUren('updateUrenParticipatieAlsTaallesByBsn', 'participatieAlsTaalles'),
};
