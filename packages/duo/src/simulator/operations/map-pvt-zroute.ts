/** Handlers of DUO's "MAP, PVT, Zroute" API (README rules in `../rules.ts`). */
import type { DatumMap, DatumPvt, InburgeringJaNee, IsoDate } from '../../types.ts';
import { checkResultaat } from '../rules.ts';
import { defineOperation } from './request-bodies.ts';
import { forPerson, fouten, ok, withPerson, type OpContext, type OperationHandlers, type SimResult } from './support.ts';

/** A PUT of the MAP or PVT result: the date (its field differs per kind) and 'verwijtbaar'. */
function putResultaat(ctx: OpContext, kind: 'map' | 'pvt', datum: IsoDate | undefined, verwijtbaar: InburgeringJaNee | undefined): SimResult {
  return forPerson(ctx, (p) => {
    const errors = checkResultaat(p, p[kind], ctx.gemeente.oin, datum, verwijtbaar, ctx.today);
    if (errors.length > 0) return fouten(ctx, errors);
    // PUT replaces the whole resource; leaving a field out withdraws it.
    p[kind] = { gemeenteOin: ctx.gemeente.oin, ...(datum !== undefined ? { datum } : {}), ...(verwijtbaar !== undefined ? { verwijtbaar } : {}) };
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
  updateMapByBsn: defineOperation('updateMapByBsn', (ctx, body) => putResultaat(ctx, 'map', body.datumEindgesprekMap, body.verwijtbaar)),
  updatePvtByBsn: defineOperation('updatePvtByBsn', (ctx, body) => putResultaat(ctx, 'pvt', body.datumOndertekeningPvt, body.verwijtbaar)),
  updateZrouteByBsn: defineOperation('updateZrouteByBsn', (ctx, body) =>
    forPerson(ctx, (p) => {
      const d = body.datumAfrondingZroute;
      if (d !== undefined && d > ctx.today) return fouten(ctx, ['De datum afronding Z-route mag niet in de toekomst liggen.']);
      if (d === undefined) delete p.datumAfrondingZroute;
      else p.datumAfrondingZroute = d;
      return ok(200);
    }),
  ),
};
