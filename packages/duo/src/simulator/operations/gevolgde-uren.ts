/** Handlers of DUO's GevolgdeUren API: hours per gemeente, each PUT replaces one kind. */
import type { GevolgdeUrenGemeente, Uren } from '../../types.ts';
import { ok, withPerson, type OperationHandler, type OperationHandlers } from './support.ts';

function putUren(field: 'taallesEnKnm' | 'participatieactiviteiten' | 'participatieAlsTaalles'): OperationHandler {
  return withPerson((p, ctx) => {
    const current = p.uren.get(ctx.gemeente.oin) ?? {};
    // The body passed this operation's request schema (strict) in http.ts; the handler table shares one untyped context.
    current[field] = (ctx.body as Uren).uren;
    p.uren.set(ctx.gemeente.oin, current);
    return ok(200);
  });
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
  updateUrenTaallesEnKnmByBSN: putUren('taallesEnKnm'),
  updateUrenParticipatieactiviteiten: putUren('participatieactiviteiten'),
  updateUrenParticipatieAlsTaallesByBsn: putUren('participatieAlsTaalles'),
};
