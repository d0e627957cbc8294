/** Handlers of DUO's Contactpersoon API: a gemeente's contactpersonen and their links to persons. */
import type { Contactpersoon } from '../../types.ts';
import { defineOperation } from './request-bodies.ts';
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
  createContactpersoon: defineOperation('createContactpersoon', (ctx, gegevens) => {
    const { state } = ctx.sim;
    const id = state.nextContactpersoonId++;
    state.contactpersonen.set(id, { id, gemeenteOin: ctx.gemeente.oin, gegevens });
    const body: Contactpersoon = { id, contactpersoongegevens: gegevens };
    return ok(201, body);
  }),
  updateContactpersoonById: defineOperation('updateContactpersoonById', (ctx, gegevens) => {
    const id = ownContactpersoon(ctx);
    if (typeof id !== 'number') return id;
    const c = ctx.sim.state.contactpersonen.get(id);
    if (c) c.gegevens = gegevens;
    return ok(200);
  }),
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
