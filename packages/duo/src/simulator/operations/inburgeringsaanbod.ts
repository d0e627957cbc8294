/** Handlers of DUO's Inburgeringsaanbod API (README rules in `../rules.ts`). */
import { checkInburgeringsaanbod } from '../rules.ts';
import { defineOperation } from './request-bodies.ts';
import { forPerson, fouten, ok, withPerson, type OperationHandlers } from './support.ts';

export const inburgeringsaanbodHandlers: OperationHandlers = {
  getInstellingen: (ctx) => ok(200, ctx.sim.state.instellingen),
  postInburgeringsaanbodByBsnAndInstellingsnummer: defineOperation('postInburgeringsaanbodByBsnAndInstellingsnummer', (ctx, aanbod) =>
    forPerson(ctx, (p) => {
      const nummer = ctx.params['instellingsnummer'] ?? '';
      const errors = checkInburgeringsaanbod(p, ctx.sim.state.instellingen.find((i) => i.instellingsnummer === nummer), aanbod);
      if (errors.length > 0) return fouten(ctx, errors);
      p.aanbod.set(nummer, { ...aanbod, gemeenteOin: ctx.gemeente.oin });
      return ok(201);
    }),
  ),
  deleteInburgeringsaanbodByBsnAndInstellingsnumer: withPerson((p, ctx) => {
    const nummer = ctx.params['instellingsnummer'] ?? '';
    const a = p.aanbod.get(nummer);
    if (!a) return ok(404);
    if (a.gemeenteOin !== ctx.gemeente.oin) return fouten(ctx, ['Het inburgeringsaanbod is niet door uw gemeente aangeleverd.']);
    p.aanbod.delete(nummer);
    return ok(204);
  }),
};
