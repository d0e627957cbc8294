// The overdrachtsdossier as a PDF for the new gemeente: the same content as the JSON export
// (use-cases/case-closing/handover-export.ts), laid out for people.
import type { HandoverExport } from '../use-cases/case-closing/handover-export.ts';
import { dutchDate } from './letter-pdf.ts';
import { pdfDocumentClass } from '../util/on-first-use.ts';

const d = (iso: string | null): string => (iso ? dutchDate(iso.slice(0, 10)) : '—');
const v = (s: string | number | boolean | null): string => (s === null || s === '' ? '—' : typeof s === 'boolean' ? (s ? 'ja' : 'nee') : String(s));

const targetGroups: Record<string, string> = { asiel: 'asielstatushouder', 'gezin-overig': 'gezinsmigrant of overige migrant' };
const hourCategories: Record<string, string> = { taallesknm: 'taalles en KNM', participatieactiviteiten: 'participatieactiviteiten', participatietaalles: 'taalles tijdens participatie' };
const resultKinds: Record<string, string> = { pvt: 'participatieverklaringstraject (PVT)', map: 'module arbeidsmarkt en participatie (MAP)', zroute: 'zelfredzaamheidsroute afgerond' };

export async function renderHandoverDossierPdf(x: HandoverExport): Promise<Buffer> {
  const PDFDocument = await pdfDocumentClass();
  return new Promise((resolve, reject) => {
    const title = `Overdrachtsdossier inburgering — ${x.person.givenNames} ${x.person.familyName}`;
    const doc = new PDFDocument({ size: 'A4', margins: { top: 60, bottom: 60, left: 60, right: 60 }, lang: 'nl-NL', displayTitle: true, info: { Title: title, Author: `Gemeente ${x.from.gemeenteName}`, Creator: 'Koers' } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(12).text(text).font('Helvetica').fontSize(10).moveDown(0.2);
    const row = (label: string, value: string) => doc.text(`${label}: ${value}`);

    doc.font('Helvetica-Bold').fontSize(16).text('Overdrachtsdossier inburgering');
    doc.font('Helvetica').fontSize(10).moveDown(0.3);
    row('Van', `gemeente ${x.from.gemeenteName} (${x.from.gemeenteCode})`);
    row('Naar', x.to ? `gemeente ${x.to.gemeenteName} (${x.to.gemeenteCode})` : '—');
    row('Verhuisd op', d(x.movedOn));
    row('Opgemaakt op', d(x.createdAt));
    doc.moveDown(0.3).fontSize(9).text('Verstrekt op grond van artikel 35, vierde lid, Wet inburgering 2021. De nieuwe gemeente stelt de leerroute vast zoals die was vastgesteld en het PIP binnen 10 weken na inschrijving (art. 15 lid 4 Wet, art. 5.3 lid 3 Besluit inburgering 2021).').fontSize(10);

    heading('Persoonsgegevens');
    row('Naam', `${x.person.givenNames} ${x.person.familyName}`);
    row('BSN', v(x.person.bsn));
    row('V-nummer', v(x.person.vNumber));
    row('Geboortedatum', d(x.person.birthDate));
    row('Nationaliteit', v(x.person.nationality));
    row('Adres', v(x.person.address));
    row('Voorkeurstaal', v(x.person.preferredLanguage));
    row('Tolk nodig', v(x.person.interpreterNeeded));

    heading('Inburgeringsplicht en termijn');
    row('Inburgeringsplichtig', v(x.duty.obliged));
    row('Doelgroep', x.duty.targetGroup ? (targetGroups[x.duty.targetGroup] ?? x.duty.targetGroup) : '—');
    row('Regime', v(x.duty.regime));
    row('Start inburgeringsplicht', d(x.duty.dutyStartOn));
    row('Inburgeringstermijn', x.duty.termStart ? `${d(x.duty.termStart)} tot ${d(x.duty.termEndExclusive)}` : '—');
    row('Status bij overdracht', `${x.status.status}${x.status.closedReason ? ` (${x.status.closedReason})` : ''}`);

    heading('Persoonlijk plan inburgering en participatie (PIP)');
    if (x.pip) {
      row('Versie', `${x.pip.version} (${x.pip.kind}), ${x.pip.status}`);
      row('Vastgesteld op', d(x.pip.issuedOn));
      row('Leerroute', `${v(x.pip.route)}${x.pip.level ? `, niveau ${x.pip.level}` : ''}`);
      row('Intensiteit', `${v(x.pip.intensity)}${x.pip.hoursPerWeek !== null ? `, ${x.pip.hoursPerWeek} uur per week` : ''}`);
      row('PVT / MAP', `${v(x.pip.pvtIntensity)} / ${v(x.pip.mapIntensity)}`);
      row('Voortgangsgesprekken', v(x.pip.progressMeetings));
      if (x.pip.withdrawnOn) row('Ingetrokken op', d(x.pip.withdrawnOn));
    } else doc.text('Er is geen PIP vastgesteld.');

    heading('Inburgeringsaanbod');
    if (x.placements.length === 0) doc.text('Geen inburgeringsaanbod geregistreerd.');
    for (const p of x.placements) doc.text(`${p.instelling}: aangeboden ${d(p.offeredOn)}, verwacht ${d(p.expectedStartOn)} tot ${d(p.expectedEndOn)}, ${p.status}${p.withdrawnOn ? ` (ingetrokken ${d(p.withdrawnOn)})` : ''}`);

    heading('Voortgang en resultaten');
    if (x.hours.length === 0 && x.results.length === 0 && x.learnabilityTests.length === 0) doc.text('Nog geen uren of resultaten geregistreerd.');
    for (const h of x.hours) doc.text(`Gevolgde uren ${hourCategories[h.category] ?? h.category}: ${h.total} (stand ${d(h.asOf)})`);
    for (const r of x.results) doc.text(`${resultKinds[r.kind] ?? r.kind}: ${d(r.completedOn)}${r.culpable === null ? '' : r.culpable ? ', verwijtbaar' : ', niet verwijtbaar'}`);
    for (const t of x.learnabilityTests) doc.text(`Leerbaarheidstoets: ${t.status}${t.resultOn ? ` op ${d(t.resultOn)}` : ''}${t.advisedRoute ? `, advies ${t.advisedRoute}-route` : ''}${t.exemption ? `, ${t.exemption}` : ''}`);

    heading('Boetes');
    doc.text('Koers registreert geen boetes: die legt DUO op. Vraag opgelegde boetes op bij DUO.');

    heading('Documentenoverzicht');
    if (x.documents.length === 0) doc.text('Geen documenten.');
    for (const item of x.documents) doc.text(`${d(item.createdAt)} — ${item.title}`);
    doc.end();
  });
}
