/** Handlers of DUO's Inburgeringsplicht, Leerbaarheidstoets and Inburgeringstermijn APIs. */
import { ok, withPerson, type OperationHandlers } from './support.ts';

export const inburgeringsplichtHandlers: OperationHandlers = {
  // Inburgeringsplicht
  getInburgeringsplichtByBsn: withPerson((p) => ok(200, p.inburgeringsplicht)),
  getInburgeringsplichthistorieByBsn: withPerson((p) => ok(200, p.inburgeringsplichtHistorie)),
  getDoelgroepByBsn: withPerson((p) => ok(200, p.doelgroep)),
  getDoelgroephistorieByBsn: withPerson((p) => ok(200, p.doelgroepHistorie)),
  // Leerbaarheidstoets
  getExamennummerByBsn: withPerson((p) => (p.lbtExamennummer === undefined ? ok(404) : ok(200, { examennummer: p.lbtExamennummer }))),
  deleteExamennummerByBsn: withPerson((p) => {
    if (p.lbtExamennummer === undefined) return ok(404);
    delete p.lbtExamennummer;
    return ok(200);
  }),
  getLbtResultatenByBsn: withPerson((p) => ok(200, p.lbtResultaten)),
  // Inburgeringstermijn
  getInburgeringstermijnByBsn: withPerson((p) => (p.termijn ? ok(200, p.termijn) : ok(404))),
  getInburgeringstermijnhistorieByBsn: withPerson((p) => ok(200, p.termijnHistorie)),
  getVerlengingsgronden: (ctx) => ok(200, ctx.sim.state.verlengingsgronden),
};
