// What one person of the caseload import brings, as rows for the batch writer: history, timeline
// event and processing-log entry per PIP version, placement, hours, result and ontzorgen period.
import { formatDutchDate, hoursCategories, hoursCategoryLabel, routeLabel } from '@koers/domain';
import type { caseHours, casePlacements, caseReliefPeriods, caseResults } from '../../db/schema.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { isLearningRoute, type PipRow } from '../../use-cases/pip/pip-support.ts';
import { pipHistoryFields } from '../../use-cases/pip/draft-fields.ts';
import type { BatchWriter } from '../batch-writer.ts';
import type { Known } from './known-records.ts';

/** The name of a leerroute in a summary (the rules core checked the route; an unknown one is shown as stored). */
export const routeText = (route: string | null): string => (isLearningRoute(route) ? routeLabel(route) : (route ?? '-'));

/** The name of an hours category in a summary. */
export function hoursText(category: string): string {
  const known = hoursCategories.find((c) => c === category);
  return known ? hoursCategoryLabel(known) : category;
}

/** The reason in the history of everything the caseload import writes. */
export const importReason = 'Overgenomen uit het vorige systeem; bij DUO al bekend, niet opnieuw gemeld';

/** History, timeline and processing log of what one person brings (rows to `writer`). */
export function gatherImportRecords(
  writer: BatchWriter,
  c: CaseRow,
  r: { pips: PipRow[]; placements: (typeof casePlacements.$inferInsert)[]; hours: (typeof caseHours.$inferInsert)[]; results: (typeof caseResults.$inferInsert)[]; relief: typeof caseReliefPeriods.$inferInsert | null; known: Known | undefined },
  today: string,
): void {
  const base = { caseId: c.id, gemeenteId: c.gemeenteId };
  for (const p of r.pips) {
    writer.pips.push(p);
    writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'pip', entityId: p.id, action: 'create', changes: diff(null, pipHistoryFields(p)), reason: importReason });
    writer.addEvent({ ...base, kind: 'pip.overgenomen', summary: `PIP versie ${p.version} overgenomen uit het vorige systeem (${routeText(p.route)}, dagtekening ${formatDutchDate(p.issuedOn!)}); bij DUO al bekend.`, occurredOn: p.issuedOn!, section: 'pip', data: { pipId: p.id, version: p.version, route: p.route, issuedOn: p.issuedOn, source: 'import' } });
    writer.addLog('create', 'importCaseload', 'pip', p.id, c.id, c.gemeenteId);
  }
  for (const p of r.placements) {
    writer.placements.push(p);
    writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-placement', entityId: p.id!, action: 'create', changes: diff(null, { instellingsnummer: p.instellingsnummer, instellingNaam: p.instellingNaam, offeredOn: p.offeredOn, expectedStartOn: p.expectedStartOn, expectedEndOn: p.expectedEndOn, literacy: p.literacy, status: p.status }), reason: importReason });
    writer.addEvent({ ...base, kind: 'traject.aanbod', summary: `Inburgeringsaanbod bij ${p.instellingNaam} (${p.instellingsnummer}) per ${formatDutchDate(p.offeredOn)} overgenomen uit het vorige systeem; bij DUO al bekend.`, occurredOn: p.offeredOn, section: 'traject', data: { placementId: p.id, instellingsnummer: p.instellingsnummer, source: 'import' } });
    writer.addLog('create', 'importCaseload', 'case-placement', p.id!, c.id, c.gemeenteId);
  }
  if (r.hours.length > 0) {
    const before = r.known?.hours.get(c.id) ?? [];
    const changes: Record<string, { from: unknown; to: unknown }> = Object.fromEntries(r.hours.flatMap((h): [string, { from: unknown; to: unknown }][] => [[`${h.category}.total`, { from: before.find((b) => b.category === h.category)?.total ?? null, to: h.total }], [`${h.category}.asOf`, { from: before.find((b) => b.category === h.category)?.asOf ?? null, to: h.asOf }]]));
    writer.hours.push(...r.hours);
    writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-hours', entityId: c.id, action: before.length > 0 ? 'update' : 'create', changes, reason: importReason });
    writer.addEvent({ ...base, kind: 'traject.uren', summary: `Gevolgde uren overgenomen uit het vorige systeem (${r.hours.map((h) => `${hoursText(h.category)}: ${h.total}`).join('; ')}, peildatum ${formatDutchDate(r.hours[0]!.asOf)}); bij DUO al bekend.`, occurredOn: r.hours[0]!.asOf, section: 'traject', data: { source: 'import' } });
    writer.addLog('update', 'importCaseload', 'case-hours', c.id, c.id, c.gemeenteId);
  }
  for (const res of r.results) {
    const earlier = r.known?.results.get(c.id)?.find((k) => k.kind === res.kind);
    writer.results.push(res);
    writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-result', entityId: res.id!, action: 'create', changes: diff(earlier ? { completedOn: earlier.completedOn, culpable: earlier.culpable, note: earlier.note } : null, { completedOn: res.completedOn, culpable: res.culpable, note: null }), reason: importReason });
    const label = res.kind === 'pvt' ? 'ondertekening PVT' : res.kind === 'map' ? 'eindgesprek MAP' : 'afronding Z-route';
    writer.addEvent({ ...base, kind: `resultaat.${res.kind}`, summary: `Datum ${label}${res.completedOn ? `: ${formatDutchDate(res.completedOn)}` : ''}${res.culpable === null || res.culpable === undefined ? '' : `, verwijtbaar: ${res.culpable ? 'Ja' : 'Nee'}`}; overgenomen uit het vorige systeem, bij DUO al bekend.`, occurredOn: res.completedOn ?? today, section: 'resultaten', data: { resultId: res.id, kind: res.kind, source: 'import' } });
    writer.addLog('create', 'importCaseload', 'case-result', res.id!, c.id, c.gemeenteId);
  }
  if (r.relief) {
    writer.relief.push(r.relief);
    writer.addHistory({ gemeenteId: c.gemeenteId, entityType: 'case-relief', entityId: c.id, action: r.known?.relief.get(c.id) ? 'update' : 'create', changes: diff(null, { startOn: r.relief.startOn, endExclusive: r.relief.endExclusive }), reason: importReason });
    writer.addEvent({ ...base, kind: 'ontzorgen.overgenomen', summary: `Financieel ontzorgen vanaf ${formatDutchDate(r.relief.startOn)}${r.relief.endExclusive ? ` tot ${formatDutchDate(r.relief.endExclusive)}` : ''} overgenomen uit het vorige systeem.`, occurredOn: r.relief.startOn, section: 'overzicht', data: { source: 'import' } });
    writer.addLog('create', 'importCaseload', 'case-relief', c.id, c.id, c.gemeenteId);
  }
}
