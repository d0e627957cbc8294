/**
 * DUO's functional validation rules from the M2M README, as pure functions.
 * Each returns the list of `fouttekst`s (empty = accepted). Texts are the simulator's own
 * (DUO does not publish its exact messages); each starts with a stable rule code in brackets
 * so that tests and logs can refer to it.
 */
import { addMonths, isAfter, isBefore } from '../dates.ts';
import type { Inburgeringsaanbod, InburgeringJaNee, Instelling, IsoDate, Oin, PIP } from '../types.ts';
import { currentPip, type SimPerson } from './state.ts';

export const ruleTexts = {
  PIP_DAGTEKENING_VOOR_PLICHT: '[PIP-1] De datum dagtekening mag niet voor de start van de inburgeringsplicht liggen.',
  PIP_DAGTEKENING_VOOR_INITIELE: '[PIP-2] De datum dagtekening van een gewijzigde PIP mag niet voor de datum dagtekening van de initiële PIP liggen.',
  PIP_DAGTEKENING_VOOR_ACTUELE: '[PIP-3] De datum dagtekening van een gewijzigde PIP mag niet voor de datum dagtekening van de actuele PIP liggen.',
  PIP_DAGTEKENING_VOOR_VESTIGING: '[PIP-4] De datum dagtekening mag niet voor de vestiging van de inburgeraar bij de gemeente liggen.',
  PIP_A2_ONDERWIJSROUTE: '[PIP-5] Niveau A2 mag niet in combinatie met de onderwijsroute worden aangeleverd.',
  PIP_B1_ZROUTE: '[PIP-6] Niveau B1 mag niet in combinatie met de Z-route worden aangeleverd.',
  PIP_A2_EERSTE_PIP: '[PIP-7] Niveau A2 mag niet in combinatie met de B1-route worden aangeleverd bij de eerste PIP van de persoon.',
  PIP_INTENSITEIT: '[PIP-8] Geschatte intensiteit B1-route mag alleen worden aangeleverd bij de B1-route en bij asielmigranten.',
  PIP_NIET_GEKOPPELD: '[PIP-9] De persoon valt niet onder uw gemeente.',
  PIP_DEL_TERMIJN: '[PIP-D1] Het PIP kan niet worden verwijderd: de inburgeringstermijn is al vastgesteld.',
  PIP_DEL_UREN: '[PIP-D2] Het PIP kan niet worden verwijderd: er zijn al cursusdeelname-uren bij het actuele inburgeringsaanbod geregistreerd.',
  PIP_DEL_ANDERE_GEMEENTE: '[PIP-D3] Het actuele PIP is niet van uw gemeente.',
  IA_GEEN_ASIEL: '[IA-1] Een inburgeringsaanbod kan alleen voor een asielmigrant worden aangeleverd.',
  IA_GEEN_PIP: '[IA-2] De persoon heeft geen PIP.',
  IA_INSTELLING_ONBEKEND: '[IA-3] De instelling is niet bekend bij DUO.',
  IA_GEEN_BOW: '[IA-4] De instelling heeft geen Blik op Werk-keurmerk.',
  IA_GEEN_TST: '[IA-5] De instelling is geen erkende taalschakelinstelling (onderwijsroute).',
  IA_VOOR_DAGTEKENING: '[IA-6] De data van het inburgeringsaanbod mogen niet voor de dagtekening van de actuele PIP liggen.',
  IA_VOLGORDE: '[IA-7] De verwachte startdatum opleiding mag niet voor de datum inburgeringsaanbod liggen en de verwachte einddatum niet voor de startdatum.',
  IA_BUITEN_TERMIJN: '[IA-8] De verwachte start- en einddatum opleiding mogen niet buiten de inburgeringstermijn liggen.',
  RES_WIJZIGING_ANDERE_GEMEENTE: '[RES-1] Bij een wijziging moet de datum eerder door uw gemeente zijn geleverd.',
  RES_GEEN_PIP: '[RES-2] Uw gemeente heeft geen actuele PIP voor de inburgeringsplichtige.',
  RES_ZROUTE_VOLDAAN: '[RES-3] De inburgeringsplicht is al voldaan via de Z-route.',
  RES_VOOR_TERMIJN: '[RES-4] De datum mag niet voor de startdatum van de inburgeringstermijn liggen.',
  RES_NA_ZROUTE: '[RES-5] De datum mag niet na de datum afronding Z-route liggen.',
  RES_TOEKOMST: '[RES-6] De datum mag niet in de toekomst liggen.',
  RES_INTREKKEN_ZROUTE: '[RES-7] De datum kan niet worden ingetrokken als de datum afronding Z-route is geregistreerd.',
  RES_VERWIJTBAAR_VERPLICHT: "[RES-8] Bij een overschrijding van de inburgeringstermijn is 'verwijtbaar' verplicht.",
  RES_VERWIJTBAAR_VOOR_EINDE: "[RES-9] 'Verwijtbaar' mag niet worden geleverd als de datum voor de einddatum van de inburgeringstermijn ligt.",
  RES_NEE_TWEE_MAANDEN: "[RES-10] 'Verwijtbaar' mag alleen 'Nee' zijn als de einddatum van de inburgeringstermijn binnen twee maanden valt.",
  RES_JA_OVERSCHRIJDING: "[RES-11] 'Verwijtbaar' mag alleen 'Ja' zijn bij een overschrijding van de inburgeringstermijn.",
} as const;
export type RuleCode = keyof typeof ruleTexts;

/** Relevance rules of README "Scope": may gemeente `oin` see/act on this person? */
export function isRelevantFor(person: SimPerson, oin: Oin, today: IsoDate): boolean {
  if (person.gemeenteOin === oin) return true;
  const cur = currentPip(person);
  if (cur?.gemeenteOin === oin) return true;
  const prev = person.pips[person.pips.length - 2];
  return cur !== undefined && prev?.gemeenteOin === oin && !isBefore(cur.registratiedatum, addMonths(today, -1));
}

/** README "Het aanleveren van een PIP". Returns the errors and the PIP as DUO stores it. */
export function checkPip(person: SimPerson, oin: Oin, pip: PIP): { errors: string[]; stored: PIP } {
  const errors: string[] = [];
  if (person.gemeenteOin !== oin) errors.push(ruleTexts.PIP_NIET_GEKOPPELD);
  const d = pip.dagtekeningPip;
  const plichtStart = person.inburgeringsplicht.begindatum;
  if (plichtStart !== undefined && isBefore(d, plichtStart)) errors.push(ruleTexts.PIP_DAGTEKENING_VOOR_PLICHT);
  const initial = person.pips[0];
  const cur = currentPip(person);
  if (initial && isBefore(d, initial.pip.dagtekeningPip)) errors.push(ruleTexts.PIP_DAGTEKENING_VOOR_INITIELE);
  if (cur && isBefore(d, cur.pip.dagtekeningPip)) errors.push(ruleTexts.PIP_DAGTEKENING_VOOR_ACTUELE);
  if (person.vestigingsdatum !== undefined && isBefore(d, person.vestigingsdatum)) errors.push(ruleTexts.PIP_DAGTEKENING_VOOR_VESTIGING);
  if (pip.niveau === 'A2' && pip.leerroute === 'O') errors.push(ruleTexts.PIP_A2_ONDERWIJSROUTE);
  if (pip.niveau === 'B1' && pip.leerroute === 'Z') errors.push(ruleTexts.PIP_B1_ZROUTE);
  if (pip.niveau === 'A2' && pip.leerroute === 'B' && person.pipCount === 0) errors.push(ruleTexts.PIP_A2_EERSTE_PIP);
  if (pip.geschatteIntensiteitB1Route !== undefined && (pip.leerroute !== 'B' || person.doelgroep.indeling !== 'Asielstatushouder')) {
    errors.push(ruleTexts.PIP_INTENSITEIT);
  }
  const stored: PIP = { ...pip };
  if (stored.niveau === undefined && (pip.leerroute === 'B' || pip.leerroute === 'O')) stored.niveau = 'B1';
  return { errors, stored };
}

/** README "Het verwijderen van een PIP". */
export function checkPipWithdrawal(person: SimPerson, oin: Oin): string[] {
  const errors: string[] = [];
  const cur = currentPip(person);
  if (cur && cur.gemeenteOin !== oin) errors.push(ruleTexts.PIP_DEL_ANDERE_GEMEENTE);
  if (person.termijn !== undefined) errors.push(ruleTexts.PIP_DEL_TERMIJN);
  if (person.cursusuren > 0) errors.push(ruleTexts.PIP_DEL_UREN);
  return errors;
}

/** README "Inburgeringsaanbod". */
export function checkInburgeringsaanbod(person: SimPerson, instelling: Instelling | undefined, aanbod: Inburgeringsaanbod): string[] {
  const errors: string[] = [];
  if (person.doelgroep.indeling !== 'Asielstatushouder') errors.push(ruleTexts.IA_GEEN_ASIEL);
  const cur = currentPip(person);
  if (!cur) errors.push(ruleTexts.IA_GEEN_PIP);
  if (!instelling) errors.push(ruleTexts.IA_INSTELLING_ONBEKEND);
  else if (cur?.pip.leerroute === 'O') {
    if (instelling.indicatieTstKeurmerk !== true) errors.push(ruleTexts.IA_GEEN_TST);
  } else if (instelling.indicatieBowKeurmerk !== true) errors.push(ruleTexts.IA_GEEN_BOW);
  const { datumInburgeringsaanbod: dia, verwachteStartdatumOpleiding: start, verwachteEinddatumOpleiding: eind } = aanbod;
  if (cur) {
    const dag = cur.pip.dagtekeningPip;
    if ([dia, start, eind].some((x) => x !== undefined && isBefore(x, dag))) errors.push(ruleTexts.IA_VOOR_DAGTEKENING);
  }
  if ((start !== undefined && dia !== undefined && isBefore(start, dia)) || (start !== undefined && eind !== undefined && isBefore(eind, start))) {
    errors.push(ruleTexts.IA_VOLGORDE);
  }
  const t = person.termijn;
  if (t) {
    // The termijn is [startdatum, einddatum) — einddatum exclusive, as DUO models periods.
    const outside = (x: IsoDate | undefined): boolean => x !== undefined && (isBefore(x, t.startdatum) || isAfter(x, t.einddatum));
    if (outside(start) || outside(eind)) errors.push(ruleTexts.IA_BUITEN_TERMIJN);
  }
  return errors;
}

/**
 * README "MAP" / "PVT" (identical rule sets). Interpretations (documented in docs/duo-mapping.md):
 * - "overschrijding van de inburgeringstermijn" = the reported date (or today, when no date is
 *   sent) is on or after the termijn's einddatum;
 * - "einddatum binnen twee maanden" = the reported date (or today) lies before einddatum + 2
 *   months — the same reading as the domain core (ADR 0018, `validateResultDateForDuo`).
 */
export function checkResultaat(
  person: SimPerson,
  existing: { gemeenteOin: Oin } | undefined,
  oin: Oin,
  datum: IsoDate | undefined,
  verwijtbaar: InburgeringJaNee | undefined,
  today: IsoDate,
): string[] {
  const errors: string[] = [];
  if (existing && existing.gemeenteOin !== oin) errors.push(ruleTexts.RES_WIJZIGING_ANDERE_GEMEENTE);
  if (currentPip(person)?.gemeenteOin !== oin) errors.push(ruleTexts.RES_GEEN_PIP);
  if (person.voldaanViaZroute) errors.push(ruleTexts.RES_ZROUTE_VOLDAAN);
  const t = person.termijn;
  const z = person.datumAfrondingZroute;
  if (datum !== undefined) {
    if (t && isBefore(datum, t.startdatum)) errors.push(ruleTexts.RES_VOOR_TERMIJN);
    if (z !== undefined && isAfter(datum, z)) errors.push(ruleTexts.RES_NA_ZROUTE);
    if (isAfter(datum, today)) errors.push(ruleTexts.RES_TOEKOMST);
  } else if (z !== undefined) {
    errors.push(ruleTexts.RES_INTREKKEN_ZROUTE);
  }
  const ref = datum ?? today;
  const overschrijding = t !== undefined && !isBefore(ref, t.einddatum);
  if (verwijtbaar === undefined && overschrijding) errors.push(ruleTexts.RES_VERWIJTBAAR_VERPLICHT);
  if (verwijtbaar !== undefined && datum !== undefined && t !== undefined && isBefore(datum, t.einddatum)) errors.push(ruleTexts.RES_VERWIJTBAAR_VOOR_EINDE);
  if (verwijtbaar === 'Nee' && !(t !== undefined && isBefore(ref, addMonths(t.einddatum, 2)))) errors.push(ruleTexts.RES_NEE_TWEE_MAANDEN);
  if (verwijtbaar === 'Ja' && !overschrijding) errors.push(ruleTexts.RES_JA_OVERSCHRIJDING);
  return errors;
}
