/** Handlers of DUO's "MAP, PVT, Zroute" API (README rules in `../rules.ts`). */
import type { DatumMap, DatumPvt, ResultaatMap, ResultaatPvt, ResultaatZroute } from '../../types.ts';
import { checkResultaat } from '../rules.ts';
import { fouten, ok, withPerson, type OperationHandler, type OperationHandlers } from './support.ts';

function putResultaat(kind: 'map' | 'pvt'): OperationHandler {
  return withPerson((p, ctx) => {
    // The body passed this operation's request schema (strict) in http.ts; the handler table shares one untyped context.
    const body = ctx.body as ResultaatMap & ResultaatPvt;
    const datum = kind === 'map' ? body.datumEindgesprekMap : body.datumOndertekeningPvt;
    const errors = checkResultaat(p, p[kind], ctx.gemeente.oin, datum, body.verwijtbaar, ctx.today);
    if (errors.length > 0) return fouten(ctx, errors);
    // PUT replaces the whole resource; leaving a field out withdraws it.
    p[kind] = { gemeenteOin: ctx.gemeente.oin, ...(datum !== undefined ? { datum } : {}), ...(body.verwijtbaar !== undefined ? { verwijtbaar: body.verwijtbaar } : {}) };
    return ok(200);
  });
}

export const mapPvtZrouteHandlers: OperationHandlers = {
  getMapByBsn: withPerson((p) => {
    if (p.map?.datum === undefined) return ok(404);
    const body: DatumMap = { datumEindgesprekMap: p.map.datum };
    return ok(200, body);
  }),
  getPvtByBsn: withPerson((p) => {
    if (p.pvt?.datum === undefined) return ok(404);
    const body: DatumPvt = { datumOndertekeningPvt: p.pvt.datum };
    return ok(200, body);
  }),
  updateMapByBsn: putResultaat('map'),
  updatePvtByBsn: putResultaat('pvt'),
  updateZrouteByBsn: withPerson((p, ctx) => {
    // The body passed this operation's request schema (strict) in http.ts; the handler table shares one untyped context.
    const d = (ctx.body as ResultaatZroute).datumAfrondingZroute;
    if (d !== undefined && d > ctx.today) return fouten(ctx, ['De datum afronding Z-route mag niet in de toekomst liggen.']);
    if (d === undefined) delete p.datumAfrondingZroute;
    else p.datumAfrondingZroute = d;
    return ok(200);
  }),
};
