/** Handlers of DUO's Contactpersoon API: a gemeente's contactpersonen and their links to persons. */
import type { Contactpersoon, Contactpersoongegevens } from '../../types.ts';
import { fouten, isResult, ok, personFor, type OpContext, type OperationHandlers, type SimResult } from './support.ts';

/** The path's contactpersoon id when it exists and belongs to the calling gemeente; else the answer. */
function ownContactpersoon(ctx: OpContext): SimResult | number {
  const id = Number(ctx.params['id']);
  const c = ctx.sim.state.contactpersonen.get(id);
  if (!c) return ok(404);
  if (c.gemeenteOin !== ctx.gemeente.oin) return fouten(ctx, ['De contactpersoon is niet van uw gemeente.']);
  return id;
}

export const contactpersoonHandlers: OperationHandlers = {
  createContactpersoon: (ctx) => {
    const { state } = ctx.sim;
    const id = state.nextContactpersoonId++;
    // The body passed this operation's request schema (strict) in http.ts; the handler table shares one untyped context.
    const gegevens = ctx.body as Contactpersoongegevens;
    state.contactpersonen.set(id, { id, gemeenteOin: ctx.gemeente.oin, gegevens });
    const body: Contactpersoon = { id, contactpersoongegevens: gegevens };
    return ok(201, body);
  },
  updateContactpersoonById: (ctx) => {
    const id = ownContactpersoon(ctx);
    if (typeof id !== 'number') return id;
    const c = ctx.sim.state.contactpersonen.get(id);
    // The body passed this operation's request schema (strict) in http.ts; the handler table shares one untyped context.
    if (c) c.gegevens = ctx.body as Contactpersoongegevens;
    return ok(200);
  },
  deleteContactpersoonById: (ctx) => {
    const id = ownContactpersoon(ctx);
    if (typeof id !== 'number') return id;
    const { state } = ctx.sim;
    state.contactpersonen.delete(id);
    // README: remaining links with inburgeringsplichtigen are removed as well.
    for (const [k, v] of state.contactKoppelingen) if (v === id) state.contactKoppelingen.delete(k);
    return ok(200);
  },
  postContactpersoonByBsn: (ctx) => {
    const id = ownContactpersoon(ctx);
    if (typeof id !== 'number') return id;
    const p = personFor(ctx);
    if (isResult(p)) return p;
    // README: an existing link with another contactpersoon is overwritten.
    ctx.sim.state.contactKoppelingen.set(`${ctx.gemeente.oin}|${p.bsn}`, id);
    return ok(201);
  },
  deleteContactpersoonByBsn: (ctx) => {
    const id = ownContactpersoon(ctx);
    if (typeof id !== 'number') return id;
    const key = `${ctx.gemeente.oin}|${ctx.params['bsn'] ?? ''}`;
    const { contactKoppelingen } = ctx.sim.state;
    if (contactKoppelingen.get(key) !== id) return ok(404);
    contactKoppelingen.delete(key);
    return ok(200);
  },
};
