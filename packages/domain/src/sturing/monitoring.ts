// The ministry's monitoring set (seed 002 §6.3) and the Benchmark statushouders as rows of
// aggregates, with small counts suppressed so no person can be recognised. The field codes are
// documented in docs/monitoring-set-csv.md and docs/benchmark-statushouders-csv.md.
import type { HalfjaarCase, HalfjaarCijfers } from './halfjaar.ts';
import type { ReportPeriod } from './period.ts';
import { countHalfjaar } from './halfjaar.ts';
import { suppressGroups, type CountGroup } from './suppression.ts';

export interface AggregateRow {
  readonly code: string;
  readonly label: string;
  /** null: suppressed (a count from 1 up to the threshold, exclusive). */
  readonly value: number | null;
}

// AVG art. 89 (passende waarborgen bij statistiek): a count that could point at a person is not shown
export function suppressSmallCount(value: number, threshold: number): number | null {
  return value > 0 && value < threshold ? null : value;
}

/** The numbers of the half-year as coded rows, in the order of seed 002 §6.3. */
export function monitoringRows(c: HalfjaarCijfers): { code: string; label: string; value: number }[] {
  return [
    { code: 'in_beeld', label: 'Inburgeringsplichtigen in beeld', value: c.inBeeld },
    { code: 'brede_intake_afgerond', label: 'Brede intakes afgerond', value: c.brede.intakesAfgerond },
    { code: 'trajecten_aangeboden', label: 'Trajecten aangeboden (inburgeringsaanbod)', value: c.trajecten.aangeboden },
    { code: 'personen_met_aanbod', label: 'Personen met een aangeboden traject', value: c.trajecten.personen },
    { code: 'pip_vastgesteld', label: "PIP's vastgesteld (eerste versie)", value: c.pips.vastgesteld },
    { code: 'pip_binnen_10_weken', label: 'PIP vastgesteld binnen 10 weken', value: c.pips.binnenTienWeken },
    { code: 'pip_na_10_weken', label: 'PIP vastgesteld na 10 weken', value: c.pips.naTienWeken },
    { code: 'pip_zonder_termijn', label: 'PIP vastgesteld zonder lopende termijn', value: c.pips.zonderTermijn },
    { code: 'toets_uitslagen', label: 'Uitslagen leerbaarheidstoets', value: c.toets.uitslagen },
    { code: 'toets_advies_b1', label: 'Toetsadvies B1-route', value: c.toets.advies.B1 },
    { code: 'toets_advies_onderwijs', label: 'Toetsadvies onderwijsroute', value: c.toets.advies.Onderwijs },
    { code: 'toets_advies_z', label: 'Toetsadvies Z-route', value: c.toets.advies.Z },
    { code: 'toets_zonder_advies', label: 'Toetsuitslag zonder routeadvies', value: c.toets.advies.geen },
    { code: 'route_b1', label: 'Routekeuze in PIP: B1-route', value: c.routekeuze.B1 },
    { code: 'route_onderwijs', label: 'Routekeuze in PIP: onderwijsroute', value: c.routekeuze.Onderwijs },
    { code: 'route_z', label: 'Routekeuze in PIP: Z-route', value: c.routekeuze.Z },
    { code: 'route_onbekend', label: 'Routekeuze in PIP: niet vastgelegd', value: c.routekeuze.onbekend },
    { code: 'afschaling_a2', label: 'Afschalingen naar A2', value: c.wijzigingen.afschalingA2 },
    { code: 'routewissels', label: 'Wisselingen van leerroute', value: c.wijzigingen.routewissels },
    { code: 'pip_overige_wijzigingen', label: 'Overige wijzigingen van het PIP', value: c.wijzigingen.overig },
    { code: 'opleiding_vastgelegd', label: 'Opleiding vastgelegd in de brede intake', value: c.opleiding.opleidingVastgelegd },
    { code: 'aanbod_met_alfabetisering', label: 'Aanbod met alfabetisering', value: c.opleiding.alfabetisering },
    { code: 'aanbod_zonder_alfabetisering', label: 'Aanbod zonder alfabetisering', value: c.opleiding.geenAlfabetisering },
    { code: 'pvt_afgerond', label: 'PVT afgerond', value: c.pvtMap.pvtAfgerond },
    { code: 'map_afgerond', label: 'MAP afgerond', value: c.pvtMap.mapAfgerond },
    { code: 'ontzorgen_actief', label: 'Financieel ontzorgen actief', value: c.ontzorgen.actief },
    { code: 'ontzorgen_gestart', label: 'Financieel ontzorgen gestart', value: c.ontzorgen.gestart },
    { code: 'ontzorgen_geweigerd', label: 'Financieel ontzorgen geweigerd', value: c.ontzorgen.geweigerd },
    { code: 'handhaving_overtredingen', label: 'Overtredingen vastgesteld', value: c.handhaving.overtredingen },
    { code: 'handhaving_art_22', label: 'Overtredingen art. 22 (niet tijdig voldaan)', value: c.handhaving.artikel22 },
    { code: 'handhaving_art_23', label: 'Overtredingen art. 23 (niet meegewerkt)', value: c.handhaving.artikel23 },
    { code: 'handhaving_boetes', label: 'Boetes opgelegd', value: c.handhaving.boetes },
  ];
}

/**
 * The rows that add up to another row: the first PIPs split by the 10 weeks and by route, the toets
 * results by advice, the offers by alfabetisering, the violations by article. A total next to its
 * parts would give a hidden part back, so these are suppressed together (ADR 0141).
 */
export const monitoringGroups: readonly CountGroup[] = [
  { total: 'pip_vastgesteld', parts: ['pip_binnen_10_weken', 'pip_na_10_weken', 'pip_zonder_termijn'] },
  { total: 'pip_vastgesteld', parts: ['route_b1', 'route_onderwijs', 'route_z', 'route_onbekend'] },
  { total: 'toets_uitslagen', parts: ['toets_advies_b1', 'toets_advies_onderwijs', 'toets_advies_z', 'toets_zonder_advies'] },
  { total: 'trajecten_aangeboden', parts: ['aanbod_met_alfabetisering', 'aanbod_zonder_alfabetisering'] },
  { total: 'handhaving_overtredingen', parts: ['handhaving_art_22', 'handhaving_art_23'] },
];

// AVG art. 89 (passende waarborgen bij statistiek): small counts and the counts that would give them back (secondary suppression, ADR 0141)
export function suppressMonitoringRows(rows: readonly { code: string; label: string; value: number }[], threshold: number): AggregateRow[] {
  const hidden = suppressGroups(Object.fromEntries(rows.map((r) => [r.code, r.value])), monitoringGroups, threshold);
  return rows.map((r) => ({ ...r, value: hidden.has(r.code) ? null : r.value }));
}

// art. 47 Wet inburgering 2021 (gegevens voor monitoring), AVG art. 89 (kleine aantallen onderdrukt)
export function monitoringSet(cases: readonly HalfjaarCase[], period: ReportPeriod, threshold: number): AggregateRow[] {
  return suppressMonitoringRows(monitoringRows(countHalfjaar(cases, period)), threshold);
}

const benchmarkCodes = new Set([
  'in_beeld', 'brede_intake_afgerond', 'personen_met_aanbod', 'pip_vastgesteld', 'pip_binnen_10_weken', 'pip_na_10_weken',
  'route_b1', 'route_onderwijs', 'route_z', 'route_onbekend', 'afschaling_a2', 'routewissels', 'pvt_afgerond', 'map_afgerond',
  'ontzorgen_actief', 'handhaving_overtredingen', 'handhaving_boetes',
]);

// Benchmark statushouders (seed 002 §6): the same counts for asielstatushouders only, AVG art. 89
export function benchmarkStatushouders(cases: readonly HalfjaarCase[], period: ReportPeriod, threshold: number): AggregateRow[] {
  const statushouders = cases.filter((c) => c.targetGroup === 'asiel');
  // Suppressed over the whole set, then narrowed: a row left out only hides more.
  return suppressMonitoringRows(monitoringRows(countHalfjaar(statushouders, period)), threshold).filter((r) => benchmarkCodes.has(r.code));
}

export const halfjaarSectionKeys = ['instroom', 'aanbod', 'pip', 'toets', 'wijzigingen', 'opleiding', 'pvtMap', 'ontzorgen', 'handhaving'] as const;
export type HalfjaarSectionKey = (typeof halfjaarSectionKeys)[number];

/** The sections of the half-year report: a title and the monitoring rows it shows. */
export const halfjaarSections: readonly { readonly key: HalfjaarSectionKey; readonly title: string; readonly codes: readonly string[] }[] = [
  { key: 'instroom', title: 'Instroom en brede intake', codes: ['in_beeld', 'brede_intake_afgerond'] },
  { key: 'aanbod', title: 'Aangeboden trajecten', codes: ['trajecten_aangeboden', 'personen_met_aanbod'] },
  { key: 'pip', title: "PIP's en de termijn van 10 weken", codes: ['pip_vastgesteld', 'pip_binnen_10_weken', 'pip_na_10_weken', 'pip_zonder_termijn'] },
  { key: 'toets', title: 'Leerbaarheidstoets en routekeuze', codes: ['toets_uitslagen', 'toets_advies_b1', 'toets_advies_onderwijs', 'toets_advies_z', 'toets_zonder_advies', 'route_b1', 'route_onderwijs', 'route_z', 'route_onbekend'] },
  { key: 'wijzigingen', title: 'Afschaling en wisselingen', codes: ['afschaling_a2', 'routewissels', 'pip_overige_wijzigingen'] },
  { key: 'opleiding', title: 'Opleiding en alfabetisering', codes: ['opleiding_vastgelegd', 'aanbod_met_alfabetisering', 'aanbod_zonder_alfabetisering'] },
  { key: 'pvtMap', title: 'PVT en MAP', codes: ['pvt_afgerond', 'map_afgerond'] },
  { key: 'ontzorgen', title: 'Financieel ontzorgen', codes: ['ontzorgen_actief', 'ontzorgen_gestart', 'ontzorgen_geweigerd'] },
  { key: 'handhaving', title: 'Handhaving', codes: ['handhaving_overtredingen', 'handhaving_art_22', 'handhaving_art_23', 'handhaving_boetes'] },
];

/**
 * A suppressed count as people read it. One text for a small count and for a count hidden because a
 * total would give a small one back: a different text would tell which is which (ADR 0141).
 */
export function aggregateValueText(value: number | null, threshold: number): string {
  return value === null ? `niet getoond (drempel ${threshold})` : String(value);
}
