/** Handlers of DUO's Vrijstelling, Ontheffing and Examen APIs (read only for a gemeente). */
import { ok, withPerson, type OperationHandlers } from './support.ts';

export const examenHandlers: OperationHandlers = {
  getVrijstellingenByBsn: withPerson((p) => ok(200, p.vrijstellingen)),
  getOntheffingenByBsn: withPerson((p) => ok(200, p.ontheffingen)),
  getExamenresultatenByBsn: withPerson((p) => ok(200, p.examenresultaten)),
  getGratisPogingenTegoedByBsn: withPerson((p) => ok(200, p.gratisPogingen)),
};
