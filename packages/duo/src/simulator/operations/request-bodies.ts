/**
 * The typed operation table of the simulator: each DUO operation with a request body, the type of
 * that body (`types.ts`) and the component schema the spec gives it. `defineOperation` ties a
 * handler to its operation, so the handler receives its body typed instead of casting `ctx.body`.
 */
import type { Contactpersoongegevens, Inburgeringsaanbod, PIP, ResultaatMap, ResultaatPvt, ResultaatZroute, Uren } from '../../types.ts';
import { ok, type OpContext, type OperationHandler, type SimResult } from './support.ts';

/** The request body of each operation that has one, by operationId. */
export interface RequestBodies {
  postPipByBsn: PIP;
  createContactpersoon: Contactpersoongegevens;
  updateContactpersoonById: Contactpersoongegevens;
  postInburgeringsaanbodByBsnAndInstellingsnummer: Inburgeringsaanbod;
  updateMapByBsn: ResultaatMap;
  updatePvtByBsn: ResultaatPvt;
  updateZrouteByBsn: ResultaatZroute;
  updateUrenTaallesEnKnmByBSN: Uren;
  updateUrenParticipatieactiviteiten: Uren;
  updateUrenParticipatieAlsTaallesByBsn: Uren;
}
export type BodyOperation = keyof RequestBodies;

/** The spec's component schema of each request body, in the operation's API (its requestBody `$ref`; a test checks they agree). */
export const requestBodySchemas: { readonly [O in BodyOperation]: string } = {
  postPipByBsn: 'PIP',
  createContactpersoon: 'Contactpersoongegevens',
  updateContactpersoonById: 'Contactpersoongegevens',
  postInburgeringsaanbodByBsnAndInstellingsnummer: 'Inburgeringsaanbod',
  updateMapByBsn: 'ResultaatMap',
  updatePvtByBsn: 'ResultaatPvt',
  updateZrouteByBsn: 'ResultaatZroute',
  updateUrenTaallesEnKnmByBSN: 'TaallesEnKnmBredeIntake',
  updateUrenParticipatieactiviteiten: 'ParticipatieactiviteitenBredeIntake',
  updateUrenParticipatieAlsTaallesByBsn: 'ParticipatieAlsTaalles',
};

/** Whether a body conforms to the operation's schema: the spec (ajv, strict as in http.ts) is the check; the guard carries its verdict into the type. */
function conforms<O extends BodyOperation>(ctx: OpContext, operationId: O, body: unknown): body is RequestBodies[O] {
  return ctx.sim.validator.validateSchema(ctx.op.api, requestBodySchemas[operationId], body, { strictProperties: true }).length === 0;
}

/**
 * The handler of an operation with a request body, receiving that body typed. http.ts has already
 * answered 400 to a request that does not match the spec; a body that still does not conform here
 * (a handler registered under the wrong operation) is refused the same way.
 */
export function defineOperation<O extends BodyOperation>(operationId: O, handle: (ctx: OpContext, body: RequestBodies[O]) => SimResult): OperationHandler {
  return (ctx) => {
    const { body } = ctx;
    return ctx.op.operationId === operationId && conforms(ctx, operationId, body) ? handle(ctx, body) : ok(400);
  };
}
