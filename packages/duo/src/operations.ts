/**
 * The DUO operations Koers calls, with method and path as in the specs. A contract test checks
 * this table against the OpenAPI files (same method and path, and every operation covered).
 */
import type { DuoApiName, HttpMethod } from './spec.ts';

export interface DuoOperationDef {
  readonly api: DuoApiName;
  readonly method: HttpMethod;
  /** Path template from the spec, without the `/v1` base path. */
  readonly path: string;
  /** raadpleging (GET) or melding (gemeente → DUO mutation). */
  readonly pattern: 'raadpleging' | 'melding';
}

export const duoOperations = {
  // Inburgeringsplicht (SDI005)
  getInburgeringsplichtByBsn: { api: 'Inburgeringsplicht', method: 'get', path: '/personen/{bsn}/inburgeringsplicht', pattern: 'raadpleging' },
  getInburgeringsplichthistorieByBsn: { api: 'Inburgeringsplicht', method: 'get', path: '/personen/{bsn}/inburgeringsplicht/historie', pattern: 'raadpleging' },
  getDoelgroepByBsn: { api: 'Inburgeringsplicht', method: 'get', path: '/personen/{bsn}/doelgroep', pattern: 'raadpleging' },
  getDoelgroephistorieByBsn: { api: 'Inburgeringsplicht', method: 'get', path: '/personen/{bsn}/doelgroep/historie', pattern: 'raadpleging' },
  // Leerbaarheidstoets (SDI006)
  getExamennummerByBsn: { api: 'Leerbaarheidstoets', method: 'get', path: '/personen/{bsn}/lbt/examennummer', pattern: 'raadpleging' },
  deleteExamennummerByBsn: { api: 'Leerbaarheidstoets', method: 'delete', path: '/personen/{bsn}/lbt/examennummer', pattern: 'melding' },
  getLbtResultatenByBsn: { api: 'Leerbaarheidstoets', method: 'get', path: '/personen/{bsn}/lbt/resultaten', pattern: 'raadpleging' },
  // Inburgeringstermijn (SDI007)
  getInburgeringstermijnByBsn: { api: 'Inburgeringstermijn', method: 'get', path: '/personen/{bsn}/inburgeringstermijn', pattern: 'raadpleging' },
  getInburgeringstermijnhistorieByBsn: { api: 'Inburgeringstermijn', method: 'get', path: '/personen/{bsn}/inburgeringstermijn/historie', pattern: 'raadpleging' },
  getVerlengingsgronden: { api: 'Inburgeringstermijn', method: 'get', path: '/verlengingsgronden', pattern: 'raadpleging' },
  // Vrijstelling (SDI012), Ontheffing (SDI013)
  getVrijstellingenByBsn: { api: 'Vrijstelling', method: 'get', path: '/personen/{bsn}/vrijstellingen', pattern: 'raadpleging' },
  getOntheffingenByBsn: { api: 'Ontheffing', method: 'get', path: '/personen/{bsn}/ontheffingen', pattern: 'raadpleging' },
  // PIP (SDI014)
  getPipByBsn: { api: 'PIP', method: 'get', path: '/personen/{bsn}/PIP', pattern: 'raadpleging' },
  postPipByBsn: { api: 'PIP', method: 'post', path: '/personen/{bsn}/PIP', pattern: 'melding' },
  deletePipByBsn: { api: 'PIP', method: 'delete', path: '/personen/{bsn}/PIP', pattern: 'melding' },
  // Contactpersoon (SDI014)
  createContactpersoon: { api: 'Contactpersoon', method: 'post', path: '/contactpersonen', pattern: 'melding' },
  updateContactpersoonById: { api: 'Contactpersoon', method: 'put', path: '/contactpersonen/{id}', pattern: 'melding' },
  deleteContactpersoonById: { api: 'Contactpersoon', method: 'delete', path: '/contactpersonen/{id}', pattern: 'melding' },
  postContactpersoonByBsn: { api: 'Contactpersoon', method: 'post', path: '/contactpersonen/{id}/personen/{bsn}', pattern: 'melding' },
  deleteContactpersoonByBsn: { api: 'Contactpersoon', method: 'delete', path: '/contactpersonen/{id}/personen/{bsn}', pattern: 'melding' },
  // Inburgeringsaanbod (SDI014)
  getInstellingen: { api: 'Inburgeringsaanbod', method: 'get', path: '/instellingen', pattern: 'raadpleging' },
  postInburgeringsaanbodByBsnAndInstellingsnummer: { api: 'Inburgeringsaanbod', method: 'post', path: '/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}', pattern: 'melding' },
  deleteInburgeringsaanbodByBsnAndInstellingsnumer: { api: 'Inburgeringsaanbod', method: 'delete', path: '/personen/{bsn}/Inburgeringsaanbod/{instellingsnummer}', pattern: 'melding' },
  // MAP, PVT, Z-route (SDI016)
  getMapByBsn: { api: 'MAP,PVT,Zroute', method: 'get', path: '/personen/{bsn}/map', pattern: 'raadpleging' },
  updateMapByBsn: { api: 'MAP,PVT,Zroute', method: 'put', path: '/personen/{bsn}/map', pattern: 'melding' },
  getPvtByBsn: { api: 'MAP,PVT,Zroute', method: 'get', path: '/personen/{bsn}/pvt', pattern: 'raadpleging' },
  updatePvtByBsn: { api: 'MAP,PVT,Zroute', method: 'put', path: '/personen/{bsn}/pvt', pattern: 'melding' },
  updateZrouteByBsn: { api: 'MAP,PVT,Zroute', method: 'put', path: '/personen/{bsn}/zroute', pattern: 'melding' },
  // Gevolgde uren (SDI016)
  getGevolgdeUrenByBsn: { api: 'GevolgdeUren', method: 'get', path: '/personen/{bsn}/uren', pattern: 'raadpleging' },
  updateUrenTaallesEnKnmByBSN: { api: 'GevolgdeUren', method: 'put', path: '/personen/{bsn}/uren/bredeintake/taallesknm', pattern: 'melding' },
  updateUrenParticipatieactiviteiten: { api: 'GevolgdeUren', method: 'put', path: '/personen/{bsn}/uren/participatieactiviteiten', pattern: 'melding' },
  updateUrenParticipatieAlsTaallesByBsn: { api: 'GevolgdeUren', method: 'put', path: '/personen/{bsn}/uren/participatietaalles', pattern: 'melding' },
  // Examen (SDI017)
  getExamenresultatenByBsn: { api: 'Examen', method: 'get', path: '/personen/{bsn}/examens/resultaten', pattern: 'raadpleging' },
  getGratisPogingenTegoedByBsn: { api: 'Examen', method: 'get', path: '/personen/{bsn}/examens/gratispogingen', pattern: 'raadpleging' },
} as const satisfies Record<string, DuoOperationDef>;

export type DuoOperationId = keyof typeof duoOperations;

export function isDuoOperationId(value: string): value is DuoOperationId {
  return Object.hasOwn(duoOperations, value);
}
