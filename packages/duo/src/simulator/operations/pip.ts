/** Handlers of DUO's PIP API (README rules in `../rules.ts`). */
import { addDays, addYears } from '../../dates.ts';
import type { PipGemeente } from '../../types.ts';
import { defineOperation } from './request-bodies.ts';
import { notifyInBackground } from '../notifications.ts';
import { checkPip, checkPipWithdrawal } from '../rules.ts';
import { currentPip } from '../state.ts';
import { fouten, knownPerson, ok, withPerson, type OperationHandlers } from './support.ts';

export const pipHandlers: OperationHandlers = {
  getPipByBsn: withPerson((p) => {
    const cur = currentPip(p);
    if (!cur) return ok(404);
    const body: PipGemeente = { gemeentecode: cur.gemeentecode, pip: cur.pip };
    return ok(200, body);
  }),
  postPipByBsn: defineOperation('postPipByBsn', (ctx, pip) => {
    const p = knownPerson(ctx);
    if (!p) return ok(404);
    const { errors, stored } = checkPip(p, ctx.gemeente.oin, pip);
    if (errors.length > 0) return fouten(ctx, errors);
    p.pips.push({ gemeenteOin: ctx.gemeente.oin, gemeentecode: ctx.gemeente.gemeentecode, pip: stored, registratiedatum: ctx.today });
    p.pipCount += 1;
    if (ctx.sim.options.autoStartTermijn === true && p.termijn === undefined) {
      const startdatum = addDays(stored.dagtekeningPip, 1);
      p.termijn = { startdatum, einddatum: addYears(startdatum, 3), wijzigingsdatum: ctx.today };
      p.termijnHistorie.push({ einddatum: p.termijn.einddatum, wijzigingsdatum: ctx.today });
      notifyInBackground(ctx.sim, { gebeurtenisId: 'SS102', bsn: p.bsn, gemeenteOin: ctx.gemeente.oin });
    }
    return ok(201);
  }),
  deletePipByBsn: (ctx) => {
    const p = knownPerson(ctx);
    if (!p || !currentPip(p)) return ok(404);
    const errors = checkPipWithdrawal(p, ctx.gemeente.oin);
    if (errors.length > 0) return fouten(ctx, errors);
    p.pips.pop();
    return ok(200);
  },
};
